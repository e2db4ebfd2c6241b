type Bar = { label: string; value: number; display: string };

/** Horizontal bars scaled to the largest value; the numbers are printed, so no text alternative is needed. */
export function BarList({ bars, label }: { bars: Bar[]; label: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    <ul aria-label={label} className="space-y-2">
      {bars.map((bar, i) => (
        // Labels are names, which two members may share.
        <li key={i} className="grid grid-cols-[minmax(0,10rem)_1fr_auto] items-center gap-3 text-sm">
          <span className="truncate">{bar.label}</span>
          <span aria-hidden className="h-3 rounded-sm bg-zinc-100">
            <span className="block h-3 rounded-sm bg-zinc-800" style={{ width: `${(bar.value / max) * 100}%` }} />
          </span>
          <span className="tabular-nums text-zinc-700">{bar.display}</span>
        </li>
      ))}
    </ul>
  );
}
