/**
 * Page cursors that name the last row of a page by its sort key (createdAt, then id), not by the
 * row alone: the next page is still found when that row was deleted in between, where a Prisma
 * row cursor would find nothing and end the list early. Opaque to clients: "<ms>~<id>".
 */
export type Keyset = { createdAt: Date; id: string };

export function encodeCursor(row: Keyset): string {
  return `${row.createdAt.getTime()}~${row.id}`;
}

export function decodeCursor(cursor: string): Keyset | null {
  const match = /^(\d{1,15})~([\w-]{1,64})$/.exec(cursor);
  return match ? { createdAt: new Date(Number(match[1])), id: match[2] } : null;
}

/** The rows after the cursor in (createdAt, id) order, ascending or descending. */
export function afterCursor(cursor: Keyset, order: "asc" | "desc") {
  const beyond = order === "asc" ? "gt" : "lt";
  return { OR: [{ createdAt: { [beyond]: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { [beyond]: cursor.id } }] };
}

export const CURSOR_MESSAGE = "Use the `nextCursor` of the previous page";
