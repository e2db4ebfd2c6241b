import { z } from "zod";
import { creditCursor } from "./credit-history";
import { displayTextField } from "@/lib/validation/display-text-field";
import { DAY_RANGE_MESSAGE, dayProblem, parseIsoDay } from "@/lib/validation/calendar-day";
import { digitsOnly, isExpired, parseExpiry, passesLuhn } from "./card";
import { formatCents, parseDollars } from "./money";
import { BUDGET_BOUNDS, CREDIT_BOUNDS, SPEND_LIMIT_BOUNDS } from "./bounds";

type Bounds = { minCents: number; maxCents: number };

/** True for dollars within `bounds`, and for what does not parse as dollars (its own refinement says why). */
const withinBounds = (bounds: Bounds) => (v: string) => {
  const cents = parseDollars(v);
  return cents === null || (cents >= bounds.minCents && cents <= bounds.maxCents);
};
const between = (bounds: Bounds) => `between ${formatCents(bounds.minCents)} and ${formatCents(bounds.maxCents)}`;

export const spendLimitSchema = z.object({
  limit: z
    .string()
    .trim()
    .refine((v) => parseDollars(v) !== null, "Enter dollars without commas or a $ sign, like 80 or 1000.50")
    .refine(withinBounds(SPEND_LIMIT_BOUNDS), `The limit must be ${between(SPEND_LIMIT_BOUNDS)} per hour`),
});
export type SpendLimitInput = z.input<typeof spendLimitSchema>;

/** A monthly budget in dollars; empty (or null, from the API) turns the alerts off. */
export const budgetSchema = z.object({
  budget: z
    .union([z.string(), z.number(), z.null()], "Enter a budget in dollars, like 2000, or leave it empty")
    .transform((v) => (v === null ? "" : String(v).trim()))
    .refine((v) => v === "" || parseDollars(v) !== null, "Enter dollars without commas or a $ sign, like 2000 or 1500.50, or leave it empty")
    .refine(withinBounds(BUDGET_BOUNDS), `The budget must be ${between(BUDGET_BOUNDS)} a month`)
    .transform((v) => parseDollars(v)),
});
export type BudgetInput = z.input<typeof budgetSchema>;

/** Prepaid credit to buy now with the team's default card, in dollars (the API may send a number). */
export const creditSchema = z.object({
  amount: z
    .union([z.string(), z.number()], "Enter an amount in dollars, like 50 or 250.50")
    .transform((v) => String(v).trim())
    .refine((v) => parseDollars(v) !== null, "Enter dollars without commas or a $ sign, like 50 or 250.50")
    .refine(withinBounds(CREDIT_BOUNDS), `Add ${between(CREDIT_BOUNDS)} at a time`),
});
export type CreditInput = z.input<typeof creditSchema>;

/** Where invoices are mailed; empty mails them to everyone who may manage billing. */
export const invoiceEmailSchema = z.object({
  invoiceEmail: z
    .string()
    .trim()
    .max(254, "That email address is too long")
    .refine((v) => v === "" || z.email().safeParse(v).success, "Enter a valid email address, or leave it empty")
    .transform((v) => v.toLowerCase() || null),
});
export type InvoiceEmailInput = z.input<typeof invoiceEmailSchema>;

const text = (label: string, max: number) => displayTextField().min(1, `Enter the ${label}`).max(max, `Use at most ${max} characters`);

const MAX_CARD_YEARS = 20;

/** The card number is sent to the provider and never stored; only brand and last 4 are kept. */
export const paymentMethodSchema = z.object({
  cardNumber: z
    .string()
    .overwrite(digitsOnly)
    .refine((v) => /^\d{12,19}$/.test(v), "Enter the 12 to 19 digits of the card number")
    .refine(passesLuhn, "This card number is not valid; check for a typo"),
  expiry: z
    .string()
    .trim()
    .refine((v) => parseExpiry(v) !== null, "Use MM/YY, like 07/29")
    .refine((v) => {
      const expiry = parseExpiry(v);
      return !expiry || !isExpired(expiry, new Date());
    }, "This card has expired")
    .refine((v) => {
      const expiry = parseExpiry(v);
      return !expiry || expiry.year <= new Date().getUTCFullYear() + MAX_CARD_YEARS;
    }, `Cards are valid for at most ${MAX_CARD_YEARS} years; check the year`),
  billingName: text("name on the card", 100),
  addressLine: text("street address", 200),
  city: text("city", 100),
  postalCode: text("postal code", 20),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, "Use the two-letter country code, like US or DE"),
});
export type PaymentMethodInput = z.input<typeof paymentMethodSchema>;

export const paymentMethodIdSchema = z.object({ id: z.string().min(1, "Pick a payment method") });

const MAX_PERIOD_DAYS = 366;
const isoDayField = (label: string) =>
  z
    .string()
    .trim()
    .refine((v) => dayProblem(v) !== "format", `Enter the ${label} date as YYYY-MM-DD`)
    .refine((v) => dayProblem(v) !== "range", `Pick a ${label} date ${DAY_RANGE_MESSAGE}`);

const periodFields = { from: isoDayField("first"), to: isoDayField("last") };

function checkPeriod(p: { from: string; to: string }, ctx: z.RefinementCtx) {
  const days = validDays(p);
  if (!days) return;
  if (days.to < days.from) ctx.addIssue({ code: "custom", path: ["to"], message: "The last day must not be before the first" });
  else if (days.to.getTime() - days.from.getTime() >= MAX_PERIOD_DAYS * 86_400_000) ctx.addIssue({ code: "custom", path: ["to"], message: `Pick at most ${MAX_PERIOD_DAYS} days` });
}

/** A usage report period: whole UTC days, both ends included. */
export const usagePeriodSchema = z.object(periodFields).superRefine(checkPeriod);

/** The REST API's usage query: a period and the page cursor it hands out. */
export const usageQuerySchema = z
  .object({
    ...periodFields,
    cursor: z.string().trim().regex(/^[1-9]\d{0,5}$/, "Use the `nextCursor` of the previous page").optional().describe("The `nextCursor` of the previous page"),
  })
  .superRefine(checkPeriod);
export type UsagePeriodInput = z.input<typeof usagePeriodSchema>;

export const creditHistoryQuerySchema = z.object({
  cursor: z
    .string()
    .trim()
    .refine((c) => creditCursor(c) !== null, "Use the `nextCursor` of the previous page")
    .optional()
    .describe("The `nextCursor` of the previous page"),
});

function validDays(p: { from: string; to: string }) {
  if (dayProblem(p.from) || dayProblem(p.to)) return null;
  return { from: parseIsoDay(p.from)!, to: parseIsoDay(p.to)! };
}
