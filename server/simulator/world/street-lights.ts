/**
 * Street-light circuits report the fraction of their lamps that work. Lamps fail while they
 * burn, at night (about one lamp per circuit a fortnight), and now and then a whole circuit
 * trips (a cable fault: about one circuit a night across the city). Crews repair in working
 * hours, about a working day after the fault. A power cut darkens a circuit without breaking it.
 */
import type { SimSensor } from "../city/load-city";
import type { LocalTime } from "../local-time";
import type { Random } from "../random";
import type { DrillEffects } from "./drill-effects";

const LAMP_FAILURES_PER_LAMP_HOUR = 1 / (40 * 14 * 12);
const CIRCUIT_TRIPS_PER_NIGHT_HOUR = 1 / (60 * 12);
const REPAIRS_PER_WORKING_HOUR = 1 / 9;
const DEFAULT_LAMPS = 30;

interface Circuit {
  sensor: SimSensor;
  lamps: number;
  lampsOut: number;
  tripped: boolean;
}

export class StreetLights {
  private readonly circuits: Map<string, Circuit>;

  constructor(
    sensors: readonly SimSensor[],
    private readonly localTime: LocalTime,
    private readonly effects: DrillEffects,
  ) {
    this.circuits = new Map(
      sensors
        .filter((sensor) => sensor.kind === "streetlight_circuit")
        .map((sensor) => [sensor.id, { sensor, lamps: sensor.config.circuitLamps ?? DEFAULT_LAMPS, lampsOut: 0, tripped: false }]),
    );
  }

  step(at: Date, dtS: number, random: Random): void {
    const hour = this.localTime.hourOfDay(at);
    const night = hour >= 18.5 || hour < 6.5;
    const working = hour >= 8 && hour < 17 && this.localTime.isWeekday(at);
    const hours = dtS / 3600;
    for (const circuit of this.circuits.values()) {
      if (night && !this.effects.powerCutIn(circuit.sensor.wardCode, at)) {
        if (random() < circuit.lamps * LAMP_FAILURES_PER_LAMP_HOUR * hours) circuit.lampsOut = Math.min(circuit.lamps, circuit.lampsOut + 1);
        if (random() < CIRCUIT_TRIPS_PER_NIGHT_HOUR * hours) circuit.tripped = true;
      }
      if (working && (circuit.tripped || circuit.lampsOut > 0) && random() < REPAIRS_PER_WORKING_HOUR * hours) {
        circuit.tripped = false;
        circuit.lampsOut = 0;
      }
    }
  }

  /** Fraction of the circuit's lamps that light: 0 when tripped or without power. */
  workingFraction(sensorId: string, at: Date): number {
    const circuit = this.circuits.get(sensorId);
    if (!circuit) throw new RangeError(`${sensorId} is not a street-light circuit`);
    if (circuit.tripped || this.effects.powerCutIn(circuit.sensor.wardCode, at)) return 0;
    return (circuit.lamps - circuit.lampsOut) / circuit.lamps;
  }

  /** Circuits with lamps out or tripped: what residents report. */
  faulty(): SimSensor[] {
    return [...this.circuits.values()].filter((circuit) => circuit.tripped || circuit.lampsOut > 0).map((circuit) => circuit.sensor);
  }
}
