-- The members list's orders by activity (recently active, least recently active) and its "Inactive" filter
CREATE INDEX "Membership_teamId_lastActiveAt_idx" ON "Membership"("teamId", "lastActiveAt");
