"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { fieldProps } from "@/components/forms/field-props";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { InputField } from "@/components/ui/field";
import { changeName } from "@/lib/auth/account-actions";

export function ChangeNameForm({ name, email }: { name: string; email: string }) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, formError, submitWith, errors } = useActionForm(() => import("@/lib/auth/schemas").then((m) => m.changeNameSchema), { name });
  const onSubmit = submitWith(changeName, (data) => {
    form.reset({ name: data.name });
    setSaved(true);
    router.refresh();
  });
  return (
    <Card title="Profile" description={`Your name is what every team you belong to sees. You sign in as ${email}.`}>
      <form
        noValidate
        onSubmit={(event) => {
          setSaved(false);
          return onSubmit(event);
        }}
        className="space-y-4"
      >
        <InputField label="Name" autoComplete="name" error={errors.name?.message} {...fieldProps(form, "name")} />
        {formError && <Alert tone="error">{formError}</Alert>}
        {saved && !formError && <Alert tone="success">Name saved.</Alert>}
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? "Saving…" : "Save name"}
        </Button>
      </form>
    </Card>
  );
}
