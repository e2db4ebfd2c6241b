"use client";

import { useEffect, type RefObject } from "react";

/** Scrolls a sideways-scrolling nav so that its current item shows: on a phone it may sit past the edge. */
export function useCurrentInView(nav: RefObject<HTMLElement | null>, pathname: string) {
  useEffect(() => {
    const box = nav.current;
    const current = box?.querySelector('[aria-current="page"]');
    if (!box || !current) return;
    const outer = box.getBoundingClientRect();
    const inner = current.getBoundingClientRect();
    if (inner.left < outer.left || inner.right > outer.right) box.scrollBy({ left: inner.left - outer.left - (outer.width - inner.width) / 2 });
  }, [nav, pathname]);
}
