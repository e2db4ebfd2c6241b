import type { ReactNode } from "react";

export function Stat({ label, value, hint, testId }: { label: string; value: string; hint?: ReactNode; testId?: string }) {
  return (
    <div className="rounded-lg border border-zinc-200 bg-white p-4 shadow-xs">
      <dt className="text-sm text-zinc-600">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold tabular-nums" data-testid={testId}>
        {value}
      </dd>
      {hint && <dd className="mt-1 text-xs text-zinc-600">{hint}</dd>}
    </div>
  );
}
