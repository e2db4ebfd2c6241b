/** Called by Next.js once a server starts: the Node.js server runs the background jobs beside its requests. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startBackgroundJobs } = await import("@/lib/jobs/background-jobs");
  startBackgroundJobs();
}
