"use client";

import { useState, type ReactNode } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path } from "react-hook-form";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/result";
import { callAction, refusalMessage } from "./call-action";
import { placeServerErrors } from "./server-errors";
import { useZodResolver, type SchemaSource } from "./use-zod-resolver";

/**
 * react-hook-form validated by the same zod schema the server action parses. Field errors
 * returned by the server are shown next to their fields (and only there); anything else as the form error.
 * Pass a loader of the schema to keep zod out of the page's first load (see useZodResolver).
 */
export function useActionForm<S extends z.ZodType<FieldValues, FieldValues>>(schema: SchemaSource<S>, defaultValues: DefaultValues<z.input<S>>) {
  const form = useForm<z.input<S>, unknown, z.output<S>>({ resolver: useZodResolver(schema), defaultValues });
  const [formError, setFormError] = useState<ReactNode>(null);

  function submitWith<R>(action: (values: z.output<S>) => Promise<ActionResult<R> | undefined>, onSuccess?: (data: R) => void) {
    return form.handleSubmit(async (values) => {
      setFormError(null);
      const result = await callAction(() => action(values));
      if (!result) return;
      if (result.ok) return onSuccess?.(result.data);
      const { fields, formError } = placeServerErrors(result, form.getValues());
      for (const [field, message] of fields) form.setError(field as Path<z.input<S>>, { type: "server", message });
      setFormError(refusalMessage({ ...result, error: formError }, null));
    });
  }

  return { form, formError, submitWith, errors: form.formState.errors };
}

/** The first message in a field's error, including errors of its array items. */
export function firstError(error: unknown): string | undefined {
  if (!error || typeof error !== "object") return undefined;
  if ("message" in error && typeof error.message === "string" && error.message) return error.message;
  for (const value of Object.values(error)) {
    const found = value && typeof value === "object" && !("nodeType" in value) ? firstError(value) : undefined;
    if (found) return found;
  }
  return undefined;
}
