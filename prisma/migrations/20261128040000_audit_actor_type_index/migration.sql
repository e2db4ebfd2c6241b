-- The audit log filtered by user and resource type together. Without it the planner reads one
-- column's index and filters the other row by row: for an automation account with hundreds of
-- thousands of events and a type it seldom touches, 0.3 s at 1,000,000 events. This answers the
-- pair directly, newest first.
-- CreateIndex
CREATE INDEX "AuditEvent_teamId_actorId_targetType_id_idx" ON "AuditEvent"("teamId", "actorId", "targetType", "id");
