/**
 * The simulated clock. Time-of-day patterns follow simulated time, which runs `speed` times
 * faster than the wall clock from a common start. Everything the simulator PUBLISHES carries
 * wall-clock times, because receivers judge freshness and "from the future" against their own
 * clocks; `realAt` maps a simulated instant back to the wall-clock instant it happens at.
 */
export class SimClock {
  constructor(
    /** Wall-clock instant the simulation started. */
    readonly startReal: Date,
    /** Simulated instant at that start (the wall-clock start unless a test or demo picks another). */
    readonly startSim: Date,
    readonly speed: number,
  ) {
    if (!(speed > 0)) throw new RangeError(`speed must be positive, got ${speed}`);
  }

  simAt(real: Date): Date {
    return new Date(this.startSim.getTime() + (real.getTime() - this.startReal.getTime()) * this.speed);
  }

  realAt(sim: Date): Date {
    return new Date(this.startReal.getTime() + (sim.getTime() - this.startSim.getTime()) / this.speed);
  }

  /** Wall-clock seconds that a span of simulated seconds takes. */
  realSeconds(simSeconds: number): number {
    return simSeconds / this.speed;
  }
}
