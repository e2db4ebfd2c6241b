"use client";

import { useRouter } from "next/navigation";
import { useEffect, useTransition } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { fieldProps } from "@/components/forms/field-props";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DialogActions } from "@/components/ui/dialog-actions";
import type { ActionResult } from "@/lib/actions/result";
import { lastDaySchema } from "@/lib/members/schemas";
import { LastDayField } from "./last-day-field";

type Saved = { lastDay: string | null };

/**
 * The body of an "Access end date" dialog, for one member or several; loaded when the dialog opens.
 * `removable` offers "Remove end date" (access that no longer ends).
 */
export function AccessEndForm({ lastDay, removable, save, onDone, onClose }: { lastDay: string | null; removable: boolean; save: (lastDay: string) => Promise<ActionResult<Saved>>; onDone: (saved: Saved) => void; onClose: () => void }) {
  const router = useRouter();
  const { form, formError, submitWith, errors } = useActionForm(lastDaySchema, { lastDay: lastDay ?? "" });
  useEffect(() => form.setFocus("lastDay"), [form]);
  const [, startTransition] = useTransition();
  // In one transition, as useActionRunner does, so the message appears with the refreshed rows.
  const submit = submitWith((v) => save(v.lastDay), (saved) =>
    startTransition(() => {
      onDone(saved);
      router.refresh();
    }),
  );
  return (
    <form noValidate onSubmit={submit} className="space-y-4">
      <LastDayField label="Last day of access" hint="Through the end of this day, UTC." error={errors.lastDay?.message} {...fieldProps(form, "lastDay")} />
      {formError && <Alert tone="error">{formError}</Alert>}
      <DialogActions onCancel={onClose}>
        {removable && (
          <Button type="button" variant="secondary" disabled={form.formState.isSubmitting} onClick={() => (form.setValue("lastDay", ""), void submit())}>
            Remove end date
          </Button>
        )}
        <Button type="submit" disabled={form.formState.isSubmitting}>
          Save
        </Button>
      </DialogActions>
    </form>
  );
}
