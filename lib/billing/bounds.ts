/** The hourly spend limit a team may set, in cents. */
export const SPEND_LIMIT_BOUNDS = { minCents: 100, maxCents: 1_000_000 } as const;

/** Prepaid credit bought at once, in cents. */
export const CREDIT_BOUNDS = { minCents: 500, maxCents: 1_000_000 } as const;
