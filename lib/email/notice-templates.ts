import type { ReactElement } from "react";
import { AccessEndChangedEmail, RoleChangedEmail } from "./templates/membership-changed";
import { RemovedFromTeamEmail } from "./templates/removed-from-team";

/** The emails a change to a team may queue for after it commits (see notice-queue.ts), by the name stored with each. */
const TEMPLATES = {
  roleChanged: RoleChangedEmail,
  accessEndChanged: AccessEndChangedEmail,
  removedFromTeam: RemovedFromTeamEmail,
} satisfies Record<string, (props: never) => ReactElement>;

type Templates = typeof TEMPLATES;
export type NoticeTemplate = keyof Templates;

/** One notice: its address, subject, and the template that renders it with these props. */
export type Notice = { [K in NoticeTemplate]: { to: string; subject: string; template: K; props: Parameters<Templates[K]>[0] } }[NoticeTemplate];

const DATE = "$date";

/** Props as they are stored: JSON, with each Date marked so that it comes back a Date. */
export function storedProps(props: Notice["props"]): object {
  return JSON.parse(
    JSON.stringify(props, function (this: Record<string, unknown>, key, value) {
      const raw = this[key];
      return raw instanceof Date ? { [DATE]: raw.toISOString() } : value;
    }),
  );
}

/** The email a stored notice renders to; throws for a template this version no longer has. */
export function noticeElement(template: string, props: unknown): ReactElement {
  if (!Object.hasOwn(TEMPLATES, template)) throw new Error(`No notice template "${template}"`);
  const revived = JSON.parse(JSON.stringify(props), (_, value) =>
    value && typeof value === "object" && Object.keys(value).length === 1 && typeof value[DATE] === "string" ? new Date(value[DATE]) : value,
  );
  return (TEMPLATES[template as NoticeTemplate] as (props: unknown) => ReactElement)(revived);
}
