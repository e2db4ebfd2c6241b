import type { z } from "zod";

export type ProblemField = { field: string; message: string };

const TITLES: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  409: "Conflict",
  422: "Unprocessable Content",
  429: "Too Many Requests",
  500: "Internal Server Error",
};

/** An RFC 9457 problem document. */
export function problem(status: number, detail: string, options: { errors?: ProblemField[]; headers?: HeadersInit } = {}): Response {
  const body = { type: "about:blank", title: TITLES[status] ?? "Error", status, detail, ...(options.errors?.length ? { errors: options.errors } : {}) };
  const headers = new Headers(options.headers);
  headers.set("Content-Type", "application/problem+json");
  headers.set("Cache-Control", "no-store");
  return new Response(JSON.stringify(body), { status, headers });
}

export function fieldsOf(error: z.ZodError): ProblemField[] {
  return error.issues.map((issue) => ({ field: issue.path.join(".") || "body", message: issue.message }));
}

export function fieldsFromRecord(fieldErrors: Record<string, string> | undefined): ProblemField[] {
  return Object.entries(fieldErrors ?? {}).map(([field, message]) => ({ field, message }));
}
