import { expect, test, type Page } from "./support/test";
import pg from "pg";
import { totpCode, totpStep } from "../lib/auth/totp";
import { E2E_DATABASE_URL } from "./support/database";
import { linkFromOutbox, openOutbox } from "./support/outbox";
import { expectAccessible, signUp, uniqueEmail } from "./support/session";

const PASSWORD = "correct-horse-battery";

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in/);
}

async function passwordStep(page: Page, email: string, password = PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

async function enterCode(page: Page, code: string) {
  await page.getByLabel("Authentication code").fill(code);
  await page.getByRole("button", { name: "Verify" }).click();
}

/** Turns 2FA on from /account; returns the secret, the step whose code was used, and the recovery codes. */
async function enrol(page: Page) {
  await page.getByRole("button", { name: "Set up two-factor authentication" }).click();
  await expect(page.getByRole("img", { name: "QR code for your authenticator app" })).toBeVisible();
  const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
  await expectAccessible(page);
  await page.screenshot({ path: "test-results/security-enrol.png", fullPage: true });
  const step = totpStep();
  await page.getByLabel("2. Enter the 6-digit code it shows").fill(totpCode(secret, step + 5));
  await page.getByRole("button", { name: "Turn on two-factor authentication" }).click();
  await expect(page.getByText(/That code is not valid/)).toBeVisible();
  await page.getByLabel("2. Enter the 6-digit code it shows").fill(totpCode(secret, step));
  await page.getByRole("button", { name: "Turn on two-factor authentication" }).click();
  await expect(page.getByText("Two-factor authentication is on.")).toBeVisible();
  const recoveryCodes = (await page.getByTestId("recovery-codes").locator("li").allTextContents()).map((c) => c.trim());
  expect(recoveryCodes).toHaveLength(10);
  return { secret, usedStep: step, recoveryCodes };
}

test("2FA: enrol, then sign-in needs a code; a wrong or replayed code is refused; a recovery code works once", async ({ page }) => {
  const email = uniqueEmail("tfa");
  await signUp(page, "Tara Two", email);
  await expect(page).toHaveURL(/\/teams\/new$/);
  await page.goto("/account");
  await expect(page.getByRole("heading", { name: "Account", exact: true })).toBeVisible();
  await expectAccessible(page);
  const { secret, usedStep, recoveryCodes } = await enrol(page);
  await page.getByRole("button", { name: "I saved them" }).click();
  await expect(page.getByRole("button", { name: "Turn off two-factor authentication" })).toBeVisible();
  await signOut(page);

  // The password alone does not sign in: the form asks for the code.
  await passwordStep(page, email);
  await expect(page.getByLabel("Authentication code")).toBeVisible();
  await expect(page.getByLabel("Authentication code")).toHaveValue("");
  await expect(page).toHaveURL(/\/sign-in/);
  await expectAccessible(page);
  await page.screenshot({ path: "test-results/security-code-step.png", fullPage: true });
  await enterCode(page, totpCode(secret, usedStep + 5));
  await expect(page.getByText(/That code is not valid/)).toBeVisible();
  // The code used for enrolment cannot be replayed.
  await enterCode(page, totpCode(secret, usedStep));
  await expect(page.getByText(/That code is not valid/)).toBeVisible();
  await enterCode(page, totpCode(secret, usedStep + 1));
  await expect(page).toHaveURL(/\/teams\/new$/);

  // A recovery code signs in once.
  await page.goto("/account");
  await signOut(page);
  await passwordStep(page, email);
  await enterCode(page, recoveryCodes[0]!);
  await expect(page).toHaveURL(/\/teams\/new$/);
  await page.goto("/account");
  await signOut(page);
  await passwordStep(page, email);
  await enterCode(page, recoveryCodes[0]!);
  await expect(page.getByText(/That code is not valid/)).toBeVisible();
  await enterCode(page, recoveryCodes[1]!);
  await expect(page).toHaveURL(/\/teams\/new$/);
});

test("a magic link from the outbox signs in once and remembers the browser; an unknown address sees the same page", async ({ page }) => {
  const email = uniqueEmail("link").toLowerCase();
  await signUp(page, "Lena Link", email);
  await expect(page).toHaveURL(/\/teams\/new$/);
  await page.context().clearCookies();

  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Email me a sign-in link instead" }).click();
  await expectAccessible(page);
  await page.getByLabel("Email").fill(`nobody-${Date.now()}@example.test`);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  const unknownText = (await page.locator("main").textContent())!.replace(/\S+@example\.test/, "<email>");

  await page.goto("/sign-in?method=link");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  expect((await page.locator("main").textContent())!.replace(/\S+@example\.test/, "<email>")).toBe(unknownText);
  await expectAccessible(page);

  await openOutbox(page, email);
  const mail = page.getByTestId("outbox-email").filter({ hasText: `To ${email}` }).filter({ hasText: "sign-in link" }).first();
  const link = /https?:\/\/\S+\/api\/auth\/callback\/email\?\S+/.exec((await mail.textContent()) ?? "")?.[0];
  expect(link).toBeTruthy();
  await page.goto(link!);
  await expect(page).toHaveURL(/\/teams\/new$/);
  // The browser is now one the account uses, as after a password sign-in.
  expect((await page.context().cookies()).find((c) => c.name === "roster-device")).toMatchObject({ httpOnly: true, sameSite: "Lax" });

  await page.context().clearCookies();
  await page.goto(link!);
  await expect(page).toHaveURL(/\/sign-in\?error=Verification/);
  await expect(page.getByText("That sign-in link has expired or was already used.")).toBeVisible();
  expect((await page.context().cookies()).map((c) => c.name)).not.toContain("roster-device");
});

test("a sign-in from a new browser and a password change are mailed; the change keeps this session and ends the others; sign out everywhere ends them all", async ({ browser, extraHTTPHeaders }) => {
  const email = uniqueEmail("sessions");
  const [a, b] = [await browser.newContext(), await browser.newContext()];
  const [pageA, pageB] = [await a.newPage(), await b.newPage()];
  await signUp(pageA, "Sid Sessions", email);
  await expect(pageA).toHaveURL(/\/teams\/new$/);
  await passwordStep(pageB, email);
  await expect(pageB).toHaveURL(/\/teams\/new$/);

  const cookie = (await a.cookies()).find((c) => c.name === "authjs.session-token");
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });

  await pageA.goto("/account");
  await pageA.getByLabel("Current password").fill("not-my-password");
  await pageA.getByLabel("New password").fill("a-brand-new-password");
  await pageA.getByRole("button", { name: "Change password" }).click();
  await expect(pageA.getByText("That is not your current password.")).toBeVisible();
  await pageA.getByLabel("Current password").fill(PASSWORD);
  await pageA.getByRole("button", { name: "Change password" }).click();
  await expect(pageA.getByText("Password changed. Other sessions were signed out.")).toBeVisible();
  await pageA.reload();
  await expect(pageA.getByRole("heading", { name: "Account", exact: true })).toBeVisible();
  await pageB.goto("/account");
  await expect(pageB).toHaveURL(/\/sign-in/);

  // The address hears of it, with the browser and the client address it came from (e2e/support/test.ts).
  await openOutbox(pageB, email);
  const notice = pageB.getByTestId("outbox-email").filter({ hasText: `To ${email.toLowerCase()}` }).filter({ hasText: "Your Roster password was changed" });
  // Playwright's "Desktop Chrome" says Windows in its user agent, whatever the machine runs.
  await expect(notice).toContainText(`From: Chrome on Windows, IP address ${extraHTTPHeaders!["x-forwarded-for"]}`);
  await expect(notice).toContainText("/sign-in/forgot?email=");
  // So did the second browser's sign-in, being new to the account; the one after sign-up was not news.
  await expect(pageB.getByTestId("outbox-email").filter({ hasText: `To ${email.toLowerCase()}` }).filter({ hasText: "New sign-in to your Roster account" })).toHaveCount(1);

  await passwordStep(pageB, email, "a-brand-new-password");
  await expect(pageB).toHaveURL(/\/teams\/new$/);

  // The name every team sees is the user's to change; an invisible one is no name.
  await pageA.getByLabel("Name", { exact: true }).fill("\u200b ");
  await pageA.getByRole("button", { name: "Save name" }).click();
  await expect(pageA.getByText("Enter your name")).toBeVisible();
  await pageA.getByLabel("Name", { exact: true }).fill("Sam Renamed");
  await pageA.getByRole("button", { name: "Save name" }).click();
  await expect(pageA.getByRole("status").filter({ hasText: "Name saved." })).toBeVisible();
  await expect(pageA.getByText("Signed in as Sam Renamed")).toBeVisible();
  await expectAccessible(pageA);

  await pageA.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(pageA).toHaveURL(/\/sign-in/);
  await pageB.goto("/account");
  await expect(pageB).toHaveURL(/\/sign-in/);
  await a.close();
  await b.close();
});

test("a team that requires 2FA sends a member without it to enrol first, then back", async ({ page }) => {
  await signUp(page, "Rita Require", uniqueEmail("require"));
  const slug = `req-${Date.now()}`;
  await page.getByLabel("Team name").fill("Strict Co");
  await page.getByLabel("Team URL").fill(slug);
  await page.getByRole("button", { name: "Create team" }).click();
  await expect(page).toHaveURL(new RegExp(`/t/${slug}$`));
  // Its Owner has no 2FA yet, so they cannot require it of everyone.
  await page.goto(`/t/${slug}/settings`);
  await page.getByLabel(/Require two-factor sign-in/).check();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Turn on two-factor sign-in for your own account first" })).toBeVisible();
  await expectAccessible(page);
  const client = new pg.Client({ connectionString: E2E_DATABASE_URL });
  await client.connect();
  await client.query(`UPDATE "Team" SET "require2fa" = true WHERE slug = $1`, [slug]);
  await client.end();

  await page.goto(`/t/${slug}/settings`);
  await expect(page).toHaveURL(new RegExp(`/account\\?enrol=1&next=%2Ft%2F${slug}%2Fsettings$`));
  await expect(page.getByText("A team you belong to requires two-factor authentication.")).toBeVisible();
  await enrol(page);
  await page.getByRole("link", { name: "I saved them, continue" }).click();
  await expect(page).toHaveURL(new RegExp(`/t/${slug}/settings$`));
});

test("repeated wrong passwords are limited with a clear wait time", async ({ page }) => {
  const email = uniqueEmail("limit");
  await signUp(page, "Lim It", email);
  await expect(page).toHaveURL(/\/teams\/new$/); // signed up, so clearing the cookies signs out
  await page.context().clearCookies();
  await passwordStep(page, email, "wrong-password-0");
  for (let i = 1; i < 10; i++) {
    await expect(page.getByRole("alert").filter({ hasText: "Invalid email or password." })).toBeVisible();
    await page.getByLabel("Password").fill(`wrong-password-${i}`);
    await page.getByRole("button", { name: "Sign in" }).click();
  }
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /^Too many attempts\. Try again in \d+ (seconds?|minutes?)\.$/ })).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});

test("a stranger's wrong passwords lock out browsers the account never used, not the owner's own", async ({ page, browser }) => {
  const email = uniqueEmail("targeted");
  await signUp(page, "Tar Get", email);
  await expect(page).toHaveURL(/\/teams\/new$/);
  const device = (await page.context().cookies()).find((c) => c.name === "roster-device");
  expect(device).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  const stranger = await browser.newPage();
  await passwordStep(stranger, email, "wrong-password-0");
  for (let i = 1; i < 10; i++) {
    await expect(stranger.getByRole("alert").filter({ hasText: "Invalid email or password." })).toBeVisible();
    await stranger.getByLabel("Password").fill(`wrong-password-${i}`);
    await stranger.getByRole("button", { name: "Sign in" }).click();
  }
  await stranger.getByLabel("Password").fill(PASSWORD);
  await stranger.getByRole("button", { name: "Sign in" }).click();
  await expect(stranger.getByRole("alert").filter({ hasText: /^Too many attempts/ })).toBeVisible();
  await stranger.close();

  await passwordStep(page, email);
  await expect(page).toHaveURL(/\/teams\/new$/);
});

test("pages carry the security headers, with a fresh script nonce each time", async ({ request }) => {
  const first = await request.get("/sign-in");
  const headers = first.headers();
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"]).not.toMatch(/script-src[^;]*unsafe-inline/);
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["strict-transport-security"]).toContain("max-age=");
  const nonce = /'nonce-([^']+)'/.exec(headers["content-security-policy"]!)![1];
  expect(await first.text()).toContain(`nonce="${nonce}"`);
  const second = await request.get("/sign-in");
  expect(second.headers()["content-security-policy"]).not.toContain(nonce);
  expect((await request.get("/api/auth/session")).headers()["x-content-type-options"]).toBe("nosniff");
});

test("an address holding a NUL character (%00) or a broken escape (%E0%A4%A) is refused with 400, never a 500", async ({ request }) => {
  for (const path of ["/t/acme-ai/members?q=a%00b", "/t/acme%00/audit", "/sign-in?callbackUrl=%00"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect({ path, status: response.status() }).toEqual({ path, status: 400 });
    expect(await response.text()).toContain("NUL character");
  }
  // Next.js would answer 500 for a dynamic segment it cannot decode, signed in or not.
  for (const path of ["/invite/%E0%A4%A", "/transfer/ab%zz", "/t/%E0%A4%A/members", "/t/acme/members/%E0%A4%A"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect({ path, status: response.status() }).toEqual({ path, status: 400 });
    expect(await response.text()).toContain("does not start a valid escape");
  }
  for (const path of ["/api/v1/members/%E0%A4%A", "/api/v1/members/%00"]) {
    const response = await request.get(path);
    expect({ path, status: response.status(), type: response.headers()["content-type"] }).toEqual({ path, status: 400, type: "application/problem+json" });
  }
});

test("a server action called from another origin is refused", async ({ page, request }) => {
  await page.goto("/sign-in");
  const actionRequest = page.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]);
  await page.getByLabel("Email").fill("owner@acme.test");
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  const captured = await actionRequest;
  const replay = (origin: string) =>
    request.post(captured.url(), {
      headers: { "next-action": captured.headers()["next-action"]!, "content-type": captured.headers()["content-type"]!, origin, accept: "text/x-component" },
      data: captured.postData()!,
    });
  const sameOrigin = await replay(new URL(captured.url()).origin);
  expect(sameOrigin.status()).toBe(200);
  expect(await sameOrigin.text()).toContain("Invalid email or password.");
  const crossOrigin = await replay("https://evil.example");
  expect(crossOrigin.status()).not.toBe(200);
  expect(await crossOrigin.text()).not.toContain("Invalid email or password.");
});

test("the Auth.js endpoint takes no POST: sign-in and session refresh go through server actions only", async ({ request }) => {
  expect((await request.post("/api/auth/callback/credentials", { form: { email: "owner@acme.test", password: "x" } })).status()).toBe(405);
  expect((await request.post("/api/auth/session", { data: {} })).status()).toBe(405);
  // Nor is a session renewed in place on GET: a token keeps its jti, the name signing out ends.
  expect((await request.get("/api/auth/session")).status()).toBe(404);
});

test("a forgotten password is reset through an emailed link, which works once and ends every session", async ({ page, browser }) => {
  const email = uniqueEmail("forgot").toLowerCase();
  await signUp(page, "Fay Forgot", email);
  await expect(page).toHaveURL(/\/teams\/new$/);
  const elsewhere = await browser.newContext({ storageState: await page.context().storageState() });

  await page.context().clearCookies();
  await page.goto(`/sign-in?${new URLSearchParams({ email })}`);
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page.getByLabel("Email")).toHaveValue(email);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Email me a reset link" }).click();
  await expect(page.getByText("we sent it a link to choose a new password")).toBeVisible();

  const link = await linkFromOutbox(page, email, "sign-in/reset");
  await page.goto(link);
  await expect(page.getByText(`For ${email}.`)).toBeVisible();
  await page.getByLabel("New password").fill("short");
  await page.getByRole("button", { name: "Set the new password" }).click();
  await expect(page.getByText("Use at least 10 characters")).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("New password").fill("a-fresh-password-2026");
  await page.getByRole("button", { name: "Set the new password" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your password was changed" })).toBeVisible();
  await passwordStep(page, email, "a-fresh-password-2026");
  await expect(page).toHaveURL(/\/teams\/new$/);

  // The other session ended, and the link is used up.
  const other = await elsewhere.newPage();
  await other.goto("/account");
  await expect(other).toHaveURL(/\/sign-in/);
  await other.goto(link);
  await expect(other.getByRole("alert").filter({ hasText: "This reset link is not valid any more" })).toBeVisible();
  await elsewhere.close();
});
