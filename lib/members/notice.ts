import type { TeamActionContext } from "@/lib/actions/team-action";
import { appUrl } from "@/lib/app-url";
import type { AuditActor } from "@/lib/audit/record";

/** Who made a change, in a member's email: a person's name, or the API key's, as the audit log shows it. */
export function changedBy(actor: AuditActor): string {
  return actor.type === "api_key" ? `The API key “${actor.name}”` : actor.name;
}

/** What every email about a change to someone's membership says: to whom, of which team, by whom, and its link. */
export function noticeBasics({ member, actor }: Pick<TeamActionContext<unknown>, "member" | "actor">, target: { user: { name: string } }) {
  return { name: target.user.name, teamName: member.team.name, by: changedBy(actor), url: appUrl(`/t/${member.team.slug}`) };
}
