import { get, type FieldValues, type Path, type RegisterOptions, type UseFormReturn } from "react-hook-form";

/**
 * `form.register(name)` plus the field's default as an attribute. react-hook-form fills its fields
 * only once the page's script runs; with the attribute the server-rendered page already shows them,
 * instead of empty fields that fill in a moment later.
 */
export function fieldProps<T extends FieldValues, O extends FieldValues>(form: UseFormReturn<T, unknown, O>, name: Path<T>, options?: RegisterOptions<T, Path<T>>) {
  const value: unknown = get(form.formState.defaultValues, name);
  return { ...form.register(name, options), ...(typeof value === "boolean" ? { defaultChecked: value } : { defaultValue: value as string | number | undefined }) };
}

/** The same for one checkbox of a group whose field holds the list of ticked values. */
export function choiceProps<T extends FieldValues, O extends FieldValues>(form: UseFormReturn<T, unknown, O>, name: Path<T>, choice: string) {
  const ticked: unknown = get(form.formState.defaultValues, name);
  return { ...form.register(name), value: choice, defaultChecked: Array.isArray(ticked) && ticked.includes(choice) };
}
