/** A CSV download under `filename`, never cached (the team's exports). */
export function csvDownload(body: ReadableStream<Uint8Array>, filename: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}

/** `<prefix>-<team slug>-<UTC day>.csv`. */
export const datedFilename = (prefix: string, slug: string) => `${prefix}-${slug}-${new Date().toISOString().slice(0, 10)}.csv`;
