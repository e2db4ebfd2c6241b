"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { DialogActions } from "@/components/ui/dialog-actions";
import { useActionRunner } from "@/components/forms/use-action-runner";
import { changeMemberRolesAction, removeMembersAction } from "@/lib/members/actions";
import type { RoleOption } from "@/lib/roles/options";
import { formatCount } from "@/lib/text/count";
import { useMemberSelection } from "./member-selection";

const people = (n: number) => `${formatCount(n)} ${n === 1 ? "member" : "members"}`;

/** What can be done to the members ticked in the table; shown while any are. */
export function BulkMemberActions({ slug, roles, can }: { slug: string; roles: RoleOption[]; can: { changeRole: boolean; remove: boolean } }) {
  const { picked, clear } = useMemberSelection();
  const [role, setRole] = useState("");
  const [confirming, setConfirming] = useState(false);
  const runner = useActionRunner();
  const membershipIds = picked.map((p) => p.id);

  if (picked.length === 0) {
    return runner.message ? (
      <p role="status" className="mb-3 text-sm text-emerald-800">
        {runner.message}
      </p>
    ) : null;
  }

  function changeRoles() {
    runner.run(
      () => changeMemberRolesAction(slug, { membershipIds, role }),
      (done) => (clear(), setRole(""), `${people(done.count)} now ${done.count === 1 ? "has" : "have"} the ${done.role} role.`),
    );
  }

  return (
    <section aria-label="Selected members" className="mb-3 rounded-lg border border-zinc-300 bg-white p-3">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <p className="text-sm font-medium">{people(picked.length)} selected</p>
        {can.changeRole && (
          <div className="flex items-center gap-2">
            <label htmlFor="bulk-role" className="text-sm text-zinc-700">
              Role
            </label>
            <select id="bulk-role" value={role} onChange={(e) => setRole(e.target.value)} className="rounded-md border border-zinc-300 bg-white px-2 py-1.5 text-sm">
              <option value="">Choose…</option>
              {roles
                .filter((r) => r.grantable)
                .map((r) => (
                  <option key={r.value} value={r.value}>
                    {r.name}
                  </option>
                ))}
            </select>
            <Button variant="secondary" disabled={!role || runner.pending} onClick={changeRoles}>
              Change role
            </Button>
          </div>
        )}
        {can.remove && (
          <Button variant="danger" disabled={runner.pending} onClick={() => setConfirming(true)}>
            Remove…
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
      {confirming && (
        <Dialog
          open
          onOpenChange={() => setConfirming(false)}
          title={`Remove ${people(picked.length)}?`}
          description="They lose access to the team at once, in every open session."
        >
          <div className="space-y-4 text-sm">
            <ul className="max-h-48 list-disc overflow-y-auto pl-5">
              {picked.map((p) => (
                <li key={p.id}>{p.label}</li>
              ))}
            </ul>
            <p>Resources they created pass to the team Owner; their API keys are revoked.</p>
            {runner.error && <Alert tone="error">{runner.error}</Alert>}
            <DialogActions onCancel={() => setConfirming(false)}>
              <Button
                variant="danger"
                disabled={runner.pending}
                onClick={() =>
                  runner.run(
                    () => removeMembersAction(slug, { membershipIds }),
                    (done) => (
                      clear(),
                      setConfirming(false),
                      `${people(done.count)} removed.${done.reassigned ? ` ${formatCount(done.reassigned)} of their resources passed to the Owner.` : ""}`
                    ),
                  )
                }
              >
                {runner.pending ? "Removing…" : `Remove ${people(picked.length)}`}
              </Button>
            </DialogActions>
          </div>
        </Dialog>
      )}
    </section>
  );
}
