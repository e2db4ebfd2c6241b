"use client";

import dynamic from "next/dynamic";
import { useState } from "react";
import { CopyField } from "@/components/ui/copy-field";
import { Dialog } from "@/components/ui/dialog";
import { Menu, type MenuItem } from "@/components/ui/menu";
import type { ActionResult } from "@/lib/actions/result";
import { cancelInviteAction, resendInviteAction } from "@/lib/invites/actions";
import { accessChangeText } from "@/lib/members/access-end";
import { setAccessEndAction } from "@/lib/members/actions";
import type { RoleOption } from "@/lib/roles/options";
import { useActionRunner } from "@/components/forms/use-action-runner";
import { useCreatedLinks } from "./created-links";
import { useRowNotes } from "./row-notes";
import { Loading } from "@/components/ui/loading";

const dialogs = () => import("./member-dialogs");
const ChangeRoleDialog = dynamic(() => dialogs().then((m) => m.ChangeRoleDialog));
const RemoveDialog = dynamic(() => dialogs().then((m) => m.RemoveDialog));
const TransferDialog = dynamic(() => dialogs().then((m) => m.TransferDialog));
const AccessEndForm = dynamic(() => import("./access-end-form").then((m) => m.AccessEndForm), { loading: Loading });

export type RowAbilities = { changeRole: boolean; remove: boolean; invite: boolean; transfer: boolean; accessEnd: boolean };
/** lastDay: the last day of a temporary member's access ("2026-12-31"). */
export type Row = { kind: "member" | "invite"; id: string; name: string | null; email: string; roleValue: string; roleName: string; isSelf: boolean; lastDay: string | null };
type Open = null | "role" | "remove" | "transfer" | "link" | "access";

export function MemberRowMenu({ slug, row, can, roles }: { slug: string; row: Row; can: RowAbilities; roles: RoleOption[] }) {
  const [open, setOpen] = useState<Open>(null);
  const { links, remember } = useCreatedLinks();
  const runner = useActionRunner();
  const { notes, note } = useRowNotes();
  const label = row.name ? `${row.name} (${row.email})` : row.email;
  const items: MenuItem[] = [];
  const status = runner.error ?? notes[row.id];
  const run = <T,>(action: () => Promise<ActionResult<T>>, said: (data: T) => string) => {
    note(row.id, null);
    runner.run(action, (data) => note(row.id, said(data)));
  };

  if (row.kind === "invite" && can.invite) {
    if (links[row.id]) items.push({ label: "Copy invite link", onSelect: () => setOpen("link") });
    items.push({
      label: "Resend email",
      onSelect: () => run(() => resendInviteAction(slug, { invitationId: row.id }), (d) => (remember(row.id, d.link), `Invitation sent again to ${row.email}.`)),
    });
    items.push({ label: "Cancel invite", danger: true, onSelect: () => run(() => cancelInviteAction(slug, { invitationId: row.id }), () => `Invitation to ${row.email} cancelled.`) });
  }
  if (row.kind === "member" && !row.isSelf) {
    if (can.changeRole) items.push({ label: "Change role", onSelect: () => setOpen("role") });
    if (can.accessEnd) items.push({ label: row.lastDay ? "Change access end date" : "Set access end date", onSelect: () => setOpen("access") });
    if (can.transfer) items.push({ label: "Transfer ownership", onSelect: () => setOpen("transfer") });
    if (can.remove) items.push({ label: "Remove member", danger: true, onSelect: () => setOpen("remove") });
  }

  return (
    <div className="flex items-center justify-end gap-2">
      {status && (
        <span role={runner.error ? "alert" : "status"} className={`max-w-64 text-xs ${runner.error ? "text-red-700" : "text-emerald-800"}`}>
          {status}
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
      {open === "access" && (
        <Dialog open onOpenChange={() => setOpen(null)} title="Access end date" description={`${label} keeps their role (${row.roleName}) through this day, then loses access to the team until it is extended. They stay listed.`}>
          <AccessEndForm
            lastDay={row.lastDay}
            removable={row.lastDay !== null}
            save={(lastDay) => setAccessEndAction(slug, { membershipId: row.id, lastDay })}
            onClose={() => setOpen(null)}
            onDone={(saved) => (setOpen(null), runner.clear(), note(row.id, accessChangeText(saved.lastDay)))}
          />
        </Dialog>
      )}
      {open === "remove" && <RemoveDialog slug={slug} row={row} label={label} onClose={() => setOpen(null)} />}
      {open === "transfer" && <TransferDialog slug={slug} row={row} label={label} onClose={() => setOpen(null)} />}
    </div>
  );
}
