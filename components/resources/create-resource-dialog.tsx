"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { InputField, SelectField } from "@/components/ui/field";
import { formatCents } from "@/lib/billing/money";
import { createResourceAction } from "@/lib/resources/actions";
import { GPU_TYPE_KEYS, GPU_TYPES, hourlyCostCents, KIND_INFO, REGIONS, type ResourceKind, type ResourceSpec } from "@/lib/resources/catalog";
import type { createResourceSchema, CreateResourceInput } from "@/lib/resources/schemas";
import { DialogActions } from "@/components/ui/dialog-actions";
import { fieldProps } from "@/components/forms/field-props";

const loadSchema = () => import("@/lib/resources/schemas").then((m) => m.createResourceSchema);

const DEFAULTS: Record<ResourceKind, CreateResourceInput> = {
  pod: { kind: "pod", name: "", gpuType: "rtx-4090", gpuCount: 1 },
  endpoint: { kind: "endpoint", name: "", gpuType: "rtx-4090", maxWorkers: 2 },
  cluster: { kind: "cluster", name: "", gpuType: "h100-80", nodes: 2 },
  volume: { kind: "volume", name: "", sizeGb: 100, region: "eu-west-1" },
};

export function CreateResourceDialog({ slug, kind }: { slug: string; kind: ResourceKind }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const { form, formError, submitWith } = useActionForm(loadSchema, DEFAULTS[kind]);
  // The price preview parses the fields as the action will; it appears once the schema has loaded.
  const [schema, setSchema] = useState<typeof createResourceSchema | null>(null);
  useEffect(() => {
    loadSchema().then((loaded) => setSchema(() => loaded), () => {});
  }, []);
  const errors = form.formState.errors as Record<string, { message?: string } | undefined>;
  const info = KIND_INFO[kind];
  const onSubmit = submitWith(
    (v) => createResourceAction(slug, v),
    () => {
      setOpen(false);
      form.reset(DEFAULTS[kind]);
      router.refresh();
    },
  );
  const parsed = schema?.safeParse(form.watch());
  const price = parsed?.success ? hourlyCostCents(parsed.data as ResourceSpec) : null;
  const register = (name: string) => fieldProps(form, name as never);

  return (
    <>
      <Button onClick={() => setOpen(true)}>Create {info.singular.toLowerCase()}</Button>
      <Dialog open={open} onOpenChange={setOpen} title={`Create ${info.singular.toLowerCase()}`} description={info.description}>
        <form noValidate onSubmit={onSubmit} className="space-y-4">
          <InputField label="Name" placeholder="my-workload" error={errors.name?.message} {...register("name")} />
          {kind !== "volume" && (
            <SelectField label="GPU type" error={errors.gpuType?.message} {...register("gpuType")}>
              {GPU_TYPE_KEYS.map((g) => (
                <option key={g} value={g}>
                  {GPU_TYPES[g].label} — {formatCents(GPU_TYPES[g].centsPerHour)}/h per GPU
                </option>
              ))}
            </SelectField>
          )}
          {kind === "pod" && <InputField label="GPUs" type="number" min={1} max={8} error={errors.gpuCount?.message} {...register("gpuCount")} />}
          {kind === "endpoint" && <InputField label="Max workers" type="number" min={1} max={20} error={errors.maxWorkers?.message} {...register("maxWorkers")} />}
          {kind === "cluster" && <InputField label="Nodes (8 GPUs each)" type="number" min={2} max={16} error={errors.nodes?.message} {...register("nodes")} />}
          {kind === "volume" && (
            <>
              <InputField label="Size (GB)" type="number" min={10} max={4000} error={errors.sizeGb?.message} {...register("sizeGb")} />
              <SelectField label="Region" error={errors.region?.message} {...register("region")}>
                {REGIONS.map((r) => (
                  <option key={r}>{r}</option>
                ))}
              </SelectField>
            </>
          )}
          <p className="text-sm text-zinc-700" aria-live="polite">
            {kind === "endpoint" ? "Billed per request." : price !== null ? `Costs ${formatCents(price)} per hour while ${kind === "volume" ? "it exists" : "running"}.` : ""}
          </p>
          {formError && <Alert tone="error">{formError}</Alert>}
          <DialogActions onCancel={() => setOpen(false)}>
            <Button type="submit" disabled={form.formState.isSubmitting}>
              {form.formState.isSubmitting ? "Creating…" : "Create"}
            </Button>
          </DialogActions>
        </form>
      </Dialog>
    </>
  );
}
