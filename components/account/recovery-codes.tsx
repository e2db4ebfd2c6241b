"use client";

import { useState } from "react";
import { Button, buttonClass } from "@/components/ui/button";

/** Recovery codes shown once (at enrolment and when new ones are generated), to copy or download. */
export function RecoveryCodes({ codes, email }: { codes: string[]; email: string }) {
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);
  const text = `Roster recovery codes for ${email}\nEach code signs you in once when you cannot use your authenticator app.\n\n${codes.join("\n")}\n`;
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied("yes");
    } catch {
      setCopied("failed");
    }
  }
  return (
    <div className="space-y-3">
      <ol className="grid grid-cols-2 gap-2 rounded-md bg-zinc-50 p-4 font-mono text-sm" aria-label="Recovery codes" data-testid="recovery-codes">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
      <div className="flex flex-wrap items-center gap-2">
        <Button variant="secondary" onClick={copy}>
          Copy codes
        </Button>
        <a href={`data:text/plain;charset=utf-8,${encodeURIComponent(text)}`} download="roster-recovery-codes.txt" className={buttonClass("secondary")}>
          Download codes
        </a>
        <span role="status" className="text-sm text-zinc-700">
          {copied === "yes" ? "Copied to the clipboard." : copied === "failed" ? "This browser did not allow copying: select the codes and copy them, or download them." : ""}
        </span>
      </div>
    </div>
  );
}
