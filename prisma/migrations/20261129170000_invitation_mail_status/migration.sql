-- An invitation's email failures, shown in the members list, and its queued email tied to it
-- AlterTable
ALTER TABLE "Invitation" ADD COLUMN "mailError" TEXT,
ADD COLUMN "mailRetryAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "PendingNotice" ADD COLUMN "invitationId" TEXT;

-- CreateIndex
CREATE INDEX "PendingNotice_invitationId_idx" ON "PendingNotice"("invitationId");

-- AddForeignKey
ALTER TABLE "PendingNotice" ADD CONSTRAINT "PendingNotice_invitationId_fkey" FOREIGN KEY ("invitationId") REFERENCES "Invitation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
