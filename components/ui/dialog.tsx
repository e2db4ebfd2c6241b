"use client";

import { useId, useLayoutEffect, useRef, type ReactNode } from "react";

type Props = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description?: ReactNode;
  children: ReactNode;
  wide?: boolean;
  /** "sheet": a full-height panel on the right, for details beside the list they came from. */
  placement?: "center" | "sheet";
};

const PLACEMENT = {
  center: "m-auto max-h-[90vh] w-[calc(100vw-2rem)] rounded-lg",
  sheet: "my-0 mr-0 ml-auto h-dvh max-h-none w-full max-w-xl",
};

/**
 * A modal dialog on the browser's own <dialog>: showModal() makes the page behind it inert and
 * traps focus, Escape closes it, the title labels it. Focus goes back to where it was on close,
 * also when the dialog is unmounted while open (which the browser does not do by itself).
 */
export function Dialog({ open, onOpenChange, title, description, children, wide, placement = "center" }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();

  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!open || !dialog) return;
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    return () => {
      dialog.close();
      if (returnTo?.isConnected) returnTo.focus();
    };
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-description`}
      onCancel={(event) => {
        event.preventDefault();
        onOpenChange(false);
      }}
      onClick={(event) => {
        if (event.target === event.currentTarget) onOpenChange(false);
      }}
      className={`overflow-y-auto bg-white p-0 text-left whitespace-normal text-zinc-900 shadow-xl backdrop:bg-zinc-950/40 ${PLACEMENT[placement]} ${placement === "center" ? (wide ? "max-w-2xl" : "max-w-md") : ""}`}
    >
      {open && (
        <div className="relative p-6">
          <h2 id={`${id}-title`} className="pr-8 text-lg font-semibold">
            {title}
          </h2>
          <div id={`${id}-description`} className={description ? "mt-1 text-sm text-zinc-600" : "sr-only"}>
            {description ?? title}
          </div>
          <div className="mt-4">{children}</div>
          <button
            type="button"
            onClick={() => onOpenChange(false)}
            className="absolute right-3 top-3 rounded p-1 text-zinc-500 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-zinc-900"
            aria-label="Close"
          >
            <span aria-hidden>✕</span>
          </button>
        </div>
      )}
    </dialog>
  );
}
