import AxeBuilder from "@axe-core/playwright";
import { expect, type Browser, type Page } from "@playwright/test";
import { DEMO_PASSWORD, demoEmail } from "../../lib/demo/seed";
import type { BuiltInRole } from "../../lib/permissions";
import { linkFromOutbox } from "./outbox";

export function uniqueEmail(label: string): string {
  return `${label}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@Example.test`;
}

export async function signIn(page: Page, email: string, password: string, callbackUrl?: string) {
  await page.goto(callbackUrl ? `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}

export async function signInAs(page: Page, role: BuiltInRole, callbackUrl = "/t/acme") {
  await signIn(page, demoEmail(role), DEMO_PASSWORD, callbackUrl);
}

export const PASSWORD = "correct-horse-battery";

export async function signUp(page: Page, name: string, email: string, password = PASSWORD) {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
}

/** A new user, signed up in a context of their own, who has just created a team. */
export async function newOwnerWithTeam(browser: Browser, label: string, email = uniqueEmail(label).toLowerCase()) {
  const page = await (await browser.newContext()).newPage();
  await signUp(page, `${label} Owner`, email, PASSWORD);
  await expect(page).toHaveURL(/\/teams\/new$/);
  const slug = `${label}-${Date.now()}`;
  await page.getByLabel("Team name").fill(`${label} team`);
  await page.getByLabel("Team URL").fill(slug);
  await page.getByRole("button", { name: "Create team" }).click();
  await expect(page).toHaveURL(new RegExp(`/t/${slug}$`));
  return { page, email, slug };
}

/** Confirms the signed-in user's address from the account page, through the emailed link. */
export async function confirmAddress(page: Page, email: string) {
  await page.goto("/account");
  await page.getByRole("button", { name: "Email me a confirmation link" }).click();
  await expect(page.getByText(`We sent a link to ${email}.`)).toBeVisible();
  await page.goto(await linkFromOutbox(page, email, "confirm-email"));
  await expect(page).toHaveURL(/\/account$/);
}

/** Sends invitations from the members page; the dialog stays open with its result. */
export async function invite(page: Page, slug: string, emails: string, role: string) {
  await page.goto(`/t/${slug}/members`);
  await page.getByRole("button", { name: "Invite members" }).click();
  await page.getByLabel("Email addresses").fill(emails);
  await page.getByLabel("Role", { exact: true }).selectOption({ label: role });
  await page.getByRole("button", { name: "Send invitations" }).click();
}

/** Invites `email` with `role` from the owner's page, signs them up in a context of their own and joins them; their page. */
export async function inviteAndJoin(browser: Browser, owner: { page: Page; slug: string }, name: string, email: string, role: string) {
  await invite(owner.page, owner.slug, email, role);
  const link = await owner.page.getByLabel(`Invite link for ${email}`).inputValue();
  const page = await (await browser.newContext()).newPage();
  await signUp(page, name, email);
  await expect(page).toHaveURL(/\/teams\/new$/);
  await page.goto(link);
  await page.getByRole("button", { name: /^Join / }).click();
  await expect(page).toHaveURL(new RegExp(`/t/${owner.slug}$`));
  return page;
}

/**
 * Fails on any axe-core violation (WCAG 2.x A/AA) on the current page, once running transitions
 * have ended (a button fading from disabled to enabled is not a contrast failure) and the title,
 * which Next streams after the page's content on a client-side navigation, has arrived.
 */
export async function expectAccessible(page: Page) {
  await expect.poll(() => page.title()).not.toBe("");
  await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined))));
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}
