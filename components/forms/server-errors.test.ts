import { describe, expect, it } from "vitest";
import { placeServerErrors } from "./server-errors";

const values = { name: "", email: "a@b.test", emails: "" };

describe("placeServerErrors", () => {
  it("shows a field's message once, next to the field, without the refusal's summary", () => {
    const refusal = { ok: false as const, error: "An account with this email already exists.", fieldErrors: { email: "An account with this email already exists. Sign in instead." } };
    expect(placeServerErrors(refusal, values)).toEqual({ fields: [["email", "An account with this email already exists. Sign in instead."]], formError: undefined });
  });

  it("places errors of list items on their field", () => {
    expect(placeServerErrors({ ok: false, fieldErrors: { "emails.2": "Not an address" } }, values).fields).toEqual([["emails.2", "Not an address"]]);
  });

  it("puts messages the form has no field for in the form alert", () => {
    const refusal = { ok: false as const, error: "Check the highlighted fields.", fieldErrors: { form: "Pick at least one", email: "Taken" } };
    expect(placeServerErrors(refusal, values)).toEqual({ fields: [["email", "Taken"]], formError: "Pick at least one" });
  });

  it("shows a refusal without field errors in the form alert", () => {
    expect(placeServerErrors({ ok: false, error: "Too many attempts." }, values)).toEqual({ fields: [], formError: "Too many attempts." });
  });
});
