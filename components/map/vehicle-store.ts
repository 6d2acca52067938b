import type { Rgb } from "./rgb";

/** A vehicle's latest GTFS-Realtime position, as the list and the live stream carry it. */
export interface VehicleReport {
  id: string;
  routeId: string | null;
  lon: number;
  lat: number;
  bearingDeg: number | null;
  speedMps: number | null;
  delayS: number | null;
  reportedAt: Date;
  /** Every write bumps it: a report with a lower seq than the one held is older. */
  seq: number;
}

/** How a vehicle is drawn: its colour, and its opacity at a moment (stale vehicles fade). */
export interface VehiclePaint {
  color: (report: VehicleReport) => Rgb;
  alpha: (report: VehicleReport, nowMs: number) => number;
}

/** deck.gl binary data: attributes read straight from typed arrays, no accessor per object. */
export interface BinaryPoints {
  length: number;
  attributes: {
    getPosition: { value: Float32Array; size: 2 };
    getFillColor: { value: Uint8Array; size: 4; normalized: true };
  };
}

const INITIAL_CAPACITY = 1024;

/**
 * Moving vehicles as typed arrays that are written in place: each vehicle keeps one slot for
 * its life, a report rewrites that slot's eight bytes of position and four of colour, and
 * deck.gl uploads the arrays as they are (STYLE.md: binary attributes for thousands of moving
 * points). A plain array in the query cache would be copied and re-read object by object on
 * every frame, which is what this avoids.
 */
export class VehicleStore {
  private positions = new Float32Array(2 * INITIAL_CAPACITY);
  private colors = new Uint8Array(4 * INITIAL_CAPACITY);
  private reports: VehicleReport[] = [];
  private slotById = new Map<string, number>();
  private listeners = new Set<() => void>();
  private version = 0;
  private binary: BinaryPoints | null = null;
  /** The newest report time held, for the layer's freshness. */
  newestReportMs: number | null = null;

  constructor(private paint: VehiclePaint) {}

  get size() {
    return this.reports.length;
  }

  /** Takes reports from the initial list or a live frame; older versions than held are ignored. */
  apply(incoming: readonly VehicleReport[], nowMs = Date.now()) {
    let changed = false;
    for (const report of incoming) {
      let slot = this.slotById.get(report.id);
      if (slot !== undefined && this.reports[slot]!.seq >= report.seq) continue;
      if (slot === undefined) {
        slot = this.reports.length;
        this.ensureCapacity(slot + 1);
        this.slotById.set(report.id, slot);
        this.reports.push(report);
      } else {
        this.reports[slot] = report;
      }
      this.positions[2 * slot] = report.lon;
      this.positions[2 * slot + 1] = report.lat;
      this.paintSlot(slot, nowMs);
      const reportedMs = report.reportedAt.getTime();
      if (this.newestReportMs === null || reportedMs > this.newestReportMs) this.newestReportMs = reportedMs;
      changed = true;
    }
    if (changed) this.bump();
  }

  /** Recolours every vehicle: after the colour scheme changes, and as reports age into staleness. */
  repaint(paint: VehiclePaint = this.paint, nowMs = Date.now()) {
    this.paint = paint;
    let changed = false;
    for (let slot = 0; slot < this.reports.length; slot++) changed = this.paintSlot(slot, nowMs) || changed;
    if (changed) this.bump();
  }

  /**
   * Drops the vehicles last reported before `cutoffMs`: the server deletes them at that age, and
   * the live stream carries no deletions. The last slot moves into each freed one.
   */
  dropReportedBefore(cutoffMs: number) {
    let changed = false;
    for (let slot = this.reports.length - 1; slot >= 0; slot--) {
      if (this.reports[slot]!.reportedAt.getTime() >= cutoffMs) continue;
      const last = this.reports.length - 1;
      this.slotById.delete(this.reports[slot]!.id);
      if (slot !== last) {
        const moved = this.reports[last]!;
        this.reports[slot] = moved;
        this.slotById.set(moved.id, slot);
        this.positions.copyWithin(2 * slot, 2 * last, 2 * last + 2);
        this.colors.copyWithin(4 * slot, 4 * last, 4 * last + 4);
      }
      this.reports.pop();
      changed = true;
    }
    if (changed) this.bump();
  }

  /** The report drawn at `index` of the binary data (what deck.gl's picking returns). */
  reportAt(index: number): VehicleReport | undefined {
    return this.reports[index];
  }

  get(id: string): VehicleReport | undefined {
    const slot = this.slotById.get(id);
    return slot === undefined ? undefined : this.reports[slot];
  }

  /**
   * The arrays for deck.gl. A new wrapper per change tells deck.gl to upload again; the typed
   * arrays inside stay the same objects (until the fleet outgrows them).
   */
  get data(): BinaryPoints {
    this.binary ??= {
      length: this.reports.length,
      attributes: {
        getPosition: { value: this.positions, size: 2 },
        getFillColor: { value: this.colors, size: 4, normalized: true },
      },
    };
    return this.binary;
  }

  /** For useSyncExternalStore: a number that changes whenever the arrays do. */
  getVersion = () => this.version;

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Writes one slot's colour; says whether any byte changed. */
  private paintSlot(slot: number, nowMs: number): boolean {
    const report = this.reports[slot]!;
    const [r, g, b] = this.paint.color(report);
    const a = this.paint.alpha(report, nowMs);
    const offset = 4 * slot;
    const colors = this.colors;
    if (colors[offset] === r && colors[offset + 1] === g && colors[offset + 2] === b && colors[offset + 3] === a) return false;
    colors[offset] = r;
    colors[offset + 1] = g;
    colors[offset + 2] = b;
    colors[offset + 3] = a;
    return true;
  }

  private ensureCapacity(needed: number) {
    if (2 * needed <= this.positions.length) return;
    const capacity = Math.max(needed, 2 * (this.positions.length / 2));
    const positions = new Float32Array(2 * capacity);
    positions.set(this.positions);
    const colors = new Uint8Array(4 * capacity);
    colors.set(this.colors);
    this.positions = positions;
    this.colors = colors;
  }

  private bump() {
    this.version++;
    this.binary = null;
    for (const listener of this.listeners) listener();
  }
}
