import { expect, test } from "./support/test";
import { expectAccessible, signInAs, signUp, uniqueEmail } from "./support/session";

test("every member can read the role matrix; only Owners and Admins manage custom roles", async ({ page }) => {
  await signInAs(page, "viewer", "/t/acme/settings/roles");
  await expect(page.getByRole("table", { name: "Permissions of each built-in role" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Create custom role" })).toHaveCount(0);
  await expectAccessible(page);
});

test("an Owner creates, edits and deletes a custom role, then deletes the team", async ({ page }) => {
  await signUp(page, "Rita Roles", uniqueEmail("roles"));
  const slug = `roles-${Date.now()}`;
  await page.getByLabel("Team name").fill("Roles Lab");
  await page.getByLabel("Team URL").fill(slug);
  await page.getByRole("button", { name: "Create team" }).click();
  await expect(page).toHaveURL(new RegExp(`/t/${slug}$`));

  await page.goto(`/t/${slug}/settings/roles`);
  await page.getByRole("button", { name: "Create custom role" }).click();
  await page.getByLabel("Role name").fill("Admin");
  await page.getByRole("button", { name: "Create role" }).click();
  await expect(page.getByText("That name belongs to a built-in role")).toBeVisible();
  await expect(page.getByText("Tick at least one permission")).toBeVisible();
  await page.getByLabel("Role name").fill("Support");
  await page.getByLabel("Remove members from the team").check();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Create role" }).click();
  const role = page.getByTestId("custom-role").filter({ hasText: "Support" });
  await expect(role).toContainText("See the member list · Remove members from the team");

  await page.getByRole("button", { name: "Edit Support" }).click();
  await expect(page.getByLabel("Remove members from the team")).toBeChecked();
  await expect(page.getByLabel("See the member list")).toBeChecked();
  await expect(page.getByLabel("Invite people and manage invite links")).not.toBeChecked();
  await page.getByLabel("Role name").fill("Support desk");
  await page.getByRole("button", { name: "Save role" }).click();
  await expect(page.getByTestId("custom-role").filter({ hasText: "Support desk" })).toBeVisible();
  await page.getByRole("button", { name: "Delete Support desk" }).click();
  await expect(page.getByTestId("custom-role")).toHaveCount(0);

  await page.goto(`/t/${slug}/settings`);
  const danger = page.getByRole("region", { name: "Delete team" });
  await expect(danger.getByRole("button", { name: "Delete this team" })).toBeDisabled();
  await danger.getByLabel("Type “Roles Lab” to confirm").fill("Roles Lab");
  await expectAccessible(page);
  await danger.getByRole("button", { name: "Delete this team" }).click();
  await expect(page).toHaveURL(/\/teams\/new$/);
  const response = await page.goto(`/t/${slug}`);
  expect(response?.status()).toBe(404);
});

test("a page the role does not reach answers 403 inside the team's navigation, pointing to the Roles page", async ({ page }) => {
  await signInAs(page, "viewer", "/t/acme/billing");
  await expect(page.getByRole("heading", { name: "You don't have access to this page" })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Team" });
  await expect(nav.getByRole("link", { name: "Members" })).toBeVisible();
  await expect(nav.locator("[aria-current=page]")).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole("link", { name: "the Roles page" }).click();
  await expect(page).toHaveURL(/\/t\/acme\/settings\/roles$/);
});
