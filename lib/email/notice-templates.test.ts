import { render } from "@react-email/components";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { noticeElement, storedProps } from "./notice-templates";

describe("a stored notice", () => {
  beforeEach(() => {
    vi.stubEnv("AUTH_SECRET", "notice-test-secret-notice-test-secret-0123");
  });

  it("is sealed, and renders as the change's own email would, dates included", async () => {
    const props = { name: "Ada", teamName: "Acme", by: "Olivia", url: "http://localhost/t/acme", accessEndsAt: new Date("2027-01-01T00:00:00.000Z") };
    const stored = JSON.parse(JSON.stringify(storedProps(props, "notice-1")));
    expect(JSON.stringify(stored)).not.toContain("Acme");
    const text = await render(noticeElement("notice-1", "accessEndChanged", stored), { plainText: true });
    expect(text).toContain("your access lasts until 31 Dec 2026 (UTC)");
  });

  it("refuses a template it does not know, and props stored for another notice", () => {
    expect(() => noticeElement("notice-1", "toString", {})).toThrow('No notice template "toString"');
    const stored = storedProps({ name: "Rue", teamName: "Acme", by: "Olivia", apiKeysRevoked: 0 }, "notice-1");
    expect(() => noticeElement("notice-2", "removedFromTeam", stored)).toThrow();
  });
});
