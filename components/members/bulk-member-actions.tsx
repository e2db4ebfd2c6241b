"use client";

import dynamic from "next/dynamic";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { DialogActions } from "@/components/ui/dialog-actions";
import { useActionRunner } from "@/components/forms/use-action-runner";
import { GrantableRoleOptions } from "@/components/roles/role-select";
import { cancelInvitesAction } from "@/lib/invites/actions";
import { Loading } from "@/components/ui/loading";
import { accessChangeText } from "@/lib/members/access-end";
import { changeMemberRolesAction, removeMembersAction, setMembersAccessEndAction } from "@/lib/members/actions";
import type { RoleOption } from "@/lib/roles/options";
import { formatCount } from "@/lib/text/count";
import { useMemberSelection } from "./member-selection";

const AccessEndForm = dynamic(() => import("./access-end-form").then((m) => m.AccessEndForm), { loading: Loading });

const counted = (n: number, one: string) => `${formatCount(n)} ${one}${n === 1 ? "" : "s"}`;
const people = (n: number) => counted(n, "member");
const invitations = (n: number) => counted(n, "invitation");

type Abilities = { changeRole: boolean; remove: boolean; invite: boolean };

/** What can be done to the rows ticked in the table; shown while any are. Each action names whom it touches when both kinds are ticked. */
export function BulkMemberActions({ slug, roles, can }: { slug: string; roles: RoleOption[]; can: Abilities }) {
  const { picked, clear } = useMemberSelection();
  const [role, setRole] = useState("");
  const [confirming, setConfirming] = useState(false);
  const [datingAccess, setDatingAccess] = useState(false);
  const runner = useActionRunner();
  const members = picked.filter((p) => p.kind === "member");
  const invites = picked.filter((p) => p.kind === "invite");
  const mixed = members.length > 0 && invites.length > 0;

  if (picked.length === 0) {
    return runner.message ? (
      <p role="status" className="mb-3 text-sm text-emerald-800">
        {runner.message}
      </p>
    ) : null;
  }

  const membershipIds = members.map((p) => p.id);
  const done = (message: string) => (clear(), setRole(""), setConfirming(false), setDatingAccess(false), message);
  const changeRoles = () =>
    runner.run(
      () => changeMemberRolesAction(slug, { membershipIds, role }),
      (r) => done(`${people(r.count)} now ${r.count === 1 ? "has" : "have"} the ${r.role} role.`),
    );
  const remove = () =>
    runner.run(
      () => removeMembersAction(slug, { membershipIds }),
      (r) => done(`${people(r.count)} removed.${r.reassigned ? ` ${formatCount(r.reassigned)} of their resources passed to the Owner.` : ""}`),
    );
  const cancelInvites = () =>
    runner.run(
      () => cancelInvitesAction(slug, { invitationIds: invites.map((p) => p.id) }),
      (r) => done(`${invitations(r.count)} cancelled.`),
    );

  return (
    <section aria-label="Selected rows" className="mb-3 rounded-lg border border-zinc-300 bg-white p-3">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <p className="text-sm font-medium">{[members.length && people(members.length), invites.length && invitations(invites.length)].filter(Boolean).join(" and ")} selected</p>
        {members.length > 0 && can.changeRole && (
          <div className="flex flex-wrap items-center gap-2">
            <label htmlFor="bulk-role" className="text-sm text-zinc-700">
              Role
            </label>
            <select id="bulk-role" value={role} onChange={(e) => setRole(e.target.value)} className="rounded-md border border-zinc-300 bg-white px-2 py-1.5 text-sm">
              <option value="">Choose…</option>
              <GrantableRoleOptions roles={roles} />
            </select>
            <Button variant="secondary" disabled={!role || runner.pending} onClick={changeRoles}>
              {mixed ? `Change role of ${people(members.length)}` : "Change role"}
            </Button>
          </div>
        )}
        {members.length > 0 && can.changeRole && (
          <Button variant="secondary" disabled={runner.pending} onClick={() => (runner.clear(), setDatingAccess(true))}>
            {mixed ? `Access end date of ${people(members.length)}…` : "Access end date…"}
          </Button>
        )}
        {members.length > 0 && can.remove && (
          <Button variant="danger" disabled={runner.pending} onClick={() => setConfirming(true)}>
            {mixed ? `Remove ${people(members.length)}…` : "Remove…"}
          </Button>
        )}
        {invites.length > 0 && can.invite && (
          <Button variant="secondary" disabled={runner.pending} onClick={cancelInvites}>
            Cancel {invitations(invites.length)}
          </Button>
        )}
        <Button variant="ghost" onClick={() => (clear(), runner.clear())}>
          Clear selection
        </Button>
      </div>
      {runner.error && !confirming && (
        <div className="mt-3">
          <Alert tone="error">{runner.error}</Alert>
        </div>
      )}
      {datingAccess && (
        <Dialog
          open
          onOpenChange={() => setDatingAccess(false)}
          title={`Access end date for ${people(members.length)}`}
          description="They keep their roles through this day, then lose access to the team until it is extended. They stay listed. Owners and you cannot be given one."
        >
          <ul aria-label="Selected members" className="mb-4 max-h-32 list-disc overflow-y-auto pl-5 text-sm">
            {members.map((p) => (
              <li key={p.id}>{p.label}</li>
            ))}
          </ul>
          <AccessEndForm
            lastDay={null}
            removable
            save={(lastDay) => setMembersAccessEndAction(slug, { membershipIds, lastDay })}
            onClose={() => setDatingAccess(false)}
            onDone={(saved) => runner.announce(done(accessChangeText(saved.lastDay, people(members.length))))}
          />
        </Dialog>
      )}
      {confirming && (
        <Dialog open onOpenChange={() => setConfirming(false)} title={`Remove ${people(members.length)}?`} description="They lose access to the team at once, in every open session.">
          <div className="space-y-4 text-sm">
            <ul className="max-h-48 list-disc overflow-y-auto pl-5">
              {members.map((p) => (
                <li key={p.id}>{p.label}</li>
              ))}
            </ul>
            <p>Resources they created pass to the team Owner; their API keys are revoked.</p>
            {runner.error && <Alert tone="error">{runner.error}</Alert>}
            <DialogActions onCancel={() => setConfirming(false)}>
              <Button variant="danger" disabled={runner.pending} onClick={remove}>
                {runner.pending ? "Removing…" : `Remove ${people(members.length)}`}
              </Button>
            </DialogActions>
          </div>
        </Dialog>
      )}
    </section>
  );
}
