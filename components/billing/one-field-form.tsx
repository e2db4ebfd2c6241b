import type { FormEventHandler, ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

type Props = { onSubmit: FormEventHandler; submitting: boolean; submit: string; busy: string; formError: ReactNode; saved: ReactNode; width?: string; children: ReactNode };

/** The billing overview's settings: one field with its button beside it, and what came of saving below. */
export function OneFieldForm({ onSubmit, submitting, submit, busy, formError, saved, width = "w-80", children }: Props) {
  return (
    <form noValidate onSubmit={onSubmit} className="space-y-3">
      <div className="flex flex-wrap items-start gap-3">
        <div className={width}>{children}</div>
        <Button type="submit" className="mt-7" disabled={submitting}>
          {submitting ? busy : submit}
        </Button>
      </div>
      {formError && <Alert tone="error">{formError}</Alert>}
      {saved && <Alert tone="success">{saved}</Alert>}
    </form>
  );
}
