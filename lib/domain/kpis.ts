/**
 * The wallboard's KPIs as the server sends them and the wall draws them, with the targets and
 * thresholds that colour them. Thresholds are the city's choices (STANDARDS.md): change them here.
 */

/** Threshold colour of a KPI: green, amber, red, or grey when there is nothing to judge. */
export type KpiStatus = "good" | "warn" | "bad" | "none";

/** How a value reads: the wall formats by unit ("%" → "92 %", "min" → "7.5 min"). */
export type KpiUnit = "count" | "%" | "min" | "h" | "km/h" | "m" | "dB" | "AQI";

export interface KpiBaseline {
  sameHourYesterday: number | null;
  /** Median of the same hour over the previous seven days. */
  median7d: number | null;
}

/** One line of a KPI's breakdown: a ward, a river gauge, a corridor, a priority, a unit type. */
export interface KpiRow {
  label: string;
  value: number | null;
  unit: KpiUnit;
  status: KpiStatus;
  note: string | null;
  /** A colour the standard itself prescribes (the AQI band's), instead of the status colour. */
  color: string | null;
}

/** A KPI is a row with an identity, a history and a freshness. */
export interface Kpi extends KpiRow {
  id: string;
  /** Hourly values, oldest first, ending with the current hour; empty where no history is kept. */
  trend: (number | null)[];
  /** Null where no history is kept (the wall then draws the values it has seen itself). */
  baseline: KpiBaseline | null;
  /** When the newest data behind the value was measured; null when there is none yet. */
  asOf: Date | null;
  /** Older than this, the tile greys out and shows its age. */
  staleAfterS: number;
  rows: KpiRow[];
}

export interface KpiPanelData {
  kpis: Kpi[];
  computedAt: Date;
}

/** Where a threshold colour changes. `warn < bad`: higher is worse; `warn > bad`: lower is worse. */
export interface Threshold {
  warn: number;
  bad: number;
}

/** Incidents that began as an answered emergency call (the simulator's calls are calls too): NFPA 1225 measures these. */
export const ANSWERED_CALL_SOURCES = ["call", "simulator"] as const;

/** NFPA 1225: 90 % of calls dispatched within 60 s of answer. */
export const NFPA_DISPATCH_LIMIT_S = 60;
export const NFPA_DISPATCH_SHARE: Threshold = { warn: 90, bad: 80 };

/** Open P1 incidents: one is the job, three at once is a strained city. */
export const OPEN_P1_INCIDENTS: Threshold = { warn: 1, bad: 3 };

/** A response p90 past its target is amber; this far past it, red. */
export const RESPONSE_OVERRUN_BAD = 1.5;

/** Share of a unit type still available: none left is red. */
export const UNITS_AVAILABLE_SHARE: Threshold = { warn: 25, bad: 1 };

/** GTFS-Realtime best practice: a position older than 90 s is stale (STANDARDS.md). */
export const VEHICLE_IN_SERVICE_S = 90;
/** A matatu within five minutes of its schedule is on time. */
export const ON_TIME_DELAY_S = 300;
export const ON_TIME_SHARE: Threshold = { warn: 80, bad: 60 };

/**
 * The corridors the wall watches, as the road data names them. Jogoo Road is not in the road data;
 * the seed put traffic stations on Kiambu and Limuru Roads instead, so those stand in for it.
 */
export const MAIN_CORRIDORS = ["Mombasa Road", "Thika Road", "Thika Superhighway", "Waiyaki Way", "Ngong Road", "Jogoo Road", "Kiambu Road", "Limuru Road"];
/** Mean speed as a share of the speed limit (%): below 60 % traffic is slow, below 35 % jammed. */
export const CORRIDOR_SPEED_SHARE: Threshold = { warn: 60, bad: 35 };
/** Road speed is averaged over the last quarter hour so one slow minute does not flash the wall red. */
export const CORRIDOR_SPEED_WINDOW_MIN = 15;

/** WHO road-traffic guidance (STANDARDS.md): 53 dB by day, 45 dB at night (23:00-07:00 local). */
export const NOISE_LIMIT_DB = { day: 53, night: 45 };
export const NIGHT_HOURS = { from: 23, to: 7 };
export const NOISE_EXCEEDANCES: Threshold = { warn: 1, bad: 5 };

export const SUBSTATION_LOAD: Threshold = { warn: 80, bad: 95 };
export const STREET_LIGHTS_OUT: Threshold = { warn: 5, bad: 15 };
export const BIN_FULL_PERCENT = 80;
export const BINS_FULL: Threshold = { warn: 5, bad: 15 };
export const OPEN311_MEDIAN_AGE_H: Threshold = { warn: 24, bad: 72 };

/** A feed is stale when it has missed this many polls in a row. */
export const FEED_STALE_AFTER_INTERVALS = 3;
export const FEED_HEALTH_STATES = ["healthy", "stale", "failing"] as const;
export type FeedHealthState = (typeof FEED_HEALTH_STATES)[number];
