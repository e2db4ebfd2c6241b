"use client";

import { createContext, useContext, useState, type ReactNode } from "react";

/** Invite links exist in clear only right after creation; this keeps them for this page visit
 *  so a pending row can offer "Copy invite link" until the page is left. */
const CreatedLinks = createContext<{ links: Record<string, string>; remember: (id: string, link: string) => void }>({
  links: {},
  remember: () => undefined,
});

export function CreatedLinksProvider({ children }: { children: ReactNode }) {
  const [links, setLinks] = useState<Record<string, string>>({});
  return <CreatedLinks.Provider value={{ links, remember: (id, link) => setLinks((l) => ({ ...l, [id]: link })) }}>{children}</CreatedLinks.Provider>;
}

export function useCreatedLinks() {
  return useContext(CreatedLinks);
}
