"use client";

import { useState } from "react";
import { callAction, refusalMessage } from "@/components/forms/call-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionRefusal, ActionResult } from "@/lib/actions/result";
import { verifyAuditLog } from "@/lib/audit/actions";
import type { ChainReport } from "@/lib/audit/verify";

export function VerifyButton({ slug }: { slug: string }) {
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<ActionResult<ChainReport> | ActionRefusal | null>(null);
  async function verify() {
    setPending(true);
    setResult(await callAction(() => verifyAuditLog(slug, {})));
    setPending(false);
  }
  return (
    <div className="flex flex-col items-end gap-2">
      <Button variant="secondary" onClick={verify} disabled={pending}>
        {pending ? "Verifying…" : "Verify integrity"}
      </Button>
      {result && !result.ok && <Alert tone="error">{refusalMessage(result, "The log could not be verified.")}</Alert>}
      {result?.ok && result.data.ok && <Alert tone="success">Intact: all {result.data.checked} events link up and match their hashes.</Alert>}
      {result?.ok && !result.data.ok && (
        <Alert tone="error">
          Broken at event {result.data.brokenAt}: it {result.data.reason}. The {result.data.checked} events before it are intact.
        </Alert>
      )}
    </div>
  );
}
