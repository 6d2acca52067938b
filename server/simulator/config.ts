/** The simulator's settings, from the environment (README.md has the table). */
export interface SimulatorConfig {
  /** SIMULATOR=off disables it; anything else (or nothing) leaves it on. */
  enabled: boolean;
  /** SIMULATOR_SPEED: simulated seconds per wall-clock second (1 = real time). */
  speed: number;
  /** SIMULATOR_SEED: the same seed and the same clock give the same city. */
  seed: number;
  /** SIMULATOR_CALLS_PER_HOUR: mean emergency calls per simulated hour, before time-of-day patterns. */
  callsPerHour: number;
  /** SIMULATOR_OPEN311_PER_HOUR: mean citizen service requests per simulated hour. */
  open311PerHour: number;
}

export const DEFAULT_SIMULATOR_CONFIG: SimulatorConfig = {
  enabled: true,
  speed: 1,
  seed: 2014,
  // One call every two minutes keeps a dispatcher busy without drowning them.
  callsPerHour: 30,
  open311PerHour: 4,
};

const MAX_SPEED = 3600;

export function simulatorConfigFromEnv(env: NodeJS.ProcessEnv = process.env): SimulatorConfig {
  const defaults = DEFAULT_SIMULATOR_CONFIG;
  return {
    enabled: env.SIMULATOR?.toLowerCase() !== "off",
    speed: numberSetting(env, "SIMULATOR_SPEED", defaults.speed, 0.01, MAX_SPEED),
    seed: Math.trunc(numberSetting(env, "SIMULATOR_SEED", defaults.seed, 0, 2 ** 32 - 1)),
    callsPerHour: numberSetting(env, "SIMULATOR_CALLS_PER_HOUR", defaults.callsPerHour, 0, 3600),
    open311PerHour: numberSetting(env, "SIMULATOR_OPEN311_PER_HOUR", defaults.open311PerHour, 0, 3600),
  };
}

function numberSetting(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const text = env[name]?.trim();
  if (!text) return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value < min || value > max) throw new RangeError(`${name} must be a number from ${min} to ${max}; got "${text}"`);
  return value;
}
