import { expect, test } from "./support/test";
import { expectAccessible, invite, newOwnerWithTeam, signInAs, signUp, uniqueEmail } from "./support/session";

// Changing, removing and cancelling several at once; a file of its own so the two workers share the members journeys.
test("an Owner changes the role and access end date of several members at once, removes several and cancels several invitations; a stale selection changes nothing", async ({ browser }) => {
  const owner = await newOwnerWithTeam(browser, "bulk");
  const names = ["Ann", "Ben", "Cy"];
  const emails = names.map((name) => uniqueEmail(name.toLowerCase()).toLowerCase());
  const pending = [uniqueEmail("pending-a").toLowerCase(), uniqueEmail("pending-b").toLowerCase()];
  await invite(owner.page, owner.slug, [...emails, ...pending].join("\n"), "Developer");
  await expect(owner.page.getByRole("status").filter({ hasText: "Invited 5 people" })).toBeVisible();
  for (const [i, email] of emails.entries()) {
    const link = await owner.page.getByLabel(`Invite link for ${email}`).inputValue();
    const page = await (await browser.newContext()).newPage();
    await signUp(page, `Bulk ${names[i]}`, email);
    await expect(page).toHaveURL(/\/teams\/new$/);
    await page.goto(link);
    await page.getByRole("button", { name: /^Join / }).click();
    await expect(page).toHaveURL(new RegExp(`/t/${owner.slug}$`));
  }

  const { page } = owner;
  await page.goto(`/t/${owner.slug}/members`);
  const rowOf = (name: string) => page.getByTestId("member-row").filter({ hasText: `Bulk ${name}` });
  const selectAll = page.getByRole("checkbox", { name: "Select every row on this page" });
  await expect(page.getByRole("checkbox", { name: /^Select / })).toHaveCount(6);
  await expect(page.getByRole("checkbox", { name: /Select bulk Owner/ })).toHaveCount(0);
  await page.getByRole("checkbox", { name: `Select Bulk Ann (${emails[0]})` }).check();
  await page.getByRole("checkbox", { name: `Select Bulk Ben (${emails[1]})` }).check();
  const bar = page.getByRole("region", { name: "Selected rows" });
  await expect(bar).toContainText("2 members selected");
  await expect(selectAll).not.toBeChecked();
  await bar.getByLabel("Role").selectOption({ label: "Viewer" });
  await expectAccessible(page);
  await bar.getByRole("button", { name: "Change role" }).click();
  await expect(page.getByRole("status").filter({ hasText: "2 members now have the Viewer role." })).toBeVisible();
  await expect(rowOf("Ann")).toContainText("Viewer");
  await expect(rowOf("Ben")).toContainText("Viewer");
  await expect(rowOf("Cy")).toContainText("Developer");
  await expect(bar).toHaveCount(0);

  // Both get the same last day of access.
  const lastDay = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
  const until = `until ${new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" }).format(new Date(`${lastDay}T00:00:00Z`))}`;
  await page.getByRole("checkbox", { name: `Select Bulk Ann (${emails[0]})` }).check();
  await page.getByRole("checkbox", { name: `Select Bulk Ben (${emails[1]})` }).check();
  await bar.getByRole("button", { name: "Access end date…" }).click();
  const dating = page.getByRole("dialog", { name: "Access end date for 2 members" });
  await expect(dating.getByRole("list", { name: "Selected members" }).getByRole("listitem")).toHaveText([`Bulk Ann (${emails[0]})`, `Bulk Ben (${emails[1]})`]);
  await dating.getByLabel("Last day of access").fill(lastDay);
  await expectAccessible(page);
  await dating.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: `2 members: access ${until}.` })).toBeVisible();
  await expect(rowOf("Ann")).toContainText(`Access ${until}`);
  await expect(rowOf("Ben")).toContainText(`Access ${until}`);
  await expect(rowOf("Cy")).not.toContainText("Access until");

  // Cy is removed from another tab while this one still lists them.
  const other = await page.context().newPage();
  await other.goto(`/t/${owner.slug}/members`);
  await other.getByTestId("member-row").filter({ hasText: "Bulk Cy" }).getByRole("button", { name: /Actions for/ }).click();
  await other.getByRole("menuitem", { name: "Remove member" }).click();
  await other.getByRole("button", { name: "Remove member" }).click();
  await expect(other.getByTestId("member-row").filter({ hasText: "Bulk Cy" })).toHaveCount(0);

  await selectAll.check();
  await expect(bar).toContainText("3 members and 2 invitations selected");
  await expect(bar.getByRole("button", { name: "Change role of 3 members" })).toBeDisabled();
  await bar.getByRole("button", { name: "Remove 3 members…" }).click();
  const dialog = page.getByRole("dialog", { name: "Remove 3 members?" });
  // In the table's order: newest member first.
  await expect(dialog.getByRole("listitem")).toHaveText(emails.map((email, i) => `Bulk ${names[i]} (${email})`).reverse());
  await expectAccessible(page);
  await dialog.getByRole("button", { name: "Remove 3 members" }).click();
  await expect(dialog.getByRole("alert")).toHaveText("One of the selected members is no longer in this team. Reload and try again.");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await page.reload();
  await expect(rowOf("Ann")).toBeVisible();

  // A ticked member removed from their row's menu leaves the selection.
  await page.getByRole("checkbox", { name: `Select Bulk Ann (${emails[0]})` }).check();
  await expect(bar).toContainText("1 member selected");
  await rowOf("Ann").getByRole("button", { name: /Actions for/ }).click();
  await page.getByRole("menuitem", { name: "Remove member" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Remove member" }).click();
  await expect(rowOf("Ann")).toHaveCount(0);
  await expect(bar).toHaveCount(0);

  await page.getByRole("checkbox", { name: `Select the invitation to ${pending[0]}` }).check();
  await page.getByRole("checkbox", { name: `Select the invitation to ${pending[1]}` }).check();
  await expect(bar).toContainText("2 invitations selected");
  await expect(bar.getByRole("button", { name: /Remove|Change role/ })).toHaveCount(0);
  await bar.getByRole("button", { name: "Cancel 2 invitations" }).click();
  await expect(page.getByRole("status").filter({ hasText: "2 invitations cancelled." })).toBeVisible();
  await expect(page.getByTestId("member-row").filter({ hasText: pending[0] })).toHaveCount(0);

  await selectAll.check();
  await bar.getByRole("button", { name: "Remove…" }).click();
  await page.getByRole("dialog", { name: "Remove 1 member?" }).getByRole("button", { name: "Remove 1 member" }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 member removed." })).toBeVisible();
  await expect(page.getByTestId("member-row")).toHaveCount(1);
  await expect(selectAll).toBeDisabled();
});

test("an Admin cannot select the Owner or themselves and shift-clicks a range; a Viewer has no checkboxes", async ({ browser }) => {
  const admin = await (await browser.newContext()).newPage();
  await signInAs(admin, "admin", "/t/acme/members");
  await expect(admin.getByRole("checkbox", { name: "Select Dana Developer (developer@acme.test)" })).toBeVisible();
  await expect(admin.getByRole("checkbox", { name: /Select Olivia Owner/ })).toHaveCount(0);
  await expect(admin.getByRole("checkbox", { name: /Select Adam Admin/ })).toHaveCount(0);
  // Shift-click ticks, then clears, the rows in between.
  const box = (name: string) => admin.getByRole("checkbox", { name: new RegExp(`^Select ${name}`) });
  await box("Bill Billing").check();
  await box("Mo Modifier").click({ modifiers: ["Shift"] });
  for (const name of ["Bill Billing", "Victor Viewer", "Bea Basic", "Mo Modifier"]) await expect(box(name)).toBeChecked();
  for (const name of ["Bella Billing-Viewer", "Dana Developer"]) await expect(box(name)).not.toBeChecked();
  await expect(admin.getByRole("region", { name: "Selected rows" })).toContainText("4 members selected");
  await box("Victor Viewer").click({ modifiers: ["Shift"] });
  for (const name of ["Victor Viewer", "Bea Basic", "Mo Modifier"]) await expect(box(name)).not.toBeChecked();
  await expect(box("Bill Billing")).toBeChecked();

  const viewer = await (await browser.newContext()).newPage();
  await signInAs(viewer, "viewer", "/t/acme/members");
  await expect(viewer.getByTestId("member-row").first()).toBeVisible();
  await expect(viewer.getByRole("checkbox")).toHaveCount(0);
  await expect(viewer.getByRole("region", { name: "Selected rows" })).toHaveCount(0);
});

test("a bulk change's message appears with the refreshed rows, even when the refresh is slow", async ({ browser }) => {
  const { page, slug } = await newOwnerWithTeam(browser, "slowrefresh");
  const email = uniqueEmail("slow").toLowerCase();
  await invite(page, slug, email, "Developer");
  const link = await page.getByLabel(`Invite link for ${email}`).inputValue();
  const joiner = await (await browser.newContext()).newPage();
  await signUp(joiner, "Slow Joiner", email);
  await expect(joiner).toHaveURL(/\/teams\/new$/);
  await joiner.goto(link);
  await joiner.getByRole("button", { name: /^Join / }).click();
  await expect(joiner).toHaveURL(new RegExp(`/t/${slug}$`));

  await page.goto(`/t/${slug}/members`);
  await page.route(`**/t/${slug}/members*`, async (route) => {
    if (route.request().method() === "GET" && route.request().headers()["rsc"]) await new Promise((resolve) => setTimeout(resolve, 800));
    await route.continue();
  });
  await page.getByRole("checkbox", { name: `Select Slow Joiner (${email})` }).check();
  await page.getByRole("region", { name: "Selected rows" }).getByLabel("Role").selectOption({ label: "Viewer" });
  await page.getByRole("button", { name: "Change role" }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 member now has the Viewer role." })).toBeVisible();
  expect(await page.getByTestId("member-row").filter({ hasText: email }).getByRole("cell").nth(2).textContent()).toBe("Viewer");
});
