-- When each member last used the team (its pages, downloads, or the API with their key), kept to
-- 5 minutes by the app. Existing memberships start from the latest evidence there is: when they
-- joined, or their latest event in the team's audit log (ids grow with time, so the newest id is
-- the latest: one index probe per membership).
-- AlterTable
ALTER TABLE "Membership" ADD COLUMN "lastActiveAt" TIMESTAMP(3);
UPDATE "Membership" m SET "lastActiveAt" = GREATEST(m."createdAt", (
  SELECT e."createdAt" FROM "AuditEvent" e
  WHERE e."teamId" = m."teamId" AND e."actorId" = m."userId"
  ORDER BY e.id DESC LIMIT 1
));
ALTER TABLE "Membership" ALTER COLUMN "lastActiveAt" SET NOT NULL,
  ALTER COLUMN "lastActiveAt" SET DEFAULT CURRENT_TIMESTAMP;
