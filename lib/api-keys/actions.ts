"use server";

import { resourceAction, teamAction } from "@/lib/actions/team-action";
import { createApiKey, loadApiKeyForRevoke, revokeApiKey } from "./manage";
import { apiKeyIdSchema, createApiKeySchema } from "./schemas";

export const createApiKeyAction = teamAction("resources.create", createApiKeySchema, createApiKey);
export const revokeApiKeyAction = resourceAction("resources.delete", apiKeyIdSchema, loadApiKeyForRevoke, revokeApiKey);
