import { expect, test } from "./support/test";
import { firstLoadJs, MEMBERS_PAGE_JS_BUDGET_KB, PAGE_JS_BUDGET_KB } from "../lib/bench/first-load-js";
import { signInAs } from "./support/session";

// A size budget, not a timing: the bytes a browser must fetch before the members page runs.
test(`the members page loads at most ${MEMBERS_PAGE_JS_BUDGET_KB} kB of JavaScript (gzip)`, async ({ page }) => {
  await signInAs(page, "owner", "/t/acme/members");
  // The first page the server renders after the sign-in action also lists the sign-in form's chunks,
  // which the browser already holds: measure the page's own list, as any later visit gets it.
  await page.request.get("/t/acme/members");
  const html = await (await page.request.get("/t/acme/members")).text();
  const js = firstLoadJs(html, process.env.NEXT_DIST_DIR ?? ".next");
  expect(js.files).toBeGreaterThan(0);
  expect(js.gzip / 1024).toBeLessThanOrEqual(MEMBERS_PAGE_JS_BUDGET_KB);
});

test(`every other team page loads at most ${PAGE_JS_BUDGET_KB} kB of JavaScript (gzip)`, async ({ page }) => {
  await signInAs(page, "owner", "/t/acme");
  for (const path of ["/t/acme", "/t/acme/audit", "/t/acme/resources/pods", "/t/acme/billing", "/t/acme/api-keys", "/t/acme/settings", "/t/acme/settings/roles", "/account"]) {
    const js = firstLoadJs(await (await page.request.get(path)).text(), process.env.NEXT_DIST_DIR ?? ".next");
    expect(js.files, path).toBeGreaterThan(0);
    expect(js.gzip / 1024, path).toBeLessThanOrEqual(PAGE_JS_BUDGET_KB);
  }
});
