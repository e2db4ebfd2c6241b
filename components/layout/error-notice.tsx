"use client";

import { Button, buttonClass } from "@/components/ui/button";

export type ErrorBoundaryProps = { error: Error & { digest?: string }; retry: () => void };

/**
 * What a page that failed to render shows instead: a way to retry, a way out, and the reference the
 * server logged it under. It is the page's main content: a boundary outside the team layout wraps
 * it in <main>, the team layout already has one.
 */
export function ErrorNotice({ error, retry }: ErrorBoundaryProps) {
  return (
    <div className="mx-auto flex min-h-[60vh] max-w-md flex-col items-center justify-center gap-4 px-4 text-center">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="text-sm text-zinc-600">Roster could not show this page. The fault is on our side, not in anything you did. Try again in a moment.</p>
      {error.digest && (
        <p className="text-xs text-zinc-600">
          Reference <code className="font-mono">{error.digest}</code>, if you contact support.
        </p>
      )}
      <div className="flex flex-wrap justify-center gap-2">
        <Button onClick={retry}>Try again</Button>
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full page load starts afresh, and leaving next/link out keeps ~3 kB of router code out of every page's error chunk */}
        <a href="/" className={buttonClass("secondary")}>
          Go to your teams
        </a>
      </div>
    </div>
  );
}
