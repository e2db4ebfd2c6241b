import { requestContext } from "@/lib/auth/request-context";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Member } from "@/lib/teams/member";
import { audit } from "./record";

/** Records a download of the team's data (audit log, member list) as an event of its own, before it is sent. */
export async function recordExport(db: Db, { member, user }: { member: Member; user: CurrentUser }, event: { action: "audit.exported" | "members.exported"; metadata: Prisma.InputJsonObject }): Promise<void> {
  const request = await requestContext();
  await db.$transaction((tx) =>
    audit(tx, {
      teamId: member.team.id,
      actor: { type: "user", id: user.id, name: user.name },
      action: event.action,
      target: { type: "team", id: member.team.id, label: member.team.name },
      metadata: event.metadata,
      request,
    }),
  );
}
