import type { Db } from "@/db/client";
import type { DataDomain } from "@/lib/domain/access";
import { agencyScope, type AgencyScope } from "@/server/auth/agency-scope";
import type { AuthSession } from "@/server/auth/auth-session";
import { cityClock, type CityClock } from "./city-clock";
import { cachedHourlyResults, type HourlyResults } from "./hourly-cache";
import { ROLLUP_BUCKETS, type ReadingBuckets } from "./reading-buckets";

/** What every KPI computation reads from: one instant, the caller's scopes, where sensor buckets come from and what is known of them. */
export interface KpiContext {
  db: Db;
  now: Date;
  clock: CityClock;
  buckets: ReadingBuckets;
  /** Per-hour results of queries over hourly buckets, reused while an hour is unchanged. */
  hours: HourlyResults;
  /** The agencies whose records of a domain the caller may see (agency-scope.ts). */
  scope(domain: DataDomain): Promise<AgencyScope>;
}

/**
 * The context of one request: the wall's own session decides every scope (a kiosk display sees
 * what its agency sees), each domain's scope read once however many KPIs need it.
 */
export function kpiContextFor(db: Db, session: AuthSession, now = new Date()): KpiContext {
  const scopes = new Map<DataDomain, Promise<AgencyScope>>();
  return {
    db,
    now,
    clock: cityClock(),
    buckets: ROLLUP_BUCKETS,
    hours: cachedHourlyResults(db, now),
    scope(domain) {
      let scope = scopes.get(domain);
      if (!scope) scopes.set(domain, (scope = agencyScope(db, session, domain)));
      return scope;
    },
  };
}
