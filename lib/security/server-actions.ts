import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Every "use server" module under lib/ (the full list of server actions, read from disk). */
export function serverActionModules(dir = "lib"): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : serverActionModules(path);
    return /\.tsx?$/.test(entry.name) && /^\s*["']use server["']/.test(readFileSync(path, "utf8")) ? [path] : [];
  });
}

/** Exported server actions of one module, as [name, function]. */
export async function exportedActions(file: string): Promise<[string, (...args: unknown[]) => Promise<unknown>][]> {
  const mod = (await import(/* @vite-ignore */ `@/${file}`)) as Record<string, unknown>;
  return Object.entries(mod).filter((e): e is [string, (...args: unknown[]) => Promise<unknown>] => typeof e[1] === "function");
}
