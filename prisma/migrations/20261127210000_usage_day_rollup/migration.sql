-- Usage is written one record per resource and UTC hour, so a month of a few thousand running
-- resources is millions of rows, and summing them on every billing page took a second. Every
-- report covers whole UTC days, so they read this per-day rollup instead, which a trigger keeps
-- in step with each insert into "UsageRecord" (records are never updated or deleted).

-- CreateTable
CREATE TABLE "UsageDay" (
    "teamId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "resourceId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "resourceKind" TEXT NOT NULL,
    "cents" BIGINT NOT NULL,
    "ms" BIGINT NOT NULL,

    CONSTRAINT "UsageDay_pkey" PRIMARY KEY ("teamId","day","resourceId","userId")
);

-- CreateIndex
CREATE INDEX "UsageDay_teamId_userId_day_idx" ON "UsageDay"("teamId", "userId", "day");

-- Prisma's driver adapter splits a migration at every semicolon, even inside a function body, so
-- the body is an escaped string with \x3B where its semicolons go.
CREATE FUNCTION "usage_day_rollup"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  INSERT INTO "UsageDay" ("teamId", "day", "resourceId", "userId", "resourceKind", "cents", "ms")
  SELECT "teamId", "startedAt"::date, "resourceId", "userId", min("resourceKind"), sum("cents"),
         sum(EXTRACT(EPOCH FROM ("endedAt" - "startedAt")) * 1000)::bigint
  FROM added GROUP BY 1, 2, 3, 4
  ON CONFLICT ("teamId", "day", "resourceId", "userId")
  DO UPDATE SET "cents" = "UsageDay"."cents" + excluded."cents", "ms" = "UsageDay"."ms" + excluded."ms"\x3B
  RETURN NULL\x3B
END
';

CREATE TRIGGER "UsageRecord_usage_day_rollup" AFTER INSERT ON "UsageRecord"
REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION "usage_day_rollup"();

INSERT INTO "UsageDay" ("teamId", "day", "resourceId", "userId", "resourceKind", "cents", "ms")
SELECT "teamId", "startedAt"::date, "resourceId", "userId", min("resourceKind"), sum("cents"),
       sum(EXTRACT(EPOCH FROM ("endedAt" - "startedAt")) * 1000)::bigint
FROM "UsageRecord" GROUP BY 1, 2, 3, 4;
