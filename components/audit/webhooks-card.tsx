import { Card } from "@/components/ui/card";
import { db } from "@/lib/db/client";
import { MAX_WEBHOOKS } from "@/lib/webhooks/schemas";
import { AddWebhookForm } from "./add-webhook-form";
import { formatTime } from "./format";
import { WebhookActions } from "./webhook-actions";

type Hook = { id: string; url: string; createdAt: Date; deliveredAt: Date | null; failingSince: Date | null; lastError: string | null; nextAttemptAt: Date };

function Status({ hook }: { hook: Hook }) {
  if (hook.failingSince) {
    return (
      <p className="text-sm text-red-800">
        Failing since {formatTime(hook.failingSince)}: {hook.lastError} Next try at {formatTime(hook.nextAttemptAt)}; no event is skipped meanwhile.
      </p>
    );
  }
  return <p className="text-sm text-zinc-600">{hook.deliveredAt ? `Last delivery ${formatTime(hook.deliveredAt)}.` : `Added ${formatTime(hook.createdAt)}; nothing sent yet.`}</p>;
}

/** Audit log streaming: where the team's events are sent, how that is going, and adding an endpoint. */
export async function WebhooksCard({ slug, teamId }: { slug: string; teamId: string }) {
  const hooks = await db.auditWebhook.findMany({
    where: { teamId },
    orderBy: { createdAt: "asc" },
    select: { id: true, url: true, createdAt: true, deliveredAt: true, failingSince: true, lastError: true, nextAttemptAt: true },
  });
  return (
    <div className="mt-8">
      <Card
        title="Stream to webhooks"
        description={
          <>
            Every event is POSTed, in order and within seconds, as JSON batches of up to 100 to each endpoint, signed with its secret:{" "}
            <code className="rounded bg-zinc-100 px-1 font-mono text-xs">Roster-Signature: t=…,v1=…</code> is the hex HMAC-SHA256 of <code className="rounded bg-zinc-100 px-1 font-mono text-xs">t.body</code>. An
            endpoint that fails is tried again, with growing pauses, until it answers with a 2xx.
          </>
        }
      >
        {hooks.length > 0 && (
          <ul className="divide-y divide-zinc-100 rounded-md border border-zinc-200" aria-label="Webhook endpoints">
            {hooks.map((hook) => (
              <li key={hook.id} className="flex flex-wrap items-start justify-between gap-3 p-3" data-testid="webhook">
                <div className="min-w-0 flex-1 space-y-1">
                  <p className="font-mono text-sm break-all">{hook.url}</p>
                  <Status hook={hook} />
                </div>
                <div className="max-w-sm shrink-0">
                  <WebhookActions slug={slug} webhookId={hook.id} url={hook.url} />
                </div>
              </li>
            ))}
          </ul>
        )}
        {hooks.length < MAX_WEBHOOKS ? <AddWebhookForm slug={slug} /> : <p className="text-sm text-zinc-600">This team streams to {MAX_WEBHOOKS} endpoints, the most it can. Delete one to add another.</p>}
      </Card>
    </div>
  );
}
