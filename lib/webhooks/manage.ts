import { randomBytes, randomUUID } from "node:crypto";
import { isIP } from "node:net";
import type { z } from "zod";
import { ActionError } from "@/lib/actions/result";
import type { TeamActionContext } from "@/lib/actions/team-action";
import { audit } from "@/lib/audit/record";
import type { Tx } from "@/lib/db/client";
import { seal } from "@/lib/auth/secret-box";
import { lockTeam } from "@/lib/teams/lock";
import { isPrivateAddress, privateAddressesAllowed } from "./address";
import { MAX_WEBHOOKS, type createWebhookSchema, type webhookIdSchema } from "./schemas";

/** Why the server will not send to this URL, if so: only https, and never to this host or a private network. */
function unreachableUrl(value: string): string | null {
  if (privateAddressesAllowed()) return null;
  const url = new URL(value);
  if (url.protocol !== "https:") return "Use an https:// URL: audit events are sent encrypted or not at all";
  const host = url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  if (host === "localhost" || host.endsWith(".localhost") || (isIP(host) && isPrivateAddress(host))) return "Use a public address: webhooks cannot reach this host or a private network";
  return null;
}

/** The team's endpoint the input names, or a 404 refusal. */
async function teamWebhook(tx: Tx, teamId: string, webhookId: string) {
  const hook = await tx.auditWebhook.findFirst({ where: { id: webhookId, teamId }, select: { id: true, url: true, secretSealed: true } });
  if (!hook) throw new ActionError("That endpoint no longer exists.", undefined, 404);
  return hook;
}

const newSecret = () => `whsec_${randomBytes(32).toString("base64url")}`;

/** Adds an endpoint that receives the audit log from this change on; its signing secret is returned this once. */
export async function createWebhook({ input, member, actor, request, tx }: TeamActionContext<z.output<typeof createWebhookSchema>>) {
  const problem = unreachableUrl(input.url);
  if (problem) throw new ActionError(problem, { url: problem }, 422);
  await lockTeam(tx, member.team.id);
  const existing = await tx.auditWebhook.findMany({ where: { teamId: member.team.id }, select: { url: true } });
  if (existing.some((w) => w.url === input.url)) throw new ActionError("This URL already receives the audit log", { url: "This URL already receives the audit log" }, 409);
  if (existing.length >= MAX_WEBHOOKS) throw new ActionError(`A team can stream its audit log to at most ${MAX_WEBHOOKS} endpoints. Delete one first.`, undefined, 409);
  const [{ last }] = await tx.$queryRaw<{ last: bigint | null }[]>`SELECT max(id) AS last FROM "AuditEvent" WHERE "teamId" = ${member.team.id}`;
  const id = randomUUID();
  const secret = newSecret();
  await tx.auditWebhook.create({ data: { id, teamId: member.team.id, url: input.url, secretSealed: seal("webhook", secret, id), cursor: last ?? 0n } });
  await audit(tx, { teamId: member.team.id, actor, action: "audit_webhook.created", target: { type: "audit_webhook", id, label: input.url }, request });
  return { id, url: input.url, secret };
}

/** Replaces an endpoint's signing secret: requests from now on are signed with the new one, returned this once. */
export async function rollWebhookSecret({ input, member, actor, request, tx }: TeamActionContext<z.output<typeof webhookIdSchema>>) {
  const hook = await teamWebhook(tx, member.team.id, input.webhookId);
  const secret = newSecret();
  await tx.auditWebhook.update({ where: { id: hook.id }, data: { secretSealed: seal("webhook", secret, hook.id) } });
  await audit(tx, { teamId: member.team.id, actor, action: "audit_webhook.secret_rolled", target: { type: "audit_webhook", id: hook.id, label: hook.url }, request });
  return { url: hook.url, secret };
}

/** Stops streaming to an endpoint at once; what it was not sent yet is not sent. */
export async function deleteWebhook({ input, member, actor, request, tx }: TeamActionContext<z.output<typeof webhookIdSchema>>) {
  const hook = await teamWebhook(tx, member.team.id, input.webhookId);
  await tx.auditWebhook.delete({ where: { id: hook.id } });
  await audit(tx, { teamId: member.team.id, actor, action: "audit_webhook.deleted", target: { type: "audit_webhook", id: hook.id, label: hook.url }, request });
  return null;
}

/** The endpoint a test event goes to (sent by the caller, after the transaction). */
export async function findWebhook({ input, member, tx }: TeamActionContext<z.output<typeof webhookIdSchema>>) {
  const hook = await teamWebhook(tx, member.team.id, input.webhookId);
  return { ...hook, team: { id: member.team.id, slug: member.team.slug, name: member.team.name } };
}
