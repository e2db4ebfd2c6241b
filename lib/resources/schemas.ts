import { z } from "zod";
import { GPU_TYPE_KEYS, REGIONS } from "./catalog";

export const resourceNameField = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, "Use at least 3 characters")
  .max(40, "Use at most 40 characters")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lowercase letters, digits and single hyphens");

const gpuType = z.enum(GPU_TYPE_KEYS as [string, ...string[]], { message: "Pick a GPU type" });
const intBetween = (min: number, max: number, what: string) =>
  z.coerce.number({ message: `Enter a number of ${what}` }).int(`Enter a whole number of ${what}`).min(min, `Use ${min} to ${max} ${what}`).max(max, `Use ${min} to ${max} ${what}`);

export const createResourceSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("pod"), name: resourceNameField, gpuType, gpuCount: intBetween(1, 8, "GPUs") }),
  z.object({ kind: z.literal("endpoint"), name: resourceNameField, gpuType, maxWorkers: intBetween(1, 20, "workers") }),
  z.object({ kind: z.literal("cluster"), name: resourceNameField, gpuType, nodes: intBetween(2, 16, "nodes") }),
  z.object({ kind: z.literal("volume"), name: resourceNameField, sizeGb: intBetween(10, 4000, "GB"), region: z.enum(REGIONS, { message: "Pick a region" }) }),
]);
export type CreateResourceInput = z.input<typeof createResourceSchema>;

export const resourceIdSchema = z.object({ resourceId: z.string().trim().min(1).max(64) });

export const resizeVolumeSchema = resourceIdSchema.extend({ sizeGb: intBetween(10, 4000, "GB") });
export type ResizeVolumeInput = z.input<typeof resizeVolumeSchema>;

export const invokeEndpointSchema = resourceIdSchema.extend({
  payload: z
    .string()
    .max(10_000, "Keep the test payload under 10,000 characters")
    .refine((s) => {
      try {
        JSON.parse(s);
        return true;
      } catch {
        return false;
      }
    }, "Enter valid JSON, e.g. {\"input\": {\"prompt\": \"hello\"}}"),
});
export type InvokeEndpointInput = z.input<typeof invokeEndpointSchema>;
