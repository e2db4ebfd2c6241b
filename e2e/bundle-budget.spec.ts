import { expect, test } from "@playwright/test";
import { firstLoadJs, MEMBERS_PAGE_JS_BUDGET_KB } from "../lib/bench/first-load-js";
import { signInAs } from "./support/session";

// A size budget, not a timing: the bytes a browser must fetch before the members page runs.
test(`the members page loads at most ${MEMBERS_PAGE_JS_BUDGET_KB} kB of JavaScript (gzip)`, async ({ page }) => {
  await signInAs(page, "owner", "/t/acme/members");
  const html = await (await page.request.get("/t/acme/members")).text();
  const js = firstLoadJs(html, process.env.NEXT_DIST_DIR ?? ".next");
  expect(js.files).toBeGreaterThan(0);
  expect(js.gzip / 1024).toBeLessThanOrEqual(MEMBERS_PAGE_JS_BUDGET_KB);
});
