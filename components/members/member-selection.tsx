"use client";

import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from "react";

type Picked = { id: string; label: string; kind: "member" | "invite" };
type Selection = {
  picked: Picked[];
  set: (rows: Picked[], on: boolean) => void;
  toggle: (row: Picked, on: boolean, extend: boolean) => void;
  listRows: (rows: Picked[]) => void;
  clear: () => void;
};

const SelectionContext = createContext<Selection | null>(null);

export function useMemberSelection(): Selection {
  const selection = useContext(SelectionContext);
  if (!selection) throw new Error("Member checkboxes belong inside <MemberSelection>.");
  return selection;
}

/** The members and invitations ticked on this page of the table; the page's key starts it afresh after every navigation. */
export function MemberSelection({ children }: { children: ReactNode }) {
  const [picked, setPicked] = useState<Picked[]>([]);
  const [rows, setRows] = useState<Picked[]>([]);
  const anchor = useRef<string | null>(null);
  const set = (changed: Picked[], on: boolean) =>
    setPicked((current) => {
      const rest = current.filter((p) => !changed.some((m) => m.id === p.id));
      return on ? [...rest, ...changed] : rest;
    });
  // Shift-click ticks or clears every row between the last one clicked and this one, as in a mail client.
  const toggle = (row: Picked, on: boolean, extend: boolean) => {
    const from = extend && anchor.current ? rows.findIndex((r) => r.id === anchor.current) : -1;
    const to = rows.findIndex((r) => r.id === row.id);
    anchor.current = row.id;
    set(from >= 0 && to >= 0 ? rows.slice(Math.min(from, to), Math.max(from, to) + 1) : [row], on);
  };
  const listRows = useCallback((listed: Picked[]) => {
    setRows(listed);
    setPicked((current) => {
      const kept = current.filter((p) => listed.some((r) => r.id === p.id));
      return kept.length === current.length ? current : kept;
    });
  }, []);
  return <SelectionContext.Provider value={{ picked, set, toggle, listRows, clear: () => setPicked([]) }}>{children}</SelectionContext.Provider>;
}

export function SelectMember(row: Picked) {
  const { picked, toggle } = useMemberSelection();
  return (
    <input
      type="checkbox"
      aria-label={`Select ${row.kind === "invite" ? `the invitation to ${row.label}` : row.label}`}
      className="h-4 w-4 align-middle"
      checked={picked.some((p) => p.id === row.id)}
      onChange={(e) => toggle(row, e.target.checked, (e.nativeEvent as MouseEvent).shiftKey)}
    />
  );
}

/**
 * Ticks or clears every row of this page that may be selected; shows a dash when only some are.
 * It also tells the selection which rows the page lists, in order: when the page is refreshed
 * (after a change in a row's menu), rows no longer listed leave the selection.
 */
export function SelectPage({ rows }: { rows: Picked[] }) {
  const { picked, set, listRows } = useMemberSelection();
  useEffect(() => listRows(rows), [rows, listRows]);
  const count = rows.filter((m) => picked.some((p) => p.id === m.id)).length;
  return (
    <input
      type="checkbox"
      aria-label="Select every row on this page"
      className="h-4 w-4 align-middle"
      disabled={rows.length === 0}
      checked={rows.length > 0 && count === rows.length}
      ref={(el) => {
        if (el) el.indeterminate = count > 0 && count < rows.length;
      }}
      onChange={(e) => set(rows, e.target.checked)}
    />
  );
}
