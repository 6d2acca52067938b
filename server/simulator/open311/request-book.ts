/**
 * Citizen service requests as the simulated city files them: potholes on the named roads
 * (more when it rains), street lights out where circuits really are faulty, garbage where
 * bins really overflow, water leaks anywhere. Each is closed after a repair time drawn for it.
 * Times are stored wall-clock, as the Open311 feed shows them.
 */
import type { Open311Request } from "@/server/feeds/open311/open311-types";
import { lineSampler } from "@/db/seed/geo/sample-points";
import type { SimCity, SimSensor } from "../city/load-city";
import type { Landmarks } from "../city/landmarks";
import type { SimClock } from "../clock";
import type { LonLat } from "../geo/polyline";
import { between, gaussian, pick, poisson, randomStream, type Random } from "../random";
import type { World } from "../world/world";
import { SERVICE_CODES, SERVICES, type ServiceCode } from "./service-catalog";

/** A bin full this long gets reported. */
const BIN_REPORTED_AFTER_MS = 6 * 3_600_000;
/** Closed requests stay listed this long (simulated), then the oldest go. */
const KEEP_CLOSED_MS = 7 * 86_400_000;
const MAX_REQUESTS = 2_000;
/** Each mm/h of rain makes pothole reports this much more frequent. */
const POTHOLES_PER_MM_H = 0.1;
/** Reports are placed a few tens of metres from the fault: where the resident stood. */
const REPORT_SCATTER_DEGREES = 0.0003;

interface TrackedRequest {
  request: Open311Request;
  /** Simulated instant of repair. */
  closesAtMs: number;
  /** The sensor the report is about, so one fault is not reported twice while open. */
  sensorId: string | null;
}

export class Open311RequestBook {
  private readonly random: Random;
  private readonly roadPoint: (random: Random) => { point: LonLat };
  private tracked: TrackedRequest[] = [];
  private issued = 0;

  constructor(
    private readonly city: SimCity,
    private readonly world: World,
    private readonly landmarks: Landmarks,
    private readonly clock: SimClock,
    private readonly perHour: number,
    seed: number,
    private readonly runTag: string,
  ) {
    this.random = randomStream(seed, "open311");
    this.roadPoint = lineSampler(city.roads.map((road) => ({ coordinates: road.line, lengthM: road.lengthM })));
  }

  step(at: Date, dtS: number): void {
    const hours = dtS / 3600;
    for (const code of SERVICE_CODES) {
      const rainFactor = code === "pothole" ? 1 + POTHOLES_PER_MM_H * this.world.weather.rainMmPerHour() : 1;
      for (let n = poisson(this.random, this.perHour * SERVICES[code].share * rainFactor * hours); n > 0; n--) this.open(code, at);
    }
    for (const tracked of this.tracked) {
      if (tracked.request.status === "open" && at.getTime() >= tracked.closesAtMs) {
        const closedAt = this.clock.realAt(new Date(tracked.closesAtMs));
        tracked.request = { ...tracked.request, status: "closed", statusNotes: SERVICES[tracked.request.serviceCode as ServiceCode].closingNote, updatedAt: closedAt };
      }
    }
    const oldestKept = this.clock.realAt(new Date(at.getTime() - KEEP_CLOSED_MS)).getTime();
    this.tracked = this.tracked.filter(({ request }) => request.status === "open" || request.updatedAt!.getTime() >= oldestKept).slice(-MAX_REQUESTS);
  }

  requests(): Open311Request[] {
    return this.tracked.map((tracked) => tracked.request);
  }

  private open(code: ServiceCode, at: Date): void {
    const subject = this.subjectFor(code, at);
    if (!subject) return;
    const service = SERVICES[code];
    const requestedAt = this.clock.realAt(at);
    const position: LonLat = [
      subject.position[0] + REPORT_SCATTER_DEGREES * gaussian(this.random),
      subject.position[1] + REPORT_SCATTER_DEGREES * gaussian(this.random),
    ];
    this.issued++;
    this.tracked.push({
      closesAtMs: at.getTime() + between(this.random, ...service.repairHours) * 3_600_000,
      sensorId: subject.sensor?.id ?? null,
      request: {
        serviceRequestId: `sim-${this.runTag}-${String(this.issued).padStart(5, "0")}`,
        status: "open",
        statusNotes: null,
        serviceName: service.serviceName,
        serviceCode: code,
        description: pick(this.random, service.descriptions),
        agencyResponsible: service.agencyResponsible,
        requestedAt,
        updatedAt: requestedAt,
        expectedAt: this.clock.realAt(new Date(at.getTime() + service.targetHours * 3_600_000)),
        address: this.landmarks.addressOf(position),
        lat: position[1],
        lon: position[0],
        mediaUrl: null,
      },
    });
  }

  /** What the report is about: a real fault for lights and bins (none: no report), else a place. */
  private subjectFor(code: ServiceCode, at: Date): { position: LonLat; sensor?: SimSensor } | null {
    const reported = new Set(this.tracked.filter((tracked) => tracked.request.status === "open").map((tracked) => tracked.sensorId));
    const unreported = (sensors: SimSensor[]) => sensors.filter((sensor) => !reported.has(sensor.id));
    switch (code) {
      case "pothole":
        return { position: this.roadPoint(this.random).point };
      case "streetlight-out":
        return this.pickSensor(unreported(this.world.lights.faulty()));
      case "garbage-uncollected":
        return this.pickSensor(unreported(this.world.bins.overflowing(at, BIN_REPORTED_AFTER_MS)));
      case "water-leak": {
        const ward = pick(this.random, this.city.wards.list);
        return { position: this.city.wards.randomPointIn(this.random, ward.code) };
      }
    }
  }

  private pickSensor(sensors: SimSensor[]): { position: LonLat; sensor: SimSensor } | null {
    if (sensors.length === 0) return null;
    const sensor = pick(this.random, sensors);
    return { position: sensor.position, sensor };
  }
}
