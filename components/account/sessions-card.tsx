import { Card } from "@/components/ui/card";
import { formatTime } from "@/components/audit/format";
import { LISTED_SESSIONS, type ActiveSession } from "@/lib/auth/active-sessions";
import { describeDevice } from "@/lib/auth/device";
import { LAST_ACTIVE_STEP_MS } from "@/lib/auth/session-user";
import { timeAgo } from "@/lib/text/time-ago";
import { SessionList, type SessionRow } from "./session-list";

/** "Where you're signed in": the user's live sessions, this one first. */
export function SessionsCard({ sessions, currentSessionId, endedOthers }: { sessions: ActiveSession[]; currentSessionId: string | null; endedOthers: boolean }) {
  const now = new Date();
  const rows: SessionRow[] = sessions
    .slice(0, LISTED_SESSIONS)
    .map((s) => ({
      id: s.id,
      device: describeDevice(s.userAgent),
      ip: s.ip,
      signedIn: formatTime(s.createdAt),
      // Kept to 5 minutes (lib/auth/session-user.ts), so no closer than that is claimed.
      lastActive: now.getTime() - s.lastActiveAt.getTime() < LAST_ACTIVE_STEP_MS ? "Active in the last 5 minutes" : `Last active ${timeAgo(s.lastActiveAt, now)}`,
      current: s.id === currentSessionId,
    }))
    .sort((a, b) => Number(b.current) - Number(a.current));
  return (
    <Card
      title="Where you're signed in"
      description="Every browser signed in to your account. Sign out of any you do not recognise, then change your password."
    >
      <SessionList rows={rows} more={sessions.length > LISTED_SESSIONS} endedOthers={endedOthers} />
    </Card>
  );
}
