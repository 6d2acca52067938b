import { gt, gte, inArray, or, sql, type SQL } from "drizzle-orm";
import { selectRows, type Db } from "@/db/client";
import { incidents } from "@/db/schema";
import { ACTIVE_INCIDENT_STATUSES } from "@/lib/domain/incidents";
import { ANSWERED_CALL_SOURCES } from "@/lib/domain/kpis";
import { scopeIncludes, type AgencyScope } from "@/server/auth/agency-scope";
import { historyStart, HOUR_MS } from "../hourly-history";
import type { KpiContext } from "../kpi-context";

export interface WindowIncident {
  priority: number;
  /** Began as an answered emergency call: NFPA 1225 measures these. */
  isCall: boolean;
  reportedAt: Date;
  dispatchedAt: Date | null;
  onSceneAt: Date | null;
  /** Null while active; otherwise when it was cleared or closed (its report time if neither is recorded). */
  endedAt: Date | null;
}

interface HeldIncident extends WindowIncident {
  agencyId: string;
}

type Row = { id: string; agency_id: string; seq: unknown; priority: number; is_call: boolean; reported: number; dispatched: number | null; on_scene: number | null; ended: number | null };

/** Times travel as epoch milliseconds and nothing as text: thousands of rows then parse about twice as fast. */
const epochMs = (time: SQL) => sql`(extract(epoch from ${time}) * 1000)::float8`;
const dateOf = (ms: number | null) => (ms === null ? null : new Date(ms));
const active = inArray(incidents.status, [...ACTIVE_INCIDENT_STATUSES]);

const columns = sql`${incidents.id} as id, ${incidents.agencyId} as agency_id, ${incidents.seq} as seq, ${incidents.priority} as priority,
  ${inArray(incidents.source, [...ANSWERED_CALL_SOURCES])} as is_call,
  ${epochMs(sql`${incidents.reportedAt}`)} as reported, ${epochMs(sql`${incidents.dispatchedAt}`)} as dispatched,
  ${epochMs(sql`${incidents.onSceneAt}`)} as on_scene,
  ${epochMs(sql`case when ${active} then null else coalesce(${incidents.clearedAt}, ${incidents.closedAt}, ${incidents.reportedAt}) end`)} as ended`;

/**
 * The KPI history (plus a day before it, so incidents still open when it began count too), and
 * every incident still active. An incident reported over eight days ago and closed since is rare
 * enough to leave out.
 */
const windowStart = (now: Date) => new Date(historyStart(now).getTime() - 24 * HOUR_MS);
const inWindow = (incident: WindowIncident, from: Date) => incident.endedAt === null || incident.reportedAt.getTime() >= from.getTime();

/**
 * The incident window of one database, held in memory and brought up to date by seq (DESIGN.md:
 * seq + wake + pull). Every insert and update stamps `seq` in commit order, and incidents are
 * never deleted (their timeline is append-only), so pulling the rows with a higher seq than the
 * last pull saw misses no change: a refresh moves the few incidents written since the previous
 * one instead of a week of them (thousands of rows whose transfer and parsing cost more than all
 * the rest of the emergency panel), and the KPI rules still see every incident of the window.
 */
class IncidentWindow {
  private readonly held = new Map<string, HeldIncident>();
  /** Highest seq applied. */
  private seq = 0;
  /** The window start the held rows cover; null until the first load. */
  private from: Date | null = null;
  private pulling: Promise<void> | null = null;

  constructor(private readonly db: Db) {}

  /** The window as of now, within the caller's scope. */
  async read(now: Date, scope: AgencyScope): Promise<WindowIncident[]> {
    const from = windowStart(now);
    // A caller that joined a pull for a later window start (around an hour's turn) reloads from its own.
    do await this.pull(from);
    while (from < this.from!);
    return [...this.held.values()].filter((incident) => scopeIncludes(scope, incident.agencyId) && inWindow(incident, from));
  }

  /** Concurrent panels share one pull. */
  private pull(from: Date): Promise<void> {
    this.pulling ??= (this.from && from >= this.from ? this.catchUp(from) : this.load(from)).finally(() => (this.pulling = null));
    return this.pulling;
  }

  private async load(from: Date) {
    // The high-water mark first: a row written after it is pulled by the next catch-up, never missed.
    const [high] = await selectRows<{ seq: unknown }>(this.db, sql`select coalesce(max(${incidents.seq}), 0) as seq from ${incidents}`, { prepared: true });
    const rows = await selectRows<Row>(this.db, sql`select ${columns} from ${incidents} where ${or(gte(incidents.reportedAt, from), active)}`);
    this.held.clear();
    this.seq = Number(high!.seq);
    this.from = from;
    this.apply(rows);
  }

  private async catchUp(from: Date) {
    this.apply(await selectRows<Row>(this.db, sql`select ${columns} from ${incidents} where ${gt(incidents.seq, this.seq)}`, { prepared: true }));
    for (const [id, incident] of this.held) if (!inWindow(incident, from)) this.held.delete(id);
    this.from = from;
  }

  /** A changed row that has left the window can only come back through another write, which a later pull sees. */
  private apply(rows: Row[]) {
    for (const r of rows) {
      const incident: HeldIncident = {
        agencyId: r.agency_id,
        priority: r.priority,
        isCall: r.is_call,
        reportedAt: new Date(r.reported),
        dispatchedAt: dateOf(r.dispatched),
        onSceneAt: dateOf(r.on_scene),
        endedAt: dateOf(r.ended),
      };
      if (inWindow(incident, this.from!)) this.held.set(r.id, incident);
      else this.held.delete(r.id);
      this.seq = Math.max(this.seq, Number(r.seq));
    }
  }
}

const windows = new WeakMap<Db, IncidentWindow>();

/** The incidents the emergency KPIs read: reported in the KPI history or still active, within the caller's scope. */
export async function loadIncidentWindow(ctx: KpiContext): Promise<WindowIncident[]> {
  let window = windows.get(ctx.db);
  if (!window) windows.set(ctx.db, (window = new IncidentWindow(ctx.db)));
  return window.read(ctx.now, await ctx.scope("incidents"));
}
