-- Audit log streaming: webhook endpoints that receive a team's audit events
-- CreateTable
CREATE TABLE "AuditWebhook" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "secretSealed" TEXT NOT NULL,
    "cursor" BIGINT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deliveredAt" TIMESTAMP(3),
    "failingSince" TIMESTAMP(3),
    "failures" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leaseUntil" TIMESTAMP(3),

    CONSTRAINT "AuditWebhook_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AuditWebhook_teamId_idx" ON "AuditWebhook"("teamId");

-- AddForeignKey
ALTER TABLE "AuditWebhook" ADD CONSTRAINT "AuditWebhook_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;
