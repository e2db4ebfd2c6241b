export { PERMISSIONS, ALL_PERMISSIONS, isPermission, type Permission } from "./catalogue";
export { BUILT_IN_ROLES, BUILT_IN_ROLE_KEYS, isBuiltInRole, permissionsOf, roleName, type BuiltInRole } from "./roles";
export { can, canGrant, mayInviteWith, mayListWithRole, maySeeActivityOf, maySeeSignInsOf, type Actor, type OwnedResource } from "./can";
export { deniedMessage } from "./denied";
export { membershipsHolding, resolveRole, resolveRoleColumns, type RoleRef } from "./resolve";
export { OWNER_ROLE, isOwner, mayGrantRole, mayManageMember } from "./hierarchy";
export { lacksRequiredTwoFactor, TWO_FACTOR_REQUIRED_MESSAGE } from "./two-factor";
