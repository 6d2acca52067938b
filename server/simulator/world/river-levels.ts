/**
 * River gauges. Rain runs off into the catchment and reaches the channel later: two linear
 * stores in series (soil then channel, emptying in about 1.5 h and 8 h) give the familiar
 * hydrograph, a rise a few hours after a storm and a slow recession. Each gauge is calibrated
 * so that a 30 mm store in the channel lifts it from its dry-weather level to its minor flood
 * stage; drills add surges on top.
 */
import { floodStage, type FloodStage, type FloodStages } from "@/lib/domain/flood-stages";
import type { SimSensor } from "../city/load-city";
import type { DrillEffects } from "./drill-effects";

const SOIL_EMPTIES_S = 1.5 * 3600;
const CHANNEL_EMPTIES_S = 8 * 3600;
/** Share of rain that runs off the city's roofs and roads into the rivers. */
const RUNOFF = 0.8;
const CHANNEL_MM_AT_MINOR_STAGE = 30;
/** Dry-weather level as a share of the gauge's action stage. */
const BASEFLOW_SHARE_OF_ACTION = 0.45;

/** Stages for a gauge configured without them: 1.5 m action, as the seed's typical channel. */
const DEFAULT_STAGES: FloodStages = { action: 1.5, minor: 2, moderate: 2.5, major: 3.1 };

export interface GaugeReading {
  sensor: SimSensor;
  levelM: number;
  stages: FloodStages;
  stage: FloodStage;
}

interface Gauge {
  sensor: SimSensor;
  stages: FloodStages;
  soilMm: number;
  channelMm: number;
}

export class RiverLevels {
  private readonly gauges: Map<string, Gauge>;

  constructor(
    sensors: readonly SimSensor[],
    private readonly effects: DrillEffects,
  ) {
    this.gauges = new Map(
      sensors
        .filter((sensor) => sensor.kind === "water_level")
        .map((sensor) => [sensor.id, { sensor, stages: sensor.config.floodStagesM ?? DEFAULT_STAGES, soilMm: 0, channelMm: 0 }]),
    );
  }

  step(rainMmPerHour: number, dtS: number): void {
    for (const gauge of this.gauges.values()) {
      const toChannel = (gauge.soilMm * dtS) / SOIL_EMPTIES_S;
      gauge.soilMm += (rainMmPerHour * RUNOFF * dtS) / 3600 - toChannel;
      gauge.channelMm += toChannel - (gauge.channelMm * dtS) / CHANNEL_EMPTIES_S;
    }
  }

  /** The gauge's level in metres, its stages, and the highest stage reached. */
  reading(sensorId: string, at: Date): GaugeReading {
    const gauge = this.gauges.get(sensorId);
    if (!gauge) throw new RangeError(`${sensorId} is not a river gauge`);
    const base = gauge.stages.action * BASEFLOW_SHARE_OF_ACTION;
    const natural = base + (gauge.channelMm * (gauge.stages.minor - base)) / CHANNEL_MM_AT_MINOR_STAGE;
    const surge = this.effects.surgeOn(sensorId, at);
    const levelM = natural + surge.strength * Math.max(0, gauge.stages.major + surge.aboveMajorM - natural);
    return { sensor: gauge.sensor, levelM, stages: gauge.stages, stage: floodStage(levelM, gauge.stages) };
  }
}
