/**
 * What running drills do to the world, as time windows the models consult: a surge on some
 * river gauges, a blocked road, a power cut in some wards, an extra hazard for the weather
 * service to warn about. Each window ramps in and out, so levels rise and recede instead of
 * jumping.
 */
import type { HazardNotice } from "../alerts/hazard-notice";

export interface EffectWindow {
  startMs: number;
  /** Full strength from startMs + rampInMs until endMs, then fading out over rampOutMs. */
  rampInMs: number;
  endMs: number;
  rampOutMs: number;
}

export interface RiverSurge extends EffectWindow {
  sensorIds: ReadonlySet<string>;
  /** At full strength the river stands this far above the gauge's major flood stage. */
  aboveMajorM: number;
}

export interface RoadBlockage extends EffectWindow {
  roadName: string;
}

export interface PowerCut extends EffectWindow {
  wardCodes: ReadonlySet<string>;
}

export interface DrillHazard extends EffectWindow {
  key: string;
  notice: HazardNotice;
}

/** 0 before and after, 1 at full strength, linear ramps between. */
export function strengthAt(window: EffectWindow, atMs: number): number {
  if (atMs < window.startMs || atMs >= window.endMs + window.rampOutMs) return 0;
  if (atMs < window.startMs + window.rampInMs) return (atMs - window.startMs) / window.rampInMs;
  if (atMs < window.endMs) return 1;
  return 1 - (atMs - window.endMs) / window.rampOutMs;
}

export class DrillEffects {
  readonly surges: RiverSurge[] = [];
  readonly blockages: RoadBlockage[] = [];
  readonly powerCuts: PowerCut[] = [];
  readonly hazards: DrillHazard[] = [];

  /** The strongest surge on a gauge, with how far above major it aims. */
  surgeOn(sensorId: string, at: Date): { strength: number; aboveMajorM: number } {
    return this.surges
      .filter((surge) => surge.sensorIds.has(sensorId))
      .map((surge) => ({ strength: strengthAt(surge, at.getTime()), aboveMajorM: surge.aboveMajorM }))
      .reduce((best, surge) => (surge.strength > best.strength ? surge : best), { strength: 0, aboveMajorM: 0 });
  }

  /** 0 = open road, 1 = fully blocked. */
  blockageOn(roadName: string | null, at: Date): number {
    return Math.max(0, ...this.blockages.filter((blockage) => blockage.roadName === roadName).map((blockage) => strengthAt(blockage, at.getTime())));
  }

  /** A power cut counts only at full strength: supply is on or off. */
  powerCutIn(wardCode: string | null, at: Date): boolean {
    return wardCode !== null && this.powerCuts.some((cut) => cut.wardCodes.has(wardCode) && strengthAt(cut, at.getTime()) === 1);
  }

  hazardsAt(at: Date): DrillHazard[] {
    return this.hazards.filter((hazard) => strengthAt(hazard, at.getTime()) > 0);
  }

  /** Forgets windows that have fully ended, so a long run does not accumulate them. */
  prune(at: Date): void {
    for (const list of [this.surges, this.blockages, this.powerCuts, this.hazards] as EffectWindow[][]) {
      const live = list.filter((window) => at.getTime() < window.endMs + window.rampOutMs);
      list.splice(0, list.length, ...live);
    }
  }
}
