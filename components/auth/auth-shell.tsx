import type { ReactNode } from "react";

/** A narrow page around one card; `footer` sits under the card (the signed-in user's way out, say). */
export function AuthShell({ title, subtitle, children, footer }: { title: string; subtitle?: ReactNode; children: ReactNode; footer?: ReactNode }) {
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm space-y-6">
        <div className="space-y-2 text-center">
          <p className="text-lg font-bold tracking-tight">Roster</p>
          <h1 className="text-2xl font-semibold">{title}</h1>
          {subtitle && <p className="text-sm text-zinc-600">{subtitle}</p>}
        </div>
        <div className="rounded-lg border border-zinc-200 bg-white p-6 shadow-xs">{children}</div>
        {footer}
      </div>
    </main>
  );
}
