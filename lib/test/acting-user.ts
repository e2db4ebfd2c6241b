import { AsyncLocalStorage } from "node:async_hooks";
import type { CurrentUser } from "@/lib/auth/current-user";

let current: CurrentUser | null = null;
const scoped = new AsyncLocalStorage<CurrentUser | null>();

/** Sets who calls the server actions from now on in this test file. */
export function actAs(user: CurrentUser | null): void {
  current = user;
}

/** Runs `fn` as `user`, so concurrent calls in one test can act as different people. */
export function asUser<T>(user: CurrentUser | null, fn: () => Promise<T>): Promise<T> {
  return scoped.run(user, fn);
}

export function actingUser(): CurrentUser | null {
  const store = scoped.getStore();
  return store === undefined ? current : store;
}

/** The session the acting user signs out of: one per user in tests. */
export function actingSessionId(): string | null {
  const user = actingUser();
  return user ? `test-session-${user.id}` : null;
}

export function requestFrom() {
  return { ip: "203.0.113.7", userAgent: "vitest" };
}
