import { describe, expect, it } from "vitest";
import { ALL_PERMISSIONS, BUILT_IN_ROLE_KEYS, BUILT_IN_ROLES, PERMISSIONS, can, canGrant, mayInviteWith, mayListWithRole, mayManageMember, maySeeSignInsOf, permissionsOf, type BuiltInRole, type Permission } from ".";

const actor = (role: BuiltInRole, userId = "u1") => ({ userId, permissions: new Set(permissionsOf(role)) });

// The product's role descriptions, written out independently of roles.ts.
const EXPECTED: Record<BuiltInRole, Permission[]> = {
  owner: ALL_PERMISSIONS,
  admin: ALL_PERMISSIONS.filter((p) => p !== "team.delete" && p !== "team.transfer" && p !== "members.security"),
  developer: ["members.read", "resources.read", "resources.create", "resources.manage", "resources.delete"],
  modifier: ["members.read", "resources.read", "resources.create", "resources.manage"],
  basic: ["members.read", "resources.create", "resources.own"],
  viewer: ["members.read", "resources.read"],
  billing: ["members.read", "billing.read", "billing.manage"],
  billing_viewer: ["members.read", "billing.read"],
};

describe("built-in roles x permissions", () => {
  for (const role of BUILT_IN_ROLE_KEYS) {
    for (const permission of ALL_PERMISSIONS) {
      const allowed = EXPECTED[role].includes(permission);
      it(`${role} ${allowed ? "may" : "may not"} ${permission}`, () => {
        expect(can(actor(role), permission)).toBe(allowed);
      });
    }
  }
});

describe("catalogue", () => {
  it("describes every permission and only names known permissions as dependencies", () => {
    for (const [key, p] of Object.entries(PERMISSIONS)) {
      expect(p.description.length, key).toBeGreaterThan(5);
      for (const dep of ("dependsOn" in p ? p.dependsOn : []) as string[]) expect(ALL_PERMISSIONS).toContain(dep);
    }
  });

  it("gives every built-in role the dependencies of its permissions", () => {
    for (const role of BUILT_IN_ROLE_KEYS) {
      for (const p of BUILT_IN_ROLES[role].permissions) {
        const deps = ("dependsOn" in PERMISSIONS[p] ? PERMISSIONS[p].dependsOn : []) as Permission[];
        for (const dep of deps) expect(BUILT_IN_ROLES[role].permissions, `${role}: ${p} needs ${dep}`).toContain(dep);
      }
    }
  });
});

describe("own resources", () => {
  it("lets Basic manage and delete what they created, and nothing else", () => {
    const basic = actor("basic", "me");
    for (const p of ["resources.read", "resources.manage", "resources.delete"] as const) {
      expect(can(basic, p, { creatorId: "me" })).toBe(true);
      expect(can(basic, p, { creatorId: "someone-else" })).toBe(false);
      expect(can(basic, p)).toBe(false);
    }
  });

  it("does not extend the own-resource rule to other permissions", () => {
    expect(can(actor("basic", "me"), "billing.read", { creatorId: "me" })).toBe(false);
    expect(can(actor("viewer", "me"), "resources.delete", { creatorId: "me" })).toBe(false);
  });
});

describe("granting roles", () => {
  it("allows granting only roles whose permissions the granter holds", () => {
    expect(canGrant(actor("owner"), permissionsOf("owner"))).toBe(true);
    expect(canGrant(actor("admin"), permissionsOf("owner"))).toBe(false);
    expect(canGrant(actor("admin"), permissionsOf("admin"))).toBe(true);
    expect(canGrant(actor("developer"), permissionsOf("billing"))).toBe(false);
    expect(canGrant(actor("billing"), permissionsOf("billing_viewer"))).toBe(true);
  });
});

describe("mayManageMember", () => {
  const member = (role: BuiltInRole) => ({ ...actor(role), role });
  const holder = (role: BuiltInRole) => ({ role, permissions: permissionsOf(role) });

  it("lets only an Owner touch an Owner, and an Owner touch anyone", () => {
    for (const role of BUILT_IN_ROLE_KEYS) {
      expect(mayManageMember(member(role), holder("owner"))).toBe(role === "owner");
      expect(mayManageMember(member("owner"), holder(role))).toBe(true);
    }
  });

  it("refuses a role that holds a permission the actor lacks", () => {
    const peopleOps = { ...actor("viewer"), role: "custom", permissions: new Set<Permission>(["members.read", "members.role", "members.remove"]) };
    expect(mayManageMember(peopleOps, holder("admin"))).toBe(false);
    expect(mayManageMember(peopleOps, holder("developer"))).toBe(false);
    expect(mayManageMember(peopleOps, holder("viewer"))).toBe(false);
    expect(mayManageMember(peopleOps, { role: "custom", permissions: ["members.read"] })).toBe(true);
    expect(mayManageMember(member("admin"), holder("admin"))).toBe(true);
    expect(mayManageMember(member("admin"), holder("billing"))).toBe(true);
  });
});

describe("maySeeSignInsOf", () => {
  it("shows a member's sign-ins to members.security holders and to the member, not to other Admins", () => {
    expect(maySeeSignInsOf(actor("owner"), "u2")).toBe(true);
    expect(maySeeSignInsOf(actor("admin"), "u2")).toBe(false);
    expect(maySeeSignInsOf(actor("viewer", "u2"), "u2")).toBe(true);
  });
});

describe("mayInviteWith", () => {
  it("needs the invite permission and every permission of the role", () => {
    expect(mayInviteWith(actor("admin"), permissionsOf("developer"))).toBe(true);
    expect(mayInviteWith(actor("admin"), permissionsOf("owner"))).toBe(false);
    expect(mayInviteWith(actor("developer"), permissionsOf("viewer"))).toBe(false);
  });
});

describe("mayListWithRole", () => {
  it("allows a listed link only for roles that cannot run the team, its members, its log or its money", () => {
    const listable = BUILT_IN_ROLE_KEYS.filter((role) => mayListWithRole({ permissions: new Set(permissionsOf(role)) }));
    expect(listable).toEqual(["developer", "modifier", "basic", "viewer", "billing_viewer"]);
    expect(mayListWithRole({ permissions: new Set<Permission>(["resources.read", "audit.read"]) })).toBe(false);
  });
});
