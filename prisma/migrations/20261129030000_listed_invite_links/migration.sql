-- Invite links that people with a confirmed address at their allowed domains can find and join.
-- AlterTable
ALTER TABLE "Invitation" ADD COLUMN "listed" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "Invitation_allowedDomains_idx" ON "Invitation" USING GIN ("allowedDomains");
