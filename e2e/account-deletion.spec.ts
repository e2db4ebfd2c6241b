import { expect, test, type Browser } from "./support/test";
import pg from "pg";
import { E2E_DATABASE_URL } from "./support/database";
import { expectAccessible, newOwnerWithTeam, PASSWORD, signUp, uniqueEmail } from "./support/session";
import { openOutbox } from "./support/outbox";

/** Someone signed up and, inserted directly (joining is not under test here), a Developer of the owner's team. */
async function memberOf(browser: Browser, owner: { slug: string }, name: string) {
  const email = uniqueEmail(name.split(" ")[0]!.toLowerCase()).toLowerCase();
  const page = await (await browser.newContext()).newPage();
  await signUp(page, name, email);
  await expect(page).toHaveURL(/\/teams\/new$/);
  const client = new pg.Client({ connectionString: E2E_DATABASE_URL });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO "Membership" (id, "teamId", "userId", role) SELECT 'e2e_' || u.id, t.id, u.id, 'developer' FROM "Team" t, "User" u WHERE t.slug = $1 AND u.email = $2`,
      [owner.slug, email],
    );
  } finally {
    await client.end();
  }
  return { page, email };
}

test("the only Owner of a team is shown the team and what to do, and can delete the account once the team is gone", async ({ browser }) => {
  const owner = await newOwnerWithTeam(browser, "solo");
  const { page } = owner;
  await page.goto("/account");
  const danger = page.getByRole("region", { name: "Delete account" });
  await expect(danger.getByTestId("sole-owner-teams")).toContainText("You are the only Owner of this team");
  await expect(danger.getByRole("listitem")).toHaveText([/^solo team/]);
  await expect(danger.getByRole("link", { name: "Transfer ownership of solo team" })).toHaveAttribute("href", `/t/${owner.slug}/members`);
  await expect(danger.getByRole("button", { name: "Delete account…" })).toHaveCount(0);
  await expectAccessible(page);

  await danger.getByRole("link", { name: "Delete team solo team" }).click();
  await expect(page).toHaveURL(new RegExp(`/t/${owner.slug}/settings#danger-zone$`));
  const deleteTeam = page.getByRole("region", { name: "Delete team" });
  await deleteTeam.getByLabel("Type “solo team” to confirm").fill("solo team");
  await deleteTeam.getByRole("button", { name: "Delete this team" }).click();
  await expect(page).toHaveURL(/\/teams\/new$/);

  await page.goto("/account");
  await expect(page.getByTestId("sole-owner-teams")).toHaveCount(0);
  await page.getByRole("button", { name: "Delete account…" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete your account?" });
  await dialog.getByLabel(/^Type your email address/).fill(owner.email);
  await dialog.getByLabel("Password").fill(PASSWORD);
  await dialog.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL(/\/sign-in\?deleted=1$/);
});

test("a member deletes their account: wrong address or password changes nothing; then they are signed out for good and the team keeps their trail", async ({ browser }) => {
  const owner = await newOwnerWithTeam(browser, "keep");
  const member = await memberOf(browser, owner, "Della Gone");
  const { page } = member;

  await page.goto("/account");
  await page.getByRole("button", { name: "Delete account…" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete your account?" });
  await expect(dialog.getByLabel("Authentication code")).toHaveCount(0);
  const email = dialog.getByLabel(`Type your email address, ${member.email}, to confirm`);
  const password = dialog.getByLabel("Password");
  const submit = dialog.getByRole("button", { name: "Delete my account" });
  await submit.click();
  await expect(dialog.getByText("Type your email address to confirm")).toBeVisible();
  await expect(email).toHaveAttribute("aria-invalid", "true");

  await email.fill("someone-else@example.test");
  await password.fill(PASSWORD);
  await submit.click();
  await expect(dialog.getByText("That is not your email address.")).toBeVisible();
  await expectAccessible(page);

  await email.fill(member.email.toUpperCase());
  await password.fill("not-my-password");
  await submit.click();
  await expect(dialog.getByText("That is not your current password.")).toBeVisible();
  await expect(dialog.getByText("That is not your email address.")).toHaveCount(0);

  // Nothing changed: the member is still in the team.
  await owner.page.goto(`/t/${owner.slug}/members`);
  await expect(owner.page.getByTestId("member-row").filter({ hasText: member.email })).toContainText("Joined");

  await password.fill(PASSWORD);
  await submit.click();
  await expect(page).toHaveURL(/\/sign-in\?deleted=1$/);
  await expect(page.getByRole("status").filter({ hasText: "Your account was deleted." })).toBeVisible();
  await expectAccessible(page);

  // The old session is gone, and signing in fails with the usual message.
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount$/);
  await page.getByLabel("Email").fill(member.email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Invalid email or password." })).toBeVisible();

  await openOutbox(page, member.email);
  await expect(page.getByTestId("outbox-email").filter({ hasText: `To ${member.email}` }).first()).toContainText("Your Roster account was deleted");

  // The team: no longer a member; the log keeps "left the team" under her name.
  await owner.page.reload();
  await expect(owner.page.getByTestId("member-row").filter({ hasText: member.email })).toHaveCount(0);
  await owner.page.goto(`/t/${owner.slug}/audit`);
  const events = owner.page.getByRole("table", { name: "Audit events" });
  await expect(events.getByRole("row").filter({ hasText: "Member left the team" })).toContainText("Della Gone");
  await events.getByRole("row").filter({ hasText: "Member left the team" }).getByRole("link").first().click();
  await owner.page.getByRole("link", { name: "All events by this user" }).click();
  await expect(owner.page.getByRole("combobox", { name: "User" })).toHaveValue("Della Gone");
  await expect(events.getByRole("row")).toHaveCount(2); // header, leaving
  await expectAccessible(owner.page);

  // The address can sign up again, as a new account without teams.
  const fresh = await (await browser.newContext()).newPage();
  await signUp(fresh, "Della Again", member.email);
  await expect(fresh).toHaveURL(/\/teams\/new$/);
});
