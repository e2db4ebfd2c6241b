import { expect, test, type Page } from "./support/test";
import { expectAccessible, signInAs, signUp, uniqueEmail } from "./support/session";

test.use({ viewport: { width: 390, height: 844 } });

/** Wide tables scroll inside their own box; the page itself never scrolls sideways. */
async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, page.url()).toBeLessThanOrEqual(clientWidth);
}

test("on a phone, sign-in, sign-up and every page of a team fit the screen's width and the header stays on one line", async ({ page }) => {
  for (const path of ["/sign-in", "/sign-up"]) {
    await page.goto(path);
    await expectNoSidewaysScroll(page);
  }
  await signInAs(page, "owner");
  const header = page.getByRole("banner");
  for (const control of [header.getByRole("link", { name: "Account" }), header.getByRole("button", { name: "Sign out" })]) {
    expect((await control.boundingBox())!.height).toBeLessThan(40); // one line
  }

  for (const path of ["", "/members", "/resources/pods", "/settings/roles", "/billing", "/billing/invoices", "/billing/payment-methods", "/billing/usage", "/audit", "/api-keys", "/api-keys/reference", "/settings"]) {
    await page.goto(`/t/acme${path}`);
    await expectNoSidewaysScroll(page);
  }
  await page.goto("/t/acme/billing/invoices");
  await page.getByTestId("invoice-row").first().getByRole("link").click();
  await expect(page.getByTestId("invoice-total")).toBeVisible();
  await expectNoSidewaysScroll(page);
  await page.goto("/account");
  await expectNoSidewaysScroll(page);

  await page.goto("/t/acme/billing/usage");
  for (const nav of ["Team", "Billing"]) {
    const current = (await page.getByRole("navigation", { name: nav }).locator('[aria-current="page"]').boundingBox())!;
    expect(current.x).toBeGreaterThanOrEqual(0); // the current section is scrolled into view
    expect(current.x + current.width).toBeLessThanOrEqual(390);
  }
  await page.goto("/t/acme/resources/volumes");
  const kind = (await page.getByRole("navigation", { name: "Resource kinds" }).locator('[aria-current="page"]').boundingBox())!;
  expect(kind.x + kind.width).toBeLessThanOrEqual(390);
  await page.goto("/t/acme/billing/payment-methods");
  expect((await page.getByRole("button", { name: "Add card" }).boundingBox())!.height).toBeLessThan(44);

  await page.goto("/t/acme/audit");
  await page.getByRole("link", { name: /^Details/ }).first().click();
  const hash = (await page.getByRole("dialog").getByTestId("event-hash").boundingBox())!;
  expect(hash.x + hash.width).toBeLessThanOrEqual(390); // long values wrap inside the event's details

  await page.goto("/t/acme/members");
  const actions = page.getByRole("button", { name: "Leave team" });
  expect((await actions.boundingBox())!.height).toBeLessThan(44); // its label on one line
  await expectAccessible(page);
});

test("on a 320 px phone, a long team name is cut short in the header and the page still fits", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await signUp(page, "Long Name Owner", uniqueEmail("longname").toLowerCase());
  await expect(page).toHaveURL(/\/teams\/new$/);
  const name = "Northwind Research and Development Laboratories";
  await page.getByLabel("Team name").fill(name);
  await page.getByLabel("Team URL").fill(`northwind-${Date.now()}`);
  await page.getByRole("button", { name: "Create team" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await page.goto(page.url().replace(/\/?$/, "/resources/volumes"));
  await expectNoSidewaysScroll(page);
  const empty = (await page.getByText("No network volumes yet.").boundingBox())!;
  expect(empty.x).toBeGreaterThanOrEqual(0); // centred in the part of the table in view, not across its whole width
  expect(empty.x + empty.width).toBeLessThanOrEqual(320);
  await page.goBack();
  const switcher = page.getByRole("banner").getByRole("button", { name: `Switch team. Current team: ${name}` });
  expect((await switcher.boundingBox())!.height).toBeLessThan(40);
  await switcher.click();
  await expect(page.getByRole("menuitem", { name: new RegExp(name) })).toBeVisible();
});
