import { readFileSync } from "node:fs";
import { expect, test, type Browser } from "./support/test";
import pg from "pg";
import { E2E_DATABASE_URL } from "./support/database";
import { expectMailTo, linkFromOutbox } from "./support/outbox";
import { insertPods } from "./support/resources";
import { expectAccessible, invite, newOwnerWithTeam, PASSWORD, signIn, signInAs, uniqueEmail } from "./support/session";

test("owner invites two people; one signs up from the emailed link, joins, is re-roled and removed", async ({ browser }) => {
  const owner = await newOwnerWithTeam(browser, "inv");
  const alice = uniqueEmail("alice").toLowerCase();
  const bob = uniqueEmail("bob").toLowerCase();

  await invite(owner.page, owner.slug, `${alice}, not-an-email\n${bob}`, "Developer");
  await expect(owner.page.getByRole("status").filter({ hasText: "Invited 2 people" })).toBeVisible();
  await expect(owner.page.getByText("not-an-email: Not a valid email address")).toBeVisible();
  await expect(owner.page.getByLabel("Email addresses")).toHaveValue("not-an-email");
  await expect(owner.page.getByLabel(`Invite link for ${alice}`)).toHaveValue(/\/invite\//);
  await expectAccessible(owner.page);
  await owner.page.getByRole("button", { name: "Close", exact: true }).first().click();
  await expect(owner.page.getByTestId("member-row").filter({ hasText: alice })).toContainText("Pending");
  await expect(owner.page.getByTestId("member-row").filter({ hasText: alice })).toContainText(/expires \d{1,2} \w{3} \d{4}/);
  await expectAccessible(owner.page);

  const invitee = await (await browser.newContext()).newPage();
  const path = await linkFromOutbox(invitee, alice, "invite");
  await invitee.goto(path);
  await expect(invitee.getByText(/invited .* to join .* as Developer/)).toBeVisible();
  await expectAccessible(invitee);
  await invitee.getByRole("link", { name: "Create an account" }).click();
  await invitee.getByLabel("Name").fill("Alice Example");
  await expect(invitee.getByLabel("Email")).toHaveValue(alice);
  await invitee.getByLabel("Password").fill(PASSWORD);
  await invitee.getByRole("button", { name: "Create account" }).click();
  await expect(invitee).toHaveURL(new RegExp(`${path}$`));
  await invitee.getByRole("button", { name: /^Join / }).click();
  await expect(invitee).toHaveURL(new RegExp(`/t/${owner.slug}$`));
  await expect(invitee.getByTestId("whoami")).toContainText("Developer");

  await owner.page.goto(`/t/${owner.slug}/members?q=alice`);
  const row = owner.page.getByTestId("member-row").filter({ hasText: alice });
  await expect(row).toContainText("Joined");
  await expect(owner.page.getByRole("navigation", { name: "Pagination" })).toContainText("1 row · page 1 of 1");
  await row.getByRole("button", { name: /Actions for/ }).click();
  await owner.page.getByRole("menuitem", { name: "Change role" }).click();
  await owner.page.getByLabel("New role").selectOption({ label: "Viewer — Read-only view of all resources." });
  await owner.page.getByRole("button", { name: "Change role" }).click();
  // The dialog sits inside the row (and lists "Viewer"), so wait for it to close and read the role cell.
  await expect(owner.page.getByRole("dialog")).toHaveCount(0);
  await expect(row.getByRole("cell", { name: "Viewer", exact: true })).toBeVisible();

  await invitee.reload();
  await expect(invitee.getByTestId("whoami")).toContainText("Viewer");
  await expectMailTo(invitee, alice, "inv Owner changed your role in the team inv team from Developer to Viewer.");

  await insertPods(owner.slug, alice, 12);
  await row.getByRole("button", { name: /Actions for/ }).click();
  await owner.page.getByRole("menuitem", { name: "Remove member" }).click();
  const removal = owner.page.getByRole("dialog");
  await expect(removal).toContainText("These 12 resources they created pass to the team Owner:");
  await expect(removal.getByRole("listitem")).toHaveCount(11);
  await expect(removal.getByRole("listitem").first()).toHaveText("pod-00 (pod)");
  await expect(removal.getByRole("listitem").last()).toHaveText("and 2 more");
  await expectAccessible(owner.page);
  await owner.page.getByRole("button", { name: "Remove member" }).click();
  await expect(owner.page.getByTestId("member-row").filter({ hasText: alice })).toHaveCount(0);

  await invitee.goto(`/t/${owner.slug}`);
  await expect(invitee.getByRole("heading", { name: "Page not found" })).toBeVisible();
  // And she is told, by whom.
  await expectMailTo(invitee, alice, "inv Owner removed you from the team inv team.");

  // The audit log's user filter still finds her, as a former member.
  await owner.page.goto(`/t/${owner.slug}/audit`);
  const user = owner.page.getByRole("combobox", { name: "User" });
  await user.pressSequentially("alice");
  await expect(owner.page.getByRole("option", { name: /Alice Example/ })).toContainText(`${alice}, former member`);
  await expectAccessible(owner.page);
  await owner.page.getByRole("option", { name: /Alice Example/ }).click();
  await owner.page.getByRole("button", { name: "Apply filters" }).click();
  await expect(owner.page).toHaveURL(/[?&]actor=/);
  await expect(user).toHaveValue(`Alice Example (${alice}, former member)`);
  await expect(owner.page.getByRole("table", { name: "Audit events" }).getByRole("row")).toHaveCount(2); // header + her joining
  await expect(owner.page.getByRole("table", { name: "Audit events" })).toContainText("Invitation accepted");
});

test("an invite opened by the wrong account explains and offers to switch", async ({ browser }) => {
  const owner = await newOwnerWithTeam(browser, "wrong");
  const invited = uniqueEmail("carol").toLowerCase();
  await invite(owner.page, owner.slug, invited, "Viewer");
  await expect(owner.page.getByRole("status").filter({ hasText: "Invited 1 person" })).toBeVisible();

  const other = await (await browser.newContext()).newPage();
  await signIn(other, "viewer@acme.test", "roster-demo-2026");
  const path = await linkFromOutbox(other, invited, "invite");
  await other.goto(path);
  await expect(other.getByRole("alert").filter({ hasText: `sent to ${invited}, but you are signed in as viewer@acme.test` })).toBeVisible();
  await expectAccessible(other);
  await other.getByRole("button", { name: "Sign out and switch account" }).click();
  await expect(other).toHaveURL(/\/sign-in\?callbackUrl=%2Finvite%2F/);
});

test("a cancelled invitation shows a clear page", async ({ browser }) => {
  const owner = await newOwnerWithTeam(browser, "cancel");
  const dave = uniqueEmail("dave").toLowerCase();
  await invite(owner.page, owner.slug, dave, "Viewer");
  await expect(owner.page.getByRole("status").filter({ hasText: "Invited 1 person" })).toBeVisible();
  await owner.page.keyboard.press("Escape");
  const path = await linkFromOutbox(owner.page, dave, "invite");
  await owner.page.goto(`/t/${owner.slug}/members`);
  await owner.page.getByTestId("member-row").filter({ hasText: dave }).getByRole("button", { name: /Actions for/ }).click();
  await owner.page.getByRole("menuitem", { name: "Cancel invite" }).click();
  await expect(owner.page.getByTestId("member-row").filter({ hasText: dave })).toHaveCount(0);
  await owner.page.goto(path);
  await expect(owner.page.getByRole("alert").filter({ hasText: "This invitation was cancelled" })).toBeVisible();
});

test("a resent invitation's old link says it was replaced by a newer email", async ({ browser }) => {
  const owner = await newOwnerWithTeam(browser, "resend");
  const erin = uniqueEmail("erin").toLowerCase();
  await invite(owner.page, owner.slug, erin, "Viewer");
  await expect(owner.page.getByRole("status").filter({ hasText: "Invited 1 person" })).toBeVisible();
  await owner.page.keyboard.press("Escape");
  const oldPath = await linkFromOutbox(owner.page, erin, "invite");
  // Past the resend cooldown.
  const client = new pg.Client({ connectionString: E2E_DATABASE_URL });
  await client.connect();
  await client.query(`UPDATE "Invitation" SET "lastSentAt" = now() - interval '2 minutes' WHERE email = $1`, [erin]);
  await client.end();
  await owner.page.goto(`/t/${owner.slug}/members`);
  await owner.page.getByTestId("member-row").filter({ hasText: erin }).getByRole("button", { name: /Actions for/ }).click();
  await owner.page.getByRole("menuitem", { name: "Resend email" }).click();
  await expect(owner.page.getByText(`Invitation sent again to ${erin}.`)).toBeVisible();

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(oldPath);
  await expect(visitor.getByRole("heading", { name: "Invitation replaced" })).toBeVisible();
  await expect(visitor.getByRole("alert").filter({ hasText: `This invitation was replaced by a newer email to ${erin}. Open the link in the latest invitation email.` })).toBeVisible();
  await expectAccessible(visitor);
  const newPath = await linkFromOutbox(visitor, erin, "invite");
  expect(newPath).not.toBe(oldPath);
  await visitor.goto(newPath);
  await expect(visitor.getByRole("heading", { name: /^Join / })).toBeVisible();
});

test("an invitation whose sender left shows as withdrawn until it is resent", async ({ browser }) => {
  const owner = await newOwnerWithTeam(browser, "withdrawn");
  const zoe = uniqueEmail("zoe").toLowerCase();
  await invite(owner.page, owner.slug, zoe, "Developer");
  await expect(owner.page.getByRole("status").filter({ hasText: "Invited 1 person" })).toBeVisible();
  // As if it had been sent by someone who has since left the team (and past the resend cooldown).
  const client = new pg.Client({ connectionString: E2E_DATABASE_URL });
  await client.connect();
  // Once its email has gone (after the response): a waiting one would be held back, the sender having left.
  await expect.poll(async () => (await client.query(`SELECT count(*)::int AS n FROM "PendingNotice" WHERE "to" = $1`, [zoe])).rows[0].n).toBe(0);
  await client.query(
    `UPDATE "Invitation" SET "inviterId" = (SELECT id FROM "User" WHERE email = 'viewer@acme.test'), "lastSentAt" = now() - interval '2 minutes' WHERE email = $1`,
    [zoe],
  );
  await client.end();

  await owner.page.goto(`/t/${owner.slug}/members`);
  const row = owner.page.getByTestId("member-row").filter({ hasText: zoe });
  await expect(row.getByText("Withdrawn", { exact: true })).toBeVisible();
  await expect(row.getByText("Its sender can no longer invite with this role. Resend it to make it yours and revive it.")).toBeVisible();
  // As the mail queue leaves it when it holds back the waiting email of a withdrawn invitation: one message, not two.
  const again = new pg.Client({ connectionString: E2E_DATABASE_URL });
  await again.connect();
  await again.query(`UPDATE "Invitation" SET "mailError" = 'It was held back while its sender could not invite with this role' WHERE email = $1`, [zoe]);
  await again.end();
  await owner.page.reload();
  await expect(row.getByText("Its sender can no longer invite with this role, and its email was not sent. Resend it to make it yours and revive it.")).toBeVisible();
  await expect(row.getByTestId("invite-mail-error")).toHaveCount(0);
  await owner.page.getByLabel("Status").selectOption("withdrawn");
  await owner.page.getByRole("button", { name: "Apply" }).click();
  await expect(owner.page).toHaveURL(/status=withdrawn/);
  await expect(owner.page.getByTestId("member-row")).toHaveCount(1);
  await expectAccessible(owner.page);
  await owner.page.getByLabel("Status").selectOption("pending");
  await owner.page.getByRole("button", { name: "Apply" }).click();
  await expect(owner.page.getByText("No members match these filters.")).toBeVisible();

  await owner.page.goto(`/t/${owner.slug}/members`);
  await row.getByRole("button", { name: /Actions for/ }).click();
  await owner.page.getByRole("menuitem", { name: "Resend email" }).click();
  await expect(owner.page.getByText(`Invitation sent again to ${zoe}.`)).toBeVisible();
  await expect(row.getByText("Pending", { exact: true })).toBeVisible();
  await expect(row.getByText(/email was not sent/)).toHaveCount(0);
});

test("an invitation whose email could not be sent says why, for the Owner to resend it; a Viewer is told an admin can", async ({ browser }) => {
  const owner = await (await browser.newContext()).newPage();
  await signInAs(owner, "owner", "/t/acme/members");
  const [refused, delayed] = [uniqueEmail("refused").toLowerCase(), uniqueEmail("delayed").toLowerCase()];
  await invite(owner, "acme", `${refused}\n${delayed}`, "Developer");
  await expect(owner.getByRole("status").filter({ hasText: "Invited 2 people" })).toBeVisible();
  // As the mail queue leaves them when the provider refuses: one given up, one to be tried again (past the resend cooldown),
  // once it has sent them (after the response) and so will not touch them again.
  const client = new pg.Client({ connectionString: E2E_DATABASE_URL });
  await client.connect();
  const queued = async () => (await client.query(`SELECT count(*)::int AS n FROM "PendingNotice" WHERE "to" = ANY($1)`, [[refused, delayed]])).rows[0].n;
  await expect.poll(queued).toBe(0);
  const refusedState = `"mailError" = 'The mail provider refused it: Invalid \`to\` field.', "mailRetryAt" = NULL`;
  await client.query(`UPDATE "Invitation" SET ${refusedState}, "lastSentAt" = now() - interval '2 minutes' WHERE email = $1`, [refused]);
  await client.query(`UPDATE "Invitation" SET "mailError" = 'The mail provider refused it: Service unavailable', "mailRetryAt" = now() + interval '3 hours 30 minutes' WHERE email = $1`, [delayed]);
  await client.end();

  await owner.goto("/t/acme/members");
  await expect(owner.getByRole("status").filter({ hasText: "The emails of 2 invitations have not been sent." })).toBeVisible();
  await owner.getByRole("link", { name: "Show them" }).click();
  await expect(owner).toHaveURL(/status=unsent/);
  await expect(owner.getByLabel("Status")).toHaveValue("unsent");
  await expect(owner.getByTestId("member-row")).toHaveCount(2);
  const row = (email: string) => owner.getByTestId("member-row").filter({ hasText: email });
  await expect(row(refused).getByTestId("invite-mail-error")).toHaveText(
    "Email not sent. The mail provider refused it: Invalid `to` field. Resend it, or copy its new link and send that yourself.",
  );
  await expect(row(delayed).getByTestId("invite-mail-error")).toHaveText("Email not sent yet; next try in 3 hours. The mail provider refused it: Service unavailable.");
  await expectAccessible(owner);

  const viewer = await (await browser.newContext()).newPage();
  await signInAs(viewer, "viewer", `/t/acme/members?q=${encodeURIComponent(refused)}`);
  await expect(viewer.getByTestId("invite-mail-error")).toHaveText("Email not sent. The mail provider refused it: Invalid `to` field. An admin can resend it.");
  await expect(viewer.getByText(/have not been sent/)).toHaveCount(0);
  await viewer.goto("/t/acme");
  await expect(viewer.getByTestId("seats")).toBeVisible();
  await expect(viewer.getByText(/whose email was not sent/)).toHaveCount(0);

  // The Owner's overview counts them too, and leads to the same list.
  await owner.goto("/t/acme");
  await owner.getByRole("link", { name: "2 invitations whose email was not sent" }).click();
  await expect(owner).toHaveURL(/status=unsent/);
  await expect(owner.getByTestId("member-row")).toHaveCount(2);

  await row(refused).getByRole("button", { name: /Actions for/ }).click();
  await owner.getByRole("menuitem", { name: "Resend email" }).click();
  await expect(owner.getByText(`Invitation sent again to ${refused}.`)).toBeVisible();
  await expect(row(refused)).toHaveCount(0); // its email went: it left the list of unsent ones, and the message stays above it
  await owner.goto(`/t/acme/members?q=${encodeURIComponent(refused)}`);
  await expect(row(refused).getByText("Pending", { exact: true })).toBeVisible();
  await expect(row(refused).getByTestId("invite-mail-error")).toHaveCount(0);
  await expectMailTo(owner, refused, "invited you");

  await owner.goto("/t/acme/members"); // leaves the demo team as it was
  for (const email of [refused, delayed]) {
    await row(email).getByRole("button", { name: /Actions for/ }).click();
    await owner.getByRole("menuitem", { name: "Cancel invite" }).click();
    await expect(row(email)).toHaveCount(0);
    await expect(owner.getByRole("status").filter({ hasText: `Invitation to ${email} cancelled.` })).toBeVisible();
  }
});

type Owner = Awaited<ReturnType<typeof newOwnerWithTeam>>;

/** An invited Admin signs up and joins; the Owner starts a transfer to them and confirms it by email. Returns the recipient. */
async function confirmedTransferToNewAdmin(browser: Browser, owner: Owner, label: string, name: string) {
  const heir = uniqueEmail(label).toLowerCase();
  await invite(owner.page, owner.slug, heir, "Admin");
  await expect(owner.page.getByRole("status").filter({ hasText: "Invited 1 person" })).toBeVisible();
  const heirPage = await (await browser.newContext()).newPage();
  await heirPage.goto(await linkFromOutbox(heirPage, heir, "invite"));
  await heirPage.getByRole("link", { name: "Create an account" }).click();
  await heirPage.getByLabel("Name").fill(name);
  await heirPage.getByLabel("Password").fill(PASSWORD);
  await heirPage.getByRole("button", { name: "Create account" }).click();
  await heirPage.getByRole("button", { name: /^Join / }).click();
  await expect(heirPage.getByTestId("whoami")).toContainText("Admin");

  await owner.page.goto(`/t/${owner.slug}/members`);
  await owner.page.getByTestId("member-row").filter({ hasText: heir }).getByRole("button", { name: /Actions for/ }).click();
  await owner.page.getByRole("menuitem", { name: "Transfer ownership" }).click();
  await owner.page.getByRole("button", { name: "Start transfer" }).click();
  await expect(owner.page.getByText("Check your email to confirm the transfer.")).toBeVisible();

  await owner.page.goto(await linkFromOutbox(owner.page, owner.email, "transfer"));
  await expectAccessible(owner.page);
  await owner.page.getByRole("button", { name: "Confirm transfer" }).click();
  await expect(owner.page.getByText(/The new Owner has been emailed/)).toBeVisible();
  return { heir, heirPage };
}

test("ownership transfer: owner confirms by email, the new owner accepts, roles switch", async ({ browser }) => {
  const owner = await newOwnerWithTeam(browser, "xfer");
  const { heir, heirPage } = await confirmedTransferToNewAdmin(browser, owner, "heir", "Hugo Heir");
  await owner.page.goto(`/t/${owner.slug}`);
  await expect(owner.page.getByTestId("whoami")).toContainText("Owner");

  await heirPage.goto(await linkFromOutbox(heirPage, heir, "transfer"));
  await heirPage.getByRole("button", { name: "Accept ownership" }).click();
  await expect(heirPage).toHaveURL(new RegExp(`/t/${owner.slug}/members$`));
  await expect(heirPage.getByTestId("whoami")).toContainText("Owner");
  await owner.page.reload();
  await expect(owner.page.getByTestId("whoami")).toContainText("Admin");
});

test("a recipient without 2FA in a team that requires it can decline an ownership transfer, not accept it", async ({ browser }) => {
  const owner = await newOwnerWithTeam(browser, "decl");
  const { heir, heirPage } = await confirmedTransferToNewAdmin(browser, owner, "decliner", "Dora Decline");
  const client = new pg.Client({ connectionString: E2E_DATABASE_URL });
  await client.connect();
  await client.query(`UPDATE "Team" SET "require2fa" = true WHERE slug = $1`, [owner.slug]);
  await client.end();

  const link = await linkFromOutbox(heirPage, heir, "transfer");
  await heirPage.goto(link);
  await expect(heirPage.getByText("This team requires two-factor sign-in. Turn it on for your account to accept, or decline now.")).toBeVisible();
  await expect(heirPage.getByRole("link", { name: "Set up two-factor sign-in" })).toBeVisible();
  await expect(heirPage.getByRole("button", { name: "Accept ownership" })).toHaveCount(0);
  await expectAccessible(heirPage);
  await heirPage.getByRole("button", { name: "Decline" }).click();
  await expect(heirPage.getByRole("status").filter({ hasText: "Declined. Nothing has changed: the team keeps its Owner." })).toBeVisible();
  await heirPage.reload();
  await expect(heirPage.getByRole("status").filter({ hasText: "Declined. Nothing has changed: the team keeps its Owner." })).toBeVisible();
  await expect(heirPage.getByRole("button", { name: "Decline" })).toHaveCount(0);
});

test("a Viewer sees the members table without management controls", async ({ page }) => {
  await signIn(page, "viewer@acme.test", "roster-demo-2026", "/t/acme/members");
  await expect(page.getByTestId("member-row").first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Invite members" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Actions for/ })).toHaveCount(0);
  await expect(page.getByRole("columnheader", { name: "Sign-in method" })).toHaveCount(0);
  // Only their own name leads to an activity page: they cannot read the audit log.
  await page.goto("/t/acme/members?q=acme.test");
  await expect(page.getByTestId("member-row").filter({ hasText: "owner@acme.test" })).toBeVisible();
  const names = page.getByTestId("member-row").getByRole("link");
  await expect(names).toHaveCount(1);
  await expect(names).toHaveText("Victor Viewer");

  // The export holds what the list shows, without the sign-in columns a Viewer may not see.
  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^members-acme-\d{4}-\d{2}-\d{2}\.csv$/);
  const [header, ...rows] = readFileSync(await download.path(), "utf8").trim().split("\n");
  expect(header).toBe("Name,Email,Role,Status,Joined or invited (UTC),Invitation expires (UTC),Access ends (UTC)");
  expect(rows.every((row) => row.includes("acme.test"))).toBe(true);
  expect(rows.some((row) => row.startsWith("Olivia Owner,owner@acme.test,Owner,Joined,"))).toBe(true);

  await names.click();
  await expect(page.getByRole("heading", { name: "Your activity" })).toBeVisible();
  await expectAccessible(page);
});

test("a custom role without members.read has no Members section, list or export, and can still leave", async ({ browser }) => {
  const owner = await newOwnerWithTeam(browser, "podsonly");
  const client = new pg.Client({ connectionString: E2E_DATABASE_URL });
  await client.connect();
  const roleId = `e2e-role-${Date.now()}`;
  await client.query(`INSERT INTO "CustomRole" (id, "teamId", name, permissions, "updatedAt") SELECT $1, id, 'Pods only', $2, now() FROM "Team" WHERE slug = $3`, [roleId, ["resources.own"], owner.slug]);
  await client.query(`UPDATE "Membership" SET role = 'custom', "customRoleId" = $1 WHERE "teamId" = (SELECT id FROM "Team" WHERE slug = $2)`, [roleId, owner.slug]);
  await client.end();

  await owner.page.goto(`/t/${owner.slug}`);
  await expect(owner.page.getByTestId("whoami")).toContainText("Pods only");
  await expect(owner.page.getByRole("navigation", { name: "Team" }).getByRole("link", { name: "Members" })).toHaveCount(0);
  await owner.page.goto(`/t/${owner.slug}/members`);
  await expect(owner.page.getByRole("heading", { name: "You don't have access to this page" })).toBeVisible();
  await expect(owner.page.getByTestId("member-row")).toHaveCount(0);
  await expectAccessible(owner.page);
  const exported = await owner.page.request.get(`/t/${owner.slug}/members/export`);
  expect(exported.status()).toBe(403);

  // Leaving needs no permission: Settings offers it to every member.
  await owner.page.goto(`/t/${owner.slug}/settings`);
  await owner.page.getByRole("region", { name: "Leave this team" }).getByRole("button", { name: "Leave team" }).click();
  await expectAccessible(owner.page);
  await owner.page.getByRole("dialog").getByRole("button", { name: "Leave team" }).click();
  await expect(owner.page).toHaveURL(/\/teams\/new$/);
});

test("a row's menu near the bottom of the window opens upwards, in full view, and its dialog reads left to right", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 500 });
  await signInAs(page, "owner", "/t/acme/members");
  const trigger = page.getByRole("button", { name: "Actions for Adam Admin (admin@acme.test)" });
  await trigger.evaluate((el) => el.scrollIntoView({ block: "end" }));
  await trigger.click();
  const menu = (await page.getByRole("menu", { name: "Actions for Adam Admin (admin@acme.test)" }).boundingBox())!;
  expect(menu.y + menu.height).toBeLessThanOrEqual((await trigger.boundingBox())!.y);
  expect(menu.y).toBeGreaterThanOrEqual(0);
  await page.getByRole("menuitem", { name: "Change role" }).click();
  const dialog = page.getByRole("dialog", { name: "Change role" });
  await expect(dialog.getByText(/is Admin now/)).toHaveCSS("text-align", "left"); // not the table cell's right alignment
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
});
