"use client";

import { usePathname, useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { useZodResolver } from "@/components/forms/use-zod-resolver";
import { Combobox, type ComboboxOption } from "@/components/ui/combobox";
import { InputField, SelectField } from "@/components/ui/field";
import { DAY_BOUNDS } from "@/lib/validation/calendar-day";
import type { ActorOption } from "@/lib/audit/actors";
import { FILTER_KEYS } from "@/lib/audit/filter-keys";
import type { AuditFilterInput } from "@/lib/audit/filters";
import { fieldProps } from "@/components/forms/field-props";

type Option = { value: string; label: string };
type Props = {
  values: Record<(typeof FILTER_KEYS)[number], string>;
  /** The user in the URL's filter, as the page could name them. */
  actor: ComboboxOption | null;
  /** Where members are searched for the user filter (app/t/[team]/audit/actors). */
  actorSearchUrl: string;
  actions: Option[];
  types: Option[];
};

async function searchMembers(url: string, text: string, signal: AbortSignal): Promise<ComboboxOption[]> {
  const response = await fetch(`${url}?${new URLSearchParams({ q: text })}`, { signal });
  if (!response.ok) throw new Error(await response.text());
  const { actors } = (await response.json()) as { actors: ActorOption[] };
  return actors.map((a) => ({ value: a.id, label: a.name, detail: a.former ? `${a.email}, former member` : a.email }));
}

/** Filters kept in the URL query, so a filtered view can be shared and survives a reload. */
export function AuditFilters({ values, actor, actorSearchUrl, actions, types }: Props) {
  const router = useRouter();
  const pathname = usePathname();
  const resolver = useZodResolver(() => import("@/lib/audit/filters").then((m) => m.auditFilterSchema));
  const form = useForm({ resolver, defaultValues: values as AuditFilterInput });
  const errors = form.formState.errors;
  const withCurrent = (options: Option[], value: string) => (value && !options.some((o) => o.value === value) ? [...options, { value, label: value }] : options);

  const apply = form.handleSubmit(() => {
    const params = new URLSearchParams();
    for (const key of FILTER_KEYS) {
      const value = form.getValues(key)?.trim();
      if (value) params.set(key, value);
    }
    router.push(params.size ? `${pathname}?${params}` : pathname);
  });

  return (
    <form noValidate onSubmit={apply} aria-label="Filter events" className="mb-6 rounded-lg border border-zinc-200 bg-white p-4 shadow-xs">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <InputField label="From" type="date" {...DAY_BOUNDS} error={errors.from?.message} {...fieldProps(form, "from")} />
        <InputField label="To" type="date" {...DAY_BOUNDS} error={errors.to?.message} {...fieldProps(form, "to")} />
        <Combobox
          label="User"
          placeholder="Anyone"
          error={errors.actor?.message}
          initial={actor}
          onSelect={(option) => form.setValue("actor", option?.value ?? "")}
          search={(text, signal) => searchMembers(actorSearchUrl, text, signal)}
          noun={{ one: "member", many: "members" }}
        />
        <SelectField label="Action" error={errors.action?.message} {...fieldProps(form, "action")}>
          <option value="">Any action</option>
          {withCurrent(actions, values.action).map((o) => (
            <option key={o.value} value={o.value}>{o.label}</option>
          ))}
        </SelectField>
        <SelectField label="Resource type" error={errors.type?.message} {...fieldProps(form, "type")}>
          <option value="">Any type</option>
          {withCurrent(types, values.type).map((o) => (
            <option key={o.value} value={o.value}>{o.label}</option>
          ))}
        </SelectField>
        <InputField label="Resource ID" placeholder="e.g. a member or invitation id" error={errors.target?.message} {...fieldProps(form, "target")} />
      </div>
      <div className="mt-4 flex gap-2">
        <Button type="submit">Apply filters</Button>
        <Button variant="secondary" onClick={() => router.push(pathname)}>
          Clear
        </Button>
      </div>
    </form>
  );
}
