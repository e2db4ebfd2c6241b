"use client";

import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { InputField } from "@/components/ui/field";
import { deleteTeamAction } from "@/lib/teams/actions";
import { fieldProps } from "@/components/forms/field-props";

export function DeleteTeamForm({ slug, teamName }: { slug: string; teamName: string }) {
  const router = useRouter();
  const { form, formError, submitWith, errors } = useActionForm(() => import("@/lib/teams/schemas").then((m) => m.deleteTeamSchema), { confirmName: "" });
  const matches = form.watch("confirmName") === teamName;
  return (
    <section aria-labelledby="danger-zone" className="mt-8 rounded-lg border border-red-300 bg-white">
      <form noValidate onSubmit={submitWith((v) => deleteTeamAction(slug, v), () => router.push("/"))} className="space-y-4 p-6">
        <h2 id="danger-zone" className="text-base font-semibold text-red-800">
          Delete team
        </h2>
        <p className="text-sm text-zinc-700">
          Deletes {teamName} with its memberships, invitations and resources. This cannot be undone; the audit trail of the deletion is kept.
        </p>
        <InputField label={`Type “${teamName}” to confirm`} autoComplete="off" error={errors.confirmName?.message} {...fieldProps(form, "confirmName")} />
        {formError && <Alert tone="error">{formError}</Alert>}
        <Button type="submit" variant="danger" disabled={!matches || form.formState.isSubmitting}>
          Delete this team
        </Button>
      </form>
    </section>
  );
}
