-- Two transactions adding usage for the same resources could lock their rollup rows in different
-- orders and deadlock. Upserting in key order makes every writer take the row locks in one order.
-- (The body is an E'' string with \x3B for its semicolons: Prisma's driver adapter splits at them.)
CREATE OR REPLACE FUNCTION "usage_day_rollup"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  INSERT INTO "UsageDay" ("teamId", "day", "resourceId", "userId", "resourceKind", "cents", "ms")
  SELECT "teamId", "startedAt"::date, "resourceId", "userId", min("resourceKind"), sum("cents"),
         sum(EXTRACT(EPOCH FROM ("endedAt" - "startedAt")) * 1000)::bigint
  FROM added GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT ("teamId", "day", "resourceId", "userId")
  DO UPDATE SET "cents" = "UsageDay"."cents" + excluded."cents", "ms" = "UsageDay"."ms" + excluded."ms"\x3B
  RETURN NULL\x3B
END
';
