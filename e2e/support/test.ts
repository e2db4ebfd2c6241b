import { randomInt } from "node:crypto";
import { test as base } from "@playwright/test";

export * from "@playwright/test";

/**
 * Every test is a client of its own: its browser contexts and API requests come from an address of
 * their own, as people on different networks behind a load balancer would. Without it the whole run
 * is one client at 127.0.0.1, and a run fast enough to sign up more than 30 people within 10 minutes
 * meets the per-address sign-up limit (lib/auth/limits.ts) in whichever test comes next.
 */
export const test = base.extend({
  extraHTTPHeaders: async ({}, provide) => {
    await provide({ "x-forwarded-for": `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}` });
  },
});
