/**
 * Emergency calls, drawn step by step from the simulated city: collisions from the crash
 * history's hour-of-week rhythm and places, the other types at their shares and daily
 * rhythms at random points of random wards, flooding calls with the rain in flood-prone wards.
 * Drills plan extra calls at given simulated times. Deterministic given the seed.
 */
import type { IncidentType, Priority } from "@/lib/domain/incidents";
import type { SimCity } from "../city/load-city";
import type { Landmarks } from "../city/landmarks";
import type { SimWard } from "../city/ward-areas";
import type { LonLat } from "../geo/polyline";
import { pick, poisson, randomStream, type Random } from "../random";
import type { World } from "../world/world";
import { priorityFor } from "./call-priority";
import {
  CALL_TYPES,
  CALLER_FIRST_NAMES,
  CALLER_LAST_NAMES,
  COLLISION_DESCRIPTIONS,
  COLLISION_SHARE,
  DRY_WEATHER_FLOODING_SHARE,
  FLOODING_DESCRIPTIONS,
  FLOODING_SHARE_PER_MM_H,
} from "./call-types";
import { CrashSampler } from "./crash-sampler";
import { floodProneWards } from "./flood-prone-wards";

/** An incoming call as the intake endpoint takes it (times still simulated). */
export interface SimCall {
  callId: string;
  receivedAt: Date;
  type: IncidentType;
  priority: Priority;
  position: LonLat;
  address: string;
  callerName: string;
  callerPhone: string;
  description: string;
}

/** A call a drill wants made at a simulated instant. */
export interface PlannedCall {
  at: Date;
  type: IncidentType;
  position: LonLat;
  description: string;
}

/** Of P3 history crashes, the share whose caller says nobody is hurt (P4). */
const UNHURT_SHARE = 0.3;

export class CallGenerator {
  private readonly random: Random;
  private readonly crashes: CrashSampler;
  private readonly floodWards: SimWard[];
  private readonly hourlyMeans: Map<string, number>;
  private planned: PlannedCall[] = [];
  private issued = 0;

  constructor(
    private readonly city: SimCity,
    private readonly world: World,
    private readonly landmarks: Landmarks,
    private readonly callsPerHour: number,
    seed: number,
    /** Makes call ids unique across restarts: the run's start, say. */
    private readonly runTag: string,
  ) {
    this.random = randomStream(seed, "calls");
    this.crashes = new CrashSampler(city.crashes, city.localTime);
    this.floodWards = floodProneWards(city.wards, city.sensors);
    this.hourlyMeans = new Map(CALL_TYPES.map((profile) => [profile.type, profile.hourly.reduce((sum, value) => sum + value, 0) / 24]));
  }

  plan(calls: readonly PlannedCall[]): void {
    this.planned = [...this.planned, ...calls].sort((a, b) => a.at.getTime() - b.at.getTime());
  }

  /** The calls of the simulated interval (at - dtS, at]. */
  step(at: Date, dtS: number): SimCall[] {
    const from = at.getTime() - dtS * 1000;
    const timeIn = () => new Date(from + this.random() * dtS * 1000);
    const count = (perHour: number) => poisson(this.random, (perHour * dtS) / 3600);
    return [...this.collisions(at, count, timeIn), ...this.everydayCalls(at, count, timeIn), ...this.floodingCalls(count, timeIn), ...this.plannedCalls(at)].sort(
      (a, b) => a.receivedAt.getTime() - b.receivedAt.getTime(),
    );
  }

  /** Collisions at this hour of the week's historic rate, where past crashes of that hour were. */
  private collisions(at: Date, count: (perHour: number) => number, timeIn: () => Date): SimCall[] {
    return Array.from({ length: count(this.callsPerHour * COLLISION_SHARE * this.crashes.rateFactor(at)) }, () => {
      const crash = this.crashes.sample(this.random, at);
      const severity = crash.priority === 3 && this.random() < UNHURT_SHARE ? 4 : (Math.min(3, Math.max(1, crash.priority)) as 1 | 2 | 3);
      return this.call(timeIn(), "road_collision", crash.position, pick(this.random, COLLISION_DESCRIPTIONS[severity]));
    });
  }

  /** Medical, crime, fire, power and water calls at their shares and hours, anywhere in the city. */
  private everydayCalls(at: Date, count: (perHour: number) => number, timeIn: () => Date): SimCall[] {
    const hour = Math.floor(this.city.localTime.hourOfDay(at));
    return CALL_TYPES.flatMap((profile) =>
      Array.from({ length: count(this.callsPerHour * profile.share * (profile.hourly[hour]! / this.hourlyMeans.get(profile.type)!)) }, () => {
        const ward = pick(this.random, this.city.wards.list);
        return this.call(timeIn(), profile.type, this.city.wards.randomPointIn(this.random, ward.code), pick(this.random, profile.descriptions));
      }),
    );
  }

  /** Flooding calls from the flood-prone wards: a trickle when dry, many in a storm. */
  private floodingCalls(count: (perHour: number) => number, timeIn: () => Date): SimCall[] {
    const share = DRY_WEATHER_FLOODING_SHARE + FLOODING_SHARE_PER_MM_H * this.world.weather.rainMmPerHour();
    return Array.from({ length: count(this.callsPerHour * share) }, () => {
      const ward = pick(this.random, this.floodWards);
      return this.call(timeIn(), "flooding", this.city.wards.randomPointIn(this.random, ward.code), pick(this.random, FLOODING_DESCRIPTIONS));
    });
  }

  /** The drills' calls that are due. */
  private plannedCalls(at: Date): SimCall[] {
    const due = this.planned.filter((planned) => planned.at.getTime() <= at.getTime());
    this.planned = this.planned.slice(due.length);
    return due.map((planned) => this.call(planned.at, planned.type, planned.position, planned.description));
  }

  private call(receivedAt: Date, type: IncidentType, position: LonLat, description: string): SimCall {
    this.issued++;
    return {
      callId: `sim-${this.runTag}-${String(this.issued).padStart(6, "0")}`,
      receivedAt,
      type,
      priority: priorityFor(type, description),
      position,
      address: this.landmarks.addressOf(position),
      callerName: `${pick(this.random, CALLER_FIRST_NAMES)} ${pick(this.random, CALLER_LAST_NAMES)}`,
      callerPhone: `+2547${String(Math.floor(this.random() * 1e8)).padStart(8, "0")}`,
      description,
    };
  }
}
