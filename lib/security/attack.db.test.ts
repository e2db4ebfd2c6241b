import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { SCENARIOS } from "@/lib/test/action-scenarios";
import { actAs, actingUser } from "@/lib/test/acting-user";
import { FAULT_PREFIX, installAuditFault } from "@/lib/test/audit-fault";
import { createTeamWithEveryRole, createUser, uid } from "@/lib/test/fixtures";
import { NUL_MESSAGE } from "@/lib/validation/parse-input";
import { exportedActions, serverActionModules } from "./server-actions";

/**
 * The attack suite, generated from the list of server actions and their scenarios
 * (lib/test/action-scenarios.ts), so a new action is attacked as soon as it exists:
 * - fault injection: the audit insert fails mid-action -> neither the change nor the event stays;
 * - cross-team: an outsider replays each team action against a team that is not theirs;
 * - fuzzing: every action is fed hostile input and never fails with an unexpected error.
 */

const request = vi.hoisted(() => ({ userAgent: "setup" }));
vi.mock("@/lib/auth/request-context", () => ({
  requestContext: async () => ({ ip: "203.0.113.9", userAgent: request.userAgent }),
  contextFromHeaders: () => ({ ip: "203.0.113.9", userAgent: request.userAgent }),
}));
vi.mock("@/lib/auth/auth", () => ({ auth: async () => null, signIn: async () => undefined, signOut: async () => undefined, reissueSession: async () => undefined, handlers: {} }));

const GENERIC_FAILURE = "Something went wrong and nothing was changed. Try again.";
const isRedirect = (e: unknown) => e instanceof Error && e.message === "NEXT_REDIRECT";

/** A digest of everything the acting user can reach: their account and every row of their teams. */
async function reachableState(userId: string | undefined): Promise<string> {
  if (!userId) return "";
  const [{ digest }] = await db.$queryRaw<{ digest: string }[]>`
    WITH teams AS (SELECT "teamId" AS id FROM "Membership" WHERE "userId" = ${userId})
    SELECT md5(concat_ws('|',
      (SELECT u::text FROM "User" u WHERE u.id = ${userId}),
      (SELECT string_agg(x::text, ',' ORDER BY x.id) FROM "Team" x WHERE x.id IN (SELECT id FROM teams)),
      (SELECT string_agg(x::text, ',' ORDER BY x.id) FROM "Membership" x WHERE x."teamId" IN (SELECT id FROM teams)),
      (SELECT string_agg(x::text, ',' ORDER BY x.id) FROM "Invitation" x WHERE x."teamId" IN (SELECT id FROM teams)),
      (SELECT string_agg(x::text, ',' ORDER BY x.id) FROM "Resource" x WHERE x."teamId" IN (SELECT id FROM teams)),
      (SELECT string_agg(x::text, ',' ORDER BY x.id) FROM "CustomRole" x WHERE x."teamId" IN (SELECT id FROM teams)),
      (SELECT string_agg(x::text, ',' ORDER BY x.id) FROM "ApiKey" x WHERE x."teamId" IN (SELECT id FROM teams)),
      (SELECT string_agg(x::text, ',' ORDER BY x.id) FROM "PaymentMethod" x WHERE x."teamId" IN (SELECT id FROM teams)),
      (SELECT string_agg(x::text, ',' ORDER BY x.id) FROM "OwnershipTransfer" x WHERE x."teamId" IN (SELECT id FROM teams))
    )) AS digest`;
  return digest;
}

const eventsTagged = (userAgent: string) => db.auditEvent.count({ where: { userAgent } });

beforeAll(installAuditFault);

describe("fault injection: a failing audit insert leaves no change behind", () => {
  for (const [key, scenario] of Object.entries(SCENARIOS).filter(([, s]) => s.writes.length > 0 && !s.proceedsWithoutEvent)) {
    it(key, async () => {
      request.userAgent = "setup";
      const call = await scenario.setup();
      const before = await reachableState(actingUser()?.id);
      request.userAgent = `${FAULT_PREFIX}${uid()}`;
      const result = (await call().catch((e) => (isRedirect(e) ? { ok: true } : { ok: false, error: String(e) }))) as { ok?: boolean } | undefined;
      expect(result?.ok).toBe(false);
      expect(await eventsTagged(request.userAgent)).toBe(0);
      expect(await reachableState(actingUser()?.id)).toBe(before);
    });
  }
});

describe("cross-team: an outsider replaying a team action changes and learns nothing", () => {
  const teamScoped = Object.entries(SCENARIOS).filter(([key]) => !/^lib\/(auth|account)\//.test(key) && !/createTeam$|acceptInviteAction|joinInvitedTeamAction|joinListedTeamAction|declineInvitationAction|confirmTransferAction|acceptTransferAction|declineTransferAction/.test(key));
  for (const [key, scenario] of teamScoped) {
    it(key, async () => {
      request.userAgent = "setup";
      const call = await scenario.setup();
      const insider = actingUser();
      const before = await reachableState(insider?.id);
      const outsider = await createUser("outsider");
      await createTeamWithEveryRole().then((other) => db.membership.create({ data: { teamId: other.id, userId: outsider.id, role: "owner" } }));
      actAs(outsider);
      request.userAgent = `outsider:${uid()}`;
      const result = (await call()) as { ok: boolean; error?: string };
      expect(result).toEqual({ ok: false, error: "You are not a member of this team." });
      expect(await eventsTagged(request.userAgent)).toBe(0);
      expect(await reachableState(insider?.id)).toBe(before);
    });
  }
});

const FIELD_NAMES = ["name", "slug", "email", "emails", "role", "membershipId", "invitationId", "resourceId", "roleId", "token", "permissions", "confirmName", "limit", "cardNumber", "payload", "kind", "sizeGb"] as const;

describe("U+0000, which PostgreSQL text cannot hold, is refused next to its field by every server action", () => {
  for (const file of serverActionModules()) {
    it(file, async () => {
      const team = await createTeamWithEveryRole();
      for (const [name, action] of await exportedActions(file)) {
        actAs(team.users.owner);
        for (const field of FIELD_NAMES) {
          const input = { [field]: "a\u0000b" };
          // Passed in both places: team actions take (slug, input), the others (input, callbackUrl?).
          const result = (await action(input, input).catch((e) => (isRedirect(e) ? undefined : Promise.reject(e)))) as { ok?: boolean; fieldErrors?: Record<string, string> } | undefined;
          // Actions that take no input (sign-out, sign out everywhere) ignore it and succeed.
          if (result === undefined || result.ok) continue;
          expect({ name, field, fieldErrors: result.fieldErrors }).toEqual({ name, field, fieldErrors: { [field]: NUL_MESSAGE } });
        }
      }
    });
  }
});

const hostileString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ minLength: 5_000, maxLength: 20_000 }),
  fc.constantFrom("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "‮gnp.exe", "שלום עולם", "'; DROP TABLE \"User\"; --", "\u0000", "a@b", "@@", "  ", "custom:../../etc"),
  fc.string({ unit: "binary", maxLength: 60 }),
);
const hostileInput = fc.oneof(
  fc.anything(),
  fc.dictionary(fc.constantFrom(...FIELD_NAMES), fc.oneof(hostileString, fc.integer(), fc.array(hostileString, { maxLength: 60 }), fc.constant(null))),
  fc.record({ emails: fc.array(fc.emailAddress(), { minLength: 51, maxLength: 60 }).map((a) => a.join(",")), role: fc.constant("viewer"), require2fa: fc.boolean() }),
);

describe("fuzzing: hostile input to every server action gets a clear refusal, never an unexpected error", () => {
  for (const file of serverActionModules()) {
    it(file, async () => {
      const team = await createTeamWithEveryRole();
      const actions = await exportedActions(file);
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...actions), hostileInput, async ([name, action], input) => {
          actAs(team.users.owner);
          request.userAgent = `fuzz:${name}`;
          const result = (await action(team.slug, input).catch((e) => (isRedirect(e) ? { ok: true } : Promise.reject(e)))) as { ok?: boolean; error?: string } | undefined;
          if (result === undefined) return; // actions that only redirect (sign-out)
          expect(typeof result.ok).toBe("boolean");
          expect(result.error).not.toBe(GENERIC_FAILURE);
        }),
        { numRuns: 40 },
      );
    });
  }
});
