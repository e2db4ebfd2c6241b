import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { withFakeResend } from "@/lib/test/fake-resend";
import { uid } from "@/lib/test/fixtures";
import { sendEmail, sendNotice } from "./send";
import { WelcomeEmail } from "./templates/welcome";

describe("sendEmail without RESEND_API_KEY", () => {
  it("keeps the rendered message in the outbox", async () => {
    const to = `out-${uid()}@example.test`;
    await sendEmail(db, { to, subject: "Hello", react: WelcomeEmail({ name: "Ada", url: "http://localhost/x" }) });
    const [mail] = await db.outboxEmail.findMany({ where: { to } });
    expect(mail).toMatchObject({ to, subject: "Hello" });
    expect(mail.html).toContain("http://localhost/x");
    expect(mail.text).toContain("Hi Ada");
  });
});

describe("sendEmail with RESEND_API_KEY, against a local fake of the Resend API", () => {
  const fake = withFakeResend();
  const received = fake.received;

  it("sends through the Resend SDK and stores nothing locally", async () => {
    const to = `resend-${uid()}@example.test`;
    await sendEmail(db, { to, subject: "Via Resend", react: WelcomeEmail({ name: "Bo", url: "http://localhost/y" }) });
    expect(received.at(-1)).toMatchObject({ auth: "Bearer re_test_key", body: { to, subject: "Via Resend" } });
    expect(String(received.at(-1)?.body.html)).toContain("http://localhost/y");
    expect(await db.outboxEmail.count({ where: { to } })).toBe(0);
  });

  it("throws when Resend refuses, so the surrounding transaction rolls back", async () => {
    fake.status = 422;
    await expect(sendEmail(db, { to: "x@example.test", subject: "No", react: WelcomeEmail({ name: "C", url: "http://l" }) })).rejects.toThrow(/bad sender/);
    fake.status = 200;
  });

  it("lets a notice fail without failing the change it reports, and logs it", async () => {
    fake.status = 422;
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    await expect(sendNotice(db, { to: "y@example.test", subject: "Notice", react: WelcomeEmail({ name: "D", url: "http://l" }) })).resolves.toBeUndefined();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('could not send "Notice" to y@example.test'), expect.any(Error));
    log.mockRestore();
    fake.status = 200;
  });
});
