import { AUDIT_ACTIONS, type AuditAction } from "@/lib/audit/actions-catalogue";
import { eventHash, type HashedEvent } from "@/lib/audit/hash";
import { RESOURCE_KINDS } from "@/lib/resources/catalog";
import { MAX_SEATS } from "@/lib/teams/schemas";

/** Anything that runs a parameterised query: a pg Client, Pool or PoolClient. */
export type Queryable = { query<R = Record<string, unknown>>(text: string, values?: unknown[]): Promise<{ rows: R[] }> };

/** The password of every seeded user. */
export const BENCH_PASSWORD = process.env.BENCH_PASSWORD ?? "bench-password-1";

/** runningResources: how many resources ran every hour of the last USAGE_DAYS days (one usage record per hour). */
export type SeedSize = { members: number; invites: number; resources: number; events: number; runningResources: number };
export const LARGE: SeedSize = { members: 10_000, invites: 2_000, resources: 50_000, events: 1_000_000, runningResources: 1_000 };
const USAGE_DAYS = 60;

export type SeedOptions = {
  slug: string;
  size: SeedSize;
  /** One argon2 hash of the shared password, reused by every seeded user. */
  passwordHash: string;
  /** Events span this many days back from `now`. */
  days?: number;
  now?: Date;
  batchSize?: number;
  onProgress?: (step: string, done: number, total: number) => void;
};

export type SeedReport = { created: boolean; teamId: string; seconds: number; steps: { step: string; rows: number; seconds: number }[] };

/** Email of the n-th seeded user (1-based); user 1 is the owner. */
export const seededEmail = (slug: string, n: number) => `member${n}@${slug}.test`;
export const seededInviteEmail = (slug: string, n: number) => `invitee${n}@${slug}.test`;
const FIRST = ["Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Frances", "Ken", "Margaret", "Dennis", "Radia", "Linus", "Hedy", "John", "Katherine", "Tim", "Sophie", "Guido", "Anita", "Niklaus"];
const LAST = ["Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth", "Allen", "Thompson", "Hamilton", "Ritchie", "Perlman", "Torvalds", "Lamarr", "McCarthy", "Johnson", "Berners-Lee", "Wilson", "van Rossum", "Borg", "Wirth", "Goldberg", "Kay", "Shaw", "Backus", "Naur"];
/** Roles of plain members, weighted towards developers; member 1 is the owner, 2-4 admins. */
const ROLES = ["developer", "developer", "developer", "developer", "viewer", "viewer", "modifier", "basic", "billing", "billing_viewer"];
const sqlArray = (values: readonly string[]) => `ARRAY[${values.map((v) => `'${v.replaceAll("'", "''")}'`).join(",")}]`;

/**
 * Creates one large team with plain SQL: users, memberships, pending invitations and resources via
 * INSERT … SELECT generate_series, then audit events in batches through unnest() with their hash
 * chain computed here as they stream out. Refuses (created: false) when the slug is taken.
 */
export async function seedLargeTeam(db: Queryable, options: SeedOptions): Promise<SeedReport> {
  const { slug, size, passwordHash } = options;
  const started = performance.now();
  const steps: SeedReport["steps"] = [];
  const existing = await db.query<{ id: string }>(`SELECT id FROM "Team" WHERE slug = $1`, [slug]);
  if (existing.rows[0]) return { created: false, teamId: existing.rows[0].id, seconds: 0, steps };
  const now = options.now ?? new Date();
  const days = options.days ?? 365;
  const teamId = `${slug}_team`;
  const step = async (name: string, rows: number, run: () => Promise<unknown>) => {
    const t = performance.now();
    options.onProgress?.(name, 0, rows);
    await run();
    steps.push({ step: name, rows, seconds: (performance.now() - t) / 1000 });
    options.onProgress?.(name, rows, rows);
  };

  await step("team", 1, () =>
    db.query(`INSERT INTO "Team" (id, slug, name, "seatLimit", "createdAt") VALUES ($1, $2, $3, $4, $5::timestamptz - make_interval(days => $6))`, [
      teamId, slug, `${slug[0].toUpperCase()}${slug.slice(1)} Inc.`, MAX_SEATS, now, days + 1,
    ]),
  );
  // Joined dates spread evenly over the period, oldest first: member g joined (members-g) steps before now.
  const joined = `$3::timestamptz - make_interval(secs => ((${size.members} - g) * $4::float8))`;
  await step("users", size.members, () =>
    db.query(
      `INSERT INTO "User" (id, email, name, "passwordHash", "emailVerified", "createdAt")
       SELECT $1 || '_u' || g, 'member' || g || '@' || $1 || '.test',
              (${sqlArray(FIRST)})[1 + g % ${FIRST.length}] || ' ' || (${sqlArray(LAST)})[1 + (g / ${FIRST.length}) % ${LAST.length}],
              $2, ${joined}, ${joined}
       FROM generate_series(1, ${size.members}) g`,
      [slug, passwordHash, now, (days * 86_400) / size.members],
    ),
  );
  await step("memberships", size.members, () =>
    db.query(
      `INSERT INTO "Membership" (id, "teamId", "userId", role, "createdAt", "lastActiveAt", "accessEndsAt")
       SELECT $1 || '_m' || g, $2, $1 || '_u' || g,
              CASE WHEN g = 1 THEN 'owner' WHEN g <= 4 THEN 'admin' ELSE (${sqlArray(ROLES)})[1 + g % ${ROLES.length}] END,
              ${joined},
              -- last active: 7 in 10 within the last 30 days, 2 within 90, 1 within a year (never before joining)
              GREATEST(${joined}, $3::timestamptz - make_interval(secs => CASE WHEN g % 10 < 7 THEN 30 WHEN g % 10 < 9 THEN 90 ELSE 365 END * 864 * ((g * 7919) % 100))),
              -- temporary access: 1 in 50 members, ending from 30 days ago to 89 days ahead (midnight UTC)
              CASE WHEN g > 4 AND g % 50 = 0 THEN date_trunc('day', $3::timestamptz AT TIME ZONE 'UTC') + make_interval(days => (g / 50) % 120 - 30) END
       FROM generate_series(1, ${size.members}) g`,
      [slug, teamId, now, (days * 86_400) / size.members],
    ),
  );
  // Pending email invitations from the last 30 days; one in ten has expired.
  await step("invitations", size.invites, () =>
    db.query(
      `INSERT INTO "Invitation" (id, "teamId", email, role, "tokenHash", "inviterId", "expiresAt", "createdAt", "lastSentAt")
       SELECT $1 || '_i' || g, $2, 'invitee' || g || '@' || $1 || '.test', (${sqlArray(ROLES)})[1 + g % ${ROLES.length}],
              encode(sha256(convert_to($1 || ':invite:' || g, 'UTF8')), 'hex'), $1 || '_u' || (1 + g % 4),
              CASE WHEN g % 10 = 0 THEN $3::timestamptz - interval '1 day' ELSE $3::timestamptz + interval '7 days' END,
              $3::timestamptz - make_interval(secs => g * $4::float8), $3::timestamptz - make_interval(secs => g * $4::float8)
       FROM generate_series(1, ${size.invites}) g`,
      [slug, teamId, now, (30 * 86_400) / size.invites],
    ),
  );
  await step("resources", size.resources, () =>
    db.query(
      `INSERT INTO "Resource" (id, "teamId", kind, name, status, config, "creatorId", "hourlyCostCents", "createdAt")
       SELECT $1 || '_r' || g, $2, k.kind, k.kind || '-' || g,
              CASE k.kind WHEN 'endpoint' THEN 'ready' WHEN 'volume' THEN 'available' ELSE 'stopped' END,
              '{}'::jsonb, $1 || '_u' || (1 + (g * 7919) % ${size.members}), 0,
              $3::timestamptz - make_interval(secs => (${size.resources} - g) * $4::float8)
       FROM generate_series(1, ${size.resources}) g
       CROSS JOIN LATERAL (SELECT (${sqlArray(RESOURCE_KINDS)})[1 + g % ${RESOURCE_KINDS.length}] AS kind) k`,
      [slug, teamId, now, (days * 86_400) / size.resources],
    ),
  );
  await step("usage records", size.runningResources * 24 * USAGE_DAYS, () => insertUsage(db, teamId, size.runningResources, now));
  await step("audit events", size.events, () => insertEvents(db, teamId, slug, size, now, days, options));
  // Fresh statistics, else the planner guesses on a million new rows, and a visibility map for
  // index-only scans. Autovacuum does both on a live database, but not before the bench starts.
  await step("vacuum analyze", 0, () => db.query(`VACUUM ANALYZE "User", "Membership", "Invitation", "Resource", "UsageRecord", "UsageDay", "AuditEvent"`));
  return { created: true, teamId, seconds: (performance.now() - started) / 1000, steps };
}

/** Hourly usage of the first `running` resources, one UTC day per statement (the rollup trigger sums each). */
async function insertUsage(db: Queryable, teamId: string, running: number, now: Date): Promise<void> {
  const lastHour = new Date(Math.floor(now.getTime() / 3_600_000) * 3_600_000);
  for (let day = USAGE_DAYS; day >= 1; day--) {
    await db.query(
      `INSERT INTO "UsageRecord" ("teamId", "resourceId", "resourceKind", "resourceName", "userId", "startedAt", "endedAt", cents)
       SELECT $1, r.id, r.kind, r.name, r."creatorId", h.at, h.at + interval '1 hour',
              CASE r.kind WHEN 'cluster' THEN 599 WHEN 'pod' THEN 79 WHEN 'endpoint' THEN 40 ELSE 2 END
       FROM (SELECT id, kind, name, "creatorId" FROM "Resource" WHERE "teamId" = $1 ORDER BY "createdAt" DESC, id LIMIT $2) r
       CROSS JOIN generate_series($3::timestamp - make_interval(hours => 24 * $4), $3::timestamp - make_interval(hours => 24 * ($4 - 1) + 1), interval '1 hour') h(at)`,
      [teamId, running, lastHour.toISOString().replace("Z", ""), day],
    );
  }
}

/** Team actions (those with a target), weighted: resources are busy, settings rarely change. */
const WEIGHTED_ACTIONS: AuditAction[] = (Object.keys(AUDIT_ACTIONS) as AuditAction[])
  .filter((a) => AUDIT_ACTIONS[a].target !== null)
  .flatMap((a) => Array<AuditAction>(a.startsWith("resource.") ? 12 : a.startsWith("member.") || a.startsWith("invite.") ? 4 : 1).fill(a));
const USER_AGENTS = ["Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15", "Mozilla/5.0 (X11; Linux x86_64) Chrome/126.0 Safari/537.36", "roster-cli/1.4.2", "curl/8.7.1"];

/** A small deterministic PRNG (mulberry32), so two seeds of the same size are the same data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type EventRow = HashedEvent & { hash: string };

/** Generates the team's events oldest first, each linked to the one before. */
export function* generateEvents(teamId: string, slug: string, size: SeedSize, now: Date, days: number): Generator<EventRow> {
  const random = prng(42);
  const span = days * 86_400_000;
  const start = now.getTime() - span;
  const pick = (n: number) => 1 + Math.floor(random() * n);
  // A fifth of the members do most of the work.
  const actor = () => (random() < 0.8 ? pick(Math.max(1, Math.floor(size.members / 5))) : pick(size.members));
  let prevHash: string | null = null;
  for (let i = 0; i < size.events; i++) {
    const action = WEIGHTED_ACTIONS[Math.floor(random() * WEIGHTED_ACTIONS.length)];
    const targetType = AUDIT_ACTIONS[action].target;
    const by = actor();
    const kind = random();
    const actorType = kind < 0.05 ? "api_key" : kind < 0.06 ? "system" : "user";
    const target = targetOf(targetType, slug, teamId, size, pick);
    const metadata: Record<string, unknown> =
      action === "member.role_changed" ? { before: { role: "Developer" }, after: { role: "Viewer" } } : action.startsWith("resource.") ? { kind: RESOURCE_KINDS[i % RESOURCE_KINDS.length] } : {};
    const event: HashedEvent = {
      teamId,
      actorType,
      actorId: actorType === "system" ? null : `${slug}_u${by}`,
      actorName: actorType === "system" ? "Roster" : `${FIRST[by % FIRST.length]} ${LAST[Math.floor(by / FIRST.length) % LAST.length]}`,
      action,
      targetType: target?.type ?? null,
      targetId: target?.id ?? null,
      targetLabel: target?.label ?? null,
      metadata,
      ip: `10.${by % 256}.${(by >> 8) % 256}.${1 + (i % 250)}`,
      userAgent: USER_AGENTS[by % USER_AGENTS.length],
      // Evenly spread and strictly increasing, so ids grow with createdAt as lib/audit/filters.ts assumes.
      createdAt: new Date(start + Math.floor(((i + 1) * span) / (size.events + 1))),
      prevHash,
    };
    const hash = eventHash(event);
    prevHash = hash;
    yield { ...event, hash };
  }
}

function targetOf(type: string | null, slug: string, teamId: string, size: SeedSize, pick: (n: number) => number) {
  switch (type) {
    case "member": {
      const n = pick(size.members);
      return { type, id: `${slug}_m${n}`, label: seededEmail(slug, n) };
    }
    case "resource": {
      const n = pick(size.resources);
      return { type, id: `${slug}_r${n}`, label: `${RESOURCE_KINDS[n % RESOURCE_KINDS.length]}-${n}` };
    }
    case "invitation": {
      const n = pick(Math.max(1, size.invites));
      return { type, id: `${slug}_i${n}`, label: seededInviteEmail(slug, n) };
    }
    case null:
      return null;
    default:
      return { type, id: type === "team" ? teamId : `${slug}_${type}_${pick(20)}`, label: type === "team" ? slug : `${type} ${pick(20)}` };
  }
}

const COLUMNS = ["actorType", "actorId", "actorName", "action", "targetType", "targetId", "targetLabel", "metadata", "ip", "userAgent", "createdAt", "prevHash", "hash"] as const;
const TYPES = ["text", "text", "text", "text", "text", "text", "text", "jsonb", "text", "text", "timestamp", "text", "text"];

async function insertEvents(db: Queryable, teamId: string, slug: string, size: SeedSize, now: Date, days: number, options: SeedOptions) {
  const batchSize = options.batchSize ?? 5000;
  const sql = `INSERT INTO "AuditEvent" ("teamId", ${COLUMNS.map((c) => `"${c}"`).join(", ")})
    SELECT $1, * FROM unnest(${TYPES.map((t, i) => `$${i + 2}::${t}[]`).join(", ")})`;
  let batch: (string | null)[][] = COLUMNS.map(() => []);
  let pending: Promise<unknown> = Promise.resolve();
  let done = 0;
  const flush = async () => {
    const values = batch;
    const count = values[0].length;
    batch = COLUMNS.map(() => []);
    // One insert in flight while the next batch is hashed.
    await pending;
    pending = db.query(sql, [teamId, ...values]).then(() => {
      done += count;
      options.onProgress?.("audit events", done, size.events);
    });
  };
  for (const e of generateEvents(teamId, slug, size, now, days)) {
    const row = [e.actorType, e.actorId, e.actorName, e.action, e.targetType, e.targetId, e.targetLabel, JSON.stringify(e.metadata), e.ip, e.userAgent, e.createdAt.toISOString().replace("Z", ""), e.prevHash, e.hash];
    for (let c = 0; c < row.length; c++) batch[c].push(row[c]);
    if (batch[0].length >= batchSize) await flush();
  }
  if (batch[0].length) await flush();
  await pending;
}
