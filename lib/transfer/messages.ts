/** Shown once the Owner has confirmed, by the button and by the page when reopened. */
export const TRANSFER_CONFIRMED = "Confirmed. The new Owner has been emailed and must accept before anything changes.";

/** Shown once the recipient has declined, by the button and by the page when reopened. */
export const TRANSFER_DECLINED = "Declined. Nothing has changed: the team keeps its Owner.";
