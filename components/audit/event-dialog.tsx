"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { Dialog } from "@/components/ui/dialog";

export type EventDetails = {
  id: string;
  time: string;
  actor: string;
  action: string;
  actionLabel: string;
  target: string | null;
  ip: string | null;
  userAgent: string | null;
  hash: string;
  prevHash: string | null;
  changes: { field: string; before: string; after: string }[];
  metadata: string;
  actorLink: { href: string; text: string } | null;
  targetHref: string | null;
};

/** One event, opened from the table through the URL (?event=id) so it can be linked to. */
export function EventDialog({ event, closeHref }: { event: EventDetails; closeHref: string }) {
  const router = useRouter();
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && router.push(closeHref, { scroll: false })}
      placement="sheet"
      title={event.actionLabel}
      description={`Event ${event.id} · ${event.time}`}
    >
      <dl className="grid grid-cols-[6.5rem_minmax(0,1fr)] gap-x-4 gap-y-2 text-sm wrap-break-word sm:grid-cols-[8rem_minmax(0,1fr)]">
        <dt className="text-zinc-600">Action</dt>
        <dd className="break-all"><code>{event.action}</code></dd>
        <dt className="text-zinc-600">User</dt>
        <dd>
          {event.actor}
          {event.actorLink && <Link href={event.actorLink.href} className="ml-2 underline underline-offset-2">{event.actorLink.text}</Link>}
        </dd>
        <dt className="text-zinc-600">Resource</dt>
        <dd>
          {event.target ?? "—"}
          {event.targetHref && <Link href={event.targetHref} className="ml-2 underline underline-offset-2">All events for this resource</Link>}
        </dd>
        <dt className="text-zinc-600">IP address</dt>
        <dd>{event.ip ?? "—"}</dd>
        <dt className="text-zinc-600">User agent</dt>
        <dd className="break-words">{event.userAgent ?? "—"}</dd>
        <dt className="text-zinc-600">Hash</dt>
        <dd className="break-all font-mono text-xs" data-testid="event-hash">{event.hash}</dd>
        <dt className="text-zinc-600">Previous hash</dt>
        <dd className="break-all font-mono text-xs">{event.prevHash ?? "— (first event of the chain)"}</dd>
      </dl>
      {event.changes.length > 0 && (
        <table className="mt-6 w-full text-sm wrap-anywhere">
          <caption className="mb-2 text-left font-medium">Changes</caption>
          <thead className="bg-zinc-50 text-left">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">Field</th>
              <th scope="col" className="px-3 py-2 font-medium">Before</th>
              <th scope="col" className="px-3 py-2 font-medium">After</th>
            </tr>
          </thead>
          <tbody>
            {event.changes.map((c) => (
              <tr key={c.field} className="border-t border-zinc-100">
                <th scope="row" className="px-3 py-2 text-left font-normal">{c.field}</th>
                <td className="px-3 py-2 font-mono text-xs">{c.before}</td>
                <td className="px-3 py-2 font-mono text-xs">{c.after}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3 className="mt-6 mb-2 text-sm font-medium">Metadata</h3>
      <pre className="whitespace-pre-wrap break-words rounded-md bg-zinc-50 p-3 text-xs">{event.metadata}</pre>
    </Dialog>
  );
}
