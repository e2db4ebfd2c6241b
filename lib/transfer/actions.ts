"use server";

import { teamAction } from "@/lib/actions/team-action";
import { userAction } from "@/lib/actions/user-action";
import { cancelTransferSchema, startTransferSchema, transferTokenSchema } from "./schemas";
import { acceptTransfer, cancelTransfer, confirmTransfer, declineTransfer, startTransfer } from "./transfer";

export const startTransferAction = teamAction("team.transfer", startTransferSchema, startTransfer);
export const cancelTransferAction = teamAction("members.read", cancelTransferSchema, cancelTransfer);
export const confirmTransferAction = userAction(transferTokenSchema, confirmTransfer);
export const acceptTransferAction = userAction(transferTokenSchema, acceptTransfer);
export const declineTransferAction = userAction(transferTokenSchema, declineTransfer);
