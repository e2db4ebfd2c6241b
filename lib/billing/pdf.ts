/** A one-page PDF of text lines in the standard Helvetica fonts: enough for an invoice, no library. */

export type PdfText = { x: number; y: number; text: string; size?: number; bold?: boolean; align?: "left" | "right" };
export type PdfRule = { x1: number; x2: number; y: number };

export const A4 = { width: 595, height: 842 };

// Helvetica advance widths (1/1000 em) for the characters of amounts; others count as 556.
const NARROW: Record<string, number> = { ".": 278, ",": 278, " ": 278, "-": 333, ":": 278, "(": 333, ")": 333, "/": 278 };

function textWidth(text: string, size: number): number {
  return ([...text].reduce((w, c) => w + (NARROW[c] ?? 556), 0) * size) / 1000;
}

/** The standard fonts only cover Latin-1; typographic dashes and dots become their ASCII look-alikes (a card's "•••• 4242" is "**** 4242"). */
function pdfString(text: string): string {
  const ascii = text
    .replace(/[–—·]/g, "-")
    .replace(/•/g, "*")
    .replace(/[^\x20-\x7e]/g, "?");
  return `(${ascii.replace(/[\\()]/g, (c) => `\\${c}`)})`;
}

export function renderPdf(texts: PdfText[], rules: PdfRule[] = []): Uint8Array {
  const ops: string[] = ["0.85 G 0.5 w"];
  for (const r of rules) ops.push(`${r.x1} ${r.y} m ${r.x2} ${r.y} l S`);
  for (const t of texts) {
    const size = t.size ?? 10;
    const x = t.align === "right" ? t.x - textWidth(t.text, size) : t.x;
    ops.push(`BT /${t.bold ? "F2" : "F1"} ${size} Tf ${x.toFixed(2)} ${t.y} Td ${pdfString(t.text)} Tj ET`);
  }
  const content = ops.join("\n");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${A4.width} ${A4.height}] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  let pdf = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}
