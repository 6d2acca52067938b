/**
 * A living Nairobi that reaches CityDeck only through real protocols. The simulator reads the
 * seeded city once, then advances its world in one-minute simulated steps; the HTTP feeds
 * (GTFS-Realtime, CAP, Open311) are rendered from its state on request, the sensor publisher
 * and the call intake (see duty.ts) carry the rest.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Db } from "@/db/client";
import { DEFAULT_CITY_DIR } from "@/db/seed/seed";
import { writeCapAtomFeed } from "@/server/feeds/cap/write-cap-atom-feed";
import { toOpen311Request, toOpen311Service, type Open311RequestJson, type Open311ServiceJson } from "@/server/feeds/open311/to-open311";
import { ConflictError, NotFoundError } from "@/server/services/errors";
import { CapAlertBook } from "./alerts/cap-alert-book";
import { HazardWatch } from "./alerts/hazard-watch";
import { CallGenerator, type SimCall } from "./calls/call-generator";
import { Landmarks } from "./city/landmarks";
import { loadSimCity, type SimCity, type SimSensor } from "./city/load-city";
import { SimClock } from "./clock";
import type { SimulatorConfig } from "./config";
import { DRILLS } from "./drills/drill-catalog";
import { parseOpen311Query, selectRequests } from "./open311/request-query";
import { Open311RequestBook } from "./open311/request-book";
import { SERVICE_CODES, SERVICES } from "./open311/service-catalog";
import { randomStream } from "./random";
import { Fleet } from "./transit/fleet";
import { encodeFleetPositions, encodeFleetTripUpdates } from "./transit/gtfs-rt-feeds";
import { buildTripPatterns } from "./transit/trip-pattern";
import { parsePm25Csv } from "./world/pm25-series";
import { buildPm25Profile, type Pm25Profile } from "./world/pm25-profile";
import { World } from "./world/world";

const STEP_S = 60;
/** Before the clock starts the world runs this long, so bins are part-full and some lamps out. */
const WARM_UP_S = 2 * 86_400;
const WARM_UP_STEP_S = 300;
/** After a long pause (a suspended laptop) the world skips ahead instead of replaying days. */
const MAX_CATCH_UP_S = 86_400;
/** A CAP message stays valid this long (simulated), and is restated halfway. */
const CAP_VALIDITY_S = 6 * 3600;
const PM25_SERIES = "env/pm25-nairobi-2018.csv";

export const CAP_SENDER = "sim.kmd.go.ke";

export interface SimulatorOptions {
  config: SimulatorConfig;
  /** Wall-clock start (now) and the simulated instant it stands for (the same unless a test picks one). */
  startReal?: Date;
  startSim?: Date;
  cityDir?: string;
}

export interface DrillInfo {
  name: string;
  title: string;
  description: string;
  durationMin: number;
  running: boolean;
}

export interface DrillRun {
  name: string;
  startedAt: Date;
  /** Wall-clock instant its effects are over. */
  endsAt: Date;
}

export class Simulator {
  readonly clock: SimClock;
  readonly world: World;
  private readonly fleet: Fleet;
  private readonly calls: CallGenerator;
  private readonly alerts: CapAlertBook;
  private readonly hazards: HazardWatch;
  private readonly open311: Open311RequestBook;
  private readonly drillRuns: DrillRun[] = [];
  private steppedTo: Date;

  static async create(db: Db, options: SimulatorOptions): Promise<Simulator> {
    const city = await loadSimCity(db, options.cityDir ?? DEFAULT_CITY_DIR);
    const series = parsePm25Csv(await readFile(join(city.dir, PM25_SERIES), "utf8"));
    const startReal = options.startReal ?? new Date();
    return new Simulator(city, buildPm25Profile(series.samples, city.localTime.utcOffsetMinutes), options.config, new SimClock(startReal, options.startSim ?? startReal, options.config.speed));
  }

  private constructor(
    readonly city: SimCity,
    pm25: Pm25Profile,
    private readonly config: SimulatorConfig,
    clock: SimClock,
  ) {
    this.clock = clock;
    const runTag = Math.floor(clock.startReal.getTime() / 1000).toString(36);
    const landmarks = new Landmarks(city.transit.stops, city.wards);
    this.world = new World(city, pm25, config.seed);
    this.fleet = new Fleet(buildTripPatterns(city.transit), city.localTime, config.seed);
    this.calls = new CallGenerator(city, this.world, landmarks, config.callsPerHour, config.seed, runTag);
    this.alerts = new CapAlertBook({ sender: CAP_SENDER, senderName: "Kenya Meteorological Department (simulated, synthetic data)", runTag });
    this.hazards = new HazardWatch(city, this.world, this.alerts);
    this.open311 = new Open311RequestBook(city, this.world, landmarks, clock, config.open311PerHour, config.seed, runTag);
    const start = clock.startSim.getTime();
    for (let at = start - WARM_UP_S * 1000; at < start; at += WARM_UP_STEP_S * 1000) this.world.step(new Date(at), WARM_UP_STEP_S);
    this.steppedTo = clock.startSim;
  }

  /** Advances the world to wall-clock `realNow`; returns the emergency calls made meanwhile. */
  advanceTo(realNow: Date): SimCall[] {
    const target = this.clock.simAt(realNow).getTime();
    if (target - this.steppedTo.getTime() > MAX_CATCH_UP_S * 1000) this.steppedTo = new Date(target - MAX_CATCH_UP_S * 1000);
    const calls: SimCall[] = [];
    const before = this.steppedTo;
    while (this.steppedTo.getTime() + STEP_S * 1000 <= target) {
      const at = new Date(this.steppedTo.getTime() + STEP_S * 1000);
      this.world.step(at, STEP_S);
      calls.push(...this.calls.step(at, STEP_S));
      this.open311.step(at, STEP_S);
      this.steppedTo = at;
    }
    // Hazards change only when the world does.
    if (this.steppedTo !== before) this.alerts.apply(this.hazards.states(this.steppedTo), realNow, this.clock.realSeconds(CAP_VALIDITY_S) * 1000);
    return calls;
  }

  vehiclePositionsFeed(realNow: Date): Uint8Array {
    return encodeFleetPositions(this.fleet.running(this.clock.simAt(realNow)), realNow);
  }

  tripUpdatesFeed(realNow: Date): Uint8Array {
    return encodeFleetTripUpdates(this.fleet.running(this.clock.simAt(realNow)), this.clock, realNow);
  }

  capAtomFeed(realNow: Date): string {
    return writeCapAtomFeed({
      id: `urn:citydeck:simulator:${CAP_SENDER}`,
      title: "Weather warnings, Nairobi (simulated Kenya Meteorological Department, synthetic)",
      updated: realNow,
      alerts: this.alerts.feed(),
    });
  }

  open311Services(): Open311ServiceJson[] {
    return SERVICE_CODES.map((code) => toOpen311Service(SERVICES[code]));
  }

  /** requests.json for the query string's filters, or the reason they are invalid. */
  open311Requests(params: URLSearchParams, realNow: Date): { ok: true; requests: Open311RequestJson[] } | { ok: false; error: string } {
    const parsed = parseOpen311Query(params);
    if (!parsed.ok) return parsed;
    return { ok: true, requests: selectRequests(this.open311.requests(), parsed.query, realNow).map(toOpen311Request) };
  }

  sensorReading(sensor: SimSensor, realNow: Date): number {
    return this.world.reading(sensor, this.clock.simAt(realNow));
  }

  listDrills(realNow: Date): DrillInfo[] {
    return DRILLS.map(({ name, title, description, durationMin }) => ({ name, title, description, durationMin, running: this.isRunning(name, realNow) }));
  }

  /** @throws NotFoundError for an unknown drill, ConflictError while the same drill still runs. */
  startDrill(name: string, realNow: Date): DrillRun {
    const drill = DRILLS.find((candidate) => candidate.name === name);
    if (!drill) throw new NotFoundError(`Drill "${name}"`);
    if (this.isRunning(name, realNow)) throw new ConflictError(`The drill "${name}" is already running.`);
    const at = this.clock.simAt(realNow);
    drill.start({ city: this.city, world: this.world, calls: this.calls, at, random: randomStream(this.config.seed, `drill/${name}/${this.drillRuns.length}`) });
    const run = { name, startedAt: realNow, endsAt: this.clock.realAt(new Date(at.getTime() + drill.durationMin * 60_000)) };
    this.drillRuns.push(run);
    return run;
  }

  private isRunning(name: string, realNow: Date): boolean {
    return this.drillRuns.some((run) => run.name === name && realNow < run.endsAt);
  }
}
