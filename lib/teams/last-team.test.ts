import { describe, expect, it } from "vitest";
import { homeTeam, teamSlugOfPath } from "./last-team";

describe("teamSlugOfPath", () => {
  it("reads the slug of a team page and of pages below it", () => {
    expect(teamSlugOfPath("/t/acme")).toBe("acme");
    expect(teamSlugOfPath("/t/acme-labs/members")).toBe("acme-labs");
    expect(teamSlugOfPath("/t/acme/settings/roles")).toBe("acme");
  });

  it("ignores other pages and slugs no team can have", () => {
    expect(teamSlugOfPath("/")).toBeNull();
    expect(teamSlugOfPath("/teams/new")).toBeNull();
    expect(teamSlugOfPath("/t/")).toBeNull();
    expect(teamSlugOfPath("/tx/acme")).toBeNull();
    expect(teamSlugOfPath("/t/Acme")).toBeNull();
    expect(teamSlugOfPath("/t/a%3Bb")).toBeNull();
    expect(teamSlugOfPath(`/t/${"a".repeat(41)}`)).toBeNull();
  });
});

describe("homeTeam", () => {
  const teams = [{ slug: "alpha" }, { slug: "beta" }];
  it("opens the remembered team while the user belongs to it, else the first", () => {
    expect(homeTeam(teams, "beta")).toEqual({ slug: "beta" });
    expect(homeTeam(teams, "gamma")).toEqual({ slug: "alpha" });
    expect(homeTeam(teams, undefined)).toEqual({ slug: "alpha" });
    expect(homeTeam([], "beta")).toBeNull();
  });
});
