import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "./support/test";
import pg from "pg";
import { totpCode, totpStep } from "../lib/auth/totp";
import { E2E_DATABASE_URL } from "./support/database";
import { expectAccessible, PASSWORD, signIn, signUp, uniqueEmail } from "./support/session";

const FIREFOX_ON_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";
const SAFARI_ON_IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";

const sessions = (page: Page) => page.getByRole("list", { name: "Sessions" }).getByRole("listitem");
const signOutHere = (page: Page) => page.getByRole("button", { name: "Sign out", exact: true });

async function expectSignedOut(page: Page) {
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in/);
}

test("where you're signed in: this device and the others; sign out one of them, or all the others", async ({ browser }) => {
  const email = uniqueEmail("devices").toLowerCase();
  const [a, b, c] = [await browser.newContext(), await browser.newContext({ userAgent: FIREFOX_ON_WINDOWS }), await browser.newContext({ userAgent: SAFARI_ON_IPHONE })];
  const [pageA, pageB, pageC] = [await a.newPage(), await b.newPage(), await c.newPage()];
  await signUp(pageA, "Dev Devices", email);
  await expect(pageA).toHaveURL(/\/teams\/new$/);
  await signIn(pageB, email, PASSWORD);
  await signIn(pageC, email, PASSWORD);

  await pageA.goto("/account");
  await expect(pageA.getByRole("heading", { name: "Where you're signed in" })).toBeVisible();
  await expect(sessions(pageA)).toHaveCount(3);
  await expect(sessions(pageA).first()).toContainText("Chrome on Windows");
  await expect(sessions(pageA).first()).toContainText("This device");
  await expect(sessions(pageA).first()).toContainText("Active now");
  await expect(sessions(pageA).filter({ hasText: "This device" })).toHaveCount(1);
  await expect(sessions(pageA).filter({ hasText: "Firefox on Windows" })).toContainText(/Signed in \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC/);
  await expect(sessions(pageA).filter({ hasText: "Safari on iPhone" })).toContainText("Active in the last 5 minutes");
  await expectAccessible(pageA);
  await pageA.screenshot({ path: "test-results/account-sessions.png", fullPage: true });
  const client = new pg.Client({ connectionString: E2E_DATABASE_URL });
  await client.connect();
  await client.query(`UPDATE "UserSession" SET "lastActiveAt" = "lastActiveAt" - interval '3 hours' WHERE "userAgent" = $1`, [SAFARI_ON_IPHONE]);
  await client.end();
  await pageA.reload();
  await expect(sessions(pageA).filter({ hasText: "Safari on iPhone" })).toContainText("Last active 3 hours ago");

  // Signing out the Firefox session ends it on its next request; the others go on.
  await pageA.getByRole("button", { name: /^Sign out of Firefox on Windows/ }).click();
  await expect(pageA.getByRole("status").filter({ hasText: "Signed out of Firefox on Windows." })).toBeVisible();
  await expect(sessions(pageA)).toHaveCount(2);
  await expect(sessions(pageA).filter({ hasText: "Firefox on Windows" })).toHaveCount(0);
  await expectSignedOut(pageB);
  await pageC.goto("/account");
  await expect(pageC.getByRole("heading", { name: "Account", exact: true })).toBeVisible();
  await expect(sessions(pageC).first()).toContainText("Safari on iPhone");

  // A session that ended while the page was open cannot be signed out again: the page says so.
  await signIn(pageB, email, PASSWORD);
  await pageA.reload();
  await expect(sessions(pageA).filter({ hasText: "Firefox on Windows" })).toHaveCount(1);
  await pageB.goto("/account");
  await signOutHere(pageB).click();
  await expect(pageB).toHaveURL(/\/sign-in/);
  await pageA.getByRole("button", { name: /^Sign out of Firefox on Windows/ }).click();
  await expect(pageA.getByRole("alert").filter({ hasText: "That session has already ended." })).toBeVisible();
  await expectAccessible(pageA);

  // All the others: this device stays signed in, the iPhone does not.
  await pageA.getByRole("button", { name: "Sign out of all other sessions" }).click();
  await expect(pageA).toHaveURL(/\/account\?sessions=ended$/);
  await expect(pageA.getByRole("status").filter({ hasText: "You were signed out of all other sessions." })).toBeVisible();
  await expect(sessions(pageA)).toHaveCount(1);
  await expect(sessions(pageA).first()).toContainText("This device");
  await expect(pageA.getByText("You are not signed in anywhere else.")).toBeVisible();
  await expect(pageA.getByRole("button", { name: "Sign out of all other sessions" })).toHaveCount(0);
  await expectSignedOut(pageC);
  await pageA.reload();
  await expect(pageA.getByRole("heading", { name: "Account", exact: true })).toBeVisible();
  await expect(sessions(pageA)).toHaveCount(1);
  await Promise.all([a.close(), b.close(), c.close()]);
});

async function enrol(page: Page): Promise<string[]> {
  await page.getByRole("button", { name: "Set up two-factor authentication" }).click();
  const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
  // The current step's code: still accepted when the request lands in the next step.
  await page.getByLabel("2. Enter the 6-digit code it shows").fill(totpCode(secret, totpStep()));
  await page.getByRole("button", { name: "Turn on two-factor authentication" }).click();
  await expect(page.getByText("Two-factor authentication is on.")).toBeVisible();
  return codesShown(page);
}

async function codesShown(page: Page): Promise<string[]> {
  const codes = (await page.getByTestId("recovery-codes").locator("li").allTextContents()).map((c) => c.trim());
  expect(codes).toHaveLength(10);
  return codes;
}

async function signInWithCode(page: Page, email: string, code: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByLabel("Authentication code").fill(code);
  await page.getByRole("button", { name: "Verify" }).click();
}

test("new recovery codes need the current password and replace the old ones; the card counts what is left and warns when few remain", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const email = uniqueEmail("codes").toLowerCase();
  await signUp(page, "Cora Codes", email);
  await expect(page).toHaveURL(/\/teams\/new$/);
  await page.goto("/account");
  const first = await enrol(page);

  // Copy and download, at enrolment as afterwards.
  await page.getByRole("button", { name: "Copy codes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Copied to the clipboard." })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  for (const code of first) expect(copied).toContain(code);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download codes" }).click();
  expect((await download).suggestedFilename()).toBe("roster-recovery-codes.txt");
  const file = await readFile((await (await download).path())!, "utf8");
  expect(file).toContain(email);
  for (const code of first) expect(file).toContain(code);
  await page.getByRole("button", { name: "I saved them" }).click();
  await expect(page.getByText("10 recovery codes left.")).toBeVisible();

  await signOutHere(page).click();
  await signInWithCode(page, email, first[0]!);
  await expect(page).toHaveURL(/\/teams\/new$/);
  await page.goto("/account");
  await expect(page.getByText("9 recovery codes left.")).toBeVisible();

  // The current password is needed; a wrong one changes nothing.
  await page.getByRole("button", { name: "Generate new recovery codes" }).click();
  await expect(page.getByRole("button", { name: "Turn off two-factor authentication" })).toHaveCount(0);
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("button", { name: "Turn off two-factor authentication" })).toBeVisible();
  await page.getByRole("button", { name: "Generate new recovery codes" }).click();
  await expect(page.getByLabel("Current password").first()).toBeFocused();
  await page.getByLabel("Current password").first().fill("not-my-password");
  await page.getByRole("button", { name: "Generate new codes" }).click();
  await expect(page.getByText("That is not your current password.")).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Current password").first().fill(PASSWORD);
  await page.getByRole("button", { name: "Generate new codes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "New recovery codes were generated. Your old codes no longer work." })).toBeVisible();
  const fresh = await codesShown(page);
  expect(fresh.filter((code) => first.includes(code))).toEqual([]);
  await expect(page.getByRole("link", { name: "Download codes" })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: "test-results/account-new-recovery-codes.png", fullPage: true });
  await page.getByRole("button", { name: "I saved them" }).click();
  await expect(page.getByText("10 recovery codes left.")).toBeVisible();

  // The old codes stop working; the new ones work once each.
  await signOutHere(page).click();
  await signInWithCode(page, email, first[1]!);
  await expect(page.getByText(/That code is not valid/)).toBeVisible();
  await page.getByLabel("Authentication code").fill(fresh[0]!);
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page).toHaveURL(/\/teams\/new$/);

  // Two left: the card warns.
  const client = new pg.Client({ connectionString: E2E_DATABASE_URL });
  await client.connect();
  await client.query(`UPDATE "User" SET "recoveryCodes" = "recoveryCodes"[1:2] WHERE email = $1`, [email]);
  await client.end();
  await page.goto("/account");
  await expect(page.getByRole("status").filter({ hasText: "Only 2 recovery codes left. Generate new ones" })).toBeVisible();
  await expectAccessible(page);
});
