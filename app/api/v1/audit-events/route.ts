import { listAuditEvents } from "@/lib/audit/events";
import { apiRoute } from "@/lib/api/handler";
import { API } from "@/lib/api/registry";
import { auditEventView } from "@/lib/api/views";
import { db } from "@/lib/db/client";
import { routeMethods } from "@/lib/api/methods";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods({
  GET: apiRoute(API.listAuditEvents, async ({ input, member }) => {
    const { rows, nextCursor } = await listAuditEvents(db, member.team.id, input);
    return { data: rows.map(auditEventView), nextCursor };
  }),
});
