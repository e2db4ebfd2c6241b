-- Temporary access: the end date a team's Owners and Admins were told had passed.
-- AlterTable
ALTER TABLE "Membership" ADD COLUMN "accessEndNoticeFor" TIMESTAMP(3);
