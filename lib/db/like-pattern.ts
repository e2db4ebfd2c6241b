/** `text` for a LIKE pattern, with its %, _ and \ taken literally (also what Prisma's `contains` needs). */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** An ILIKE pattern matching `text` anywhere, taken literally. */
export function containsPattern(text: string): string {
  return `%${likeLiteral(text)}%`;
}
