/** The lifetimes, in days, an API key can be given. */
export const API_KEY_EXPIRY_DAYS = [7, 30, 90, 365] as const;
