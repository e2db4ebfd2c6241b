-- The invitations waiting for one address, across teams: what a signed-in user with a confirmed
-- address is shown on their account page and when they have no team yet.
-- CreateIndex
CREATE INDEX "Invitation_email_status_idx" ON "Invitation"("email", "status");
