import { can, type Permission } from "@/lib/permissions";
import type { Member } from "./member";

/** Shown when the member holds any of `anyOf` (or always, without it). `section`: the pages it is
 *  current on (its path and below, or its path alone when `exact`). */
type NavItem = { label: string; path: string; anyOf?: Permission[]; section?: string; exact?: true };

const NAV: NavItem[] = [
  { label: "Overview", path: "", exact: true },
  { label: "Members", path: "/members", anyOf: ["members.read"] },
  { label: "Resources", path: "/resources/pods", section: "/resources", anyOf: ["resources.read", "resources.own"] },
  { label: "Roles", path: "/settings/roles" },
  { label: "Billing", path: "/billing", anyOf: ["billing.read"] },
  { label: "Audit log", path: "/audit", anyOf: ["audit.read"] },
  { label: "API keys", path: "/api-keys", anyOf: ["resources.read", "resources.own", "resources.create"] },
  { label: "Settings", path: "/settings" },
];

/** The sections of a team this member may open; the same `can` decides on the server. */
export function teamNavigation(member: Member): { label: string; href: string; section: string; exact: boolean }[] {
  return NAV.filter((item) => !item.anyOf || item.anyOf.some((p) => can(member, p))).map((item) => ({
    label: item.label,
    href: `/t/${member.team.slug}${item.path}`,
    section: `/t/${member.team.slug}${item.section ?? item.path}`,
    exact: item.exact ?? false,
  }));
}
