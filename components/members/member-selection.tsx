"use client";

import { createContext, useContext, useState, type ReactNode } from "react";

type Picked = { id: string; label: string };
type Selection = { picked: Picked[]; set: (members: Picked[], on: boolean) => void; clear: () => void };

const SelectionContext = createContext<Selection | null>(null);

export function useMemberSelection(): Selection {
  const selection = useContext(SelectionContext);
  if (!selection) throw new Error("Member checkboxes belong inside <MemberSelection>.");
  return selection;
}

/** The members ticked on this page of the table; the page's key starts it afresh after every navigation. */
export function MemberSelection({ children }: { children: ReactNode }) {
  const [picked, setPicked] = useState<Picked[]>([]);
  const set = (members: Picked[], on: boolean) =>
    setPicked((current) => {
      const rest = current.filter((p) => !members.some((m) => m.id === p.id));
      return on ? [...rest, ...members] : rest;
    });
  return <SelectionContext.Provider value={{ picked, set, clear: () => setPicked([]) }}>{children}</SelectionContext.Provider>;
}

export function SelectMember({ id, label }: Picked) {
  const { picked, set } = useMemberSelection();
  return (
    <input
      type="checkbox"
      aria-label={`Select ${label}`}
      className="h-4 w-4 align-middle"
      checked={picked.some((p) => p.id === id)}
      onChange={(e) => set([{ id, label }], e.target.checked)}
    />
  );
}

/** Ticks or clears every member of this page that may be selected; shows a dash when only some are. */
export function SelectPage({ members }: { members: Picked[] }) {
  const { picked, set } = useMemberSelection();
  const count = members.filter((m) => picked.some((p) => p.id === m.id)).length;
  return (
    <input
      type="checkbox"
      aria-label="Select every member on this page"
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
