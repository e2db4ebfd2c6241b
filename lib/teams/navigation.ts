import { can, type Permission } from "@/lib/permissions";
import type { Member } from "./member";

/** Shown when the member holds any of `anyOf` (or always, without it). */
type NavItem = { label: string; path: string; anyOf?: Permission[]; section?: string };

const NAV: NavItem[] = [
  { label: "Overview", path: "" },
  { label: "Members", path: "/members", anyOf: ["members.read"] },
  { label: "Resources", path: "/resources/pods", section: "/resources", anyOf: ["resources.read", "resources.own"] },
  { label: "Roles", path: "/settings/roles" },
  { label: "Billing", path: "/billing", anyOf: ["billing.read"] },
  { label: "Audit log", path: "/audit", anyOf: ["audit.read"] },
  { label: "API keys", path: "/api-keys", anyOf: ["resources.read", "resources.own", "resources.create"] },
  { label: "Settings", path: "/settings" },
];

/** The sections of a team this member may open; the same `can` decides on the server. */
export function teamNavigation(member: Member): { label: string; href: string; section: string }[] {
  return NAV.filter((item) => !item.anyOf || item.anyOf.some((p) => can(member, p))).map((item) => ({
    label: item.label,
    href: `/t/${member.team.slug}${item.path}`,
    section: `/t/${member.team.slug}${item.section ?? item.path}`,
  }));
}
