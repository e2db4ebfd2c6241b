"use server";

import type { ActionResult } from "@/lib/actions/result";
import { teamAction } from "@/lib/actions/team-action";
import { createWebhook, deleteWebhook, findWebhook, rollWebhookSecret } from "./manage";
import { pingBody } from "./payload";
import { postWebhook } from "./post";
import { createWebhookSchema, webhookIdSchema, type WebhookIdInput } from "./schemas";
import { UNREADABLE_SECRET, webhookSecret } from "./secret";

export const createWebhookAction = teamAction("audit.stream", createWebhookSchema, createWebhook);
export const deleteWebhookAction = teamAction("audit.stream", webhookIdSchema, deleteWebhook);
export const rollWebhookSecretAction = teamAction("audit.stream", webhookIdSchema, rollWebhookSecret);

const authorizeTest = teamAction("audit.stream", webhookIdSchema, findWebhook);

/** Sends the endpoint a signed `ping` now and says how it answered; nothing is recorded. */
export async function testWebhookAction(slug: string, raw: WebhookIdInput): Promise<ActionResult<{ delivered: boolean; message: string }>> {
  const found = await authorizeTest(slug, raw);
  if (!found.ok) return found;
  const hook = found.data;
  const secret = webhookSecret(hook);
  if (secret === null) return { ok: true, data: { delivered: false, message: UNREADABLE_SECRET } };
  const now = new Date();
  const outcome = await postWebhook(hook.url, pingBody(hook.id, hook.team, now), secret, now);
  return { ok: true, data: outcome.ok ? { delivered: true, message: `Test event delivered: the endpoint answered HTTP ${outcome.status}.` } : { delivered: false, message: outcome.error } };
}
