"use client";

import { useEffect } from "react";
import { firstError, useActionForm } from "@/components/forms/use-action-form";
import { RoleSelect, initialRole } from "@/components/roles/role-select";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DialogActions } from "@/components/ui/dialog-actions";
import { InputField } from "@/components/ui/field";
import { createInviteLinkAction } from "@/lib/invites/actions";
import { inviteLinkSchema } from "@/lib/invites/schemas";
import type { RoleOption } from "@/lib/roles/options";
import { fieldProps } from "@/components/forms/field-props";
import { LastDayField } from "./last-day-field";

type Created = { invitationId: string; link: string };

/** The body of the "Create invite link" dialog; loaded when the dialog opens. */
export function InviteLinkForm({ slug, roles, onCreated, onClose }: { slug: string; roles: RoleOption[]; onCreated: (created: Created) => void; onClose: () => void }) {
  const { form, formError, submitWith, errors } = useActionForm(inviteLinkSchema, { role: initialRole(roles), expiresInDays: "7", maxUses: "", allowedDomains: "", listed: false, lastDay: "" });
  useEffect(() => form.setFocus("role"), [form]);
  const onSubmit = submitWith(
    (v) => createInviteLinkAction(slug, { role: v.role, expiresInDays: v.expiresInDays ?? "", maxUses: v.maxUses ?? "", allowedDomains: v.allowedDomains.join(", "), listed: v.listed, lastDay: v.lastDay }),
    onCreated,
  );
  return (
    <form noValidate onSubmit={onSubmit} className="space-y-4">
      <RoleSelect roles={roles} selected={form.watch("role")} error={errors.role?.message} {...fieldProps(form, "role")} />
      <InputField label="Expires after (days)" inputMode="numeric" hint="Leave empty for no expiry." error={errors.expiresInDays?.message} {...fieldProps(form, "expiresInDays")} />
      <LastDayField
        label="Last day of access (optional)"
        hint="For temporary access, through the end of this day (UTC), for everyone who joins with it."
        error={errors.lastDay?.message}
        {...fieldProps(form, "lastDay")}
      />
      <InputField label="Maximum uses" inputMode="numeric" hint="Leave empty for unlimited." error={errors.maxUses?.message} {...fieldProps(form, "maxUses")} />
      <InputField
        label="Allowed email domains"
        placeholder="example.com, example.org"
        hint="Leave empty to allow any address."
        error={firstError(errors.allowedDomains)}
        {...fieldProps(form, "allowedDomains")}
      />
      <div className="text-sm">
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            className="h-4 w-4 shrink-0"
            aria-invalid={errors.listed ? true : undefined}
            aria-describedby={errors.listed ? "listed-error" : "listed-hint"}
            {...fieldProps(form, "listed")}
          />
          List it for these domains
        </label>
        {errors.listed ? (
          <p id="listed-error" className="mt-1 text-red-700" data-field-error>
            {errors.listed.message}
          </p>
        ) : (
          <p id="listed-hint" className="mt-1 pl-6 text-xs text-zinc-600">
            People who have confirmed an address at them see the team on their account page and join without the link. Only for the domain of your own confirmed address, and for roles that cannot run the team.
          </p>
        )}
      </div>
      {formError && <Alert tone="error">{formError}</Alert>}
      <DialogActions onCancel={onClose}>
        <Button type="submit" disabled={form.formState.isSubmitting}>
          Create link
        </Button>
      </DialogActions>
    </form>
  );
}
