export const ROLES = ["web", "worker", "all"] as const;
export type Role = (typeof ROLES)[number];

/**
 * Which duties this process runs. PGlite belongs to one process, so with it everything runs
 * here whatever ROLE says; with DATABASE_URL, web and worker can be separate processes.
 */
export function resolveRole(env: NodeJS.ProcessEnv = process.env): Role {
  const role = (env.ROLE ?? "all") as Role;
  if (!ROLES.includes(role)) throw new Error(`ROLE must be one of ${ROLES.join(", ")}; got "${env.ROLE}".`);
  return env.DATABASE_URL ? role : "all";
}

export const runsWorker = (role: Role) => role === "worker" || role === "all";
