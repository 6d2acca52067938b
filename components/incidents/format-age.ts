/** How long ago, as a dispatcher says it: "just now", "4 min", "2 h 05 min", "3 d". */
export function formatAge(since: Date, now: Date): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - since.getTime()) / 60_000));
  if (minutes < 1) return "just now";
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h ${String(minutes % 60).padStart(2, "0")} min`;
  return `${Math.floor(hours / 24)} d`;
}

/** The age as a phrase: "just now", "4 min ago" (never "just now ago"). */
export function formatAgo(since: Date, now: Date): string {
  const age = formatAge(since, now);
  return age === "just now" ? age : `${age} ago`;
}
