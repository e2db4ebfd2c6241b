import { expect, test, type Locator, type Page, type Route } from "./support/test";
import { DEMO_PASSWORD, DEMO_TEAM, demoEmail } from "../lib/demo/seed";
import { BUILT_IN_ROLE_KEYS } from "../lib/permissions";
import { watchProblems } from "./support/problems";
import { expectAccessible, signIn, signInAs, signUp, uniqueEmail } from "./support/session";
import { openOutbox } from "./support/outbox";

test("sign up, create a team, sign out, sign in and rename the team", async ({ page }) => {
  const email = uniqueEmail("founder");
  const password = "correct-horse-battery";
  await signUp(page, "Fran Founder", email, password);

  await expect(page).toHaveURL(/\/teams\/new$/);
  await expect(page.getByRole("heading", { name: "Create your team" })).toBeVisible();
  // Someone who does not want a team yet can still leave this page.
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Account" })).toBeVisible();
  await expectAccessible(page);
  const slug = `fran-${Date.now()}`;
  await page.getByLabel("Team name").fill("Fran Labs");
  await page.getByLabel("Team URL").fill(slug);
  await page.getByRole("button", { name: "Create team" }).click();
  await expect(page).toHaveURL(new RegExp(`/t/${slug}$`));
  await expect(page.getByRole("heading", { name: "Fran Labs" })).toBeVisible();
  await expect(page.getByTestId("whoami")).toContainText(email.toLowerCase());
  await expect(page.getByTestId("whoami")).toContainText("Owner");
  // A new team's first steps: invite people, add a card.
  const steps = page.locator("section", { has: page.getByRole("heading", { name: "Next steps" }) });
  await expect(steps.getByRole("link", { name: "Invite members" })).toHaveAttribute("href", `/t/${slug}/members`);
  await expect(steps.getByRole("link", { name: "Add a payment method" })).toHaveAttribute("href", `/t/${slug}/billing/payment-methods`);
  await expectAccessible(page);

  const copied = await page.context().storageState();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  // The token signed out of is refused, even where a copy of the cookie survived.
  const replay = await (await page.context().browser()!.newContext({ storageState: copied })).newPage();
  await replay.goto(`/t/${slug}`);
  await expect(replay).toHaveURL(/\/sign-in\?callbackUrl=/);
  await replay.context().close();

  // Emails match case-insensitively.
  await signIn(page, email.toUpperCase(), password);
  await expect(page).toHaveURL(new RegExp(`/t/${slug}$`));

  await page.getByRole("link", { name: "Settings" }).click();
  await expect(page.getByRole("heading", { name: "Settings" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Team name").fill("X");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Use at least 2 characters")).toBeVisible();
  await page.getByLabel("Team name").fill("Fran Research");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Settings saved.")).toBeVisible();
  await expect(page.getByRole("button", { name: /Current team: Fran Research/ })).toBeVisible();

  // Their name in the members list leads to their activity, where the sign-out sits between the two sign-ins.
  await page.getByRole("navigation", { name: "Team" }).getByRole("link", { name: "Members" }).click();
  await page.getByRole("link", { name: "Fran Founder" }).click();
  await expect(page.getByRole("heading", { name: "Your activity" })).toBeVisible();
  const history = page.getByTestId("sign-in-history").getByRole("row");
  await expect(history).toHaveCount(4);
  await expect(history.nth(1)).toContainText("Success");
  await expect(history.nth(2)).toContainText("Signed out");
  await expect(history.nth(3)).toContainText("Success");
  await expectAccessible(page);
});

test("a signed-out visit to a team page goes to sign-in and returns after it", async ({ page }) => {
  await page.goto("/t/acme/settings");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Ft%2Facme%2Fsettings/);
  await expectAccessible(page);
  await page.getByLabel("Email").fill("owner@acme.test");
  await page.getByLabel("Password").fill("roster-demo-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/t/acme/settings");
});

test("the tab shows Roster's icon; sign-in, the account page and the API reference load without a failed request or a console error", async ({ page }) => {
  const problems = watchProblems(page);
  await page.goto("/sign-in", { waitUntil: "networkidle" });
  const icon = await page.locator('link[rel="icon"]').getAttribute("href");
  const response = await page.request.get(icon!);
  expect(response.headers()["content-type"]).toBe("image/svg+xml");
  await signInAs(page, "owner");
  for (const path of ["/account", "/t/acme/api-keys/reference"]) await page.goto(path, { waitUntil: "networkidle" });
  expect(problems).toEqual([]);
});

test("the overview shows each member what their role may see, and its links lead on", async ({ page: owner, browser }) => {
  await signInAs(owner, "owner");
  await expect(owner.getByTestId("seats")).toHaveText(/^[\d,]+$/);
  await expect(owner.getByText(/^of [\d,]+:/)).toBeVisible();
  await expect(owner.getByTestId("resources")).toHaveText(/^\d+$/);
  await expect(owner.getByTestId("month-spend")).toHaveText(/^\$[\d,]+\.\d\d$/);
  await expect(owner.getByTestId("burn-rate")).toHaveText(/\/h$/);
  const events = owner.getByRole("list", { name: "The team's latest events" });
  await expect(events.getByRole("listitem")).not.toHaveCount(0);
  await expectAccessible(owner);
  await events.getByRole("link", { name: /^Details/ }).first().click();
  await expect(owner).toHaveURL(/\/t\/acme\/audit\?event=\d+$/);
  await expect(owner.getByRole("dialog")).toBeVisible();
  await owner.goto("/t/acme");
  await owner.getByRole("link", { name: /^Pods: \d+$/ }).click();
  await expect(owner).toHaveURL(/\/t\/acme\/resources\/pods$/);

  // A Basic member sees their own resources and actions, and nothing of billing or the audit log.
  const basic = await (await browser.newContext()).newPage();
  await signInAs(basic, "basic");
  await expect(basic.locator("dt", { hasText: "Your resources" })).toBeVisible();
  await expect(basic.getByRole("heading", { name: "Your recent actions" })).toBeVisible();
  await expect(basic.getByTestId("owners")).toContainText("Olivia Owner");
  await expect(basic.getByTestId("month-spend")).toHaveCount(0);
  await expect(basic.getByRole("link", { name: /^Details/ })).toHaveCount(0);
  await expect(basic.getByRole("link", { name: "Open the audit log" })).toHaveCount(0);
  await expectAccessible(basic);
  await basic.context().close();
});

test("the account page lists the user's teams with their role, and offers to create one to someone with none", async ({ page, browser }) => {
  await signInAs(page, "admin");
  await page.goto("/account");
  const teams = page.getByRole("list", { name: "Your teams" });
  await expect(teams.getByRole("listitem").filter({ hasText: "Acme AI" })).toContainText("Admin · /t/acme");
  await expectAccessible(page);
  await teams.getByRole("link", { name: "Acme AI" }).click();
  await expect(page).toHaveURL(/\/t\/acme$/);

  const newcomer = await (await browser.newContext()).newPage();
  await signUp(newcomer, "Nia Newcomer", uniqueEmail("newcomer"));
  await expect(newcomer).toHaveURL(/\/teams\/new$/);
  await newcomer.goto("/account");
  await expect(newcomer.getByText("You do not belong to a team yet.")).toBeVisible();
  await expect(newcomer.getByRole("list", { name: "Your teams" })).toHaveCount(0);
  await newcomer.getByRole("link", { name: "Create a team" }).click();
  await expect(newcomer).toHaveURL(/\/teams\/new$/);
  await newcomer.context().close();
});

for (const role of BUILT_IN_ROLE_KEYS) {
  test(`${role}: each page the navigation links to opens without a failed request or a console error`, async ({ page }) => {
    const problems = watchProblems(page);
    const hrefs = (nav: string) => page.getByRole("navigation", { name: nav }).getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
    await signInAs(page, role);
    const visited = new Set<string>();
    const pending = await hrefs("Team");
    while (pending.length) {
      const href = pending.shift()!;
      if (visited.has(href)) continue;
      visited.add(href);
      await page.goto(href, { waitUntil: "networkidle" });
      for (const sub of ["Billing", "Resource kinds"]) if (await page.getByRole("navigation", { name: sub }).count()) pending.push(...(await hrefs(sub)));
    }
    expect(visited.size).toBeGreaterThan(1);
    expect(problems).toEqual([]);
  });
}

test("a wrong password shows an error and does not sign in", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill("owner@acme.test");
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Invalid email or password." })).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
  // Same message for an account that does not exist.
  await page.getByLabel("Email").fill("nobody@acme.test");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Invalid email or password." })).toBeVisible();
});

test("a Developer sees the settings read-only with the reason", async ({ page }) => {
  await signInAs(page, "developer", "/t/acme/settings");
  await expect(page.getByLabel("Team name")).toBeDisabled();
  await expect(page.getByText(/Your role \(Developer\) does not allow this/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Save" })).toBeDisabled();
});

test("the welcome email lands in the outbox", async ({ page }) => {
  const email = uniqueEmail("mail");
  await signUp(page, "Mia Mail", email);
  await expect(page).toHaveURL(/\/teams\/new$/);
  await openOutbox(page, email);
  await expect(page.getByTestId("outbox-email").filter({ hasText: email.toLowerCase() }).first()).toContainText("Welcome to Roster");
  await expectAccessible(page);
});

test("sign-up with an existing email offers to sign in instead", async ({ page }) => {
  await signUp(page, "Again", "OWNER@acme.test");
  await expect(page.getByText("An account with this email already exists. Sign in instead.")).toBeVisible();
  // Said once, next to the field: not repeated in the form's alert.
  await expect(page.getByText(/An account with this email already exists/)).toHaveCount(1);
  await expect(page.locator("form").getByRole("alert")).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole("link", { name: "Sign in with this email" }).click();
  await expect(page).toHaveURL(/\/sign-in\?.*email=owner%40acme.test/);
  await expect(page.getByLabel("Email")).toHaveValue("owner@acme.test");
});

test("hostile text in a team name is shown as text, never run as markup", async ({ page }) => {
  let alerted = false;
  page.on("dialog", async (dialog) => {
    alerted = true;
    await dialog.dismiss();
  });
  await signUp(page, "<b>Mallory</b>", uniqueEmail("xss"));
  const name = `<img src=x onerror=alert(1)> שלום`;
  const slug = `xss-${Date.now()}`;
  await page.getByLabel("Team name").fill(name);
  await page.getByLabel("Team URL").fill(slug);
  await page.getByRole("button", { name: "Create team" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  expect(await page.locator("img[src=x]").count()).toBe(0);
  expect(alerted).toBe(false);
});

test("forms show their current values before the page's script has run", async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, "owner", "/t/acme/settings");
  const withoutScript = await (await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() })).newPage();

  await withoutScript.goto("/t/acme/settings");
  await expect(withoutScript.getByLabel("Team name")).toHaveValue(DEMO_TEAM.name);
  await expect(withoutScript.getByLabel("Team URL")).toHaveValue(DEMO_TEAM.slug);
  await expect(withoutScript.getByLabel("Default role for new invites")).toHaveValue("developer");
  await expect(withoutScript.getByLabel("Invitations expire after (days)")).toHaveValue("7");

  await withoutScript.goto("/t/acme/audit?action=team.created&from=2026-01-01");
  await expect(withoutScript.getByLabel("Action")).toHaveValue("team.created");
  await expect(withoutScript.getByLabel("From")).toHaveValue("2026-01-01");

  await withoutScript.getByRole("button", { name: "Sign out" }).click();
  await expect(withoutScript).toHaveURL(/\/sign-in$/);
  await withoutScript.goto("/t/acme/settings");
  await expect(withoutScript).toHaveURL(/\/sign-in\?/);
});

test("what is typed or ticked before the page's script has run is kept once it runs", async ({ page }) => {
  const held = holdScripts(page);
  await page.goto("/sign-in?callbackUrl=/t/acme/settings", { waitUntil: "commit" });
  await page.getByLabel("Email").fill(demoEmail("owner"));
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  expect(await isHydrated(page.getByLabel("Password"))).toBe(false);
  await held.release();
  await expectHydrated(page.getByLabel("Password"));
  await expect(page.getByLabel("Email")).toHaveValue(demoEmail("owner"));
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/t/acme/settings");

  const again = holdScripts(page);
  await page.reload({ waitUntil: "commit" });
  await page.getByLabel("Team name").fill("Renamed early");
  await page.getByLabel(/Require two-factor sign-in/).check();
  expect(await isHydrated(page.getByLabel("Team name"))).toBe(false);
  await again.release();
  await expectHydrated(page.getByLabel("Team name"));
  await expect(page.getByLabel("Team name")).toHaveValue("Renamed early");
  await expect(page.getByLabel(/Require two-factor sign-in/)).toBeChecked();
  await expect(page.getByLabel("Team URL")).toHaveValue(DEMO_TEAM.slug);
  await page.getByLabel("Team name").fill("");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Use at least 2 characters")).toBeVisible();
});

/** Holds the page's scripts until released, so the server-rendered page can be used before it hydrates. */
function holdScripts(page: Page) {
  const pending: Route[] = [];
  let released = false;
  const pattern = /\/_next\/static\/chunks\/.*\.js$/;
  void page.route(pattern, (route) => (released ? route.continue() : void pending.push(route)));
  return {
    async release() {
      released = true;
      await Promise.all(pending.map((route) => route.continue()));
      await page.unroute(pattern);
    },
  };
}

function isHydrated(field: Locator) {
  return field.evaluate((el) => Object.keys(el).some((key) => key.startsWith("__reactFiber")));
}

async function expectHydrated(field: Locator) {
  await expect.poll(() => isHydrated(field)).toBe(true);
}
