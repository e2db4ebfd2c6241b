import { describe, expect, it } from "vitest";
import type { AuditEventDetail } from "@/lib/audit/events";
import { toEventDetails } from "./event-details";

const event = (over: Partial<AuditEventDetail>): AuditEventDetail => ({
  id: 42n,
  teamId: "t1",
  actorType: "user",
  actorId: "u1",
  actorName: "Ada",
  action: "member.role_changed",
  targetType: "member",
  targetId: "m1",
  targetLabel: "grace@example.test",
  metadata: { before: { role: "Viewer" }, after: { role: "Admin" } },
  ip: null,
  userAgent: null,
  createdAt: new Date("2026-11-27T08:00:00Z"),
  prevHash: null,
  hash: "h",
  ...over,
});

describe("event details", () => {
  it("names who acted and links to all their events: a user, an API key, never the system", () => {
    expect(toEventDetails(event({}), "acme").actorLink).toEqual({ href: "/t/acme/audit?actor=u1", text: "All events by this user" });
    const key = toEventDetails(event({ actorType: "api_key", actorId: "k1", actorName: "ci-deploy" }), "acme");
    expect(key.actor).toBe("ci-deploy (API key)");
    expect(key.actorLink).toEqual({ href: "/t/acme/audit?actor=k1", text: "All events by this API key" });
    expect(toEventDetails(event({ actorType: "system", actorId: null, actorName: "Audit retention" }), "acme").actorLink).toBeNull();
  });

  it("lines up before and after values field by field", () => {
    expect(toEventDetails(event({}), "acme").changes).toEqual([{ field: "role", before: '"Viewer"', after: '"Admin"' }]);
  });
});
