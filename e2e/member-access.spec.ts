import { readFileSync } from "node:fs";
import { expect, test } from "./support/test";
import pg from "pg";
import { E2E_DATABASE_URL, endAccessOf } from "./support/database";
import { expectMailTo, linkFromOutbox } from "./support/outbox";
import { confirmAddress, expectAccessible, invite, inviteAndJoin, newOwnerWithTeam, PASSWORD, signUp, uniqueEmail } from "./support/session";

test("a link limited to a domain asks a new member to confirm their address first, then admits them", async ({ browser }) => {
  const owner = await newOwnerWithTeam(browser, "domain");
  await owner.page.goto(`/t/${owner.slug}/members`);
  await owner.page.getByRole("button", { name: "Create invite link" }).click();
  await owner.page.getByLabel("Allowed email domains").fill("example.com");
  await owner.page.getByRole("button", { name: "Create link" }).click();
  const link = new URL(await owner.page.getByLabel("Team invite link").inputValue()).pathname;

  const joiner = await (await browser.newContext()).newPage();
  await joiner.goto(link);
  await expect(joiner.getByText("This link admits confirmed addresses at example.com only.")).toBeVisible();
  await expectAccessible(joiner);
  const email = uniqueEmail("claim").toLowerCase().replace(/@.*/, "@example.com");
  await joiner.getByRole("link", { name: "Create an account" }).click();
  await joiner.getByLabel("Name").fill("Cleo Claim");
  await joiner.getByLabel("Email").fill(email);
  await joiner.getByLabel("Password").fill("correct-horse-battery");
  await joiner.getByRole("button", { name: "Create account" }).click();
  await expect(joiner).toHaveURL(new RegExp(`${link}$`));
  await expect(joiner.getByRole("button", { name: /^Join / })).toHaveCount(0);
  await joiner.getByRole("button", { name: "Email me a confirmation link" }).click();
  await expect(joiner.getByText(`We sent a link to ${email}.`)).toBeVisible();
  await expectAccessible(joiner);

  await joiner.goto(await linkFromOutbox(joiner, email, "confirm-email"));
  await expect(joiner).toHaveURL(new RegExp(`${link}$`));
  await joiner.getByRole("button", { name: "Join domain team" }).click();
  await expect(joiner).toHaveURL(new RegExp(`/t/${owner.slug}$`));
});

test("the team's only Owner is told why they cannot leave instead of being offered a Leave button that would refuse", async ({ browser }) => {
  const owner = await newOwnerWithTeam(browser, "solo");
  await owner.page.goto(`/t/${owner.slug}/members`);
  await owner.page.getByRole("button", { name: "Leave team" }).click();
  const dialog = owner.page.getByRole("dialog");
  await expect(dialog).toContainText("You are its only Owner");
  await expect(dialog.getByRole("button", { name: "Leave team" })).toHaveCount(0);
  await expectAccessible(owner.page);
  await dialog.getByRole("button", { name: "Got it" }).click();
  await expect(dialog).toBeHidden();
});

test("/ opens the team last worked in while the user still belongs to it, else the first team", async ({ browser }) => {
  const owner = await newOwnerWithTeam(browser, "last");
  const member = uniqueEmail("roamer").toLowerCase();
  await invite(owner.page, owner.slug, member, "Developer");
  await expect(owner.page.getByRole("status").filter({ hasText: "Invited 1 person" })).toBeVisible();
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(await linkFromOutbox(page, member, "invite"));
  await page.getByRole("link", { name: "Create an account" }).click();
  await page.getByLabel("Name").fill("Rory Roamer");
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.getByRole("button", { name: /^Join / }).click();
  await expect(page).toHaveURL(new RegExp(`/t/${owner.slug}`));
  // A team of their own whose name sorts first ("Aaa…" before "last team").
  const own = `aaa-${Date.now()}`;
  await page.goto("/teams/new");
  await page.getByLabel("Team name").fill("Aaa own team");
  await page.getByLabel("Team URL").fill(own);
  await page.getByRole("button", { name: "Create team" }).click();
  await expect(page).toHaveURL(new RegExp(`/t/${own}$`));

  await page.goto(`/t/${owner.slug}/members`);
  // The router fetching another team's page ahead (a link in view) is not working in that team.
  await page.waitForLoadState("networkidle"); // after this page's own prefetches
  expect((await context.request.get(`/t/${own}`, { headers: { rsc: "1", "next-router-prefetch": "1" } })).ok()).toBe(true);
  await page.goto("/");
  await expect(page).toHaveURL(new RegExp(`/t/${owner.slug}$`));
  await expectAccessible(page);
  const cookie = (await context.cookies()).find((c) => c.name === "roster-last-team");
  expect(cookie).toMatchObject({ value: owner.slug, sameSite: "Lax", path: "/" });

  // Switching teams in the header, a client-side navigation, counts as well.
  await page.getByRole("banner").getByRole("button", { name: /^Switch team\. Current team:/ }).click();
  await page.getByRole("menuitem", { name: /Aaa own team/ }).click();
  await expect(page).toHaveURL(new RegExp(`/t/${own}$`));
  await page.waitForLoadState("networkidle");
  await page.goto("/");
  await expect(page).toHaveURL(new RegExp(`/t/${own}$`));
  await page.goto(`/t/${owner.slug}/members`);
  await page.waitForLoadState("networkidle");

  const client = new pg.Client({ connectionString: E2E_DATABASE_URL });
  await client.connect();
  await client.query(`DELETE FROM "Membership" WHERE "teamId" = (SELECT id FROM "Team" WHERE slug = $1) AND "userId" = (SELECT id FROM "User" WHERE email = $2)`, [owner.slug, member]);
  await client.end();
  await page.goto("/");
  await expect(page).toHaveURL(new RegExp(`/t/${own}$`));
  await context.close();
});

test("someone invited by email sees the invitation once their address is confirmed, and declines or joins it without the link", async ({ browser }) => {
  const owner = await newOwnerWithTeam(browser, "welcome");
  const email = uniqueEmail("invitee").toLowerCase();
  await invite(owner.page, owner.slug, email, "Viewer");
  await expect(owner.page.getByRole("status").filter({ hasText: "Invited 1 person" })).toBeVisible();

  const invitee = await (await browser.newContext()).newPage();
  await signUp(invitee, "Ivy Invitee", email);
  await expect(invitee).toHaveURL(/\/teams\/new$/);
  // Anyone can sign up with any address: until it is confirmed, nothing about the invitation shows.
  await expect(invitee.getByRole("heading", { name: "Invitations for you" })).toHaveCount(0);
  await invitee.goto("/account");
  await expect(invitee.getByRole("heading", { name: "Invitations for you" })).toHaveCount(0);
  await confirmAddress(invitee, email);
  await expect(invitee.getByRole("heading", { name: "Confirm your email address" })).toHaveCount(0);

  const offer = invitee.getByRole("listitem", { name: "Invitation to welcome team" });
  await expect(offer).toContainText("welcome Owner invited you to join welcome team as Viewer.");
  await expectAccessible(invitee);
  await offer.getByRole("button", { name: "Decline" }).click();
  await expect(offer).toHaveCount(0);
  await expect(invitee.getByRole("status").filter({ hasText: "You declined the invitation to welcome team." })).toBeFocused();
  await owner.page.goto(`/t/${owner.slug}/audit`);
  await expect(owner.page.getByTestId("audit-row").first()).toContainText("Invitation declined");
  await expectMailTo(owner.page, owner.email, `${email} declined your invitation to welcome team`);
  await owner.page.goto(`/t/${owner.slug}/members?status=pending`);
  await expect(owner.page.getByText(email)).toHaveCount(0);

  // Invited again, they join from the page a user without a team lands on.
  await invite(owner.page, owner.slug, email, "Viewer");
  await expect(owner.page.getByRole("status").filter({ hasText: "Invited 1 person" })).toBeVisible();
  await invitee.goto("/teams/new");
  await expectAccessible(invitee);
  await invitee.getByRole("listitem", { name: "Invitation to welcome team" }).getByRole("button", { name: "Join welcome team" }).click();
  await expect(invitee).toHaveURL(new RegExp(`/t/${owner.slug}$`));
  await expect(invitee.getByTestId("whoami")).toContainText("Viewer");
});

test("an Owner sees when each member last used the team and finds those inactive for 90 days; an Admin does not", async ({ browser }) => {
  const owner = await newOwnerWithTeam(browser, "dormant");
  const [dan, ada] = [uniqueEmail("dan").toLowerCase(), uniqueEmail("ada").toLowerCase()];
  const danPage = await inviteAndJoin(browser, owner, "Dormant Dan", dan, "Developer");
  const adaPage = await inviteAndJoin(browser, owner, "Admin Ada", ada, "Admin");
  const client = new pg.Client({ connectionString: E2E_DATABASE_URL });
  await client.connect();
  await client.query(
    `UPDATE "Membership" SET "lastActiveAt" = now() - interval '120 days' WHERE "userId" = (SELECT id FROM "User" WHERE email = $1)`,
    [dan],
  );
  await client.end();

  const { page } = owner;
  await page.goto(`/t/${owner.slug}`);
  await page.getByRole("link", { name: "1 member inactive for 90+ days" }).click();
  await expect(page).toHaveURL(new RegExp(`/t/${owner.slug}/members\\?status=inactive$`));
  await expect(page.getByLabel("Status")).toHaveValue("inactive");
  const rows = page.getByTestId("member-row");
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText("Dormant Dan");
  await expect(rows.locator("time")).toHaveText("120 days ago");
  await expectAccessible(page);
  await rows.getByRole("link", { name: "Dormant Dan" }).click();
  await expect(page.getByText(/· last used the team 120 days ago$/)).toBeVisible();

  // Sorting: least recently used first, then by name; the sorted column says so.
  await page.goto(`/t/${owner.slug}/members`);
  const filters = page.getByRole("search", { name: "Filter members" });
  await filters.getByLabel("Sort").selectOption("Least recently active");
  await filters.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/[?&]sort=idle(&|$)/);
  await expect(rows.first()).toContainText("Dormant Dan");
  await expect(page.getByRole("columnheader", { name: /Last active/ })).toHaveAttribute("aria-sort", "ascending");
  await expect(page.getByRole("columnheader", { name: /Joined/ })).not.toHaveAttribute("aria-sort");
  await filters.getByLabel("Sort").selectOption("Name (A–Z)");
  await filters.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/[?&]sort=name(&|$)/);
  await expect(rows.locator("td:nth-child(2) > div:first-child")).toHaveText(["Admin Ada", "Dormant Dan", "dormant Owner"]);
  await expect(page.getByRole("columnheader", { name: /Name/ })).toHaveAttribute("aria-sort", "ascending");
  await expectAccessible(page);
  // The export follows the page's order.
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const csv = readFileSync(await (await download).path(), "utf8").trimEnd().split("\n").slice(1);
  expect(csv.map((line) => line.split(",")[0])).toEqual(["Admin Ada", "Dormant Dan", "dormant Owner"]);

  // Their next visit to the team is recorded: they are no longer inactive.
  await danPage.goto(`/t/${owner.slug}/resources/pods`);
  await expect(danPage.getByRole("heading", { name: "Pods" })).toBeVisible();
  await page.goto(`/t/${owner.slug}/members?status=inactive`);
  await expect(page.getByText("No members match these filters.")).toBeVisible();
  await page.goto(`/t/${owner.slug}/members`);
  await expect(page.getByRole("columnheader", { name: "Last active" })).toBeVisible();
  await expect(rows.filter({ hasText: "Dormant Dan" }).locator("time")).toHaveText("Now");

  // Admins see no activity: no column, no such filter, and the filter in a URL is ignored.
  await adaPage.goto(`/t/${owner.slug}/members?status=inactive`);
  await expect(adaPage.getByTestId("member-row")).toHaveCount(3);
  await expect(adaPage.getByRole("columnheader", { name: "Last active" })).toHaveCount(0);
  await expect(adaPage.getByLabel("Status").locator("option[value=inactive]")).toHaveCount(0);
  await adaPage.goto(`/t/${owner.slug}/members?sort=idle`);
  await expect(adaPage.getByLabel("Sort")).toHaveValue("newest");
  await expect(adaPage.getByLabel("Sort").locator("option[value=idle]")).toHaveCount(0);
  await expect(adaPage.getByTestId("member-row").first()).toContainText("Admin Ada");
  await adaPage.goto(`/t/${owner.slug}`);
  await expect(adaPage.getByText(/inactive for 90\+ days/)).toHaveCount(0);
});

test("a member of a team who is invited to another sees it waiting in the team switcher and answers it on the account page", async ({ browser }) => {
  const [host, guest] = [await newOwnerWithTeam(browser, "host"), await newOwnerWithTeam(browser, "guest")];
  await confirmAddress(guest.page, guest.email);
  await invite(host.page, host.slug, guest.email, "Developer");
  await expect(host.page.getByRole("status").filter({ hasText: "Invited 1 person" })).toBeVisible();

  const { page } = guest;
  await page.goto(`/t/${guest.slug}`);
  const switcher = page.getByRole("button", { name: /Current team: guest team\s*1\s*invitation waiting/ });
  await switcher.click();
  await expectAccessible(page);
  await page.getByRole("menuitem", { name: /Invitations for you/ }).click();
  await expect(page).toHaveURL(/\/account#invitations-heading$/);
  await page.getByRole("listitem", { name: "Invitation to host team" }).getByRole("button", { name: "Join host team" }).click();
  await expect(page).toHaveURL(new RegExp(`/t/${host.slug}$`));
  await expect(page.getByRole("button", { name: /Current team: host team$/ })).toBeVisible();
});

test("an Owner lists an invite link for their own domain; a colleague who confirms an address there finds the team and joins it", async ({ browser }) => {
  const domain = `${uniqueEmail("org").split("@")[0].toLowerCase()}.test`;
  const { page, email: ownerEmail, slug } = await newOwnerWithTeam(browser, "listing", `lena@${domain}`);

  const createListed = async (domains: string) => {
    await page.goto(`/t/${slug}/members`);
    await page.getByRole("button", { name: "Create invite link" }).click();
    await page.getByLabel("Role", { exact: true }).selectOption({ label: "Viewer" });
    await page.getByLabel("Allowed email domains").fill(domains);
    await page.getByLabel("List it for these domains").check();
    await page.getByRole("button", { name: "Create link" }).click();
  };
  const listedBox = page.getByLabel("List it for these domains");
  await createListed("gmail.com");
  await expect(listedBox).toHaveAccessibleDescription(/Anyone can get an address at gmail.com/);
  await createListed(domain);
  await expect(listedBox).toHaveAccessibleDescription("Confirm your own address first");
  await expectAccessible(page);

  await confirmAddress(page, ownerEmail);
  await createListed(domain);
  await expect(page.getByLabel("Team invite link")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByText("Listed for people at this domain")).toBeVisible();

  const colleague = await (await browser.newContext()).newPage();
  const colleagueEmail = `cole@${domain}`;
  await signUp(colleague, "Cole Colleague", colleagueEmail);
  await expect(colleague).toHaveURL(/\/teams\/new$/);
  await expect(colleague.getByRole("heading", { name: `Teams at ${domain}` })).toHaveCount(0);
  await confirmAddress(colleague, colleagueEmail);
  const offer = colleague.getByRole("listitem", { name: "listing team" });
  await expect(offer).toContainText(`Anyone at ${domain} can join listing team as Viewer.`);
  await expectAccessible(colleague);
  await offer.getByRole("button", { name: "Join listing team" }).click();
  await expect(colleague).toHaveURL(new RegExp(`/t/${slug}$`));
  await expect(colleague.getByTestId("whoami")).toContainText("Viewer");

  // Unlisted, the link stops being shown to the domain and keeps working for whoever has it.
  await page.goto(`/t/${slug}/members`);
  await page.getByRole("button", { name: "Unlist" }).click();
  await expect(page.getByText("Listed for people at this domain")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Revoke" })).toBeVisible();
  // And listed again, as it was.
  await page.getByRole("button", { name: "List", exact: true }).click();
  await expect(page.getByText("Listed for people at this domain")).toBeVisible();
});

test("an Owner gives a member temporary access; it warns them, ends, and an extension restores it", async ({ browser }) => {
  const owner = await newOwnerWithTeam(browser, "temp");
  const tess = uniqueEmail("tess").toLowerCase();
  const tessPage = await inviteAndJoin(browser, owner, "Temp Tess", tess, "Developer");
  const utcDay = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const dayText = (offset: number) => new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" }).format(new Date(`${utcDay(offset)}T00:00:00Z`));

  const { page } = owner;
  await page.goto(`/t/${owner.slug}/members`);
  const row = page.getByTestId("member-row").filter({ hasText: "Temp Tess" });
  await row.getByRole("button", { name: /^Actions for Temp Tess/ }).click();
  await page.getByRole("menuitem", { name: "Set access end date" }).click();
  const field = page.getByLabel("Last day of access");
  await field.fill(utcDay(-1));
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Pick today or a later date")).toBeVisible();
  await expectAccessible(page);
  await field.fill(utcDay(3));
  await page.getByRole("button", { name: "Save" }).click();
  await expect(row.getByRole("status")).toHaveText(`Access until ${dayText(3)}.`);
  await expect(row).toContainText(`Access until ${dayText(3)} · 4 days left`); // today counts

  // The member is reminded on every page in the last week, and sees no such control themselves.
  await tessPage.goto(`/t/${owner.slug}/members`);
  await expect(tessPage.getByRole("status").filter({ hasText: `lasts until ${dayText(3)} (UTC): 4 days left.` })).toBeVisible();
  await expect(tessPage.getByRole("button", { name: /^Actions for/ })).toHaveCount(0);
  await expectAccessible(tessPage);

  // The last day passes.
  await endAccessOf(tess);

  await tessPage.goto(`/t/${owner.slug}/resources/pods`);
  await expect(tessPage).toHaveURL(new RegExp(`/access-ended/${owner.slug}$`));
  await expect(tessPage.getByRole("heading", { name: "Your access to temp team has ended" })).toBeVisible();
  await expect(tessPage.getByText("ask its Owner (temp Owner) or an Admin to extend it")).toBeVisible();
  await expectAccessible(tessPage);

  // Inviting her again is not the way back: her row is.
  await invite(page, owner.slug, tess, "Viewer");
  await expect(page.getByText("A member whose access has ended; change their access end date instead")).toBeVisible();

  await page.goto(`/t/${owner.slug}/members`);
  await page.getByLabel("Status").selectOption("temporary");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByTestId("member-row")).toHaveCount(1);
  await expect(row).toContainText("Ended");
  await expect(row).toContainText(/Access ended \d{1,2} \w{3} \d{4}/);
  await row.getByRole("button", { name: /^Actions for Temp Tess/ }).click();
  await page.getByRole("menuitem", { name: "Change access end date" }).click();
  await page.getByRole("button", { name: "Remove end date" }).click();
  await expect(page.getByText("No members match these filters.")).toBeVisible(); // no longer temporary

  await tessPage.goto(`/t/${owner.slug}`);
  await expect(tessPage.getByTestId("whoami")).toContainText("Developer");
  await expect(tessPage.getByText(/lasts until/)).toHaveCount(0);
});


test("an invitation can offer temporary access: the pending row, the invite page and the member who joins all show its last day", async ({ browser }) => {
  const owner = await newOwnerWithTeam(browser, "tempinv");
  const guest = uniqueEmail("guest").toLowerCase();
  const lastDay = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
  const until = `until ${new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" }).format(new Date(`${lastDay}T00:00:00Z`))}`;

  const { page } = owner;
  await page.goto(`/t/${owner.slug}/members`);
  await page.getByRole("button", { name: "Invite members" }).click();
  await page.getByLabel("Email addresses").fill(guest);
  await page.getByLabel("Last day of access (optional)").fill(lastDay);
  await page.getByRole("button", { name: "Send invitations" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Invited 1 person" })).toBeVisible();
  const link = await page.getByLabel(`Invite link for ${guest}`).inputValue();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Close", exact: true }).first().click();
  await expect(page.getByTestId("member-row").filter({ hasText: guest })).toContainText(`Access ${until}`);

  const guestPage = await (await browser.newContext()).newPage();
  await signUp(guestPage, "Guest Gia", guest);
  await expect(guestPage).toHaveURL(/\/teams\/new$/);
  await guestPage.goto(link);
  await expect(guestPage.getByText(`The access it gives is temporary: it lasts ${until} (UTC).`)).toBeVisible();
  await guestPage.getByRole("button", { name: /^Join / }).click();
  await expect(guestPage).toHaveURL(new RegExp(`/t/${owner.slug}$`));
  await expect(guestPage.getByText(`Your role: Developer, ${until} (UTC).`)).toBeVisible();

  // Once it has ended, the member may still leave the team, from the page that says so.
  await endAccessOf(guest);
  await guestPage.goto("/"); // it was her only team
  await expect(guestPage).toHaveURL(new RegExp(`/access-ended/${owner.slug}$`));
  await expect(guestPage.getByRole("link", { name: "Create a team of your own" })).toHaveAttribute("href", "/teams/new");
  await guestPage.getByRole("button", { name: "Leave team" }).click();
  await expect(guestPage.getByRole("dialog")).toContainText("your API keys there are revoked");
  await expectAccessible(guestPage);
  await guestPage.getByRole("dialog").getByRole("button", { name: "Leave team" }).click();
  await expect(guestPage).toHaveURL(/\/teams\/new$/);
  await page.goto(`/t/${owner.slug}/members`);
  await expect(page.getByTestId("member-row").filter({ hasText: guest })).toHaveCount(0);
});
