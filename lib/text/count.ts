const COUNT = new Intl.NumberFormat("en-US");

/** 12208 -> "12,208": counts shown to people, grouped the same way on server and client. */
export function formatCount(n: number): string {
  return COUNT.format(n);
}
