import type { Db, Tx } from "@/lib/db/client";

/** Entries on one page of the credit history. */
export const CREDIT_HISTORY_PAGE = 50;

type CreditChange =
  | { kind: "purchase"; amountCents: number; actorName: string; card: string }
  | { kind: "invoice"; amountCents: number; invoiceId: string };

/** Writes one change to a team's credit, with the balance it left, in the transaction that made it. */
export async function recordCreditChange(tx: Tx, change: CreditChange & { teamId: string; balanceAfterCents: number; createdAt?: Date }): Promise<void> {
  await tx.creditEntry.create({ data: change });
}

export type CreditEntryRow = {
  id: bigint;
  createdAt: Date;
  kind: string;
  amountCents: number;
  balanceAfterCents: number;
  actorName: string | null;
  card: string | null;
  invoice: { id: string; number: string; periodStart: Date } | null;
};

/** One page of a team's credit history, newest first, below the keyset cursor (an entry id); `next` is the cursor of the page after. */
export async function creditHistory(db: Db, teamId: string, cursor?: bigint): Promise<{ entries: CreditEntryRow[]; next: bigint | null }> {
  const rows = await db.creditEntry.findMany({
    where: { teamId, ...(cursor !== undefined ? { id: { lt: cursor } } : {}) },
    orderBy: { id: "desc" },
    take: CREDIT_HISTORY_PAGE + 1,
    select: {
      id: true,
      createdAt: true,
      kind: true,
      amountCents: true,
      balanceAfterCents: true,
      actorName: true,
      card: true,
      invoice: { select: { id: true, number: true, periodStart: true } },
    },
  });
  const entries = rows.slice(0, CREDIT_HISTORY_PAGE);
  return { entries, next: rows.length > CREDIT_HISTORY_PAGE ? entries[entries.length - 1].id : null };
}

/** The `cursor` query value as an entry id: undefined when there is none, null when it is not an id. */
export function creditCursor(value: string | string[] | undefined): bigint | undefined | null {
  if (value === undefined) return undefined;
  return typeof value === "string" && /^[1-9]\d{0,17}$/.test(value) ? BigInt(value) : null;
}
