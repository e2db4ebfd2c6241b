import type { CurrentUser } from "@/lib/auth/current-user";

let current: CurrentUser | null = null;

export function actAs(user: CurrentUser | null): void {
  current = user;
}

export function actingUser(): CurrentUser | null {
  return current;
}

export function requestFrom() {
  return { ip: "203.0.113.7", userAgent: "vitest" };
}
