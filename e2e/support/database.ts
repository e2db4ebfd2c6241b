/** The e2e server's embedded database, for tests that set up data no user journey makes. */
export const E2E_DATABASE_URL = `postgresql://postgres:postgres@127.0.0.1:${process.env.E2E_PGLITE_PORT ?? "5499"}/postgres`;
