import type { SIGN_IN_HISTORY_ACTIONS, signInHistory } from "@/lib/audit/member-activity";
import { LOG_CELLS } from "./audit-table";
import { formatTime } from "./format";
import { ScrollRegion } from "@/components/ui/scroll-region";

type SignIn = Awaited<ReturnType<typeof signInHistory>>[number];

const RESULTS: Record<(typeof SIGN_IN_HISTORY_ACTIONS)[number], { text: string; className: string }> = {
  "auth.sign_in": { text: "Success", className: "text-emerald-800" },
  "auth.sign_in_failed": { text: "Failed", className: "text-red-700" },
  "auth.sign_out": { text: "Signed out", className: "text-zinc-700" },
  "auth.session_ended": { text: "Signed out another session", className: "text-zinc-700" },
  "auth.other_sessions_ended": { text: "Signed out of all other sessions", className: "text-zinc-700" },
  "auth.signed_out_everywhere": { text: "Signed out everywhere", className: "text-zinc-700" },
};

export function SignInHistory({ rows }: { rows: SignIn[] }) {
  if (rows.length === 0) return <p className="rounded-lg border border-zinc-200 bg-white p-6 text-sm text-zinc-600">No sign-ins recorded yet.</p>;
  return (
    <ScrollRegion label="Sign-in history" className="rounded-lg border border-zinc-200 bg-white">
      <table className={`w-full text-sm ${LOG_CELLS}`} data-testid="sign-in-history">
        <caption className="sr-only">Sign-in history</caption>
        <thead className="bg-zinc-50 text-left">
          <tr>
            <th scope="col">Time</th>
            <th scope="col">Result</th>
            <th scope="col">Method</th>
            <th scope="col">IP address</th>
            <th scope="col">User agent</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const result = RESULTS[row.action as keyof typeof RESULTS];
            const method = (row.metadata as { method?: unknown }).method;
            return (
              <tr key={row.id.toString()}>
                <td className="whitespace-nowrap tabular-nums text-zinc-700">{formatTime(row.createdAt)}</td>
                <td className={`font-medium ${result.className}`}>{result.text}</td>
                <td>{typeof method === "string" ? method : "—"}</td>
                <td>{row.ip ?? "—"}</td>
                <td className="max-w-xs truncate" title={row.userAgent ?? undefined}>{row.userAgent ?? "—"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
