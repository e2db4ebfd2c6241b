"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { InputField } from "@/components/ui/field";
import { createTeam } from "@/lib/teams/actions";
import { suggestSlug } from "@/lib/teams/suggest-slug";
import { fieldProps } from "@/components/forms/field-props";

export function CreateTeamForm({ defaultName }: { defaultName: string }) {
  const router = useRouter();
  const { form, formError, submitWith, errors } = useActionForm(() => import("@/lib/teams/schemas").then((m) => m.createTeamSchema), { name: defaultName, slug: suggestSlug(defaultName) });
  const [slugEdited, setSlugEdited] = useState(false);
  const nameField = fieldProps(form, "name", {
    onChange: (e) => {
      if (!slugEdited) form.setValue("slug", suggestSlug(e.target.value));
    },
  });
  const slugField = fieldProps(form, "slug", { onChange: () => setSlugEdited(true) });
  return (
    <form noValidate className="space-y-4" onSubmit={submitWith(createTeam, ({ slug }) => router.push(`/t/${slug}`))}>
      <InputField label="Team name" autoComplete="organization" error={errors.name?.message} {...nameField} />
      <InputField label="Team URL" hint={`roster/t/${form.watch("slug") || "your-team"}`} error={errors.slug?.message} {...slugField} />
      {formError && <Alert tone="error">{formError}</Alert>}
      <Button type="submit" className="w-full" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? "Creating…" : "Create team"}
      </Button>
    </form>
  );
}
