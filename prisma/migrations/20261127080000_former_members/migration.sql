-- CreateTable
CREATE TABLE "FormerMember" (
    "teamId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "leftAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FormerMember_pkey" PRIMARY KEY ("teamId","userId")
);

-- CreateIndex
CREATE INDEX "FormerMember_userId_idx" ON "FormerMember"("userId");

-- AddForeignKey
ALTER TABLE "FormerMember" ADD CONSTRAINT "FormerMember_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FormerMember" ADD CONSTRAINT "FormerMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Backfill from the audit log: whoever left (the event's actor) or was removed (the event's
-- target label is their email) and is not a member again.
INSERT INTO "FormerMember" ("teamId", "userId", "leftAt")
SELECT DISTINCT ON (e."teamId", u.id) e."teamId", u.id, e."createdAt"
FROM "AuditEvent" e
JOIN "User" u ON (e.action = 'member.left' AND u.id = e."actorId") OR (e.action = 'member.removed' AND u.email = e."targetLabel")
WHERE e."teamId" IS NOT NULL AND e.action IN ('member.left', 'member.removed')
  AND NOT EXISTS (SELECT 1 FROM "Membership" m WHERE m."teamId" = e."teamId" AND m."userId" = u.id)
ORDER BY e."teamId", u.id, e."createdAt" DESC;
