import { readdirSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "./support/test";
import { signUp, uniqueEmail } from "./support/session";

/** Every page and route under /t/[team], read from the app directory, so new ones are covered. */
function teamRoutes(dir = "app/t/[team]", prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return teamRoutes(join(dir, entry.name), `${prefix}/${entry.name}`);
    return entry.name === "page.tsx" || entry.name === "route.ts" ? [prefix || "/"] : [];
  });
}

// Placeholders for dynamic segments: a real-looking id that the outsider cannot know exists.
const SAMPLE: Record<string, string> = { "[kind]": "pods", "[id]": "cm0000000000000000000000", "[invoice]": "cm0000000000000000000000" };

test("a member of another team gets 404 from every team page and route, and sees none of its data", async ({ page }) => {
  await signUp(page, "Otto Outsider", uniqueEmail("outsider"));
  await expect(page).toHaveURL(/\/teams\/new$/);
  const routes = teamRoutes();
  expect(routes.length).toBeGreaterThan(10);
  for (const route of routes) {
    const path = `/t/acme${route.replace(/\[[^\]]+\]/g, (segment) => SAMPLE[segment] ?? segment)}`.replace(/\/$/, "");
    const response = await page.request.get(path, { maxRedirects: 0 });
    expect([404], `${path} answered ${response.status()}`).toContain(response.status());
    const body = await response.text();
    expect(body, path).not.toContain("Acme AI");
    expect(body, path).not.toContain("owner@acme.test");
  }
});
