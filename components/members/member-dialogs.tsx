"use client";

import { useEffect, useState, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { DialogActions } from "@/components/ui/dialog-actions";
import { SelectField } from "@/components/ui/field";
import { changeMemberRoleAction, previewMemberRemoval, removeMemberAction } from "@/lib/members/actions";
import type { RoleOption } from "@/lib/roles/options";
import { formatCount } from "@/lib/text/count";
import { startTransferAction } from "@/lib/transfer/actions";
import { callAction, refusalMessage } from "@/components/forms/call-action";
import { useActionRunner } from "@/components/forms/use-action-runner";
import type { Row } from "./member-row-menu";

// The row menu's dialogs, loaded when one opens: none is needed to show the members page.

export function ChangeRoleDialog({ slug, row, roles, label, onClose }: { slug: string; row: Row; roles: RoleOption[]; label: string; onClose: () => void }) {
  const [role, setRole] = useState(row.roleValue);
  const runner = useActionRunner();
  const selected = roles.find((r) => r.value === role);
  return (
    <Dialog open onOpenChange={onClose} title="Change role" description={`${label} is ${row.roleName} now. The change applies on their next request.`}>
      <div className="space-y-4">
        <SelectField label="New role" value={role} onChange={(e) => setRole(e.target.value)} hint={selected?.description} error={runner.error ?? undefined}>
          {roles
            .filter((r) => r.grantable || r.value === row.roleValue)
            .map((r) => (
              <option key={r.value} value={r.value} disabled={!r.grantable}>
                {r.name} — {r.description}
              </option>
            ))}
        </SelectField>
        <DialogActions onCancel={onClose}>
          <Button disabled={runner.pending || role === row.roleValue} onClick={() => runner.run(() => changeMemberRoleAction(slug, { membershipId: row.id, role }), () => onClose())}>
            {runner.pending ? "Saving…" : "Change role"}
          </Button>
        </DialogActions>
      </div>
    </Dialog>
  );
}

export function RemoveDialog({ slug, row, label, onClose }: { slug: string; row: Row; label: string; onClose: () => void }) {
  const runner = useActionRunner();
  const [resources, setResources] = useState<{ listed: { id: string; kind: string; name: string }[]; total: number } | null>(null);
  const [previewError, setPreviewError] = useState<ReactNode>(null);
  useEffect(() => {
    void callAction(() => previewMemberRemoval(slug, { membershipId: row.id })).then((r) =>
      r.ok ? setResources(r.data) : setPreviewError(refusalMessage(r, "Their resources could not be checked.")),
    );
  }, [slug, row.id]);
  return (
    <Dialog open onOpenChange={onClose} title={`Remove ${row.name ?? row.email}?`} description={`${label} loses access to the team at once, in every open session.`}>
      <div className="space-y-4 text-sm">
        {previewError ? (
          <Alert tone="error">{previewError}</Alert>
        ) : resources === null ? (
          <p>Checking their resources…</p>
        ) : (
          <div>
            {resources.total ? (
              <>
                <p>
                  {resources.total === 1 ? "This resource they created passes" : `These ${formatCount(resources.total)} resources they created pass`} to the team Owner:
                </p>
                <ul className="mt-2 list-disc pl-5">
                  {resources.listed.map((r) => (
                    <li key={r.id}>
                      {r.name} <span className="text-zinc-600">({r.kind})</span>
                    </li>
                  ))}
                  {resources.total > resources.listed.length && <li className="list-none text-zinc-600">and {formatCount(resources.total - resources.listed.length)} more</li>}
                </ul>
              </>
            ) : (
              <p>They created no resources.</p>
            )}
            <p className="mt-2">Their API keys, if any, are revoked.</p>
          </div>
        )}
        {runner.error && <Alert tone="error">{runner.error}</Alert>}
        <DialogActions onCancel={onClose}>
          <Button variant="danger" disabled={runner.pending} onClick={() => runner.run(() => removeMemberAction(slug, { membershipId: row.id }), () => onClose())}>
            {runner.pending ? "Removing…" : "Remove member"}
          </Button>
        </DialogActions>
      </div>
    </Dialog>
  );
}

export function TransferDialog({ slug, row, label, onClose }: { slug: string; row: Row; label: string; onClose: () => void }) {
  const runner = useActionRunner();
  return (
    <Dialog open onOpenChange={onClose} title="Transfer ownership" description={`Make ${label} the Owner of this team.`}>
      <div className="space-y-4 text-sm">
        <ol className="list-decimal space-y-1 pl-5">
          <li>We email you a link to confirm the transfer.</li>
          <li>Once you confirm, {row.name ?? row.email} gets an email to accept.</li>
          <li>When they accept, they become Owner and you become Admin. Either of you can cancel until then.</li>
        </ol>
        {runner.message && <Alert tone="success">{runner.message}</Alert>}
        {runner.error && <Alert tone="error">{runner.error}</Alert>}
        <DialogActions onCancel={onClose} cancelLabel="Close">
          {!runner.message && (
            <Button disabled={runner.pending} onClick={() => runner.run(() => startTransferAction(slug, { membershipId: row.id }), () => "Check your email to confirm the transfer.")}>
              {runner.pending ? "Starting…" : "Start transfer"}
            </Button>
          )}
        </DialogActions>
      </div>
    </Dialog>
  );
}
