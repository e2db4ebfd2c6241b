"use client";

import { useRouter } from "next/navigation";
import { useEffect, useTransition } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { fieldProps } from "@/components/forms/field-props";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DialogActions } from "@/components/ui/dialog-actions";
import { accessEndsAtFor, accessEndText } from "@/lib/members/access-end";
import { setAccessEndAction } from "@/lib/members/actions";
import { accessEndSchema } from "@/lib/members/schemas";
import { LastDayField } from "./last-day-field";

/** The body of the "Access end date" dialog; loaded when the dialog opens. */
export function AccessEndForm({ slug, membershipId, lastDay, onDone, onClose }: { slug: string; membershipId: string; lastDay: string | null; onDone: (note: string) => void; onClose: () => void }) {
  const router = useRouter();
  const { form, formError, submitWith, errors } = useActionForm(accessEndSchema, { membershipId, lastDay: lastDay ?? "" });
  useEffect(() => form.setFocus("lastDay"), [form]);
  const [, startTransition] = useTransition();
  // In one transition, as useActionRunner does, so the message appears with the refreshed row.
  const save = submitWith((v) => setAccessEndAction(slug, v), (d) =>
    startTransition(() => {
      onDone(d.lastDay ? `Access ${accessEndText(accessEndsAtFor(d.lastDay))}.` : "Access no longer ends.");
      router.refresh();
    }),
  );
  return (
    <form noValidate onSubmit={save} className="space-y-4">
      <LastDayField label="Last day of access" hint="Through the end of this day, UTC." error={errors.lastDay?.message} {...fieldProps(form, "lastDay")} />
      {formError && <Alert tone="error">{formError}</Alert>}
      <DialogActions onCancel={onClose}>
        {lastDay && (
          <Button type="button" variant="secondary" disabled={form.formState.isSubmitting} onClick={() => (form.setValue("lastDay", ""), void save())}>
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
