import { createHmac } from "node:crypto";
import { lookup, type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import { isIP } from "node:net";
import { isPrivateAddress, privateAddressesAllowed } from "./address";

export type PostOutcome = { ok: true; status: number } | { ok: false; error: string };

const TIMEOUT_MS = 10_000;
const PRIVATE = "its address is on a private network, which webhooks may not reach";

/** `Roster-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" with the signing secret>`. */
export function signature(secret: string, body: string, now: Date): string {
  const t = Math.floor(now.getTime() / 1000);
  return `t=${t},v1=${createHmac("sha256", secret).update(`${t}.${body}`).digest("hex")}`;
}

// Checked on the addresses the connection is made to, so a name that resolves to a private address
// (or starts to, after it was saved) is refused too.
const guardedLookup: typeof lookup = ((hostname: string, options: object, callback: (error: Error | null, address: string | LookupAddress[], family?: number) => void) =>
  lookup(hostname, { ...options }, (error, address, family) => {
    if (error) return callback(error, address, family);
    const addresses = Array.isArray(address) ? address.map((a) => a.address) : [address];
    if (!privateAddressesAllowed() && addresses.some(isPrivateAddress)) return callback(new Error(PRIVATE), address, family);
    callback(null, address, family);
  })) as typeof lookup;

/** POSTs a signed JSON body. Redirects are not followed; an answer other than 2xx, or none within 10 s, is a failure. */
export function postWebhook(url: string, body: string, secret: string, now = new Date()): Promise<PostOutcome> {
  const target = new URL(url);
  const host = target.hostname.replace(/^\[|\]$/g, "");
  if (isIP(host) && !privateAddressesAllowed() && isPrivateAddress(host)) return Promise.resolve({ ok: false, error: `Not sent: ${PRIVATE}.` });
  const client = target.protocol === "https:" ? https : http;
  return new Promise((resolve) => {
    const request = client.request(
      target,
      {
        method: "POST",
        lookup: guardedLookup,
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(body),
          "user-agent": "Roster-Webhooks/1",
          "roster-signature": signature(secret, body, now),
        },
      },
      (response) => {
        response.resume();
        const status = response.statusCode ?? 0;
        resolve(status >= 200 && status < 300 ? { ok: true, status } : { ok: false, error: `The endpoint answered HTTP ${status}.` });
      },
    );
    request.setTimeout(TIMEOUT_MS, () => request.destroy(new Error(`no answer within ${TIMEOUT_MS / 1000} seconds`)));
    request.on("error", (error) => resolve({ ok: false, error: `Not delivered: ${error.message}.` }));
    request.end(body);
  });
}
