import { describe, expect, it } from "vitest";
import { cardBrand, digitsOnly, isExpired, parseExpiry, passesLuhn } from "./card";
import { paymentMethodSchema, spendLimitSchema } from "./schemas";

describe("card checks", () => {
  it("accepts numbers that pass Luhn and refuses one-digit typos", () => {
    expect(passesLuhn("4242424242424242")).toBe(true);
    expect(passesLuhn("5555555555554444")).toBe(true);
    expect(passesLuhn("378282246310005")).toBe(true);
    expect(passesLuhn("4242424242424241")).toBe(false);
    expect(passesLuhn("42424242")).toBe(false);
  });

  it("names the brand from the number", () => {
    expect(cardBrand("4242424242424242")).toBe("Visa");
    expect(cardBrand("5555555555554444")).toBe("Mastercard");
    expect(cardBrand("378282246310005")).toBe("American Express");
    expect(cardBrand("6011111111111117")).toBe("Discover");
    expect(cardBrand("9999999999999995")).toBe("Card");
  });

  it("reads MM/YY and MM/YYYY expiries; a card works through its expiry month (UTC)", () => {
    expect(parseExpiry("07/29")).toEqual({ month: 7, year: 2029 });
    expect(parseExpiry(" 7 / 2031 ")).toEqual({ month: 7, year: 2031 });
    expect(parseExpiry("13/29")).toBeNull();
    expect(isExpired({ month: 11, year: 2026 }, new Date("2026-11-30T23:59:59Z"))).toBe(false);
    expect(isExpired({ month: 11, year: 2026 }, new Date("2026-12-01T00:00:00Z"))).toBe(true);
  });

  it("strips spaces and dashes from the number", () => {
    expect(digitsOnly("4242 4242-4242 4242")).toBe("4242424242424242");
  });
});

describe("billing schemas", () => {
  const card = { cardNumber: "4242 4242 4242 4242", expiry: "12/39", billingName: "Acme AI", addressLine: "1 Main St", city: "Berlin", postalCode: "10115", country: "de" };

  it("normalises a valid card", () => {
    expect(paymentMethodSchema.parse(card)).toMatchObject({ cardNumber: "4242424242424242", country: "DE" });
  });

  it("puts each problem next to its field", () => {
    const result = paymentMethodSchema.safeParse({ ...card, cardNumber: "4242 4242 4242 4241", expiry: "01/20", country: "Germany", city: " " });
    expect(result.success).toBe(false);
    const fields = Object.fromEntries(result.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(fields).toEqual({
      cardNumber: "This card number is not valid; check for a typo",
      expiry: "This card has expired",
      country: "Use the two-letter country code, like US or DE",
      city: "Enter the city",
    });
  });

  it("refuses an expiry further ahead than any card runs", () => {
    const year = new Date().getUTCFullYear();
    expect(paymentMethodSchema.safeParse({ ...card, expiry: `12/${year + 20}` }).success).toBe(true);
    for (const expiry of [`01/${year + 21}`, "12/9999"]) {
      expect(paymentMethodSchema.safeParse({ ...card, expiry }).error?.issues[0].message, expiry).toBe("Cards are valid for at most 20 years; check the year");
    }
  });

  it("bounds the spend limit", () => {
    expect(spendLimitSchema.safeParse({ limit: "80" }).success).toBe(true);
    expect(spendLimitSchema.safeParse({ limit: "1" }).success).toBe(true);
    expect(spendLimitSchema.safeParse({ limit: "10000" }).success).toBe(true);
    expect(spendLimitSchema.safeParse({ limit: "0.99" }).error?.issues[0].message).toMatch(/between \$1\.00 and \$10,000\.00/);
    expect(spendLimitSchema.safeParse({ limit: "10000.01" }).success).toBe(false);
    for (const limit of ["eighty", "1,000", "$80"]) {
      expect(spendLimitSchema.safeParse({ limit }).error?.issues[0].message, limit).toBe("Enter dollars without commas or a $ sign, like 80 or 1000.50");
    }
  });
});
