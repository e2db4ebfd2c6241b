import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { BUILT_IN_ROLE_KEYS } from "@/lib/permissions";
import { createTeamWithEveryRole, createUser, uid } from "@/lib/test/fixtures";
import { inviterMayGrant } from "./accept";
import { senderMayInviteSql } from "./standing-sql";

describe("senderMayInviteSql", () => {
  it("agrees with inviterMayGrant for every sender and role, custom roles and former members included", async () => {
    const team = await createTeamWithEveryRole();
    const custom = (name: string, permissions: string[]) => db.customRole.create({ data: { teamId: team.id, name, permissions } });
    const recruiter = await custom("Recruiter", ["members.read", "members.invite", "resources.read"]);
    const reader = await custom("Reader", ["members.read", "resources.read"]);
    // A permission since removed from the catalogue counts for nothing on either side, as in resolveRole.
    const legacy = await custom("Legacy", ["members.read", "members.invite", "retired.permission"]);
    const senders = [...Object.values(team.users).map((u) => u.id)];
    for (const role of [recruiter, reader, legacy]) {
      const user = await createUser(role.name);
      await db.membership.create({ data: { teamId: team.id, userId: user.id, role: "custom", customRoleId: role.id } });
      senders.push(user.id);
    }
    senders.push((await createUser("former")).id);
    const roles = [...BUILT_IN_ROLE_KEYS.map((role) => ({ role, customRoleId: null })), ...[recruiter, reader, legacy].map((r) => ({ role: "custom", customRoleId: r.id }))];
    await db.invitation.createMany({
      data: senders.flatMap((inviterId) => roles.map((r) => ({ teamId: team.id, email: `${uid()}@example.test`, ...r, inviterId, tokenHash: uid() }))),
    });

    const rows = await db.$queryRaw<{ id: string; ok: boolean }[]>`SELECT i.id, ${senderMayInviteSql(team.id)} AS ok FROM "Invitation" i WHERE i."teamId" = ${team.id}`;
    const sql = new Map(rows.map((r) => [r.id, r.ok]));
    const invitations = await db.invitation.findMany({ where: { teamId: team.id }, include: { customRole: { select: { name: true, permissions: true } } } });
    const memberships = await db.membership.findMany({ where: { teamId: team.id }, include: { customRole: { select: { name: true, permissions: true } } } });
    const standingOf = (userId: string) => memberships.find((m) => m.userId === userId) ?? null;
    expect(invitations).toHaveLength(senders.length * roles.length);
    const expected = invitations.map((i) => [i.inviterId, i.role, i.customRoleId, inviterMayGrant(standingOf(i.inviterId), i)]);
    expect(invitations.map((i) => [i.inviterId, i.role, i.customRoleId, sql.get(i.id)])).toEqual(expected);
    // Both answers occur: the comparison is not vacuous.
    expect(new Set(expected.map((e) => e[3]))).toEqual(new Set([true, false]));
    expect(sql.get(invitations.find((i) => i.inviterId === team.users.admin.id && i.customRoleId === recruiter.id)!.id)).toBe(true);
    expect(sql.get(invitations.find((i) => i.inviterId === team.users.admin.id && i.role === "owner")!.id)).toBe(false);
  });
});
