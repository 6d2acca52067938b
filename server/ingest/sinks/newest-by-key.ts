/**
 * One entry per key, the newest: an upsert may touch each row once per statement, and an older
 * report in the same batch has nothing to add. Returns positions into `entries`.
 */
export function newestByKey<T>(entries: readonly T[], key: (entry: T) => string, time: (entry: T) => Date): number[] {
  const newest = new Map<string, number>();
  entries.forEach((entry, index) => {
    const current = newest.get(key(entry));
    if (current === undefined || time(entry) >= time(entries[current]!)) newest.set(key(entry), index);
  });
  return [...newest.values()];
}
