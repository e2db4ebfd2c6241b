/**
 * Every interactive transaction's limits (set on the client in client.ts). Transactions queue behind
 * others: for a pooled connection (the embedded database has one), and for rows that concurrent
 * requests lock (20 people accepting one invitation, bulk changes, invoicing). Prisma's defaults
 * (2 s to get a connection, 5 s in all) fail such a request under load instead of letting it wait its turn.
 */
export const QUEUED_TRANSACTION = { timeout: 20_000, maxWait: 20_000 } as const;
