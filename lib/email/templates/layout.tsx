import { Body, Button, Container, Head, Html, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";

const IGNORE_IF_NOT_YOU = "You received this email because of an action in Roster. If it was not you, you can ignore it.";

/** `footnote` replaces the usual "ignore it if it was not you" where ignoring would be wrong advice. */
export function EmailLayout({ preview, children, footnote = IGNORE_IF_NOT_YOU }: { preview: string; children: ReactNode; footnote?: string }) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: "#f6f7f9", fontFamily: "system-ui, sans-serif", color: "#111827" }}>
        <Container style={{ backgroundColor: "#ffffff", padding: "32px", borderRadius: "8px", maxWidth: "520px" }}>
          <Text style={{ fontWeight: 700, fontSize: "18px", margin: 0 }}>Roster</Text>
          <Section>{children}</Section>
          <Text style={{ fontSize: "12px", color: "#6b7280" }}>{footnote}</Text>
        </Container>
      </Body>
    </Html>
  );
}

/** The email's one call to action. */
export function EmailButton({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Button href={href} style={{ backgroundColor: "#111827", color: "#ffffff", padding: "10px 16px", borderRadius: "6px" }}>
      {children}
    </Button>
  );
}
