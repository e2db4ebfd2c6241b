import { describe, expect, it } from "vitest";
import { homeTeam } from "./last-team";

describe("homeTeam", () => {
  const teams = [{ slug: "alpha" }, { slug: "beta" }];
  it("opens the remembered team while the user belongs to it, else the first", () => {
    expect(homeTeam(teams, "beta")).toEqual({ slug: "beta" });
    expect(homeTeam(teams, "gamma")).toEqual({ slug: "alpha" });
    expect(homeTeam(teams, undefined)).toEqual({ slug: "alpha" });
    expect(homeTeam([], "beta")).toBeNull();
  });
});
