import { db } from "@/lib/db/client";
import { keptAttachments, outboxShown } from "@/lib/email/outbox";
import { plainText } from "@/lib/teams/member-for-route";

/** Development only: a file sent with a kept email, as its recipient would have opened it. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; index: string }> }) {
  if (!outboxShown()) return plainText(404, "Not found.");
  const { id, index } = await params;
  const mail = await db.outboxEmail.findUnique({ where: { id }, select: { attachments: true } });
  const file = keptAttachments(mail?.attachments)[Number(index)];
  if (!file) return plainText(404, "That email has no such attachment.");
  return new Response(Buffer.from(file.content, "base64"), {
    headers: {
      "Content-Type": file.filename.endsWith(".pdf") ? "application/pdf" : "application/octet-stream",
      "Content-Disposition": `attachment; filename="${file.filename.replace(/[^\w.-]/g, "_")}"`,
      "Cache-Control": "no-store",
    },
  });
}
