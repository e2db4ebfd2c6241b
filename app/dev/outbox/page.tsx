import { notFound } from "next/navigation";
import { db } from "@/lib/db/client";
import { keptAttachments, outboxShown } from "@/lib/email/outbox";

export const metadata = { title: "Outbox" };
export const dynamic = "force-dynamic";

// Development only: mail that would have gone out through Resend.
export default async function OutboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  if (!outboxShown()) notFound();
  const raw = (await searchParams).to;
  const to = typeof raw === "string" ? raw.trim().slice(0, 320) : "";
  const emails = await db.outboxEmail.findMany({
    where: to ? { to: { equals: to, mode: "insensitive" } } : {},
    orderBy: { createdAt: "desc" },
    take: 50,
  });
  return (
    <main className="mx-auto max-w-4xl space-y-4 px-4 py-8">
      <h1 className="text-2xl font-semibold">Outbox</h1>
      <p className="text-sm text-zinc-600">Emails kept locally because RESEND_API_KEY is not set. Newest first, 50 at most.</p>
      <form className="flex items-end gap-2" action="/dev/outbox">
        <label className="text-sm">
          <span className="block font-medium">To</span>
          <input name="to" type="email" defaultValue={to} className="mt-1 w-72 rounded-md border border-zinc-300 px-3 py-2" />
        </label>
        <button type="submit" className="rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm font-medium">
          Show
        </button>
      </form>
      {emails.length === 0 && <p className="text-sm">No emails yet.</p>}
      {emails.map((e) => (
        <article key={e.id} className="rounded-lg border border-zinc-200 bg-white p-4" data-testid="outbox-email">
          <h2 className="font-medium">{e.subject}</h2>
          <p className="text-sm text-zinc-600">
            To {e.to} · {e.createdAt.toISOString()}
          </p>
          <pre className="mt-3 whitespace-pre-wrap text-sm">{e.text}</pre>
          {keptAttachments(e.attachments).length > 0 && (
            <ul className="mt-3 text-sm" aria-label="Attachments">
              {keptAttachments(e.attachments).map((file, i) => (
                <li key={i}>
                  Attached:{" "}
                  <a className="underline" href={`/dev/outbox/${e.id}/attachments/${i}`}>
                    {file.filename}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </article>
      ))}
    </main>
  );
}
