"use client";

import { useEffect, useState, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CopyField } from "@/components/ui/copy-field";
import { Dialog } from "@/components/ui/dialog";
import { Menu, type MenuItem } from "@/components/ui/menu";
import { SelectField } from "@/components/ui/field";
import { cancelInviteAction, resendInviteAction } from "@/lib/invites/actions";
import { changeMemberRoleAction, previewMemberRemoval, removeMemberAction } from "@/lib/members/actions";
import { formatCount } from "@/lib/text/count";
import type { RoleOption } from "@/lib/roles/options";
import { startTransferAction } from "@/lib/transfer/actions";
import { callAction, refusalMessage } from "@/components/forms/call-action";
import { useActionRunner } from "@/components/forms/use-action-runner";
import { useCreatedLinks } from "./created-links";
import { DialogActions } from "@/components/ui/dialog-actions";

export type RowAbilities = { changeRole: boolean; remove: boolean; invite: boolean; transfer: boolean };
type Row = { kind: "member" | "invite"; id: string; name: string | null; email: string; roleValue: string; roleName: string; isSelf: boolean };
type Open = null | "role" | "remove" | "transfer" | "link";

export function MemberRowMenu({ slug, row, can, roles }: { slug: string; row: Row; can: RowAbilities; roles: RoleOption[] }) {
  const [open, setOpen] = useState<Open>(null);
  const { links, remember } = useCreatedLinks();
  const runner = useActionRunner();
  const label = row.name ? `${row.name} (${row.email})` : row.email;
  const items: MenuItem[] = [];

  if (row.kind === "invite" && can.invite) {
    if (links[row.id]) items.push({ label: "Copy invite link", onSelect: () => setOpen("link") });
    items.push({
      label: "Resend email",
      onSelect: () => runner.run(() => resendInviteAction(slug, { invitationId: row.id }), (d) => (remember(row.id, d.link), `Invitation sent again to ${row.email}.`)),
    });
    items.push({ label: "Cancel invite", danger: true, onSelect: () => runner.run(() => cancelInviteAction(slug, { invitationId: row.id }), () => `Invitation to ${row.email} cancelled.`) });
  }
  if (row.kind === "member" && !row.isSelf) {
    if (can.changeRole) items.push({ label: "Change role", onSelect: () => setOpen("role") });
    if (can.transfer) items.push({ label: "Transfer ownership", onSelect: () => setOpen("transfer") });
    if (can.remove) items.push({ label: "Remove member", danger: true, onSelect: () => setOpen("remove") });
  }

  return (
    <div className="flex items-center justify-end gap-2">
      {(runner.error || runner.message) && (
        <span role={runner.error ? "alert" : "status"} className={`max-w-64 text-xs ${runner.error ? "text-red-700" : "text-emerald-800"}`}>
          {runner.error ?? runner.message}
        </span>
      )}
      {items.length > 0 && (
        <Menu label={`Actions for ${label}`} items={items} align="end" disabled={runner.pending} triggerClassName="rounded-md px-2 py-1 text-zinc-700 hover:bg-zinc-100">
          <span aria-hidden>•••</span>
        </Menu>
      )}
      {open === "link" && links[row.id] && (
        <Dialog open onOpenChange={() => setOpen(null)} title="Invite link" description={`Anyone with this link can accept the invitation for ${row.email} (signed in as that address).`}>
          <CopyField label={`Invite link for ${row.email}`} value={links[row.id]} />
        </Dialog>
      )}
      {open === "role" && <ChangeRoleDialog slug={slug} row={row} roles={roles} label={label} onClose={() => setOpen(null)} />}
      {open === "remove" && <RemoveDialog slug={slug} row={row} label={label} onClose={() => setOpen(null)} />}
      {open === "transfer" && <TransferDialog slug={slug} row={row} label={label} onClose={() => setOpen(null)} />}
    </div>
  );
}

function ChangeRoleDialog({ slug, row, roles, label, onClose }: { slug: string; row: Row; roles: RoleOption[]; label: string; onClose: () => void }) {
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

function RemoveDialog({ slug, row, label, onClose }: { slug: string; row: Row; label: string; onClose: () => void }) {
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

function TransferDialog({ slug, row, label, onClose }: { slug: string; row: Row; label: string; onClose: () => void }) {
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
