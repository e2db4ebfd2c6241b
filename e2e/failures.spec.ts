import { expect, test, type Page } from "./support/test";
import { UNREACHABLE } from "../components/forms/messages";
import { DEMO_PASSWORD, DEMO_TEAM, demoEmail } from "../lib/demo/seed";
import { E2E_PORT, startServer } from "./support/server";
import { expectAccessible, invite, newOwnerWithTeam, signInAs, uniqueEmail } from "./support/session";

/** Collects uncaught errors of the page's scripts: a failed action must not throw into the page. */
function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  return errors;
}

const isServerAction = (method: string, headers: Record<string, string>) => method === "POST" && "next-action" in headers;

test("a form sent after the session ended says so, and signing in again returns to the page", async ({ page }) => {
  const errors = pageErrors(page);
  await signInAs(page, "owner", "/t/acme/settings");
  const name = page.getByLabel("Team name");
  await expect(name).toHaveValue(DEMO_TEAM.name);
  await page.context().clearCookies();

  await name.fill(`${DEMO_TEAM.name} renamed`);
  await page.getByRole("button", { name: "Save" }).click();
  const alert = page.getByRole("alert").filter({ hasText: "Your session has ended." });
  await expect(alert).toBeVisible();
  await expect(name).toHaveValue(`${DEMO_TEAM.name} renamed`);
  await expectAccessible(page);
  expect(errors).toEqual([]);

  await alert.getByRole("link", { name: "Sign in again" }).click();
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Ft%2Facme%2Fsettings$/);
  await page.getByLabel("Email").fill(demoEmail("owner"));
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/t\/acme\/settings$/);
  await expect(page.getByLabel("Team name")).toHaveValue(DEMO_TEAM.name);
});

test("while Roster cannot be reached, forms and buttons say so and keep what was typed; sent again, they work", async ({ browser }) => {
  const { page, slug } = await newOwnerWithTeam(browser, "offline");
  const invitee = uniqueEmail("offline-invitee").toLowerCase();
  await invite(page, slug, invitee, "Viewer");
  await expect(page.getByRole("status").filter({ hasText: "Invited 1 person" })).toBeVisible();
  const errors = pageErrors(page);
  let offline = true;
  await page.route("**/*", (route) =>
    offline && isServerAction(route.request().method(), route.request().headers()) ? route.abort("internetdisconnected") : route.continue(),
  );

  await page.goto(`/t/${slug}/members`);
  const row = page.getByTestId("member-row").filter({ hasText: invitee });
  await row.getByRole("button", { name: /Actions for/ }).click();
  await page.getByRole("menuitem", { name: "Cancel invite" }).click();
  await expect(row.getByRole("alert")).toHaveText(UNREACHABLE);
  await expectAccessible(page);

  await page.goto(`/t/${slug}/audit`);
  await page.getByRole("button", { name: "Verify integrity" }).click();
  await expect(page.getByRole("alert").filter({ hasText: UNREACHABLE })).toBeVisible();

  await page.goto(`/t/${slug}/settings`);
  await expect(page.getByLabel("Team name")).toHaveValue("offline team");
  await page.getByLabel("Team name").fill("Renamed offline");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("alert").filter({ hasText: UNREACHABLE })).toBeVisible();
  await expect(page.getByLabel("Team name")).toHaveValue("Renamed offline");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Sign out" }).click();
  const notSignedOut = page.getByRole("alert").filter({ hasText: "Roster could not be reached, so you are still signed in." });
  await expect(notSignedOut).toBeVisible();
  await expectAccessible(page);
  await notSignedOut.getByRole("button", { name: "Dismiss" }).click();
  await expect(notSignedOut).toHaveCount(0);

  offline = false;
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Settings saved." })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Team name")).toHaveValue("Renamed offline");
  await page.goto(`/t/${slug}/members`);
  await row.getByRole("button", { name: /Actions for/ }).click();
  await page.getByRole("menuitem", { name: "Cancel invite" }).click();
  await expect(row).toHaveCount(0);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  expect(errors).toEqual([]);
});

test("with its database unreachable, Roster shows its error page for a page and a clear refusal for a form", async ({ page }) => {
  const down = await startServer(E2E_PORT + 1, { DATABASE_URL: "postgresql://postgres@127.0.0.1:1/unreachable" });
  try {
    await signInAs(page, "owner", "/t/acme/settings");

    const response = await page.goto(`${down.url}/t/acme/members`);
    expect(response?.status()).toBe(500);
    await expect(page.getByRole("heading", { name: "Something went wrong" })).toBeVisible();
    await expect(page.getByText(/^Reference \S+, if you contact support\.$/)).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Try again" }).click();
    await expect(page.getByRole("heading", { name: "Something went wrong" })).toBeVisible();

    // The settings page comes from the working server; its form is sent to the one without a database.
    await page.goto("/t/acme/settings");
    await expect(page.getByLabel("Team name")).toHaveValue(DEMO_TEAM.name);
    await page.route("**/t/acme/settings", async (route) => {
      const request = route.request();
      if (!isServerAction(request.method(), request.headers())) return route.continue();
      const url = request.url().replace(`:${E2E_PORT}/`, `:${E2E_PORT + 1}/`);
      // Next accepts an action only from its own origin, which the browser would not send for the other port.
      return route.fulfill({ response: await route.fetch({ url, headers: { ...request.headers(), origin: down.url } }) });
    });
    await page.getByLabel("Team name").fill(`${DEMO_TEAM.name} renamed`);
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Something went wrong and nothing was changed. Try again." })).toBeVisible();
    await page.unroute("**/t/acme/settings");
    await page.reload();
    await expect(page.getByLabel("Team name")).toHaveValue(DEMO_TEAM.name);
  } finally {
    await down.stop();
  }
});

test("on a slow connection, the team nav link just clicked shows that its page is loading", async ({ page }) => {
  await signInAs(page, "viewer", "/t/acme");
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/t/acme/members**", async (route) => {
    if (route.request().headers()["rsc"]) await held;
    await route.continue();
  });
  const members = page.getByRole("navigation", { name: "Team" }).getByRole("link", { name: "Members" });
  await members.click();
  await expect(members.getByTestId("nav-pending")).toBeVisible();
  release();
  await expect(members).toHaveAttribute("aria-current", "page");
  await expect(members.getByTestId("nav-pending")).toHaveCount(0);
});
