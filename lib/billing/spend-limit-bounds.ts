/** The hourly spend limit a team may set, in cents. */
export const SPEND_LIMIT_BOUNDS = { minCents: 100, maxCents: 1_000_000 } as const;
