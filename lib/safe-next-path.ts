/** Where to go after signing in: only a path on this site, never another origin ("//evil.example"). */
export function safeNextPath(next: string | string[] | undefined): string {
  const path = Array.isArray(next) ? next[0] : next;
  return path && path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") ? path : "/";
}
