-- Mail reporting a change to a team, written in the change's transaction and kept until it is sent
-- CreateTable
CREATE TABLE "PendingNotice" (
    "id" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "template" TEXT NOT NULL,
    "props" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL,
    "lastError" TEXT,

    CONSTRAINT "PendingNotice_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PendingNotice_nextAttemptAt_idx" ON "PendingNotice"("nextAttemptAt");
