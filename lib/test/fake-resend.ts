import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll } from "vitest";
import { uid } from "./fixtures";

export type ResendRequest = { auth?: string; body: { to: string[] | string; subject: string; html: string; text: string; attachments?: { filename: string; content: string }[] } };

/**
 * A local fake of the Resend API for the test file that calls it, which the real SDK reaches through
 * RESEND_BASE_URL: it records each request, and answers `status` (a refusal saying `message` when not 200),
 * to every address or, when `onlyTo` is set, to that one (the rest are taken).
 */
export function withFakeResend() {
  const fake = { received: [] as ResendRequest[], status: 200, message: "bad sender", onlyTo: null as string | null };
  const server = createServer(async (req, res) => {
    let body = "";
    for await (const chunk of req) body += chunk;
    const request: ResendRequest = { auth: req.headers.authorization, body: JSON.parse(body) };
    fake.received.push(request);
    const status = fake.onlyTo && ![request.body.to].flat().includes(fake.onlyTo) ? 200 : fake.status;
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(status === 200 ? { id: uid() } : { name: status === 422 ? "validation_error" : "application_error", message: fake.message, statusCode: status }));
  });
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    process.env.RESEND_BASE_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    process.env.RESEND_API_KEY = "re_test_key";
  });
  afterAll(() => {
    delete process.env.RESEND_API_KEY;
    delete process.env.RESEND_BASE_URL;
    server.close();
  });
  return fake;
}
