/** Shown when a server action's request fails on its way; nothing says whether the server received it. */
export const UNREACHABLE = "Roster could not be reached, so this may not have been saved. Check your connection and try again.";
