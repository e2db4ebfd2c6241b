"use client";

import { useEffect, type RefObject } from "react";

/**
 * Scrolls a sideways-scrolling nav so that its current item (aria-current="page") shows: on a phone
 * it may sit past the edge. Runs again when `currentKey` (the path, or the current tab) changes.
 */
export function useCurrentInView(nav: RefObject<HTMLElement | null>, currentKey: string) {
  useEffect(() => {
    const box = nav.current;
    const item = box?.querySelector('[aria-current="page"]');
    if (!box || !item) return;
    const outer = box.getBoundingClientRect();
    const inner = item.getBoundingClientRect();
    if (inner.left < outer.left || inner.right > outer.right) box.scrollBy({ left: inner.left - outer.left - (outer.width - inner.width) / 2 });
  }, [nav, currentKey]);
}
