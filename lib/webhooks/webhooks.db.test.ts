import { createHmac } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { audit } from "@/lib/audit/record";
import { seal } from "@/lib/auth/secret-box";
import { db } from "@/lib/db/client";
import { actAs } from "@/lib/test/acting-user";
import { auditEventsOf, createTeamWithEveryRole, uid, type TeamFixture } from "@/lib/test/fixtures";
import { webhookOf } from "@/lib/test/scenarios";
import { createWebhookAction, deleteWebhookAction, rollWebhookSecretAction, testWebhookAction } from "./actions";
import { MAX_WEBHOOKS } from "./schemas";
import { UNREADABLE_SECRET } from "./secret";
import { deliverDueWebhooks, WEBHOOK_BATCH } from "./stream";

type Received = { headers: Record<string, string | string[] | undefined>; body: string; json: { type: string; webhookId: string; team: { slug: string }; events?: { id: string; action: string }[] } };

// A receiver on this machine: each path answers with the status the test sets for it.
const received = new Map<string, Received[]>();
const answers = new Map<string, number>();
let server: Server;
let base = "";

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      const path = req.url ?? "/";
      received.set(path, [...(received.get(path) ?? []), { headers: req.headers, body, json: JSON.parse(body) }]);
      res.writeHead(answers.get(path) ?? 204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
afterEach(() => vi.unstubAllEnvs());

const later = (seconds: number) => new Date(Date.now() + seconds * 1000);
const hookOf = (id: string) => db.auditWebhook.findUniqueOrThrow({ where: { id } });
const at = (path: string) => received.get(path) ?? [];

async function addEvents(team: TeamFixture, count: number) {
  await db.$transaction(async (tx) => {
    for (let i = 0; i < count; i++) {
      await audit(tx, { teamId: team.id, actor: { type: "user", id: team.users.admin.id, name: "Ada Admin" }, action: "team.updated", target: { type: "team", id: team.id, label: team.name }, metadata: { n: i } });
    }
  });
}

/** An endpoint on the local receiver, added through the action as the team's Admin; returns its id, path and secret. */
async function addEndpoint(team: TeamFixture) {
  vi.stubEnv("ROSTER_WEBHOOKS_ALLOW_PRIVATE", "1");
  const path = `/hook-${uid()}`;
  actAs(team.users.admin);
  const created = await createWebhookAction(team.slug, { url: base + path });
  if (!created.ok) throw new Error(JSON.stringify(created));
  return { ...created.data, path };
}

describe("adding an endpoint", () => {
  it("refuses what it will not send to, next to the field, and gives the signing secret once", async () => {
    const team = await createTeamWithEveryRole();
    actAs(team.users.admin);
    const refusals = {
      "http://siem.example.invalid/roster": "Use an https:// URL: audit events are sent encrypted or not at all",
      "https://localhost/roster": "Use a public address: webhooks cannot reach this host or a private network",
      "https://10.0.0.7/roster": "Use a public address: webhooks cannot reach this host or a private network",
      "https://[::1]/roster": "Use a public address: webhooks cannot reach this host or a private network",
      "https://169.254.169.254/latest": "Use a public address: webhooks cannot reach this host or a private network",
      "https://user:pw@siem.example.invalid/": "Leave the user name and password out of the URL: requests are signed instead",
      "siem.example.invalid": "Enter a full URL, such as https://siem.example.com/roster",
      "ftp://siem.example.invalid/": "Enter a full URL, such as https://siem.example.com/roster",
      "": "Enter the endpoint's URL",
    };
    for (const [url, message] of Object.entries(refusals)) {
      expect(await createWebhookAction(team.slug, { url }), url).toMatchObject({ ok: false, fieldErrors: { url: message } });
    }
    expect(await db.auditWebhook.count({ where: { teamId: team.id } })).toBe(0);

    const url = `https://siem-${uid()}.example.invalid/roster`;
    const created = await createWebhookAction(team.slug, { url: ` ${url} ` });
    expect(created).toMatchObject({ ok: true, data: { url, secret: expect.stringMatching(/^whsec_[A-Za-z0-9_-]{43}$/) } });
    const stored = await db.auditWebhook.findFirstOrThrow({ where: { teamId: team.id } });
    expect(stored.secretSealed).not.toContain(created.ok ? created.data.secret : "");
    const events = await auditEventsOf(team.id);
    expect(events.map((e) => [e.action, e.targetType, e.targetLabel, e.actorId])).toEqual([["audit_webhook.created", "audit_webhook", url, team.users.admin.id]]);
    // It streams from the event that records it.
    expect(stored.cursor).toBeLessThan(events[0].id);

    expect(await createWebhookAction(team.slug, { url })).toMatchObject({ ok: false, fieldErrors: { url: "This URL already receives the audit log" } });
    for (let i = 1; i < MAX_WEBHOOKS; i++) expect((await createWebhookAction(team.slug, { url: `${url}/${i}` })).ok).toBe(true);
    expect(await createWebhookAction(team.slug, { url: `${url}/more` })).toEqual({ ok: false, error: `A team can stream its audit log to at most ${MAX_WEBHOOKS} endpoints. Delete one first.` });
  });

  it("is for those who may stream the audit log, and each team's own", async () => {
    const [team, other] = [await createTeamWithEveryRole(), await createTeamWithEveryRole()];
    actAs(team.users.billing);
    expect(await createWebhookAction(team.slug, { url: "https://siem.example.invalid/" })).toMatchObject({ ok: false, error: expect.stringMatching(/does not allow/) });
    const theirs = await webhookOf(other.id);
    actAs(team.users.owner);
    for (const action of [deleteWebhookAction, testWebhookAction, rollWebhookSecretAction]) expect(await action(team.slug, { webhookId: theirs })).toEqual({ ok: false, error: "That endpoint no longer exists." });
    expect(await db.auditWebhook.count({ where: { id: theirs } })).toBe(1);
  });
});

describe("streaming", () => {
  it("sends each event once, in order, in signed batches of at most 100", async () => {
    const team = await createTeamWithEveryRole();
    const { id, path, secret } = await addEndpoint(team);
    await addEvents(team, WEBHOOK_BATCH + 20);

    expect(await deliverDueWebhooks(db)).toMatchObject({ delivered: expect.any(Number) });
    const batches = at(path);
    expect(batches.map((b) => b.json.events!.length)).toEqual([WEBHOOK_BATCH, 21]);
    const sent = batches.flatMap((b) => b.json.events!);
    const logged = await auditEventsOf(team.id);
    expect(sent.map((e) => e.id)).toEqual(logged.map((e) => e.id.toString()));
    expect(sent[0].action).toBe("audit_webhook.created");
    expect(batches[0].json).toMatchObject({ type: "audit_events", webhookId: id, team: { slug: team.slug } });
    expect(batches[0].json.events![1]).toMatchObject({ action: "team.updated", actor: { name: "Ada Admin" }, metadata: { n: 0 }, hash: logged[1].hash, prevHash: logged[1].prevHash });
    for (const batch of batches) {
      const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(String(batch.headers["roster-signature"]))!;
      expect(v1).toBe(createHmac("sha256", secret).update(`${t}.${batch.body}`).digest("hex"));
      expect(batch.headers["content-type"]).toBe("application/json");
    }
    const hook = await hookOf(id);
    expect([hook.cursor, hook.deliveredAt instanceof Date, hook.failures, hook.leaseUntil]).toEqual([logged.at(-1)!.id, true, 0, null]);

    // Nothing new: nothing sent. Two servers at once send a new event once.
    await deliverDueWebhooks(db);
    expect(at(path)).toHaveLength(2);
    await addEvents(team, 1);
    await Promise.all([deliverDueWebhooks(db), deliverDueWebhooks(db)]);
    expect(at(path).map((b) => b.json.events!.length)).toEqual([WEBHOOK_BATCH, 21, 1]);
  });

  it("keeps a failing endpoint's events, tries again later with growing pauses, and skips nothing", async () => {
    const team = await createTeamWithEveryRole();
    const { id, path } = await addEndpoint(team);
    await addEvents(team, 2);
    answers.set(path, 500);

    await deliverDueWebhooks(db);
    let hook = await hookOf(id);
    expect([hook.failures, hook.lastError, hook.failingSince instanceof Date, hook.deliveredAt]).toEqual([1, "The endpoint answered HTTP 500.", true, null]);
    expect(hook.nextAttemptAt.getTime() - Date.now()).toBeGreaterThan(20_000);
    // Not due yet: not tried.
    await deliverDueWebhooks(db);
    expect(at(path)).toHaveLength(1);

    await deliverDueWebhooks(db, later(31));
    hook = await hookOf(id);
    expect([hook.failures, hook.nextAttemptAt.getTime() - Date.now()]).toEqual([2, expect.any(Number)]);
    expect(hook.nextAttemptAt.getTime()).toBeGreaterThan(later(31 + 50).getTime());

    answers.set(path, 200);
    await deliverDueWebhooks(db, later(200));
    hook = await hookOf(id);
    expect([hook.failures, hook.failingSince, hook.lastError]).toEqual([0, null, null]);
    const tries = at(path).map((b) => b.json.events!.map((e) => e.id));
    expect(tries).toHaveLength(3);
    expect(new Set(tries.map((t) => t.join()))).toEqual(new Set([tries[0].join()]));
    expect(tries[0]).toHaveLength(3);
  });

  it("does not reach this host or a private network unless allowed, even by a name that resolves there", async () => {
    const team = await createTeamWithEveryRole();
    const port = (server.address() as AddressInfo).port;
    const id = await webhookOf(team.id, `http://localhost:${port}/guarded`);
    await addEvents(team, 1);
    await deliverDueWebhooks(db);
    expect(at("/guarded")).toEqual([]);
    expect((await hookOf(id)).lastError).toBe("Not delivered: its address is on a private network, which webhooks may not reach.");

    // Allowed (development, these tests), the same name is resolved and reached.
    vi.stubEnv("ROSTER_WEBHOOKS_ALLOW_PRIVATE", "1");
    await deliverDueWebhooks(db, later(60));
    expect(at("/guarded")).toHaveLength(1);
    expect((await hookOf(id)).failures).toBe(0);
  });
});

describe("replacing the signing secret", () => {
  it("signs every request from then on with the new secret, shown once, and is audited", async () => {
    const team = await createTeamWithEveryRole();
    const { id, path, secret: old } = await addEndpoint(team);
    const rolled = await rollWebhookSecretAction(team.slug, { webhookId: id });
    expect(rolled).toMatchObject({ ok: true, data: { url: base + path, secret: expect.stringMatching(/^whsec_/) } });
    const secret = rolled.ok ? rolled.data.secret : "";
    expect(secret).not.toBe(old);
    await deliverDueWebhooks(db);
    const [batch] = at(path);
    const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(String(batch.headers["roster-signature"]))!;
    expect(v1).toBe(createHmac("sha256", secret).update(`${t}.${batch.body}`).digest("hex"));
    expect(batch.json.events!.map((e) => e.action)).toEqual(["audit_webhook.created", "audit_webhook.secret_rolled"]);
  });
});

describe("a secret sealed under another AUTH_SECRET", () => {
  it("is reported on the endpoint and by a test event, not thrown, and nothing is sent", async () => {
    const team = await createTeamWithEveryRole();
    const id = await webhookOf(team.id, `${base}/resealed`);
    await db.auditWebhook.update({ where: { id }, data: { secretSealed: seal("webhook", "whsec_old", id, "a-secret-this-server-no-longer-has-0000") } });
    await addEvents(team, 1);
    await deliverDueWebhooks(db);
    expect(at("/resealed")).toEqual([]);
    expect((await hookOf(id)).lastError).toBe(UNREADABLE_SECRET);
    actAs(team.users.owner);
    expect(await testWebhookAction(team.slug, { webhookId: id })).toEqual({ ok: true, data: { delivered: false, message: UNREADABLE_SECRET } });
  });
});

describe("test events and deleting", () => {
  it("sends a signed ping on request, says how the endpoint answered, and records nothing; deleting stops the stream", async () => {
    const team = await createTeamWithEveryRole();
    const { id, path } = await addEndpoint(team);
    const before = (await auditEventsOf(team.id)).length;
    expect(await testWebhookAction(team.slug, { webhookId: id })).toEqual({ ok: true, data: { delivered: true, message: "Test event delivered: the endpoint answered HTTP 204." } });
    expect(at(path).map((b) => [b.json.type, b.json.webhookId])).toEqual([["ping", id]]);
    answers.set(path, 410);
    expect(await testWebhookAction(team.slug, { webhookId: id })).toEqual({ ok: true, data: { delivered: false, message: "The endpoint answered HTTP 410." } });
    expect(await auditEventsOf(team.id)).toHaveLength(before);

    expect(await deleteWebhookAction(team.slug, { webhookId: id })).toEqual({ ok: true, data: null });
    expect(await db.auditWebhook.count({ where: { id } })).toBe(0);
    const [deleted] = (await auditEventsOf(team.id)).filter((e) => e.action === "audit_webhook.deleted");
    expect([deleted.targetId, deleted.targetLabel]).toEqual([id, base + path]);
    await deliverDueWebhooks(db);
    expect(at(path).filter((b) => b.json.type === "audit_events")).toEqual([]);
    expect(await deleteWebhookAction(team.slug, { webhookId: id })).toEqual({ ok: false, error: "That endpoint no longer exists." });
  });
});
