import { ActionError } from "@/lib/actions/result";
import type { TeamActionContext } from "@/lib/actions/team-action";
import { audit, type AuditInput } from "@/lib/audit/record";
import { accrueUsage } from "@/lib/billing/usage";
import { assertWithinSpendLimit } from "@/lib/billing/spend-limit";
import type { Tx } from "@/lib/db/client";
import { lockTeam } from "@/lib/teams/lock";
import type { z } from "zod";
import { accruesWhileIdle, canStartStop, connectionDetails, ENDPOINT_REQUEST_CENTS, hourlyCostCents, initialStatus, KIND_INFO, type ResourceKind, type ResourceSpec } from "./catalog";
import type { createResourceSchema, invokeEndpointSchema, resizeVolumeSchema, resourceIdSchema } from "./schemas";

export type LockedResource = NonNullable<Awaited<ReturnType<typeof loadResource>>>;
type ResourceCtx<I> = TeamActionContext<I> & { resource: LockedResource };

/** Loader for resourceAction: the resource, locked, if it belongs to the team. */
export async function loadResource(tx: Tx, input: { resourceId: string }, teamId: string) {
  await tx.$queryRaw`SELECT id FROM "Resource" WHERE id = ${input.resourceId} FOR UPDATE`;
  return tx.resource.findFirst({ where: { id: input.resourceId, teamId } });
}

function event(ctx: TeamActionContext<unknown>, action: string, resource: { id: string; name: string; kind: string }, metadata: AuditInput["metadata"] = {}): AuditInput {
  return { teamId: ctx.member.team.id, actor: ctx.actor, action, target: { type: resource.kind, id: resource.id, label: resource.name }, metadata, request: ctx.request };
}

export async function createResource(ctx: TeamActionContext<z.output<typeof createResourceSchema>>) {
  const { input, member, tx, user } = ctx;
  await lockTeam(tx, member.team.id);
  if (await tx.resource.findFirst({ where: { teamId: member.team.id, kind: input.kind, name: input.name }, select: { id: true } })) {
    throw new ActionError("That name is taken.", { name: `A ${KIND_INFO[input.kind].singular.toLowerCase()} with this name already exists` }, 409);
  }
  const { name, ...spec } = input;
  const cost = hourlyCostCents(spec as ResourceSpec);
  const status = initialStatus(input.kind);
  const billedNow = status === "running" || accruesWhileIdle(input.kind);
  if (billedNow) await assertWithinSpendLimit(tx, member.team, cost);
  const resource = await tx.resource.create({
    data: { teamId: member.team.id, kind: input.kind, name, status, config: spec, creatorId: user.id, hourlyCostCents: cost, runningSince: billedNow ? new Date() : null },
  });
  await audit(tx, event(ctx, "resource.created", resource, { after: { ...spec, hourlyCostCents: cost } }));
  return { id: resource.id };
}

export async function startResource(ctx: ResourceCtx<z.output<typeof resourceIdSchema>>) {
  const { resource, member, tx } = ctx;
  assertKind(resource, canStartStop(resource.kind as ResourceKind), "started");
  if (resource.status === "running") return { status: "running" };
  await lockTeam(tx, member.team.id);
  await assertWithinSpendLimit(tx, member.team, resource.hourlyCostCents);
  await tx.resource.update({ where: { id: resource.id }, data: { status: "running", runningSince: new Date() } });
  await audit(tx, event(ctx, "resource.started", resource));
  return { status: "running" };
}

export async function stopResource(ctx: ResourceCtx<z.output<typeof resourceIdSchema>>) {
  const { resource, tx } = ctx;
  assertKind(resource, canStartStop(resource.kind as ResourceKind), "stopped");
  if (resource.status !== "running") return { status: resource.status };
  await accrueUsage(tx, resource, new Date(), { stop: true });
  await tx.resource.update({ where: { id: resource.id }, data: { status: "stopped" } });
  await audit(tx, event(ctx, "resource.stopped", resource));
  return { status: "stopped" };
}

export async function deleteResource(ctx: ResourceCtx<z.output<typeof resourceIdSchema>>) {
  const { resource, tx } = ctx;
  await accrueUsage(tx, resource, new Date(), { stop: true });
  await tx.resource.delete({ where: { id: resource.id } });
  await audit(tx, event(ctx, "resource.deleted", resource, { before: { status: resource.status, config: resource.config as object } }));
  return null;
}

export async function resizeVolume(ctx: ResourceCtx<z.output<typeof resizeVolumeSchema>>) {
  const { resource, member, input, tx } = ctx;
  assertKind(resource, resource.kind === "volume", "resized");
  const config = resource.config as { sizeGb: number; region: "eu-west-1" };
  if (input.sizeGb <= config.sizeGb) {
    throw new ActionError("Volumes can only grow.", { sizeGb: `Enter more than the current ${config.sizeGb} GB` }, 422);
  }
  await lockTeam(tx, member.team.id);
  const cost = hourlyCostCents({ kind: "volume", sizeGb: input.sizeGb, region: config.region });
  await assertWithinSpendLimit(tx, member.team, cost - resource.hourlyCostCents);
  await accrueUsage(tx, resource, new Date());
  await tx.resource.update({ where: { id: resource.id }, data: { config: { ...config, sizeGb: input.sizeGb }, hourlyCostCents: cost } });
  await audit(tx, event(ctx, "resource.resized", resource, { before: { sizeGb: config.sizeGb }, after: { sizeGb: input.sizeGb } }));
  return { sizeGb: input.sizeGb };
}

/** Connecting hands out access, so it is authorized and audited like a change. */
export async function connectResource(ctx: ResourceCtx<z.output<typeof resourceIdSchema>>) {
  const { resource, tx } = ctx;
  assertKind(resource, canStartStop(resource.kind as ResourceKind), "connected to");
  if (resource.status !== "running") throw new ActionError(`Start the ${resource.kind} before connecting to it.`, undefined, 409);
  await audit(tx, event(ctx, "resource.connected", resource));
  return connectionDetails(resource);
}

/** Sends a test request to a serverless endpoint; it is billed as one request. */
export async function invokeEndpoint(ctx: ResourceCtx<z.output<typeof invokeEndpointSchema>>) {
  const { resource, input, tx, member } = ctx;
  assertKind(resource, resource.kind === "endpoint", "invoked");
  const startedAt = new Date();
  const payload = JSON.parse(input.payload) as unknown;
  await tx.usageRecord.create({
    data: { teamId: member.team.id, resourceId: resource.id, resourceKind: resource.kind, resourceName: resource.name, userId: resource.creatorId, startedAt, endedAt: startedAt, cents: ENDPOINT_REQUEST_CENTS },
  });
  await audit(tx, event(ctx, "resource.invoked", resource, { bytes: input.payload.length }));
  return { id: `req_${startedAt.getTime().toString(36)}`, status: "COMPLETED", output: { received: payload }, costCents: ENDPOINT_REQUEST_CENTS };
}

function assertKind(resource: { kind: string }, allowed: boolean, verb: string): void {
  if (!allowed) throw new ActionError(`A ${resource.kind} cannot be ${verb}.`, undefined, 422);
}
