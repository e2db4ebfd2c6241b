import type { ActionRefusal } from "@/lib/actions/result";

/**
 * Where a refusal's messages go. A field error whose field the form has goes next to that field,
 * and then the refusal's summary (e.g. "That URL is taken.") is not repeated above the button;
 * field errors the form has no field for, or a refusal without field errors, go to the form alert.
 */
export function placeServerErrors(refusal: ActionRefusal, values: Record<string, unknown>): { fields: [string, string][]; formError: string | undefined } {
  const entries = Object.entries(refusal.fieldErrors ?? {});
  const hasField = (name: string) => Object.hasOwn(values, name.split(".")[0]);
  const fields = entries.filter(([name]) => hasField(name));
  const elsewhere = entries.filter(([name]) => !hasField(name)).map(([, message]) => message);
  const formError = entries.length === 0 ? refusal.error : elsewhere.length > 0 ? elsewhere.join(" ") : undefined;
  return { fields, formError };
}
