import { can, type Permission } from "@/lib/permissions";
import type { Member } from "./member";

type NavItem = { label: string; path: string; permission?: Permission };

const NAV: NavItem[] = [
  { label: "Overview", path: "" },
  { label: "Members", path: "/members", permission: "members.read" },
  { label: "Roles", path: "/settings/roles" },
  { label: "Billing", path: "/billing", permission: "billing.read" },
  { label: "Audit log", path: "/audit", permission: "audit.read" },
  { label: "Settings", path: "/settings" },
];

/** The sections of a team this member may open; the same `can` decides on the server. */
export function teamNavigation(member: Member): { label: string; href: string }[] {
  return NAV.filter((item) => !item.permission || can(member, item.permission)).map((item) => ({
    label: item.label,
    href: `/t/${member.team.slug}${item.path}`,
  }));
}
