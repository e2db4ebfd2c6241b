/** Every permission Roster knows. The type of a permission key is derived from this object,
 *  so a typo is a compile error; the role matrix and role editor are rendered from it. */
export const PERMISSIONS = {
  "members.read": { category: "Members", description: "See the member list" },
  "members.invite": { category: "Members", description: "Invite people and manage invite links", dependsOn: ["members.read"] },
  "members.role": { category: "Members", description: "Change members' roles", dependsOn: ["members.read"] },
  "members.remove": { category: "Members", description: "Remove members from the team", dependsOn: ["members.read"] },
  "members.security": { category: "Members", description: "See how members sign in, whether they use 2FA and when they last used the team", dependsOn: ["members.read"] },
  "team.settings": { category: "Team", description: "Rename the team and change its settings" },
  "team.roles": { category: "Team", description: "Create, edit and delete custom roles" },
  "team.transfer": { category: "Team", description: "Transfer ownership of the team" },
  "team.delete": { category: "Team", description: "Delete the team" },
  "audit.read": { category: "Team", description: "View and export the audit log" },
  "audit.stream": { category: "Team", description: "Send the audit log to webhook endpoints", dependsOn: ["audit.read"] },
  "resources.read": { category: "Resources", description: "See every resource of the team" },
  "resources.create": { category: "Resources", description: "Create pods, endpoints, clusters, volumes and API keys" },
  "resources.manage": { category: "Resources", description: "Start, stop, resize, connect to and invoke any resource", dependsOn: ["resources.read"] },
  "resources.delete": { category: "Resources", description: "Delete any resource and revoke any API key", dependsOn: ["resources.read"] },
  "resources.own": { category: "Resources", description: "See, manage and delete the resources you created" },
  "billing.read": { category: "Billing", description: "See billing, invoices and usage" },
  "billing.manage": { category: "Billing", description: "Change payment methods and the spend limit", dependsOn: ["billing.read"] },
} as const satisfies Record<string, { category: string; description: string; dependsOn?: readonly string[] }>;

export type Permission = keyof typeof PERMISSIONS;

export const ALL_PERMISSIONS = Object.keys(PERMISSIONS) as Permission[];

export function isPermission(value: string): value is Permission {
  return Object.hasOwn(PERMISSIONS, value);
}
