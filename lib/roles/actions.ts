"use server";

import { teamAction } from "@/lib/actions/team-action";
import { createCustomRole, deleteCustomRole, updateCustomRole } from "./custom";
import { customRoleSchema, deleteCustomRoleSchema, updateCustomRoleSchema } from "./schemas";

export const createCustomRoleAction = teamAction("team.roles", customRoleSchema, createCustomRole);
export const updateCustomRoleAction = teamAction("team.roles", updateCustomRoleSchema, updateCustomRole);
export const deleteCustomRoleAction = teamAction("team.roles", deleteCustomRoleSchema, deleteCustomRole);
