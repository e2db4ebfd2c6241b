/** A URL query from these values, leaving out the empty ones ("" when none is left). */
export function queryString(params: Record<string, string | undefined>): string {
  return new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => Boolean(entry[1]))).toString();
}
