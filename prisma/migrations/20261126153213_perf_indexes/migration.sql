-- CreateIndex
CREATE INDEX "Account_userId_idx" ON "Account"("userId");

-- CreateIndex
CREATE INDEX "Invitation_teamId_status_createdAt_id_idx" ON "Invitation"("teamId", "status", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Membership_teamId_createdAt_id_idx" ON "Membership"("teamId", "createdAt" DESC, "id" DESC);
