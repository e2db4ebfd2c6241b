import { redirect } from "next/navigation";
import { describe, expect, it } from "vitest";
import { callAction } from "./call-action";
import { UNREACHABLE } from "./messages";

describe("callAction", () => {
  it("returns what the action answered, refusals included", async () => {
    expect(await callAction(async () => ({ ok: true, data: 1 }))).toEqual({ ok: true, data: 1 });
    expect(await callAction(async () => ({ ok: false, error: "No." }))).toEqual({ ok: false, error: "No." });
  });

  it("turns a request that failed on its way into a refusal", async () => {
    const offline = () => Promise.reject(new TypeError("Failed to fetch"));
    expect(await callAction(offline)).toEqual({ ok: false, error: UNREACHABLE });
  });

  it("lets Next's redirects through, for its router to follow", async () => {
    await expect(callAction(async () => redirect("/sign-in"))).rejects.toMatchObject({ digest: expect.stringContaining("NEXT_REDIRECT") });
  });
});
