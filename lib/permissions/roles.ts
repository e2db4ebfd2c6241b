import { ALL_PERMISSIONS, type Permission } from "./catalogue";

type RoleDefinition = { name: string; description: string; permissions: readonly Permission[] };

const OWNER_ONLY: readonly Permission[] = ["team.delete", "team.transfer", "members.security"];

const RESOURCE_READERS = ["members.read", "resources.read"] as const;

export const BUILT_IN_ROLES = {
  owner: {
    name: "Owner",
    description: "Everything, including deleting the team and transferring ownership.",
    permissions: ALL_PERMISSIONS,
  },
  admin: {
    name: "Admin",
    description: "Everything except deleting the team, transferring ownership and seeing members' sign-in security and activity.",
    permissions: ALL_PERMISSIONS.filter((p) => !OWNER_ONLY.includes(p)),
  },
  developer: {
    name: "Developer",
    description: "Creates, manages and deletes all team resources.",
    permissions: [...RESOURCE_READERS, "resources.create", "resources.manage", "resources.delete"],
  },
  modifier: {
    name: "Modifier",
    description: "Creates and manages all team resources, but cannot delete them.",
    permissions: [...RESOURCE_READERS, "resources.create", "resources.manage"],
  },
  basic: {
    name: "Basic",
    description: "Creates resources and sees or manages only the ones they created.",
    permissions: ["members.read", "resources.create", "resources.own"],
  },
  viewer: {
    name: "Viewer",
    description: "Read-only view of all resources.",
    permissions: RESOURCE_READERS,
  },
  billing: {
    name: "Billing",
    description: "Full billing: invoices, payment methods and spend limit. No resources.",
    permissions: ["members.read", "billing.read", "billing.manage"],
  },
  billing_viewer: {
    name: "Billing viewer",
    description: "Read-only billing. No resources.",
    permissions: ["members.read", "billing.read"],
  },
} as const satisfies Record<string, RoleDefinition>;

export type BuiltInRole = keyof typeof BUILT_IN_ROLES;

export const BUILT_IN_ROLE_KEYS = Object.keys(BUILT_IN_ROLES) as BuiltInRole[];

export function isBuiltInRole(value: string): value is BuiltInRole {
  return Object.hasOwn(BUILT_IN_ROLES, value);
}

export function permissionsOf(role: BuiltInRole): readonly Permission[] {
  return BUILT_IN_ROLES[role].permissions;
}

export function roleName(role: string): string {
  return isBuiltInRole(role) ? BUILT_IN_ROLES[role].name : role;
}
