/**
 * Runs once when the Next.js server boots, before the first request: migrates, seeds and
 * starts the background roles in the same process, so they share one database client.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { boot } = await import("./server/runtime/boot");
  await boot();
}
