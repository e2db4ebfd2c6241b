import net from "node:net";
import { createDb, type Db } from "@/lib/db/client";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrate";
import { DEFAULT_PGLITE_PORT, databaseUrl } from "@/lib/db/url";

/**
 * For CLI scripts: DATABASE_URL, or the embedded database of `npm run dev` / `npm start` when it
 * is running, or else the embedded database's folder opened (and migrated) by this process.
 */
export async function withDatabase<T>(fn: (db: Db) => Promise<T>): Promise<T> {
  let embedded: EmbeddedDatabase | undefined;
  const port = Number(process.env.PGLITE_PORT ?? DEFAULT_PGLITE_PORT);
  if (!process.env.DATABASE_URL && !(await listening(port))) {
    embedded = await startEmbeddedDatabase(process.env.PGLITE_DATA_DIR ?? ".data/pglite", port);
    await applyMigrations(embedded.url, "pglite");
  }
  const db = createDb(embedded?.url ?? databaseUrl());
  try {
    return await fn(db);
  } finally {
    await db.$disconnect();
    await embedded?.stop();
  }
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port }, () => (socket.end(), resolve(true)));
    socket.on("error", () => resolve(false));
  });
}
