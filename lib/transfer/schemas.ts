import { z } from "zod";

export const startTransferSchema = z.object({ membershipId: z.string().trim().min(1, "Pick a member").max(64) });
export const transferTokenSchema = z.object({ token: z.string().trim().min(20).max(200) });
export const cancelTransferSchema = z.object({ transferId: z.string().trim().min(1).max(64) });
