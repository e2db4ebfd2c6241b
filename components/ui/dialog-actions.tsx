import type { ReactNode } from "react";
import { Button } from "./button";

/** The footer of a dialog: a way out, then the dialog's own action(s). */
export function DialogActions({ onCancel, cancelLabel = "Cancel", children }: { onCancel: () => void; cancelLabel?: string; children?: ReactNode }) {
  return (
    <div className="flex justify-end gap-2">
      <Button variant="secondary" onClick={onCancel}>
        {cancelLabel}
      </Button>
      {children}
    </div>
  );
}
