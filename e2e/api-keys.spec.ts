import { expect, test } from "./support/test";
import { insertApiKeys } from "./support/api-keys";
import { expectAccessible, signInAs } from "./support/session";

test("an Owner creates a key, sees its secret once, uses it and revokes it", async ({ page, request }) => {
  await signInAs(page, "owner", "/t/acme/api-keys");
  await expect(page.getByRole("heading", { name: "API keys" })).toBeVisible();
  await expectAccessible(page);

  const name = `e2e-${Date.now()}`;
  await page.getByRole("button", { name: "Create API key" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Name").fill(name);
  await dialog.getByLabel("Role").selectOption("viewer");
  await dialog.getByLabel("Expires").selectOption("30");
  await dialog.getByRole("button", { name: "Create key" }).click();
  await expect(dialog.getByRole("heading", { name: "Copy your new API key" })).toBeVisible();
  const secret = await dialog.getByRole("textbox", { name: new RegExp(name) }).inputValue();
  expect(secret).toMatch(/^rk_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$/);
  await expect(dialog.getByRole("button", { name: "Copy" })).toBeVisible();
  await expectAccessible(page);
  await dialog.getByRole("button", { name: "Done" }).click();

  const row = page.getByTestId("api-key-row").filter({ hasText: name });
  await expect(row).toContainText(secret.slice(0, 11));
  await expect(row).toContainText("Viewer");
  await expect(row).toContainText("Active");
  await page.reload();
  expect(await page.content()).not.toContain(secret);

  const headers = { Authorization: `Bearer ${secret}` };
  const members = await request.get("/api/v1/members", { headers });
  expect(members.status()).toBe(200);
  expect(members.headers()["ratelimit-limit"]).toBeTruthy();
  expect((await members.json()).data.map((m: { email: string }) => m.email)).toContain("owner@acme.test");
  expect((await request.get("/api/v1/members", { headers: { Authorization: `Bearer ${secret}x` } })).status()).toBe(401);

  await page.reload();
  await row.getByRole("button", { name: /Revoke/ }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Revoke key" }).click();
  await expect(row).toContainText("Revoked");
  const refused = await request.get("/api/v1/members", { headers });
  expect(refused.status()).toBe(401);
  expect(refused.headers()["content-type"]).toBe("application/problem+json");
});

// After the test above in this file (tests in a file run in order), so its revoked key cannot move off page 1 under it.
test("a team's keys come 50 a page, unrevoked and newest first", async ({ page }) => {
  const names = await insertApiKeys("acme", 51);
  await signInAs(page, "owner", "/t/acme/api-keys");
  const rows = page.getByTestId("api-key-row");
  await expect(rows).toHaveCount(50);
  await expect(rows.first()).toContainText(names[50]);
  const pagination = page.getByRole("navigation", { name: "Pagination" });
  await expect(pagination).toContainText(/keys · page 1 of 2/);
  await expectAccessible(page);

  await pagination.getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(/\/api-keys\?page=2$/);
  await expect(rows.first()).toContainText(names[0]);
  await expect(rows.filter({ hasText: "Revoked" }).first()).toBeVisible();
  await page.goto("/t/acme/api-keys?page=40");
  await expect(page).toHaveURL(/\/api-keys\?page=2$/);
});

test("a Viewer sees the team's keys but cannot create or revoke them", async ({ page }) => {
  await signInAs(page, "viewer", "/t/acme/api-keys");
  await expect(page.getByRole("heading", { name: "API keys" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Create API key" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Revoke/ })).toHaveCount(0);
  await expect(page.getByText(/Your role \(Viewer\) does not allow this/)).toBeVisible();
  await expectAccessible(page);
});

test("the API reference renders every operation and the OpenAPI document is served", async ({ page, request }) => {
  await signInAs(page, "developer", "/t/acme/api-keys/reference");
  await expect(page.getByRole("heading", { name: "API reference" })).toBeVisible();
  const doc = await (await request.get("/api/v1/openapi.json")).json();
  expect(doc.openapi).toBe("3.1.0");
  for (const [path, methods] of Object.entries(doc.paths as Record<string, Record<string, unknown>>)) {
    for (const method of Object.keys(methods)) {
      const title = `${method.toUpperCase()} /api/v1${path} —`.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
      await expect(page.getByRole("heading", { name: new RegExp(`^${title}`) })).toBeVisible();
    }
  }
  await expect(page.getByText("curl -X PATCH").first()).toBeVisible();
  // Each says which keys may call it: a permission, any key, or none at all.
  const operation = (path: string) => page.getByRole("region", { name: `GET /api/v1${path} — `, exact: false });
  await expect(operation("/members").first()).toContainText("Needs members.read");
  await expect(operation("/roles")).toContainText("Any key of the team. Answers 200.");
  await expect(operation("/openapi.json")).toContainText("Public: no key needed.");
  await expectAccessible(page);
});

test("a method an endpoint does not support is a 405 problem document with an Allow header", async ({ request }) => {
  const refused = await request.fetch("/api/v1/members", { method: "PUT" });
  expect(refused.status()).toBe(405);
  expect(refused.headers()["content-type"]).toBe("application/problem+json");
  expect(refused.headers()["allow"]).toBe("GET, HEAD, OPTIONS, PATCH");
  expect(await refused.json()).toMatchObject({ status: 405, title: "Method Not Allowed", detail: "This endpoint does not answer PUT; it answers GET and PATCH." });
  const options = await request.fetch("/api/v1/members/some-id", { method: "OPTIONS" });
  expect(options.status()).toBe(204);
  expect(options.headers()["allow"]).toBe("DELETE, GET, HEAD, OPTIONS, PATCH");
  // An address that is no endpoint stays a 404, whatever the method.
  expect((await request.fetch("/api/v1/nowhere", { method: "PUT" })).status()).toBe(404);
});
