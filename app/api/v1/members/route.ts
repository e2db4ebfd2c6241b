import { listMemberViews } from "@/lib/api/views";
import { apiRoute } from "@/lib/api/handler";
import { API } from "@/lib/api/registry";

export const GET = apiRoute(API.listMembers, ({ input, member, tx }) => listMemberViews(tx, member.team.id, input));
