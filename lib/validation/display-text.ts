/**
 * A name as people will see it: NFKC-normalised (so a full-width "Ａdmin" is "Admin"), invisible
 * format characters (zero-width spaces and joiners, direction marks) removed, every run of white
 * space (no-break spaces too) one space, ends trimmed. A name cannot then pass for another one,
 * such as a built-in role's, nor be empty to the eye.
 */
export function displayText(value: string): string {
  return value.normalize("NFKC").replace(/\p{Cf}/gu, "").replace(/\s+/gu, " ").trim();
}
