const COUNT = new Intl.NumberFormat("en-US");

/** 12208 -> "12,208": counts shown to people, grouped the same way on server and client. */
export function formatCount(n: number): string {
  return COUNT.format(n);
}

/** "1 member", "12,208 members": a count with its noun in the right number. */
export function countOf(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}
