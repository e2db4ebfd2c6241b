import { expect, type Page } from "@playwright/test";

/** The development outbox, showing only what was mailed to this address (other tests' mail cannot crowd it out). */
export async function openOutbox(page: Page, to: string): Promise<void> {
  await page.goto(`/dev/outbox?${new URLSearchParams({ to })}`);
}

/** The newest link to `/<kind>/…` or `/<kind>?…` in an email to `to`, read from the dev outbox page (path and query). */
export async function linkFromOutbox(page: Page, to: string, kind: "invite" | "transfer" | "confirm-email" | "sign-in/reset"): Promise<string> {
  let link: string | undefined;
  await expect(async () => {
    await openOutbox(page, to);
    const mail = page.getByTestId("outbox-email").filter({ hasText: `To ${to.toLowerCase()}` }).filter({ hasText: `/${kind}` }).first();
    const text = (await mail.textContent({ timeout: 2000 })) ?? "";
    link = new RegExp(`https?://[^\\s/]+/${kind}[/?][\\w%&=.~-]+`).exec(text)?.[0];
    expect(link).toBeTruthy();
  }).toPass({ timeout: 15_000 });
  const url = new URL(link!);
  return url.pathname + url.search;
}

/** Waits for a mail to `to` containing `text` in the dev outbox: notices are written just after the response. */
export async function expectMailTo(page: Page, to: string, text: string): Promise<void> {
  await expect(async () => {
    await openOutbox(page, to);
    await expect(page.getByTestId("outbox-email").filter({ hasText: text })).not.toHaveCount(0, { timeout: 1000 });
  }).toPass({ timeout: 15_000 });
}
