import { ActionError } from "@/lib/actions/result";
import type { TeamActionContext } from "@/lib/actions/team-action";
import { audit } from "@/lib/audit/record";
import type { Tx } from "@/lib/db/client";
import { canGrant, type Permission } from "@/lib/permissions";
import { countOf } from "@/lib/text/count";
import type { z } from "zod";
import type { customRoleSchema, deleteCustomRoleSchema, updateCustomRoleSchema } from "./schemas";

/** Nobody creates, changes or deletes a role that holds permissions they do not have themselves. */
function assertMayGrantAll(ctx: TeamActionContext<unknown>, permissions: Permission[], verb: "create" | "change" | "delete"): void {
  if (!canGrant(ctx.member, permissions)) {
    const missing = permissions.filter((p) => !ctx.member.permissions.has(p));
    throw new ActionError(`You cannot ${verb} a role with permissions you do not have.`, { permissions: `You do not have: ${missing.join(", ")}` }, 403);
  }
}

async function assertNameFree(tx: Tx, teamId: string, name: string, exceptId?: string): Promise<void> {
  const clash = await tx.customRole.findFirst({ where: { teamId, name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { id: true } });
  if (clash) throw new ActionError("That name is taken.", { name: "The team already has a role with this name" }, 409);
}

export async function createCustomRole(ctx: TeamActionContext<z.output<typeof customRoleSchema>>) {
  const { input, member, tx } = ctx;
  assertMayGrantAll(ctx, input.permissions, "create");
  await assertNameFree(tx, member.team.id, input.name);
  const role = await tx.customRole.create({ data: { teamId: member.team.id, ...input }, select: { id: true } });
  await audit(tx, {
    teamId: member.team.id,
    actor: ctx.actor,
    action: "custom_role.created",
    target: { type: "custom_role", id: role.id, label: input.name },
    metadata: { after: { permissions: input.permissions } },
    request: ctx.request,
  });
  return { roleId: role.id };
}

async function teamRole(tx: Tx, teamId: string, roleId: string) {
  await tx.$queryRaw`SELECT id FROM "CustomRole" WHERE id = ${roleId} FOR UPDATE`;
  const role = await tx.customRole.findFirst({ where: { id: roleId, teamId } });
  if (!role) throw new ActionError("That role no longer exists.", undefined, 404);
  return role;
}

/** Changes apply to everyone holding the role on their next request. */
export async function updateCustomRole(ctx: TeamActionContext<z.output<typeof updateCustomRoleSchema>>) {
  const { input, member, tx } = ctx;
  const role = await teamRole(tx, member.team.id, input.roleId);
  assertMayGrantAll(ctx, [...new Set([...input.permissions, ...(role.permissions as Permission[])])], "change");
  await assertNameFree(tx, member.team.id, input.name, role.id);
  await tx.customRole.update({ where: { id: role.id }, data: { name: input.name, description: input.description, permissions: input.permissions } });
  await audit(tx, {
    teamId: member.team.id,
    actor: ctx.actor,
    action: "custom_role.updated",
    target: { type: "custom_role", id: role.id, label: input.name },
    metadata: { before: { name: role.name, permissions: role.permissions }, after: { name: input.name, permissions: input.permissions } },
    request: ctx.request,
  });
  return { roleId: role.id };
}

export async function deleteCustomRole(ctx: TeamActionContext<z.output<typeof deleteCustomRoleSchema>>) {
  const { input, member, tx } = ctx;
  const role = await teamRole(tx, member.team.id, input.roleId);
  assertMayGrantAll(ctx, role.permissions as Permission[], "delete");
  const [members, invites, keys] = await Promise.all([
    tx.membership.count({ where: { customRoleId: role.id } }),
    tx.invitation.count({ where: { customRoleId: role.id, status: "pending" } }),
    tx.apiKey.count({ where: { customRoleId: role.id, revokedAt: null } }),
  ]);
  const holders = [countOf(members, "member"), countOf(invites, "pending invitation"), countOf(keys, "API key")].filter((_, i) => [members, invites, keys][i] > 0);
  if (holders.length) {
    throw new ActionError(`${role.name} is still held by ${holders.join(", ")}. Move them to another role first.`, undefined, 409);
  }
  await tx.invitation.deleteMany({ where: { customRoleId: role.id } });
  await tx.apiKey.deleteMany({ where: { customRoleId: role.id } });
  await tx.customRole.delete({ where: { id: role.id } });
  await audit(tx, {
    teamId: member.team.id,
    actor: ctx.actor,
    action: "custom_role.deleted",
    target: { type: "custom_role", id: role.id, label: role.name },
    metadata: { before: { permissions: role.permissions } },
    request: ctx.request,
  });
  return null;
}
