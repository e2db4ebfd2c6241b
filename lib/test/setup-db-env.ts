import { inject, vi } from "vitest";
import { actingSessionId, actingUser, requestFrom } from "./acting-user";

// Runs before each test file's imports: lib/db/client.ts then connects to the test database.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.DB_PROVIDER = inject("databaseProvider");
delete process.env.RESEND_API_KEY;
process.env.AUTH_SECRET ??= "test-only-auth-secret-test-only-auth-secret";

// Server actions run here outside a Next request: the session and request headers come from
// lib/test/acting-user.ts instead; everything else (database, permissions, audit) is real.
vi.mock("@/lib/auth/current-user", () => ({ currentUser: async () => actingUser(), requireUser: async () => actingUser(), currentSessionId: async () => actingSessionId() }));
vi.mock("@/lib/auth/request-context", () => ({ requestContext: async () => requestFrom(), contextFromHeaders: () => requestFrom() }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
