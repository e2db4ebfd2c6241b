import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS, TARGET_TYPES } from "./actions-catalogue";

// Source files that may write audit events; tests write made-up actions on purpose.
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function written(pattern: RegExp): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of ["lib", "app", "scripts"].flatMap(sourceFiles)) {
    for (const match of readFileSync(file, "utf8").matchAll(pattern)) found.set(match[1], file);
  }
  return found;
}

describe("audit action catalogue", () => {
  it("names every action the code writes", () => {
    const missing = [...written(/\baction: "([a-z_]+\.[a-z_.]+)"/g)].filter(([action]) => !Object.hasOwn(AUDIT_ACTIONS, action));
    expect(missing.map(([action, file]) => `${action} (${file})`)).toEqual([]);
  });

  it("names every target type the code writes", () => {
    const missing = [...written(/\btarget: \{\s*type: "([a-z_]+)"/g)].filter(([type]) => !Object.hasOwn(TARGET_TYPES, type));
    expect(missing.map(([type, file]) => `${type} (${file})`)).toEqual([]);
  });

  it("labels every action", () => {
    for (const [action, entry] of Object.entries(AUDIT_ACTIONS)) expect(entry.label.length, action).toBeGreaterThan(3);
  });
});
