import { z } from "zod";

export const startTransferSchema = z.object({ membershipId: z.string().trim().min(1, "Pick a member").max(64) });
export const transferTokenSchema = z.object({ token: z.string().trim().min(20).max(200) });
export const cancelTransferSchema = z.object({ transferId: z.string().trim().min(1).max(64) });

/** Shown once the Owner has confirmed, by the button and by the page when reopened. */
export const TRANSFER_CONFIRMED = "Confirmed. The new Owner has been emailed and must accept before anything changes.";
