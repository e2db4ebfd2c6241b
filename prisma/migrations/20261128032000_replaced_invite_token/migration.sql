-- CreateTable
CREATE TABLE "ReplacedInviteToken" (
    "tokenHash" TEXT NOT NULL,
    "invitationId" TEXT NOT NULL,
    "replacedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReplacedInviteToken_pkey" PRIMARY KEY ("tokenHash")
);

-- CreateIndex
CREATE INDEX "ReplacedInviteToken_invitationId_idx" ON "ReplacedInviteToken"("invitationId");

-- AddForeignKey
ALTER TABLE "ReplacedInviteToken" ADD CONSTRAINT "ReplacedInviteToken_invitationId_fkey" FOREIGN KEY ("invitationId") REFERENCES "Invitation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
