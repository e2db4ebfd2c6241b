import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

/** Extensions the migrations create (prisma/migrations/*_trigram_search). */
export const EXTENSIONS = { pg_trgm };

export type EmbeddedDatabase = { url: string; stop(): Promise<void> };

/** Serves a PGlite database (a folder, or memory://) over the PostgreSQL wire protocol.
 *  Only one process may open a data folder at a time. */
export async function startEmbeddedDatabase(dataDir: string, port: number): Promise<EmbeddedDatabase> {
  if (!dataDir.startsWith("memory://")) mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create(dataDir, { extensions: EXTENSIONS });
  const server = new PGLiteSocketServer({ db: pglite, host: "127.0.0.1", port, maxConnections: 20 });
  await server.start();
  return {
    url: `postgresql://postgres:postgres@${server.getServerConn()}/postgres`,
    async stop() {
      await server.stop();
      await pglite.close();
    },
  };
}
