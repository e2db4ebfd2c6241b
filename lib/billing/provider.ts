import { randomUUID } from "node:crypto";
import { cardBrand } from "./card";

export type CardDetails = { number: string; expMonth: number; expYear: number; billingName: string };
export type SavedCard = { provider: string; providerRef: string; brand: string; last4: string };

/**
 * Where cards live. Roster keeps only what the provider hands back (reference, brand, last 4);
 * a Stripe implementation would create a PaymentMethod with the card and return its id.
 */
export interface PaymentProvider {
  readonly name: string;
  saveCard(card: CardDetails): Promise<SavedCard>;
  removeCard(providerRef: string): Promise<void>;
  /** Charges a saved card; false when the provider declines. */
  charge(providerRef: string, amountCents: number, description: string): Promise<boolean>;
}

/** No processor: accepts every card that passed validation and charges nothing. */
export const localProvider: PaymentProvider = {
  name: "local",
  async saveCard(card) {
    return { provider: "local", providerRef: `local_${randomUUID()}`, brand: cardBrand(card.number), last4: card.number.slice(-4) };
  },
  async removeCard() {},
  async charge() {
    return true;
  },
};

export function paymentProvider(): PaymentProvider {
  return localProvider;
}
