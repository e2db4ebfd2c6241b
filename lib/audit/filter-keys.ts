/** The audit log's filters, as named in its URL and its filter form. */
export const FILTER_KEYS = ["from", "to", "actor", "action", "type", "target"] as const;
