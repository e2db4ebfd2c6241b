import { describe, expect, it } from "vitest";
import { renderPdf } from "./pdf";

const decode = (bytes: Uint8Array) => Buffer.from(bytes).toString("latin1");

describe("renderPdf", () => {
  it("writes a cross-reference table whose offsets point at each object", () => {
    const pdf = decode(renderPdf([{ x: 10, y: 10, text: "Hello" }]));
    const xrefAt = Number(/startxref\n(\d+)/.exec(pdf)![1]);
    expect(pdf.slice(xrefAt, xrefAt + 4)).toBe("xref");
    const offsets = [...pdf.slice(xrefAt).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    expect(offsets).toHaveLength(6);
    offsets.forEach((offset, i) => expect(pdf.slice(offset).startsWith(`${i + 1} 0 obj`)).toBe(true));
    const length = Number(/\/Length (\d+)/.exec(pdf)![1]);
    const stream = pdf.slice(pdf.indexOf("stream\n") + 7, pdf.indexOf("\nendstream"));
    expect(stream.length).toBe(length);
  });

  it("escapes parentheses and backslashes and replaces what the standard fonts cannot show", () => {
    const pdf = decode(renderPdf([{ x: 0, y: 0, text: "a (b) \\ c – d · €" }]));
    expect(pdf).toContain("(a \\(b\\) \\\\ c - d - ?) Tj");
  });

  it("right-aligns text at x", () => {
    const pdf = decode(renderPdf([{ x: 100, y: 0, text: "$1.00", size: 10, align: "right" }]));
    // "$1.00" is 556 + 556 + 278 + 556 + 556 = 2502 thousandths of an em.
    expect(pdf).toContain("74.98 0 Td");
  });
});
