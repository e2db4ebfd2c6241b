-- pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it. PGlite loads it
-- at start (lib/db/embedded.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "User_name_trgm_idx" ON "User" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "User_email_trgm_idx" ON "User" USING GIN ("email" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Invitation_email_trgm_idx" ON "Invitation" USING GIN ("email" gin_trgm_ops);

