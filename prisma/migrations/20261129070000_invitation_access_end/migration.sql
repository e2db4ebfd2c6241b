-- Temporary access offered by an invitation: the membership it creates ends at this instant.
-- AlterTable
ALTER TABLE "Invitation" ADD COLUMN "accessEndsAt" TIMESTAMP(3);
