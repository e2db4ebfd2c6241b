/** Characters that make a spreadsheet run a cell as a formula when the cell starts with one. */
export const FORMULA_STARTS = ["=", "+", "-", "@", "\t", "\r"];

const FORMULA_START = new RegExp(`^[${FORMULA_STARTS.map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).join("")}]`);
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV cell (RFC 4180). A value that a spreadsheet would run as a formula gets a leading
 * apostrophe, so it is shown as text.
 */
export function csvCell(value: string | null): string {
  if (value === null) return "";
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV record; lines end with LF, as PostgreSQL's COPY writes them for the audit export. */
export function csvLine(cells: (string | null)[]): string {
  return `${cells.map(csvCell).join(",")}\n`;
}
