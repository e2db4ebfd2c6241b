import { describe, expect, it } from "vitest";
import { displayText } from "./display-text";
import { displayTextField } from "./display-text-field";

describe("displayText", () => {
  it("shows a name as it reads", () => {
    expect(displayText("  Billing\u00a0viewer ")).toBe("Billing viewer");
    expect(displayText("Admin\u200b")).toBe("Admin");
    expect(displayText("\uff21dmin")).toBe("Admin");
    expect(displayText("Ops\u202e team")).toBe("Ops team");
    expect(displayText("Acme\n\tAI")).toBe("Acme AI");
    expect(displayText("Zoë Ünal")).toBe("Zoë Ünal");
  });

  it("leaves nothing of a name that is invisible", () => {
    expect(displayTextField().min(1, "empty").safeParse("\u200b\u200b\u200b").error?.issues[0].message).toBe("empty");
  });
});
