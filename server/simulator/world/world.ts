/**
 * The simulated city's physical state: weather, rivers, bins and street lights advance step by
 * step (each with its own random stream, so one model's draws never shift another's), the rest
 * is a function of time. `reading` is what a sensor measures.
 */
import type { SimCity, SimSensor } from "../city/load-city";
import { randomStream } from "../random";
import { AirQualityModel } from "./air-quality";
import { DrillEffects } from "./drill-effects";
import { NoiseLevels } from "./noise-levels";
import type { Pm25Profile } from "./pm25-profile";
import { RiverLevels } from "./river-levels";
import { RoadTraffic } from "./road-traffic";
import { StreetLights } from "./street-lights";
import { SubstationLoads } from "./substation-loads";
import { WasteBins } from "./waste-bins";
import { Weather } from "./weather";

export class World {
  readonly effects = new DrillEffects();
  readonly weather: Weather;
  readonly rivers: RiverLevels;
  readonly bins: WasteBins;
  readonly lights: StreetLights;
  readonly airQuality: AirQualityModel;
  private readonly traffic: RoadTraffic;
  private readonly noise: NoiseLevels;
  private readonly substations: SubstationLoads;
  private readonly randomFor: { weather: () => number; bins: () => number; lights: () => number };

  constructor(city: SimCity, pm25: Pm25Profile, seed: number) {
    const { localTime, sensors } = city;
    this.weather = new Weather(localTime);
    this.rivers = new RiverLevels(sensors, this.effects);
    this.bins = new WasteBins(sensors, localTime, seed);
    this.lights = new StreetLights(sensors, localTime, this.effects);
    this.airQuality = new AirQualityModel(pm25, localTime, seed);
    this.traffic = new RoadTraffic(localTime, this.effects, seed);
    this.noise = new NoiseLevels(localTime, seed);
    this.substations = new SubstationLoads(localTime, this.effects, seed);
    this.randomFor = { weather: randomStream(seed, "weather"), bins: randomStream(seed, "bins"), lights: randomStream(seed, "lights") };
  }

  step(at: Date, dtS: number): void {
    this.weather.step(at, dtS, this.randomFor.weather);
    this.rivers.step(this.weather.rainMmPerHour(), dtS);
    this.bins.step(at, dtS, this.randomFor.bins);
    this.lights.step(at, dtS, this.randomFor.lights);
    this.effects.prune(at);
  }

  /** What the sensor measures at `at`, in its kind's unit (lib/domain/sensors.ts). */
  reading(sensor: SimSensor, at: Date): number {
    switch (sensor.kind) {
      case "air_quality":
        return this.airQuality.valueAt(sensor.wardCode ?? sensor.id, at);
      case "noise":
        return this.noise.laeqDb(sensor, at);
      case "water_level":
        return this.rivers.reading(sensor.id, at).levelM;
      case "substation_load":
        return this.substations.loadPct(sensor, at);
      case "streetlight_circuit":
        return this.lights.workingFraction(sensor.id, at);
      case "waste_bin_fill":
        return this.bins.fillPct(sensor.id);
      case "traffic_speed":
        return this.traffic.speedKph(sensor, at);
      case "traffic_count":
        return this.traffic.vehiclesPerMinute(sensor, at);
    }
  }
}
