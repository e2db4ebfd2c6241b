"use server";

import { resourceAction, teamAction } from "@/lib/actions/team-action";
import { connectResource, createResource, deleteResource, invokeEndpoint, loadResource, resizeVolume, startResource, stopResource } from "./lifecycle";
import { createResourceSchema, invokeEndpointSchema, resizeVolumeSchema, resourceIdSchema } from "./schemas";

export const createResourceAction = teamAction("resources.create", createResourceSchema, createResource);
export const startResourceAction = resourceAction("resources.manage", resourceIdSchema, loadResource, startResource);
export const stopResourceAction = resourceAction("resources.manage", resourceIdSchema, loadResource, stopResource);
export const connectResourceAction = resourceAction("resources.manage", resourceIdSchema, loadResource, connectResource);
export const resizeVolumeAction = resourceAction("resources.manage", resizeVolumeSchema, loadResource, resizeVolume);
export const invokeEndpointAction = resourceAction("resources.manage", invokeEndpointSchema, loadResource, invokeEndpoint);
export const deleteResourceAction = resourceAction("resources.delete", resourceIdSchema, loadResource, deleteResource);
