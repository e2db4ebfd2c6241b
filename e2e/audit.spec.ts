import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Page } from "./support/test";
import { demoEmail, DEMO_PASSWORD } from "../lib/demo/seed";
import { expectAccessible, newOwnerWithTeam, signInAs } from "./support/session";

/** The membership id of a demo member, from the owner's CSV export of "member added" events. */
async function membershipIdOf(page: Page, email: string): Promise<string> {
  const response = await page.request.get("/t/acme/audit/export?action=member.added");
  expect(response.status()).toBe(200);
  const line = (await response.text()).split("\n").find((l) => l.includes(`,${email},`));
  expect(line, email).toBeTruthy();
  return line!.split(",")[8];
}

test("an owner filters the audit log, opens an event, exports it and verifies the chain", async ({ page }) => {
  await signInAs(page, "owner");
  await page.getByRole("navigation", { name: "Team" }).getByRole("link", { name: "Audit log" }).click();
  await expect(page.getByRole("heading", { name: "Audit log" })).toBeVisible();
  await expect(page.getByTestId("audit-row").first()).toBeVisible();
  await expectAccessible(page);

  // Something the owner did themselves, to filter by.
  await page.getByLabel("Keep events for (days)").fill("3");
  await page.getByRole("button", { name: "Save retention" }).click();
  await expect(page.getByText("Keep events for at least 7 days")).toBeVisible();
  await page.getByLabel("Keep events for (days)").fill("400");
  await page.getByRole("button", { name: "Save retention" }).click();
  await expect(page.getByText("Retention saved. Events older than 400 days will be deleted.")).toBeVisible();

  await page.getByLabel("Action").selectOption("audit.retention_updated");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/[?&]action=audit.retention_updated/);
  await expect(page.getByTestId("audit-row").first()).toContainText("Audit retention changed");
  for (const row of await page.getByTestId("audit-row").all()) await expect(row).toContainText("audit.retention_updated");

  // The user filter searches the team's members as you type; arrows and Enter pick one.
  const user = page.getByRole("combobox", { name: "User" });
  await user.fill("OLIV");
  const options = page.getByRole("listbox", { name: "User" }).getByRole("option");
  await expect(options).toHaveCount(1);
  await expect(options.first()).toContainText(demoEmail("owner"));
  await expectAccessible(page);
  await user.press("ArrowDown");
  await expect(options.first()).toHaveAttribute("aria-selected", "true");
  await user.press("Enter");
  await expect(user).toHaveValue(`Olivia Owner (${demoEmail("owner")})`);
  await expect(page).not.toHaveURL(/actor=/); // Enter picked the member; it did not submit the form
  await page.getByLabel("Resource ID").focus();
  await expect(user).toHaveValue(`Olivia Owner (${demoEmail("owner")})`); // and leaving the field keeps it
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/actor=.+&action=audit.retention_updated|action=audit.retention_updated.*actor=/);
  await page.reload();
  await expect(page.getByLabel("Action")).toHaveValue("audit.retention_updated");
  await expect(user).toHaveValue(`Olivia Owner (${demoEmail("owner")})`);
  await expect(page.getByTestId("audit-row").first()).toContainText("Olivia Owner");

  // Text that matches no one says so, and leaving the field keeps the chosen member.
  await user.fill("zz-no-such-member");
  await expect(page.getByText("No members match.")).toBeVisible();
  await expect(page.getByRole("listbox", { name: "User" })).toHaveCount(0);
  await page.getByLabel("Resource ID").focus();
  await expect(user).toHaveValue(`Olivia Owner (${demoEmail("owner")})`);

  await page.getByRole("link", { name: /^Details/ }).first().click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByRole("heading", { name: "Audit retention changed" })).toBeVisible();
  await expect(dialog.getByRole("row", { name: /retentionDays/ })).toContainText("400");
  await expect(dialog.getByTestId("event-hash")).toHaveText(/^[0-9a-f]{64}$/);
  await expect(dialog).toContainText("User agent");
  await expectAccessible(page);
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();
  await expect(page).not.toHaveURL(/event=/);
  await expect(page).toHaveURL(/action=audit.retention_updated/);

  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^audit-acme-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = readFileSync(await download.path(), "utf8").trim().split("\n");
  expect(lines[0]).toBe("id,time,actor_type,actor_id,actor,action,action_label,target_type,target_id,target,ip,user_agent,metadata,prev_hash,hash");
  expect(lines.length).toBeGreaterThan(1);
  for (const line of lines.slice(1)) expect(line).toContain(",Olivia Owner,audit.retention_updated,Audit retention changed,");

  await page.getByRole("button", { name: "Verify integrity" }).click();
  await expect(page.getByText(/^Intact: all \d+ events link up and match their hashes\.$/)).toBeVisible();
});

test("the user filter: a click picks a member, emptying the field means anyone", async ({ page }) => {
  await signInAs(page, "admin", "/t/acme/audit");
  const user = page.getByRole("combobox", { name: "User" });
  await user.click();
  await expect(page.getByRole("option").first()).toBeVisible(); // an empty field lists members by name
  await user.pressSequentially("dana");
  await page.getByRole("option", { name: /Dana Developer/ }).click();
  await expect(user).toHaveValue(`Dana Developer (${demoEmail("developer")})`);
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/[?&]actor=/);
  await expect(user).toHaveValue(`Dana Developer (${demoEmail("developer")})`);

  await user.fill("");
  await page.getByLabel("Resource ID").focus();
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).not.toHaveURL(/actor=/);
  await expect(user).toHaveValue("");
  await expect(user).toHaveAttribute("placeholder", "Anyone");
});

test("a malformed filter in the URL gets a message, not an error page", async ({ page }) => {
  await signInAs(page, "admin", "/t/acme/audit?from=last-week&cursor=abc");
  const alert = page.getByRole("alert").filter({ hasText: "From: use a date like 2026-01-31" });
  await expect(alert).toContainText("The page link is not valid");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Clear the filters" }).click();
  await expect(page.getByTestId("audit-row").first()).toBeVisible();
});

test("a Developer gets the 403 page, no audit data and no member search", async ({ page }) => {
  await signInAs(page, "developer");
  await expect(page.getByRole("navigation", { name: "Team" }).getByRole("link", { name: "Audit log" })).toHaveCount(0);
  await page.goto("/t/acme/audit");
  await expect(page.getByRole("heading", { name: "You don't have access to this page" })).toBeVisible();
  await expect(page.getByTestId("audit-table")).toHaveCount(0);
  await expectAccessible(page);
  const response = await page.request.get("/t/acme/audit/export");
  expect(response.status()).toBe(403);
  expect(await response.text()).not.toContain("member.added");
  const search = await page.request.get("/t/acme/audit/actors?q=o");
  expect(search.status()).toBe(403);
  expect(await search.text()).not.toContain("@");
});

test("member activity: a member sees their own sign-ins, not someone else's; an owner sees anyone's, an admin none", async ({ page, browser }) => {
  await signInAs(page, "owner");
  const developerId = await membershipIdOf(page, demoEmail("developer"));
  const ownerId = await membershipIdOf(page, demoEmail("owner"));

  const developer = await (await browser.newContext()).newPage();
  await developer.goto("/sign-in");
  await developer.getByLabel("Email").fill(demoEmail("developer"));
  await developer.getByLabel("Password").fill("not-the-password");
  await developer.getByRole("button", { name: "Sign in" }).click();
  await expect(developer.getByRole("alert").filter({ hasText: "Invalid email or password." })).toBeVisible();
  await developer.getByLabel("Password").fill(DEMO_PASSWORD);
  await developer.getByRole("button", { name: "Sign in" }).click();
  await expect(developer).not.toHaveURL(/\/sign-in/);

  await developer.goto(`/t/acme/members/${developerId}`);
  await expect(developer.getByRole("heading", { name: "Your activity" })).toBeVisible();
  const history = developer.getByTestId("sign-in-history");
  await expect(history.getByRole("row").nth(1)).toContainText("Success");
  await expect(history.getByRole("row").nth(1)).toContainText("password");
  await expect(history.getByRole("row").nth(2)).toContainText("Failed");
  await expectAccessible(developer);
  await developer.goto(`/t/acme/members/${ownerId}`);
  await expect(developer.getByRole("heading", { name: "You don't have access to this page" })).toBeVisible();
  await expect(developer.getByTestId("sign-in-history")).toHaveCount(0);

  await page.goto(`/t/acme/members/${developerId}`);
  await expect(page.getByRole("heading", { name: "Dana Developer" })).toBeVisible();
  await expect(page.getByTestId("sign-in-history")).toContainText("Failed");
  // An Admin reads the audit log but not members' sign-in security.
  const admin = await (await browser.newContext()).newPage();
  await signInAs(admin, "admin", `/t/acme/members/${developerId}`);
  await expect(admin.getByRole("heading", { name: "Dana Developer" })).toBeVisible();
  await expect(admin.getByRole("heading", { name: "Recent actions in Acme AI" })).toBeVisible();
  await expect(admin.getByTestId("sign-in-history")).toHaveCount(0);
  await admin.context().close();
  await page.goto(`/t/acme/members/${ownerId}`);
  await expect(page.getByRole("heading", { name: "Your activity" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Recent actions in Acme AI" })).toBeVisible();
  await expectAccessible(page);
});

test("an Owner streams the audit log to a webhook: the signing secret once, a test event, every change after, then deleting it", async ({ browser }) => {
  const received: { body: string; signature: string; json: { type: string; events?: { action: string }[] } }[] = [];
  const receiver = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      received.push({ body, signature: String(req.headers["roster-signature"]), json: JSON.parse(body) });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/roster`;
  try {
    const { page, slug } = await newOwnerWithTeam(browser, "stream");
    await page.goto(`/t/${slug}/audit`);
    const card = page.locator("section", { has: page.getByRole("heading", { name: "Stream to webhooks" }) });
    await card.getByLabel("Endpoint URL").fill("siem.example.com");
    await card.getByRole("button", { name: "Add endpoint" }).click();
    await expect(card.getByText("Enter a full URL, such as https://siem.example.com/roster")).toBeVisible();
    await card.getByLabel("Endpoint URL").fill(url);
    await card.getByRole("button", { name: "Add endpoint" }).click();
    await expect(card.getByText(`${url} now receives the audit log, from this change on.`)).toBeVisible();
    const secret = await card.getByLabel("Signing secret").inputValue();
    expect(secret).toMatch(/^whsec_/);
    await expect(card.getByTestId("webhook")).toContainText(url);
    await expectAccessible(page);

    await card.getByRole("button", { name: `Send test event to ${url}` }).click();
    await expect(card.getByText("Test event delivered: the endpoint answered HTTP 204.")).toBeVisible();
    const signedWith = (key: string) => (r: (typeof received)[number]) => {
      const [, t, v1] = /^t=(\d+),v1=([0-9a-f]+)$/.exec(r.signature)!;
      return v1 === createHmac("sha256", key).update(`${t}.${r.body}`).digest("hex");
    };
    const verified = signedWith(secret);
    expect(received.filter((r) => r.json.type === "ping").map(verified)).toEqual([true]);

    // A change lands in the log and, within seconds, at the endpoint, after the event that added it.
    await page.goto(`/t/${slug}/settings`);
    await page.getByLabel("Team name").fill("Streamed team");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText("Settings saved.")).toBeVisible();
    const streamed = () => received.filter((r) => r.json.type === "audit_events").flatMap((r) => r.json.events!.map((e) => e.action));
    await expect.poll(streamed, { timeout: 60_000 }).toEqual(["audit_webhook.created", "team.updated"]);
    expect(received.every(verified)).toBe(true);
    await page.goto(`/t/${slug}/audit`);
    await expect(card.getByTestId("webhook")).toContainText("Last delivery");

    // A new secret, shown once, signs what is sent from then on.
    await card.getByRole("button", { name: `Replace secret of ${url}` }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("button", { name: "Replace secret" }).click();
    const rolled = await dialog.getByLabel("New signing secret").inputValue();
    expect(rolled).toMatch(/^whsec_/);
    expect(rolled).not.toBe(secret);
    await expectAccessible(page);
    await dialog.getByRole("button", { name: "Done" }).click();
    await card.getByRole("button", { name: `Send test event to ${url}` }).click();
    await expect(card.getByText("Test event delivered: the endpoint answered HTTP 204.")).toBeVisible();
    expect(signedWith(rolled)(received.filter((r) => r.json.type === "ping").at(-1)!)).toBe(true);

    await card.getByRole("button", { name: `Delete ${url}` }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Delete endpoint" }).click();
    await expect(card.getByTestId("webhook")).toHaveCount(0);
    await expect(page.getByTestId("audit-row").first()).toContainText("Audit log webhook deleted");
    await expectAccessible(page);
  } finally {
    receiver.close();
  }
});
