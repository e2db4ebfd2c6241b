"use client";

import dynamic from "next/dynamic";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Loading } from "@/components/ui/loading";
import { MAX_INVITES_PER_BATCH } from "@/lib/invites/batch-size";
import type { RoleOption } from "@/lib/roles/options";

const loadForm = () => import("./invite-form").then((m) => m.InviteForm);
const InviteForm = dynamic(loadForm, { loading: Loading });

export function InviteDialog({ slug, roles, defaultRole }: { slug: string; roles: RoleOption[]; defaultRole: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)} onPointerEnter={() => void loadForm()} onFocus={() => void loadForm()}>
        Invite members
      </Button>
      <Dialog
        open={open}
        onOpenChange={setOpen}
        title="Invite members"
        description={`Paste up to ${MAX_INVITES_PER_BATCH} addresses, separated by commas, spaces or new lines. Each gets an email with a personal link.`}
        wide
      >
        <InviteForm slug={slug} roles={roles} defaultRole={defaultRole} onClose={() => setOpen(false)} />
      </Dialog>
    </>
  );
}
