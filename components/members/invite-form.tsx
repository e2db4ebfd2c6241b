"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { RoleSelect, initialRole } from "@/components/roles/role-select";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CopyField } from "@/components/ui/copy-field";
import { DialogActions } from "@/components/ui/dialog-actions";
import { FieldShell } from "@/components/ui/field";
import { inviteMembersAction } from "@/lib/invites/actions";
import type { InviteOutcome } from "@/lib/invites/invite-members";
import { inviteMembersSchema } from "@/lib/invites/schemas";
import type { RoleOption } from "@/lib/roles/options";
import { countOf } from "@/lib/text/count";
import { useCreatedLinks } from "./created-links";
import { LastDayField } from "./last-day-field";
import { fieldProps } from "@/components/forms/field-props";

/** The body of the invite dialog; loaded when the dialog opens (it brings the form libraries). */
export function InviteForm({ slug, roles, defaultRole, onClose }: { slug: string; roles: RoleOption[]; defaultRole: string; onClose: () => void }) {
  const router = useRouter();
  const { remember } = useCreatedLinks();
  const [outcomes, setOutcomes] = useState<InviteOutcome[]>([]);
  const { form, formError, submitWith, errors } = useActionForm(inviteMembersSchema, { emails: "", role: initialRole(roles, defaultRole), require2fa: false, lastDay: "" });

  useEffect(() => form.setFocus("emails"), [form]);

  const onSubmit = submitWith(
    (values) => inviteMembersAction(slug, { emails: values.emails.join("\n"), role: values.role, require2fa: values.require2fa, lastDay: values.lastDay }),
    ({ outcomes }) => {
      setOutcomes(outcomes);
      for (const o of outcomes) if (o.ok) remember(o.invitationId, o.link);
      form.setValue("emails", outcomes.filter((o) => !o.ok).map((o) => o.email).join("\n"));
      router.refresh();
    },
  );
  const failed = outcomes.filter((o) => !o.ok);
  const invited = outcomes.filter((o): o is Extract<InviteOutcome, { ok: true }> => o.ok);

  return (
    <form noValidate onSubmit={onSubmit} className="space-y-4">
      <FieldShell label="Email addresses" error={errors.emails?.message ?? (failed.length ? `${countOf(failed.length, "address", "addresses")} could not be invited — see below` : undefined)}>
        {({ id, describedBy }) => (
          <textarea
            id={id}
            rows={4}
            aria-describedby={describedBy}
            aria-invalid={errors.emails || failed.length ? true : undefined}
            placeholder="ada@example.com, grace@example.com"
            className="block w-full rounded-md border border-zinc-300 px-3 py-2 text-sm"
            {...fieldProps(form, "emails")}
          />
        )}
      </FieldShell>
      {failed.length > 0 && (
        <ul className="space-y-1 rounded-md border border-red-200 bg-red-50 p-3 text-sm" aria-label="Addresses not invited">
          {failed.map((o) => (
            <li key={o.email}>
              <span className="font-medium">{o.email}</span>: <span className="text-red-800">{!o.ok && o.message}</span>
            </li>
          ))}
        </ul>
      )}
      <RoleSelect roles={roles} selected={form.watch("role")} error={errors.role?.message} {...fieldProps(form, "role")} />
      <LastDayField
        label="Last day of access (optional)"
        hint="For temporary access, through the end of this day (UTC). Leave empty for access that does not end."
        error={errors.lastDay?.message}
        {...fieldProps(form, "lastDay")}
      />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" className="h-4 w-4 shrink-0" {...fieldProps(form, "require2fa")} />
        Require two-factor sign-in to accept
      </label>
      {formError && <Alert tone="error">{formError}</Alert>}
      {invited.length > 0 && (
        <div className="space-y-3 rounded-md border border-emerald-200 bg-emerald-50 p-3">
          <p className="text-sm font-medium text-emerald-900" role="status">
            Invited {invited.length} {invited.length === 1 ? "person" : "people"}. These links are shown only now:
          </p>
          {invited.map((o) => (
            <CopyField key={o.invitationId} label={`Invite link for ${o.email}`} value={o.link} />
          ))}
        </div>
      )}
      <DialogActions onCancel={onClose} cancelLabel="Close">
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? "Sending…" : "Send invitations"}
        </Button>
      </DialogActions>
    </form>
  );
}
