"use client";

import dynamic from "next/dynamic";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CopyField } from "@/components/ui/copy-field";
import { Dialog } from "@/components/ui/dialog";
import { Loading } from "@/components/ui/loading";
import { EmptyRow, Table, Th } from "@/components/ui/table";
import { listInviteLinkAction, regenerateInviteLinkAction, revokeInviteLinkAction, unlistInviteLinkAction } from "@/lib/invites/actions";
import type { RoleOption } from "@/lib/roles/options";
import { useActionRunner } from "@/components/forms/use-action-runner";

const loadForm = () => import("./invite-link-form").then((m) => m.InviteLinkForm);
const InviteLinkForm = dynamic(loadForm, { loading: Loading });

export type InviteLinkRow = { id: string; roleName: string; createdBy: string; uses: number; maxUses: number | null; expiresAt: string | null; allowedDomains: string[]; listed: boolean; accessUntil: string | null; state: string; renewable: boolean };

export function InviteLinks({ slug, links, roles }: { slug: string; links: InviteLinkRow[]; roles: RoleOption[] }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [shown, setShown] = useState<{ id: string; link: string; unlisted?: boolean } | null>(null);
  const runner = useActionRunner();

  return (
    <section aria-labelledby="invite-links-heading" className="mt-10 space-y-3">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h2 id="invite-links-heading" className="text-lg font-semibold">
            Invite links
          </h2>
          <p className="text-sm text-zinc-600">Shareable links that anyone can use to join, within the limits you set.</p>
        </div>
        <Button variant="secondary" onClick={() => setOpen(true)} onPointerEnter={() => void loadForm()} onFocus={() => void loadForm()}>
          Create invite link
        </Button>
      </div>
      {shown && (
        <Alert tone="success">
          <div className="space-y-2">
            <p>Copy the link now: it is shown only once. Regenerate it later if you lose it.</p>
            {shown.unlisted && <p>The link is now yours and no longer listed: you could not have listed it for its domains yourself.</p>}
            <CopyField label="Team invite link" value={shown.link} />
          </div>
        </Alert>
      )}
      {runner.error && <Alert tone="error">{runner.error}</Alert>}
      <Table caption="Invite links">
        <thead>
          <tr>
            <Th>Role</Th>
            <Th>Created by</Th>
            <Th>Uses</Th>
            <Th>Expires</Th>
            <Th>Allowed domains</Th>
            <Th>Status</Th>
            <Th className="text-right">
              <span className="sr-only">Actions</span>
            </Th>
          </tr>
        </thead>
        <tbody>
          {links.length === 0 && <EmptyRow colSpan={7}>No invite links yet.</EmptyRow>}
          {links.map((l) => (
            <tr key={l.id}>
              <td>
                {l.roleName}
                {l.accessUntil && <span className="block text-xs text-zinc-600">{l.accessUntil}</span>}
              </td>
              <td>{l.createdBy}</td>
              <td>
                {l.uses}
                {l.maxUses ? ` of ${l.maxUses}` : ""}
              </td>
              <td>{l.expiresAt ? `${new Date(l.expiresAt).toUTCString().slice(5, 22)} UTC` : "Never"}</td>
              <td>
                {l.allowedDomains.length ? l.allowedDomains.join(", ") : "Any"}
                {l.listed && <span className="block text-xs text-zinc-600">Listed for people at {l.allowedDomains.length > 1 ? "these domains" : "this domain"}</span>}
              </td>
              <td>{l.state}</td>
              <td className="space-x-2 text-right whitespace-nowrap">
                {l.renewable && (
                  <Button variant="ghost" disabled={runner.pending} onClick={() => runner.run(() => regenerateInviteLinkAction(slug, { invitationId: l.id }), (d) => setShown({ id: l.id, link: d.link, unlisted: d.unlisted }))}>
                    Regenerate
                  </Button>
                )}
                {l.listed && (
                  <Button variant="ghost" disabled={runner.pending} onClick={() => runner.run(() => unlistInviteLinkAction(slug, { invitationId: l.id }))}>
                    Unlist
                  </Button>
                )}
                {!l.listed && l.renewable && l.allowedDomains.length > 0 && (
                  <Button variant="ghost" disabled={runner.pending} onClick={() => runner.run(() => listInviteLinkAction(slug, { invitationId: l.id }))}>
                    List
                  </Button>
                )}
                <Button variant="ghost-danger" disabled={runner.pending} onClick={() => runner.run(() => revokeInviteLinkAction(slug, { invitationId: l.id }), () => setShown(null))}>
                  Revoke
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
      <Dialog open={open} onOpenChange={setOpen} title="Create invite link" description="People who open the link join with this role after signing in.">
        <InviteLinkForm
          slug={slug}
          roles={roles}
          onClose={() => setOpen(false)}
          onCreated={(data) => {
            setOpen(false);
            setShown({ id: data.invitationId, link: data.link });
            router.refresh();
          }}
        />
      </Dialog>
    </section>
  );
}
