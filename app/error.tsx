"use client";

import { ErrorNotice, type ErrorBoundaryProps } from "@/components/layout/error-notice";

export default function RootError(props: ErrorBoundaryProps) {
  return (
    <main>
      <ErrorNotice {...props} />
    </main>
  );
}
