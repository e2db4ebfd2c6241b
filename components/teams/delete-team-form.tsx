"use client";

import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { InputField } from "@/components/ui/field";
import { formatCents } from "@/lib/billing/money";
import { deleteTeamAction } from "@/lib/teams/actions";
import { countOf } from "@/lib/text/count";
import { displayText } from "@/lib/validation/display-text";
import { fieldProps } from "@/components/forms/field-props";

/** `running`, `balanceDue` and `creditLeft` (cents) are what deleting gives up: the form says so before anyone types. */
export function DeleteTeamForm({ slug, teamName, running, balanceDue, creditLeft }: { slug: string; teamName: string; running: number; balanceDue: number; creditLeft: number }) {
  const router = useRouter();
  const { form, formError, submitWith, errors } = useActionForm(() => import("@/lib/teams/schemas").then((m) => m.deleteTeamSchema), { confirmName: "" });
  const matches = displayText(form.watch("confirmName")) === teamName;
  return (
    <section aria-labelledby="danger-zone" className="mt-8 rounded-lg border border-red-300 bg-white">
      <form noValidate onSubmit={submitWith((v) => deleteTeamAction(slug, v), () => router.push("/"))} className="space-y-4 p-6">
        <h2 id="danger-zone" className="text-base font-semibold text-red-800">
          Delete team
        </h2>
        <p className="text-sm text-zinc-700">
          Deletes {teamName} with its memberships, invitations and resources. This cannot be undone; the audit trail of the deletion is kept.
        </p>
        {(running > 0 || balanceDue > 0 || creditLeft > 0) && (
          <Alert tone="error">
            {[
              running > 0 && `${countOf(running, "resource")} still running will stop at once.`,
              balanceDue > 0 && `The balance of ${formatCents(balanceDue)} (open invoices and usage not yet invoiced) will never be billed or shown again.`,
              creditLeft > 0 && `Its unused prepaid credit of ${formatCents(creditLeft)} is lost: it is not refunded.`,
            ]
              .filter(Boolean)
              .join(" ")}
          </Alert>
        )}
        <InputField label={`Type “${teamName}” to confirm`} autoComplete="off" error={errors.confirmName?.message} {...fieldProps(form, "confirmName")} />
        {formError && <Alert tone="error">{formError}</Alert>}
        <Button type="submit" variant="danger" disabled={!matches || form.formState.isSubmitting}>
          Delete this team
        </Button>
      </form>
    </section>
  );
}
