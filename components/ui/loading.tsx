/** Shown while a part of the page that loads on demand (next/dynamic) arrives. */
export function Loading() {
  return (
    <p role="status" className="py-2 text-sm text-zinc-600">
      Loading…
    </p>
  );
}
