"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { InputField, SelectField } from "@/components/ui/field";
import { updateTeamSettings } from "@/lib/teams/actions";
import type { TeamSettingsInput } from "@/lib/teams/schemas";
import { fieldProps } from "@/components/forms/field-props";

type Props = { slug: string; values: TeamSettingsInput; roles: { key: string; name: string }[]; disabledReason?: string };

export function TeamSettingsForm({ slug, values, roles, disabledReason }: Props) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, formError, submitWith, errors } = useActionForm(() => import("@/lib/teams/schemas").then((m) => m.teamSettingsSchema), values);
  const disabled = Boolean(disabledReason);
  const onSubmit = submitWith(
    (v) => {
      setSaved(false);
      return updateTeamSettings(slug, v);
    },
    (data) => {
      setSaved(true);
      form.reset(form.getValues());
      if (data.slug !== slug) router.replace(`/t/${data.slug}/settings`);
      else router.refresh();
    },
  );
  return (
    <form noValidate onSubmit={onSubmit}>
      <Card
        title="General"
        description="The team's name and URL, and how people join it."
        footer={
          <>
            <p className="text-sm text-zinc-600">{disabledReason ?? "Changes are recorded in the audit log."}</p>
            <Button type="submit" disabled={disabled || form.formState.isSubmitting}>
              {form.formState.isSubmitting ? "Saving…" : "Save"}
            </Button>
          </>
        }
      >
        <fieldset disabled={disabled} className="space-y-4">
          <InputField label="Team name" error={errors.name?.message} {...fieldProps(form, "name")} />
          <InputField label="Team URL" hint={`/t/${form.watch("slug")}`} error={errors.slug?.message} {...fieldProps(form, "slug")} />
          <SelectField label="Default role for new invites" error={errors.defaultRole?.message} {...fieldProps(form, "defaultRole")}>
            {roles.map((r) => (
              <option key={r.key} value={r.key}>
                {r.name}
              </option>
            ))}
          </SelectField>
          <div className="grid gap-4 sm:grid-cols-2">
            <InputField label="Seat limit" type="number" hint="Joined members plus pending invitations." error={errors.seatLimit?.message} {...fieldProps(form, "seatLimit")} />
            <InputField label="Invitations expire after (days)" type="number" error={errors.inviteExpiryDays?.message} {...fieldProps(form, "inviteExpiryDays")} />
          </div>
          <label className="flex items-start gap-2 text-sm">
            <input type="checkbox" className="mt-0.5 h-4 w-4 shrink-0" {...fieldProps(form, "require2fa")} />
            <span>
              Require two-factor sign-in
              <span className="block text-xs text-zinc-600">Members without it must set it up before they can open the team’s pages, act in it or use their API keys. Turn on your own first.</span>
            </span>
          </label>
        </fieldset>
        {formError && <Alert tone="error">{formError}</Alert>}
        {saved && <Alert tone="success">Settings saved.</Alert>}
      </Card>
    </form>
  );
}
