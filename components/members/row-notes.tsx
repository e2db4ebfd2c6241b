"use client";

import { createContext, useContext, useState, type ReactNode } from "react";

type Notes = { notes: Record<string, string>; note: (rowId: string, text: string | null) => void };

/**
 * What each row's last change said, for this view of the table: shown in the row, and above the
 * table once the change took the row off it (an invitation cancelled, or no longer matching the filter).
 */
const RowNotes = createContext<Notes>({ notes: {}, note: () => undefined });

export function RowNotesProvider({ children }: { children: ReactNode }) {
  const [notes, setNotes] = useState<Record<string, string>>({});
  const note = (rowId: string, text: string | null) =>
    setNotes((current) => {
      const next = { ...current };
      if (text === null) delete next[rowId];
      else next[rowId] = text;
      return next;
    });
  return <RowNotes.Provider value={{ notes, note }}>{children}</RowNotes.Provider>;
}

export function useRowNotes(): Notes {
  return useContext(RowNotes);
}

/** The notes of rows this view no longer lists. */
export function GoneRowNotes({ listed }: { listed: string[] }) {
  const { notes } = useRowNotes();
  const gone = Object.entries(notes).filter(([id]) => !listed.includes(id));
  if (gone.length === 0) return null;
  return (
    <div role="status" className="mb-3 space-y-1 text-sm text-emerald-800">
      {gone.map(([id, text]) => (
        <p key={id}>{text}</p>
      ))}
    </div>
  );
}
