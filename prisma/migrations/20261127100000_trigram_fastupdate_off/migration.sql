-- New rows go straight into the trigram indexes instead of a pending list. The planner costs a
-- search by the pending list's size, and with a few hundred sign-ups since the last vacuum it
-- preferred reading the whole User table (20 ms at 10,000 users) to the index (0.5 ms).
-- Users and invitations are inserted rarely, so the slower insert costs little.
ALTER INDEX "User_name_trgm_idx" SET (fastupdate = off);
ALTER INDEX "User_email_trgm_idx" SET (fastupdate = off);
ALTER INDEX "Invitation_email_trgm_idx" SET (fastupdate = off);
