import { ActionError } from "./result";

type Selected = {
  ids: string[];
  /** What to call each id that may still be changed, e.g. its email; ids missing here are gone. */
  labels: Map<string, string>;
  /** The refusal when some of the ids are gone: how many. */
  gone: (count: number) => string;
};

/**
 * Runs one change for each of several rows, in the caller's transaction: the first refusal undoes
 * them all and names whose it was. Refusals of the input itself (a role that cannot be granted)
 * carry field errors and pass as they are.
 */
export async function eachSelected({ ids, labels, gone }: Selected, run: (id: string) => Promise<unknown>): Promise<void> {
  const missing = ids.filter((id) => !labels.has(id)).length;
  if (missing) throw new ActionError(gone(missing), undefined, 404);
  for (const id of ids) {
    try {
      await run(id);
    } catch (error) {
      if (error instanceof ActionError && !error.fieldErrors) throw new ActionError(`${labels.get(id)}: ${error.message} Nothing was changed.`, undefined, error.status);
      throw error;
    }
  }
}

/** "One of the selected members is" / "3 of the selected members are". */
export function someOfTheSelected(count: number, plural: string): string {
  return count === 1 ? `One of the selected ${plural} is` : `${count} of the selected ${plural} are`;
}
