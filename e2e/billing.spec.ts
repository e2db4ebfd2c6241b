import { expect, test } from "./support/test";
import { addCard, insertFormerSpenders, insertUsage, insertUsageBy, utcMonthStart } from "./support/billing";
import { expectMailTo, openOutbox } from "./support/outbox";
import { expectAccessible, newOwnerWithTeam, signInAs } from "./support/session";

// Two years back, so the demo team's seeded usage (the last 60 days) never mixes in.
const month = utcMonthStart(-24);
const monthLabel = month.toLocaleDateString("en-US", { month: "long", year: "numeric", timeZone: "UTC" });
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

test.beforeAll(async () => {
  await insertUsage("acme", [{ role: "developer", kind: "pod", name: `train-${Date.now()}`, startedAt: new Date(month.getTime() + 9 * 86_400_000), hours: 5, centsPerHour: 249 }]);
});

test("a Billing member sees invoices, adds a card and changes the spend limit", async ({ page }) => {
  await signInAs(page, "billing");
  await page.getByRole("navigation", { name: "Team" }).getByRole("link", { name: "Billing" }).click();
  await expect(page.getByRole("heading", { name: "Billing", level: 1 })).toBeVisible();
  await expect(page.getByTestId("burn-rate")).toContainText("/h");
  await expectAccessible(page);

  await page.getByLabel("Limit in dollars per hour").fill("5000000");
  await page.getByRole("button", { name: "Save limit" }).click();
  await expect(page.getByText("The limit must be between $1.00 and $10,000.00 per hour")).toBeVisible();
  await page.getByLabel("Limit in dollars per hour").fill("95.50");
  await page.getByRole("button", { name: "Save limit" }).click();
  await expect(page.getByText("Spend limit set to $95.50 per hour.")).toBeVisible();
  await expect(page.getByTestId("spend-limit")).toHaveText("$95.50 per hour");

  await page.getByRole("navigation", { name: "Billing" }).getByRole("link", { name: "Invoices" }).click();
  await page.getByRole("link", { name: monthLabel }).click();
  await expect(page.getByRole("heading", { name: `Invoice for ${monthLabel}` })).toBeVisible();
  await expect(page.getByRole("cell", { name: /^Pods/ })).toBeVisible();
  await expectAccessible(page);
  const pdf = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download PDF" }).click();
  expect((await pdf).suggestedFilename()).toMatch(/^INV-.*\.pdf$/);

  await page.getByRole("navigation", { name: "Billing" }).getByRole("link", { name: "Payment methods" }).click();
  await addCard(page, { name: "Acme AI Inc.", number: "5555 5555 5555 4440", expiry: "01/20", street: "500 Market St", city: "San Francisco", postalCode: "94105", country: "us" });
  await expect(page.getByText("This card number is not valid; check for a typo")).toBeVisible();
  await expect(page.getByText("This card has expired")).toBeVisible();
  await page.getByLabel("Card number").fill("5555 5555 5555 4444");
  await page.getByLabel("Expiry (MM/YY)").fill("12/39");
  await page.getByRole("button", { name: "Add card" }).click();
  await expect(page.getByText("Card added.")).toBeVisible();
  await expect(page.getByTestId("payment-method").filter({ hasText: "Mastercard ending in 4444" })).toContainText("Expires 12/2039");
  await expectAccessible(page);

  await page.getByRole("navigation", { name: "Billing" }).getByRole("link", { name: "Usage" }).click();
  await page.getByLabel("First day (UTC)").fill(isoDay(month));
  await page.getByLabel("Last day (UTC)").fill(isoDay(utcMonthStart(-23)));
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page.getByTestId("usage-row")).toHaveCount(1);
  await expect(page.getByTestId("usage-row").filter({ hasText: "Dana Developer" })).toContainText("$12.45");
  await expectAccessible(page);
  const csv = await page.request.get(await page.getByRole("link", { name: "Export CSV" }).getAttribute("href").then((h) => h!));
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(await csv.text()).toContain("Dana Developer,developer@acme.test,Pods");
});

test("a new team's invoice stays open without a card, is emailed to its Owner, and is paid by the first card added", async ({ browser }) => {
  const { page, email, slug } = await newOwnerWithTeam(browser, "payer");
  await insertUsageBy(slug, email, new Date(utcMonthStart(-1).getTime() + 3 * 86_400_000), 1234);
  const lastMonth = utcMonthStart(-1).toLocaleDateString("en-US", { month: "long", year: "numeric", timeZone: "UTC" });

  await page.goto(`/t/${slug}/billing/invoices`);
  await expect(page.getByTestId("invoice-row").filter({ hasText: lastMonth })).toContainText("Open");
  await expectAccessible(page);
  await expectMailTo(page, email, `payer team's Roster invoice for ${lastMonth}: $12.34 due`);
  await expect(page.getByTestId("outbox-email").filter({ hasText: "$12.34 due" })).toContainText("The team has no payment method, so it is still open. Add a card to pay it.");

  await page.goto(`/t/${slug}/billing/invoices`);
  await page.getByRole("link", { name: lastMonth }).click();
  await expect(page.getByRole("status").filter({ hasText: "This invoice is not paid yet." })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("navigation", { name: "Billing" }).getByRole("link", { name: "Overview" }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 open invoice ($12.34) is paid as soon as the team has a default card." })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Add a card or make one the default" }).click();
  await expect(page).toHaveURL(new RegExp(`/t/${slug}/billing/payment-methods$`));
  await addCard(page, { name: "Payer Inc.", number: "4242 4242 4242 4242", expiry: "12/39", street: "1 Main St", city: "Berlin", postalCode: "10115", country: "de" });
  await expect(page.getByText("Card added. It paid 1 open invoice ($12.34).")).toBeVisible();
  await page.goto(`/t/${slug}/billing/invoices`);
  await expect(page.getByTestId("invoice-row").filter({ hasText: lastMonth })).toContainText(/Paid\s*on \w{3} \d{1,2}, \d{4}/);
  await page.getByRole("link", { name: lastMonth }).click();
  await expect(page.getByTestId("invoice-payment")).toHaveText(/^Paid on \w{3} \d{1,2}, \d{4}: \$12\.34 charged to Visa •••• 4242\.$/);
});

test("once an Owner sets the invoice email, invoices go there with their PDF, and no longer to the Owner", async ({ browser }) => {
  const { page, email, slug } = await newOwnerWithTeam(browser, "ledger");
  const accounts = `accounts-${Date.now()}@example.test`;
  await page.goto(`/t/${slug}/billing`);
  await expect(page.getByLabel("Invoice email")).toHaveValue("");
  await page.getByLabel("Invoice email").fill("accounts at example");
  await page.getByRole("button", { name: "Save address" }).click();
  await expect(page.getByText("Enter a valid email address, or leave it empty")).toBeVisible();
  await page.getByLabel("Invoice email").fill(accounts);
  await page.getByRole("button", { name: "Save address" }).click();
  await expect(page.getByText(`Invoices now go to ${accounts}. That address has been told.`)).toBeVisible();
  await expectAccessible(page);
  await expectMailTo(page, accounts, "ledger Owner set this address to receive the invoices of ledger team");

  await insertUsageBy(slug, email, new Date(utcMonthStart(-1).getTime() + 3 * 86_400_000), 500);
  const lastMonth = utcMonthStart(-1).toLocaleDateString("en-US", { month: "long", year: "numeric", timeZone: "UTC" });
  await page.goto(`/t/${slug}/billing/invoices`);
  await expect(page.getByTestId("invoice-row").filter({ hasText: lastMonth })).toContainText("Open");
  await expectMailTo(page, accounts, `ledger team's Roster invoice for ${lastMonth}: $5.00 due`);
  const invoiceMail = page.getByTestId("outbox-email").filter({ hasText: "$5.00 due" });
  await expect(invoiceMail).toContainText("Its PDF is attached.");
  const pdf = await page.request.get((await invoiceMail.getByRole("link", { name: /^INV-.*\.pdf$/ }).getAttribute("href"))!);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");

  await openOutbox(page, email);
  await expect(page.getByTestId("outbox-email").filter({ hasText: "Roster invoice" })).toHaveCount(0);
});

test("an Owner buys prepaid credit with the team's card, once it has one", async ({ browser }) => {
  const { page, email, slug } = await newOwnerWithTeam(browser, "prepaid");
  await page.goto(`/t/${slug}/billing`);
  const credit = page.locator("section", { has: page.getByRole("heading", { name: "Prepaid credit" }) });
  await expect(credit).toContainText("Credit is charged to the team's default card, and it has none.");
  await credit.getByRole("link", { name: "Add a card" }).click();
  await addCard(page, { name: "Prepaid Ltd", number: "4242 4242 4242 4242", expiry: "12/39", street: "1 Main St", city: "Leeds", postalCode: "LS1 1AA", country: "gb" });
  await expect(page.getByText("Card added.")).toBeVisible();

  await page.getByRole("navigation", { name: "Billing" }).getByRole("link", { name: "Overview" }).click();
  await credit.getByLabel("Amount in dollars").fill("20000");
  await credit.getByRole("button", { name: "Add credit" }).click();
  await expect(credit.getByText("Add between $5.00 and $10,000.00 at a time")).toBeVisible();
  await credit.getByLabel("Amount in dollars").fill("25");
  await credit.getByRole("button", { name: "Add credit" }).click();
  await expect(credit.getByText("$25.00 of credit added, charged to Visa •••• 4242. The team's credit is now $25.00.")).toBeVisible();
  await expect(page.getByTestId("credit")).toHaveText("$25.00");
  await expectAccessible(page);
  await expectMailTo(page, email, "prepaid team's Roster receipt: $25.00 of credit");

  // Deleting the team would throw the credit away, and its Settings page says so before anyone confirms.
  await page.goto(`/t/${slug}/settings`);
  await expect(page.getByRole("region", { name: "Delete team" })).toContainText("Its unused prepaid credit of $25.00 is lost: it is not refunded.");

  // Last month's invoice is paid from the credit; the credit history shows both, and the invoice says how it was paid.
  await insertUsageBy(slug, email, new Date(utcMonthStart(-1).getTime() + 3 * 86_400_000), 1234);
  const lastMonth = utcMonthStart(-1).toLocaleDateString("en-US", { month: "long", year: "numeric", timeZone: "UTC" });
  await page.goto(`/t/${slug}/billing`);
  await credit.getByRole("link", { name: "Credit history" }).click();
  await expect(page.getByTestId("credit-now")).toHaveText("$12.66");
  const entries = page.getByTestId("credit-entry");
  await expect(entries).toHaveCount(2);
  await expect(entries.nth(0)).toContainText(`Paid the invoice for ${lastMonth}`);
  await expect(entries.nth(0)).toContainText("−$12.34$12.66");
  await expect(entries.nth(1)).toContainText("Credit bought");
  await expect(entries.nth(1)).toContainText("by prepaid Owner, charged to Visa •••• 4242");
  await expect(entries.nth(1)).toContainText("+$25.00$25.00");
  await expectAccessible(page);
  await entries.nth(0).getByRole("link", { name: `the invoice for ${lastMonth}` }).click();
  await expect(page.getByTestId("invoice-payment")).toHaveText(/^Paid on \w{3} \d{1,2}, \d{4}: \$12\.34 from the team's credit\.$/);
  await expectAccessible(page);

  // A page link that is not one says so, with the way back.
  await page.goto(`/t/${slug}/billing/credit?cursor=latest`);
  await expect(page.getByRole("alert").filter({ hasText: "This page of the credit history does not exist." })).toBeVisible();
  await page.getByRole("link", { name: "See the newest entries" }).click();
  await expect(entries).toHaveCount(2);
});

test("an Owner sets a monthly budget the month's spend has mostly used, and is told at once", async ({ browser }) => {
  const { page, email, slug } = await newOwnerWithTeam(browser, "budget");
  await insertUsageBy(slug, email, new Date(utcMonthStart(0).getTime() + 60_000), 900);
  const thisMonth = utcMonthStart(0).toLocaleDateString("en-US", { month: "long", year: "numeric", timeZone: "UTC" });
  await page.goto(`/t/${slug}/billing`);
  await expect(page.getByTestId("budget")).toHaveText("No budget is set.");
  await page.getByLabel("Budget in dollars per month").fill("ten");
  await page.getByRole("button", { name: "Save budget" }).click();
  await expect(page.getByText("Enter dollars without commas or a $ sign, like 2000 or 1500.50, or leave it empty")).toBeVisible();
  await page.getByLabel("Budget in dollars per month").fill("10");
  await page.getByRole("button", { name: "Save budget" }).click();
  await expect(page.getByText("Budget set to $10.00 a month. This month's spend has already reached 80% of it, and the billing recipients were told.")).toBeVisible();
  await expect(page.getByTestId("budget")).toHaveText(`${thisMonth} so far: $9.00 of $10.00 (90%).`);
  await expectAccessible(page);
  await expectMailTo(page, email, `budget team has reached 80% of its Roster budget for ${thisMonth}`);

  await page.goto(`/t/${slug}/billing`);
  await page.getByLabel("Budget in dollars per month").fill("");
  await page.getByRole("button", { name: "Save budget" }).click();
  await expect(page.getByText("Budget turned off: no more spend alerts.")).toBeVisible();
  await expect(page.getByTestId("budget")).toHaveText("No budget is set.");
});

test("usage by member comes a page at a time, with the top spenders charted", async ({ page }) => {
  const spent = utcMonthStart(-30);
  const names = await insertFormerSpenders("acme", 55, new Date(spent.getTime() + 86_400_000));
  const period = `from=${isoDay(spent)}&to=${isoDay(new Date(utcMonthStart(-29).getTime() - 86_400_000))}`;
  await signInAs(page, "billing_viewer", `/t/acme/billing/usage?${period}`);
  const rows = page.getByTestId("usage-row");
  await expect(rows).toHaveCount(50);
  await expect(rows.first()).toContainText(names[0]);
  await expect(rows.first()).toContainText("$9.99");
  const pagination = page.getByRole("navigation", { name: "Pagination" });
  await expect(pagination).toContainText("55 members · page 1 of 2");
  const chart = page.getByRole("list", { name: "Cost per member" });
  await expect(page.getByRole("heading", { name: "Top 10 members by cost" })).toBeVisible();
  await expect(chart.getByRole("listitem")).toHaveCount(10);
  await expectAccessible(page);

  await pagination.getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(new RegExp(`\\?${period}&page=2$`));
  await expect(rows).toHaveCount(5);
  await expect(rows.last()).toContainText(names[54]);
  await expect(rows.last()).toContainText("$9.45");
  // The chart and the totals still cover everyone, not just this page.
  await expect(chart.getByRole("listitem").first()).toContainText(names[0]);
  await expect(page.getByRole("row", { name: /All members/ })).toContainText("$534.60");
  await expect(pagination.getByRole("link", { name: "Previous" })).toBeVisible();

  await page.goto(`/t/acme/billing/usage?${period}&page=9`);
  await expect(page).toHaveURL(/page=2$/);
  await expect(rows).toHaveCount(5);
});

test("a Billing viewer sees billing but cannot change it", async ({ page }) => {
  await signInAs(page, "billing_viewer", "/t/acme/billing");
  await expect(page.getByTestId("spend-limit")).toBeVisible();
  await expect(page.getByText("Your role (Billing viewer) can see billing but not change it.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Save limit" })).toHaveCount(0);
  await expect(page.getByTestId("invoice-email")).toHaveText("Invoices go to everyone who may manage billing.");
  await expect(page.getByLabel("Invoice email")).toHaveCount(0);
  await expectAccessible(page);

  await page.getByRole("link", { name: "Payment methods" }).click();
  await expect(page.getByText("Your role (Billing viewer) can see payment methods but not change them.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Add card" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Remove|Make default/ })).toHaveCount(0);

  await page.getByRole("link", { name: "Invoices" }).click();
  await expect(page.getByTestId("invoice-row").first()).toBeVisible();
  await expectAccessible(page);
});

test("a Developer has no billing entry and gets 403 on the billing pages", async ({ page }) => {
  await signInAs(page, "developer");
  await expect(page.getByRole("navigation", { name: "Team" }).getByRole("link", { name: "Settings" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Team" }).getByRole("link", { name: "Billing" })).toHaveCount(0);
  const response = await page.goto("/t/acme/billing");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You don't have access to this page" })).toBeVisible();
  await expectAccessible(page);
  expect((await page.request.get("/t/acme/billing/usage/export")).status()).toBe(403);
});
