import { formatCents } from "@/lib/billing/money";
import { addUtcDays, addUtcMonths, dayLabel, isoDay } from "@/lib/billing/period";

type Props = { monthStart: Date; daily: { day: Date; cents: number }[] };

/** One bar per UTC day of the month; screen readers get the same numbers as a list. */
export function DailySpendChart({ monthStart, daily }: Props) {
  const byDay = new Map(daily.map((d) => [isoDay(d.day), d.cents]));
  const end = addUtcMonths(monthStart, 1);
  const days: { day: Date; cents: number }[] = [];
  for (let d = monthStart; d < end; d = addUtcDays(d, 1)) days.push({ day: d, cents: byDay.get(isoDay(d)) ?? 0 });
  const highest = Math.max(0, ...days.map((d) => d.cents));
  const max = Math.max(1, highest);
  return (
    <figure className="space-y-2">
      <div aria-hidden className="flex h-40 items-end gap-0.5 border-b border-zinc-300">
        {days.map(({ day, cents }) => (
          <div key={isoDay(day)} title={`${dayLabel(day)}: ${formatCents(cents)}`} className="flex h-full flex-1 items-end">
            <div className="w-full rounded-t-sm bg-zinc-800" style={{ height: `${(cents / max) * 100}%`, minHeight: cents ? 2 : 0 }} />
          </div>
        ))}
      </div>
      <div aria-hidden className="flex justify-between text-xs text-zinc-600">
        <span>{dayLabel(monthStart)}</span>
        <span>Highest day: {formatCents(highest)}</span>
        <span>{dayLabel(addUtcDays(end, -1))}</span>
      </div>
      <figcaption className="sr-only">
        Spend per day (UTC):
        <ul>
          {days
            .filter((d) => d.cents > 0)
            .map(({ day, cents }) => (
              <li key={isoDay(day)}>
                {dayLabel(day)}: {formatCents(cents)}
              </li>
            ))}
        </ul>
      </figcaption>
    </figure>
  );
}
