import { expect, test } from "./support/test";
import { BUILT_IN_ROLE_KEYS, can, permissionsOf, type BuiltInRole } from "../lib/permissions";
import { expectAccessible, signInAs } from "./support/session";

const actor = (role: BuiltInRole) => ({ userId: "", permissions: new Set(permissionsOf(role)) });

for (const role of BUILT_IN_ROLE_KEYS) {
  test(`${role} sees the resource pages its role allows`, async ({ page }) => {
    await signInAs(page, role);
    const nav = page.getByRole("navigation", { name: "Team" });
    const sees = can(actor(role), "resources.read") || can(actor(role), "resources.own");
    await expect(nav.getByRole("link", { name: "Resources" })).toHaveCount(sees ? 1 : 0);

    const response = await page.goto("/t/acme/resources/pods");
    if (!sees) {
      expect(response?.status()).toBe(403);
      await expect(page.getByRole("heading", { name: "You don't have access to this page" })).toBeVisible();
      return;
    }
    const rows = page.getByTestId("resource-row");
    await expect(rows.filter({ hasText: "basic-sandbox" })).toHaveCount(1);
    await expect(rows.filter({ hasText: "dev-notebook" })).toHaveCount(can(actor(role), "resources.read") ? 1 : 0);
    await expect(page.getByRole("button", { name: "Create pod" })).toHaveCount(can(actor(role), "resources.create") ? 1 : 0);
    const deletable = can(actor(role), "resources.delete") || can(actor(role), "resources.own");
    await expect(page.getByRole("button", { name: "Delete basic-sandbox" })).toHaveCount(deletable ? 1 : 0);
    await expect(page.getByRole("button", { name: "Start basic-sandbox" })).toHaveCount(can(actor(role), "resources.manage") || role === "basic" ? 1 : 0);
    await expectAccessible(page);
  });
}

test("a Developer creates, tests and deletes an endpoint, and is held to the spend limit", async ({ page }) => {
  await signInAs(page, "developer", "/t/acme/resources/endpoints");
  const name = `e2e-endpoint-${Date.now()}`;
  await page.getByRole("button", { name: "Create endpoint" }).click();
  await page.getByLabel("Name").fill("X");
  await page.getByRole("button", { name: "Create", exact: true }).click();
  await expect(page.getByText("Use at least 3 characters")).toBeVisible();
  await page.getByLabel("Name").fill(name);
  await page.getByRole("button", { name: "Create", exact: true }).click();
  const row = page.getByTestId("resource-row").filter({ hasText: name });
  await expect(row).toContainText("ready");

  await page.getByRole("button", { name: `Send a test request to ${name}` }).click();
  await page.getByLabel("Request body (JSON)").fill("{not json");
  await page.getByRole("button", { name: "Send request" }).click();
  await expect(page.getByText(/Enter valid JSON/)).toBeVisible();
  await page.getByLabel("Request body (JSON)").fill('{"input": {"prompt": "hi"}}');
  await page.getByRole("button", { name: "Send request" }).click();
  await expect(page.getByLabel("Response")).toContainText('"status": "COMPLETED"');
  await expectAccessible(page);
  await page.keyboard.press("Escape");

  await page.getByRole("button", { name: `Delete ${name}` }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete" }).click();
  await expect(row).toHaveCount(0);

  await page.goto("/t/acme/resources/clusters");
  await page.getByRole("button", { name: "Create cluster" }).click();
  await page.getByLabel("Name").fill(`huge-${Date.now()}`);
  await page.getByLabel("Nodes (8 GPUs each)").fill("16");
  await page.getByRole("button", { name: "Create", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: /over its limit of \$\d+\.\d\d per hour/ })).toBeVisible();
});
