"use client";

import Link from "next/link";
import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from "react";

export type MenuItem = {
  label: string;
  /** Shown after the label, dimmed (e.g. the role in a team). */
  hint?: string;
  href?: string;
  onSelect?: () => void;
  danger?: boolean;
  current?: boolean;
  separatorBefore?: boolean;
};

type Props = {
  /** The trigger's content; `label` names it for assistive technology when the content does not. */
  children: ReactNode;
  label?: string;
  heading?: string;
  items: MenuItem[];
  align?: "start" | "end";
  disabled?: boolean;
  triggerClassName: string;
  menuClassName?: string;
};

/** Space between the button and its menu, and the least between the menu and the window's edge. */
const GAP = 6;

const ITEM = "flex w-full items-center justify-between gap-4 rounded px-2 py-1.5 text-left text-sm outline-none hover:bg-zinc-100 focus:bg-zinc-100";

/**
 * A menu button (WAI-ARIA menu pattern): Enter, Space or Arrow keys open it, arrows, Home and End
 * move between items, Escape closes it and returns focus to the button, Tab or a click outside
 * closes it. The menu is placed with fixed coordinates under its button, so a scrolling table
 * does not clip it; it closes when the page scrolls or resizes.
 */
export function Menu({ children, label, heading, items, align = "start", disabled, triggerClassName, menuClassName = "min-w-44" }: Props) {
  const id = useId();
  const trigger = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<{ top?: number; bottom?: number; left?: number; right?: number } | null>(null);
  const [focusIndex, setFocusIndex] = useState(0);

  function openAt(index: number) {
    const rect = trigger.current!.getBoundingClientRect();
    setPosition(align === "start" ? { top: rect.bottom + GAP, left: rect.left } : { top: rect.bottom + GAP, right: window.innerWidth - rect.right });
    setFocusIndex(index < 0 ? items.length - 1 : index);
  }

  function close(returnFocus: boolean) {
    setPosition(null);
    if (returnFocus) trigger.current?.focus();
  }

  // A menu that would run past the bottom of the window opens upwards when there is room above: it
  // is fixed, and scrolling closes it, so it could not be scrolled into view.
  useLayoutEffect(() => {
    if (position?.top === undefined || !menu.current || !trigger.current) return;
    const height = menu.current.getBoundingClientRect().height;
    const button = trigger.current.getBoundingClientRect();
    if (position.top + height > window.innerHeight - GAP && button.top - GAP - height >= GAP) {
      setPosition({ ...position, top: undefined, bottom: window.innerHeight - button.top + GAP });
    }
  }, [position]);

  useEffect(() => {
    if (!position) return;
    menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]')[focusIndex]?.focus();
  }, [position, focusIndex]);

  useEffect(() => {
    if (!position) return;
    const outside = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !trigger.current?.contains(target)) close(false);
    };
    const dismiss = () => close(false);
    document.addEventListener("pointerdown", outside);
    window.addEventListener("resize", dismiss);
    window.addEventListener("scroll", dismiss, true);
    return () => {
      document.removeEventListener("pointerdown", outside);
      window.removeEventListener("resize", dismiss);
      window.removeEventListener("scroll", dismiss, true);
    };
  }, [position]);

  function onMenuKey(event: KeyboardEvent) {
    const moves: Record<string, number> = { ArrowDown: focusIndex + 1, ArrowUp: focusIndex - 1, Home: 0, End: items.length - 1 };
    if (event.key in moves) {
      event.preventDefault();
      setFocusIndex((moves[event.key] + items.length) % items.length);
    } else if (event.key === "Escape") {
      event.preventDefault();
      close(true);
    } else if (event.key === "Tab") {
      close(false);
    }
  }

  function select(item: MenuItem) {
    close(true);
    item.onSelect?.();
  }

  return (
    <>
      <button
        ref={trigger}
        type="button"
        id={`${id}-button`}
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={position ? true : false}
        aria-controls={position ? `${id}-menu` : undefined}
        disabled={disabled}
        className={triggerClassName}
        onClick={() => (position ? close(false) : openAt(0))}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown" || event.key === "ArrowUp") {
            event.preventDefault();
            openAt(event.key === "ArrowDown" ? 0 : -1);
          }
        }}
      >
        {children}
      </button>
      {position && (
        <div ref={menu} style={{ position: "fixed", ...position }} className={`z-50 rounded-md border border-zinc-200 bg-white p-1 shadow-lg ${menuClassName}`}>
          {heading && (
            <div aria-hidden className="px-2 py-1.5 text-xs font-medium text-zinc-600">
              {heading}
            </div>
          )}
          <div id={`${id}-menu`} role="menu" aria-label={heading} aria-labelledby={heading ? undefined : `${id}-button`} onKeyDown={onMenuKey}>
            {items.map((item) => {
              const className = `${ITEM} ${item.danger ? "text-red-700" : ""}`;
              const content = (
                <>
                  <span>{item.label}</span>
                  {item.hint && <span className="text-xs text-zinc-600">{item.hint}</span>}
                </>
              );
              return (
                <div key={`${item.href ?? ""} ${item.label}`} role="none">
                  {item.separatorBefore && <div role="separator" className="my-1 h-px bg-zinc-200" />}
                  {item.href ? (
                    <Link role="menuitem" tabIndex={-1} href={item.href} aria-current={item.current ? "page" : undefined} className={className} onClick={() => close(false)}>
                      {content}
                    </Link>
                  ) : (
                    <button role="menuitem" tabIndex={-1} type="button" className={className} onClick={() => select(item)}>
                      {content}
                    </button>
                  )}
                </div>
              );
            })}
          </div>
        </div>
      )}
    </>
  );
}
