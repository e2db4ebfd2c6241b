import { ActionError } from "@/lib/actions/result";
import type { Tx } from "@/lib/db/client";

export async function ensureSlugFree(tx: Tx, slug: string): Promise<void> {
  const taken = await tx.team.findUnique({ where: { slug }, select: { id: true } });
  if (taken) throw new ActionError("That URL is taken.", { slug: "That URL is already taken by another team" }, 409);
}
