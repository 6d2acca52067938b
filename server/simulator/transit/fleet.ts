/**
 * The matatus on the road at a simulated instant, computed on request from the service plan:
 * no per-vehicle state is kept, so any instant can be asked for and the answer is the same.
 */
import type { LocalTime } from "../local-time";
import type { PointOnLine } from "../geo/polyline";
import { departuresOf, isPeakDeparture, runVariation, type RunVariation } from "./service-plan";
import type { PatternStop, TripPattern } from "./trip-pattern";

export interface StopPrediction {
  stop: PatternStop;
  /** Simulated instant of arrival and departure, with the run's delay. */
  arrival: Date;
  departure: Date;
  delayS: number;
}

export interface RunningVehicle {
  vehicleId: string;
  pattern: TripPattern;
  /** GTFS-RT trip descriptor of this run: service date YYYYMMDD and scheduled start HH:MM:SS. */
  startDate: string;
  startTime: string;
  position: PointOnLine;
  /** Metres per simulated second. */
  speedMps: number;
  /** Seconds behind schedule at the vehicle's current point of the trip. */
  delayS: number;
  /** The stops still ahead, with predicted times. */
  upcoming: StopPrediction[];
}

const NOON_MS = 12 * 3_600_000;

export class Fleet {
  private readonly timetable: { pattern: TripPattern; departures: number[] }[];

  constructor(
    patterns: readonly TripPattern[],
    private readonly localTime: LocalTime,
    private readonly seed: number,
  ) {
    this.timetable = patterns.map((pattern) => ({ pattern, departures: departuresOf(pattern, seed) }));
  }

  /** Every run on the road at `simNow`: today's, and yesterday's late ones still finishing. */
  running(simNow: Date): RunningVehicle[] {
    const today = this.localTime.dayNumber(simNow);
    const vehicles: RunningVehicle[] = [];
    for (const serviceDay of [today - 1, today]) {
      const midnight = this.localTime.midnightOf(serviceDay).getTime();
      const weekday = this.localTime.isWeekday(new Date(midnight + NOON_MS));
      for (const { pattern, departures } of this.timetable) {
        for (const departureS of departures) {
          // Runs that cannot have started, or finished long ago, are skipped before any hashing.
          const elapsedS = (simNow.getTime() - midnight) / 1000 - departureS;
          if (elapsedS < 0 || elapsedS > pattern.durationS * 2 + 600) continue;
          const vehicle = this.locate(pattern, serviceDay, departureS, elapsedS, isPeakDeparture(departureS, weekday), midnight);
          if (vehicle) vehicles.push(vehicle);
        }
      }
    }
    return vehicles;
  }

  private locate(
    pattern: TripPattern,
    serviceDay: number,
    departureS: number,
    elapsedS: number,
    peak: boolean,
    midnightMs: number,
  ): RunningVehicle | null {
    const startTime = clockTime(departureS);
    const vehicleId = `${pattern.tripId}-${startTime.slice(0, 5).replace(":", "")}`;
    const variation = runVariation(this.seed, `${serviceDay}/${vehicleId}`, peak);
    // Scheduled seconds into the trip that the run has reached.
    const scheduleS = (elapsedS - variation.startDelayS) / (1 + variation.slowdown);
    if (scheduleS < 0 || scheduleS > pattern.durationS) return null;
    const { alongM, speedPerScheduleS } = placeOnSchedule(pattern.stops, scheduleS);
    const departureMs = midnightMs + departureS * 1000;
    return {
      vehicleId,
      pattern,
      startDate: this.localTime.serviceDate(serviceDay),
      startTime,
      position: pattern.line.pointAt(alongM),
      speedMps: speedPerScheduleS / (1 + variation.slowdown),
      delayS: Math.round(delayAt(variation, scheduleS)),
      upcoming: pattern.stops
        .filter((stop) => stop.arrivalOffsetS >= scheduleS)
        .map((stop) => predict(stop, departureMs, variation)),
    };
  }
}

/** Where the schedule puts a vehicle `scheduleS` into the trip: dwelling at a stop, or between two. */
function placeOnSchedule(stops: readonly PatternStop[], scheduleS: number): { alongM: number; speedPerScheduleS: number } {
  for (let i = 0; i < stops.length - 1; i++) {
    const here = stops[i]!;
    const next = stops[i + 1]!;
    if (scheduleS < here.departureOffsetS) return { alongM: here.alongM, speedPerScheduleS: 0 };
    if (scheduleS < next.arrivalOffsetS) {
      const runS = next.arrivalOffsetS - here.departureOffsetS;
      const distanceM = next.alongM - here.alongM;
      return { alongM: here.alongM + (distanceM * (scheduleS - here.departureOffsetS)) / runS, speedPerScheduleS: distanceM / runS };
    }
  }
  return { alongM: stops[stops.length - 1]!.alongM, speedPerScheduleS: 0 };
}

function delayAt(variation: RunVariation, scheduleS: number): number {
  return variation.startDelayS + scheduleS * variation.slowdown;
}

function predict(stop: PatternStop, departureMs: number, variation: RunVariation): StopPrediction {
  const at = (offsetS: number) => new Date(departureMs + (offsetS + delayAt(variation, offsetS)) * 1000);
  return { stop, arrival: at(stop.arrivalOffsetS), departure: at(stop.departureOffsetS), delayS: Math.round(delayAt(variation, stop.arrivalOffsetS)) };
}

/** "HH:MM:SS" as GTFS writes it (hours may pass 24 for service after midnight). */
function clockTime(seconds: number): string {
  const pad = (n: number) => String(Math.floor(n)).padStart(2, "0");
  return `${pad(seconds / 3600)}:${pad((seconds % 3600) / 60)}:${pad(seconds % 60)}`;
}
