import { db } from "@/lib/db/client";

/** User agents starting with this make the audit insert fail (see installAuditFault). */
export const FAULT_PREFIX = "FAULT:";

/**
 * Installs the fault the attack suite injects: any audit insert whose user agent starts with
 * FAULT: raises inside the caller's transaction. Other inserts, of any test file, are untouched.
 */
export async function installAuditFault(): Promise<void> {
  await db.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION roster_test_fault() RETURNS trigger AS $$
    BEGIN IF NEW."userAgent" LIKE '${FAULT_PREFIX}%' THEN RAISE EXCEPTION 'injected fault'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
  await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS roster_test_fault ON "AuditEvent"`);
  await db.$executeRawUnsafe(`CREATE TRIGGER roster_test_fault BEFORE INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION roster_test_fault()`);
}
