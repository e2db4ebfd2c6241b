import { beforeAll, describe, expect, it, vi } from "vitest";
import { signInHistory } from "@/lib/audit/member-activity";
import { db } from "@/lib/db/client";
import { actAs } from "@/lib/test/acting-user";
import { FAULT_PREFIX, installAuditFault } from "@/lib/test/audit-fault";
import { createUser, uid } from "@/lib/test/fixtures";
import { signOutAction } from "./actions";
import { signOut } from "./auth";
import { signOutTo } from "./switch-account-action";

const request = vi.hoisted(() => ({ userAgent: "setup" }));
vi.mock("@/lib/auth/request-context", () => ({
  requestContext: async () => ({ ip: "198.51.100.4", userAgent: request.userAgent }),
  contextFromHeaders: () => ({ ip: "198.51.100.4", userAgent: request.userAgent }),
}));
vi.mock("@/lib/auth/auth", () => ({ signOut: vi.fn(), signIn: vi.fn() }));

beforeAll(installAuditFault);

const eventsOf = (actorId: string) => db.auditEvent.findMany({ where: { actorId, teamId: null }, select: { action: true, ip: true, userAgent: true } });

describe("signing out", () => {
  it("is recorded in the user's own chain and shows in their sign-in history", async () => {
    const user = await createUser("out");
    actAs(user);
    request.userAgent = `browser ${uid()}`;
    vi.mocked(signOut).mockClear();
    await signOutAction();
    expect(signOut).toHaveBeenCalledWith({ redirectTo: "/sign-in" });
    expect(await eventsOf(user.id)).toEqual([{ action: "auth.sign_out", ip: "198.51.100.4", userAgent: request.userAgent }]);
    expect((await signInHistory(db, user.id)).map((e) => e.action)).toEqual(["auth.sign_out"]);
  });

  it("switching account records the sign-out and continues only to a same-site path", async () => {
    const user = await createUser("switch");
    actAs(user);
    vi.mocked(signOut).mockClear();
    const form = new FormData();
    form.set("redirectTo", "https://evil.test/phish");
    await signOutTo(form);
    expect(signOut).toHaveBeenCalledWith({ redirectTo: "/sign-in" });
    expect((await eventsOf(user.id)).map((e) => e.action)).toEqual(["auth.sign_out"]);
  });

  it("still ends the session when the event cannot be written, or when there is no session left", async () => {
    const user = await createUser("fault");
    actAs(user);
    request.userAgent = `${FAULT_PREFIX}${uid()}`;
    vi.mocked(signOut).mockClear();
    const quiet = vi.spyOn(console, "error").mockImplementation(() => undefined);
    await signOutAction();
    quiet.mockRestore();
    expect(signOut).toHaveBeenCalledTimes(1);
    expect(await eventsOf(user.id)).toEqual([]);

    actAs(null);
    await signOutAction();
    expect(signOut).toHaveBeenCalledTimes(2);
  });
});
