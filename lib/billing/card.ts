/** Card checks done before anything reaches the payment provider. */

export function digitsOnly(value: string): string {
  return value.replace(/[\s-]/g, "");
}

export function passesLuhn(number: string): boolean {
  if (!/^\d{12,19}$/.test(number)) return false;
  let sum = 0;
  for (let i = 0; i < number.length; i++) {
    let digit = Number(number[number.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

const BRANDS: [string, RegExp][] = [
  ["Visa", /^4/],
  ["Mastercard", /^(5[1-5]|2[2-7])/],
  ["American Express", /^3[47]/],
  ["Discover", /^(6011|65|64[4-9])/],
];

export function cardBrand(number: string): string {
  return BRANDS.find(([, pattern]) => pattern.test(number))?.[0] ?? "Card";
}

/** "07/29" or "7/2029" -> { month: 7, year: 2029 }; null when malformed. */
export function parseExpiry(value: string): { month: number; year: number } | null {
  const match = /^\s*(\d{1,2})\s*\/\s*(\d{2}|\d{4})\s*$/.exec(value);
  if (!match) return null;
  const month = Number(match[1]);
  const year = match[2].length === 2 ? 2000 + Number(match[2]) : Number(match[2]);
  return month >= 1 && month <= 12 ? { month, year } : null;
}

/** A card is valid through the last day of its expiry month (UTC). */
export function isExpired(expiry: { month: number; year: number }, now: Date): boolean {
  return Date.UTC(expiry.year, expiry.month, 1) <= now.getTime();
}

/** How the audit log and the pages name a card: "Visa •••• 4242". */
export function cardLabel(method: { brand: string; last4: string }): string {
  return `${method.brand} •••• ${method.last4}`;
}
