import { expect, it } from "vitest";
import { db } from "@/lib/db/client";

// With a pending list, a few hundred sign-ups since the last vacuum made the planner read the
// whole User table for a member search (see prisma/migrations/20261127100000_trigram_fastupdate_off).
it("writes new users and invitations straight into the trigram search indexes", async () => {
  const rows = await db.$queryRaw<{ name: string; options: string[] | null }[]>`
    SELECT c.relname::text AS name, c.reloptions::text[] AS options FROM pg_class c WHERE c.relname LIKE '%\_trgm\_idx' ORDER BY c.relname`;
  expect(rows).toEqual([
    { name: "Invitation_email_trgm_idx", options: ["fastupdate=off"] },
    { name: "User_email_trgm_idx", options: ["fastupdate=off"] },
    { name: "User_name_trgm_idx", options: ["fastupdate=off"] },
  ]);
});
