import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { withFakeResend } from "@/lib/test/fake-resend";
import { uid } from "@/lib/test/fixtures";
import { MailRefused, sendEmail } from "./send";
import { WelcomeEmail } from "./templates/welcome";

describe("sendEmail without RESEND_API_KEY", () => {
  it("keeps the rendered message in the outbox", async () => {
    const to = `out-${uid()}@example.test`;
    const attachments = [{ filename: "notes.txt", content: Buffer.from("hello").toString("base64") }];
    await sendEmail(db, { to, subject: "Hello", react: WelcomeEmail({ name: "Ada", url: "http://localhost/x" }), attachments });
    const [mail] = await db.outboxEmail.findMany({ where: { to } });
    expect(mail).toMatchObject({ to, subject: "Hello", attachments });
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

  it("sends attachments as Resend takes them: a filename and base64 content", async () => {
    const to = `attached-${uid()}@example.test`;
    const attachments = [{ filename: "INV-1.pdf", content: Buffer.from("%PDF-1.4 test").toString("base64") }];
    await sendEmail(db, { to, subject: "With a file", react: WelcomeEmail({ name: "Di", url: "http://localhost/z" }), attachments });
    expect(received.at(-1)?.body).toMatchObject({ to, attachments });
  });

  it("throws when Resend refuses, so the surrounding transaction rolls back; final when the message itself is invalid", async () => {
    const send = () => sendEmail(db, { to: "x@example.test", subject: "No", react: WelcomeEmail({ name: "C", url: "http://l" }) });
    for (const [status, final] of [[422, true], [503, false], [429, false]] as const) {
      fake.status = status;
      const refusal = await send().catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(MailRefused);
      expect(refusal).toMatchObject({ reason: "bad sender", final, message: "Resend refused the email: bad sender" });
    }
    fake.status = 200;
  });
});
