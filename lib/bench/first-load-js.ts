import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

/** The target for the members page, in kB (1,024 bytes) gzipped. */
export const MEMBERS_PAGE_JS_BUDGET_KB = 150;
/** Every other page: what they load today (140–158 kB) with a little room, well short of zod (~30 kB), which forms fetch only once mounted. */
export const PAGE_JS_BUDGET_KB = 165;

/**
 * What a page's HTML makes the browser download before it runs: every `<script src>` of the build
 * (not the noModule polyfills, which browsers that run modules never fetch), raw and gzipped, in bytes.
 */
export function firstLoadJs(html: string, distDir: string) {
  const tags = [...html.matchAll(/<script[^>]+>/g)].map((m) => m[0]).filter((tag) => !/\snomodule/i.test(tag));
  const files = new Set(tags.flatMap((tag) => /src="\/_next\/([^"?]+)/.exec(tag)?.[1] ?? []));
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const content = readFileSync(path.join(distDir, decodeURIComponent(file)));
    raw += content.byteLength;
    gzip += gzipSync(content).byteLength;
  }
  return { files: files.size, raw, gzip };
}
