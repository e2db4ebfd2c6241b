"use client";

import { ErrorNotice, type ErrorBoundaryProps } from "@/components/layout/error-notice";
import "./globals.css";

/** Replaces the root layout when that layout itself fails, so it brings its own document. */
export default function GlobalError(props: ErrorBoundaryProps) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <title>Something went wrong · Roster</title>
        <main>
          <ErrorNotice {...props} />
        </main>
      </body>
    </html>
  );
}
