"use client";

import { ErrorNotice, type ErrorBoundaryProps } from "@/components/layout/error-notice";

/** Inside the team layout, so the team's navigation stays usable when one page fails. */
export default function TeamPageError(props: ErrorBoundaryProps) {
  return <ErrorNotice {...props} />;
}
