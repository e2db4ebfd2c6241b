import { z } from "zod";

/** Endpoints a team may stream its audit log to. */
export const MAX_WEBHOOKS = 5;

/** The form's checks; the server also refuses http and private addresses (lib/webhooks/manage.ts). */
export const createWebhookSchema = z.object({
  url: z
    .string()
    .trim()
    .min(1, "Enter the endpoint's URL")
    .max(2000, "Use a URL of at most 2,000 characters")
    .refine((value) => {
      try {
        const url = new URL(value);
        return (url.protocol === "https:" || url.protocol === "http:") && url.hostname !== "";
      } catch {
        return false;
      }
    }, "Enter a full URL, such as https://siem.example.com/roster")
    .refine((value) => !/^[a-z]+:\/\/[^/?#]*@/i.test(value), "Leave the user name and password out of the URL: requests are signed instead"),
});
export type CreateWebhookInput = z.input<typeof createWebhookSchema>;

export const webhookIdSchema = z.object({ webhookId: z.string().trim().min(1).max(64) });
export type WebhookIdInput = z.input<typeof webhookIdSchema>;
