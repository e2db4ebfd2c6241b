"use client";

import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from "react";

export type Picked = { id: string; label: string; kind: "member" | "invite" };
type Selection = { picked: Picked[]; set: (members: Picked[], on: boolean) => void; keepOnly: (ids: string[]) => void; clear: () => void };

const SelectionContext = createContext<Selection | null>(null);

export function useMemberSelection(): Selection {
  const selection = useContext(SelectionContext);
  if (!selection) throw new Error("Member checkboxes belong inside <MemberSelection>.");
  return selection;
}

/** The members and invitations ticked on this page of the table; the page's key starts it afresh after every navigation. */
export function MemberSelection({ children }: { children: ReactNode }) {
  const [picked, setPicked] = useState<Picked[]>([]);
  const set = (members: Picked[], on: boolean) =>
    setPicked((current) => {
      const rest = current.filter((p) => !members.some((m) => m.id === p.id));
      return on ? [...rest, ...members] : rest;
    });
  const keepOnly = useCallback(
    (ids: string[]) =>
      setPicked((current) => {
        const kept = current.filter((p) => ids.includes(p.id));
        return kept.length === current.length ? current : kept;
      }),
    [],
  );
  return <SelectionContext.Provider value={{ picked, set, keepOnly, clear: () => setPicked([]) }}>{children}</SelectionContext.Provider>;
}

export function SelectMember(row: Picked) {
  const { picked, set } = useMemberSelection();
  return (
    <input
      type="checkbox"
      aria-label={`Select ${row.kind === "invite" ? `the invitation to ${row.label}` : row.label}`}
      className="h-4 w-4 align-middle"
      checked={picked.some((p) => p.id === row.id)}
      onChange={(e) => set([row], e.target.checked)}
    />
  );
}

/**
 * Ticks or clears every row of this page that may be selected; shows a dash when only some are.
 * When the page is refreshed (after a change in a row's menu), rows no longer listed leave the selection.
 */
export function SelectPage({ rows: members }: { rows: Picked[] }) {
  const { picked, set, keepOnly } = useMemberSelection();
  const listed = members.map((m) => m.id).join(" ");
  useEffect(() => keepOnly(listed.split(" ")), [listed, keepOnly]);
  const count = members.filter((m) => picked.some((p) => p.id === m.id)).length;
  return (
    <input
      type="checkbox"
      aria-label="Select every row on this page"
      className="h-4 w-4 align-middle"
      disabled={members.length === 0}
      checked={members.length > 0 && count === members.length}
      ref={(el) => {
        if (el) el.indeterminate = count > 0 && count < members.length;
      }}
      onChange={(e) => set(members, e.target.checked)}
    />
  );
}
