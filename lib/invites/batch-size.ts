/** How many addresses one invitation batch may hold (the form and the server share it). */
export const MAX_INVITES_PER_BATCH = 50;
