import { render } from "@react-email/components";
import { describe, expect, it } from "vitest";
import { noticeElement, storedProps } from "./notice-templates";

describe("a stored notice", () => {
  it("renders as the change's own email would, dates included", async () => {
    const props = { name: "Ada", teamName: "Acme", by: "Olivia", url: "http://localhost/t/acme", accessEndsAt: new Date("2027-01-01T00:00:00.000Z") };
    const stored = JSON.parse(JSON.stringify(storedProps(props)));
    expect(stored.accessEndsAt).toEqual({ $date: "2027-01-01T00:00:00.000Z" });
    const text = await render(noticeElement("accessEndChanged", stored), { plainText: true });
    expect(text).toContain("your access lasts until 31 Dec 2026 (UTC)");
  });

  it("refuses a template it does not know", () => {
    expect(() => noticeElement("toString", {})).toThrow('No notice template "toString"');
  });
});
