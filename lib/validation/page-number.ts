/** The page a URL asks for (?page=N); anything that is not a page number means the first. */
export function pageNumberFrom(value: string | string[] | undefined): number {
  const page = Number(Array.isArray(value) ? value[0] : value);
  return Number.isSafeInteger(page) && page >= 1 ? page : 1;
}

/** How many pages `total` rows fill, at least one. */
export const pageCount = (total: number, size: number) => Math.max(1, Math.ceil(total / size));
