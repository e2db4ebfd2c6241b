import { Text } from "@react-email/components";
import type { ReactNode } from "react";
import { accessEndText } from "@/lib/members/access-end";
import { EmailButton, EmailLayout } from "./layout";

/** `by` names who made the change, as the team's audit log does; `url` opens the team. */
type Common = { name: string; teamName: string; by: string; url: string };

export const roleChangedSubject = (teamName: string, role: string) => `Your role in ${teamName} on Roster is now ${role}`;

export const accessEndChangedSubject = (teamName: string, accessEndsAt: Date | null) =>
  accessEndsAt ? `Your access to ${teamName} on Roster now lasts ${accessEndText(accessEndsAt)}` : `Your access to ${teamName} on Roster no longer ends`;

export function RoleChangedEmail({ before, after, ...common }: Common & { before: string; after: string }) {
  return (
    <MembershipChanged subject={roleChangedSubject(common.teamName, after)} {...common}>
      {common.by} changed your role in the team <strong>{common.teamName}</strong> from {before} to {after}. It applies from your next click: the
      team&apos;s Roles page shows what each role may do.
    </MembershipChanged>
  );
}

export function AccessEndChangedEmail({ accessEndsAt, ...common }: Common & { accessEndsAt: Date | null }) {
  return (
    <MembershipChanged subject={accessEndChangedSubject(common.teamName, accessEndsAt)} {...common}>
      {accessEndsAt ? (
        <>
          {common.by} gave your membership of <strong>{common.teamName}</strong> a last day: your access lasts {accessEndText(accessEndsAt)} (UTC).
          After that you no longer see the team, and your API keys for it stop working, until someone extends it.
        </>
      ) : (
        <>
          {common.by} removed the end date of your access to <strong>{common.teamName}</strong>: it no longer ends.
        </>
      )}
    </MembershipChanged>
  );
}

function MembershipChanged({ subject, name, teamName, url, children }: Omit<Common, "by"> & { subject: string; children: ReactNode }) {
  return (
    <EmailLayout preview={subject} footnote={`You received this because you are a member of ${teamName}. If you did not expect it, ask one of its Owners.`}>
      <Text>Hi {name},</Text>
      <Text>{children}</Text>
      <EmailButton href={url}>
        Open {teamName}
      </EmailButton>
    </EmailLayout>
  );
}
