import type { AuditActor } from "@/lib/audit/record";
import { ActionError } from "./result";

type Selected = {
  ids: string[];
  /** What to call each id that may still be changed, e.g. its email; ids missing here are gone. */
  labels: Map<string, string>;
  /** What the rows are, and what became of those that are gone: "members", "no longer in this team". */
  gone: { rows: string; state: string };
};

/**
 * Runs one change for each of several rows, in the caller's transaction: the first refusal undoes
 * them all and names whose it was. Refusals of the input itself (a role that cannot be granted)
 * carry field errors and pass as they are.
 */
export async function eachSelected({ ids, labels, gone }: Selected, actor: AuditActor, run: (id: string) => Promise<unknown>): Promise<void> {
  const missing = ids.filter((id) => !labels.has(id));
  if (missing.length) throw new ActionError(goneMessage(missing, gone, actor), undefined, 404);
  for (const id of ids) {
    try {
      await run(id);
    } catch (error) {
      if (error instanceof ActionError && !error.fieldErrors) throw new ActionError(`${labels.get(id)}: ${error.message} Nothing was changed.`, undefined, error.status);
      throw error;
    }
  }
}

/** A person is told to reload the list they chose from; an API client is told which of its ids to drop. */
function goneMessage(missing: string[], { rows, state }: Selected["gone"], actor: AuditActor): string {
  if (actor.type === "api_key") return `Of the ${rows} given, ${missing.length === 1 ? "this one is" : "these are"} ${state}: ${missing.join(", ")}. Nothing was changed.`;
  const some = missing.length === 1 ? `One of the selected ${rows} is` : `${missing.length} of the selected ${rows} are`;
  return `${some} ${state}. Reload and try again.`;
}
