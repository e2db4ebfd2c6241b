import { PERMISSIONS, type Permission } from "./catalogue";

/** The sentence shown when a member's role lacks a permission. */
export function deniedMessage(roleName: string, permission: Permission): string {
  return `Your role (${roleName}) does not allow this. It needs the permission “${PERMISSIONS[permission].description}”.`;
}
