import { usagePeriodFrom, usageReport } from "@/lib/billing/analytics";
import { usageCsvLines } from "@/lib/billing/usage-csv";
import { csvDownload } from "@/lib/csv/download";
import { db } from "@/lib/db/client";
import { memberForRoute, plainText } from "@/lib/teams/member-for-route";

export async function GET(request: Request, { params }: { params: Promise<{ team: string }> }) {
  const allowed = await memberForRoute((await params).team, "billing.read");
  if (allowed instanceof Response) return allowed;
  const { member } = allowed;
  const search = new URL(request.url).searchParams;
  const { period, errors } = usagePeriodFrom({ from: search.get("from") ?? undefined, to: search.get("to") ?? undefined }, new Date());
  if (Object.keys(errors).length) return plainText(400, Object.values(errors).join("\n"));
  const lines = usageCsvLines(await usageReport(db, member.team.id, period), period);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = lines.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
  return csvDownload(body, `usage-${member.team.slug}-${period.input.from}-to-${period.input.to}.csv`);
}
