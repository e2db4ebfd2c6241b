export const DEFAULT_PGLITE_PORT = 5433;

/** DATABASE_URL, or the embedded PGlite server that scripts/run.ts starts. */
export function databaseUrl(): string {
  return process.env.DATABASE_URL || `postgresql://postgres:postgres@127.0.0.1:${process.env.PGLITE_PORT ?? DEFAULT_PGLITE_PORT}/postgres`;
}
