/** The hourly spend limit a team may set, in cents. */
export const SPEND_LIMIT_BOUNDS = { minCents: 100, maxCents: 1_000_000 } as const;

/** Prepaid credit bought at once, in cents. */
export const CREDIT_BOUNDS = { minCents: 500, maxCents: 1_000_000 } as const;

/** A monthly budget, in cents. */
export const BUDGET_BOUNDS = { minCents: 100, maxCents: 100_000_000 } as const;

/** The shares of the monthly budget, in percent, whose reaching is mailed. */
export const BUDGET_ALERT_PERCENTS = [50, 80, 100] as const;

/** How much of the budget is spent, in whole percent (rounded down, so a share is reached only when it is). */
export const percentOfBudget = (spentCents: number, budgetCents: number) => Math.floor((spentCents * 100) / budgetCents);
