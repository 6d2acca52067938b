import type { Db } from "@/db/client";

/**
 * Memoises an expensive in-memory structure per database (tests open many). A failed build, or
 * one that found the city not seeded yet (`isEmpty`), is not kept: the next call builds again.
 */
export function cachedPerDatabase<T>(load: (db: Db) => Promise<T>, isEmpty: (value: T) => boolean): (db: Db) => Promise<T> {
  const cache = new WeakMap<Db, Promise<T>>();
  return (db) => {
    let value = cache.get(db);
    if (!value) {
      value = load(db).then((loaded) => {
        if (isEmpty(loaded)) cache.delete(db);
        return loaded;
      });
      value.catch(() => cache.delete(db));
      cache.set(db, value);
    }
    return value;
  };
}
