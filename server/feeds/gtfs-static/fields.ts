/** Typed reads of one CSV record's fields; a bad value throws `RowError`, which rejects the row. */

export class RowError extends Error {}

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const INTEGER = /^[+-]?\d+$/;
const TIME = /^(\d{1,2}):([0-5]\d):([0-5]\d)$/;
const HEX_COLOR = /^[0-9A-Fa-f]{6}$/;

/**
 * GTFS service time ("6:00:00", "25:10:00") to seconds after the service day's midnight.
 * Hours may pass 24 for trips that run past midnight. Returns null when malformed.
 */
export function parseGtfsTime(value: string): number | null {
  const match = TIME.exec(value.trim());
  if (!match) return null;
  return Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]);
}

export class Fields {
  constructor(private readonly values: Record<string, string>) {}

  optionalText(name: string): string | null {
    const value = (this.values[name] ?? "").trim();
    return value === "" ? null : value;
  }

  text(name: string): string {
    const value = this.optionalText(name);
    if (value === null) throw new RowError(`${name} is required`);
    return value;
  }

  optionalInteger(name: string, min: number, max: number): number | null {
    const value = this.optionalText(name);
    if (value === null) return null;
    if (!INTEGER.test(value)) throw new RowError(`${name} must be an integer, got "${value}"`);
    const n = Number(value);
    if (n < min || n > max) throw new RowError(`${name} must be between ${min} and ${max}, got ${n}`);
    return n;
  }

  integer(name: string, min: number, max: number): number {
    const n = this.optionalInteger(name, min, max);
    if (n === null) throw new RowError(`${name} is required`);
    return n;
  }

  /** A decimal within [min, max]; rejects NaN, Infinity and hex or empty strings that Number() would accept. */
  decimal(name: string, min: number, max: number): number {
    const value = this.text(name);
    if (!DECIMAL.test(value)) throw new RowError(`${name} must be a number, got "${value}"`);
    const n = Number(value);
    if (!(n >= min && n <= max)) throw new RowError(`${name} must be between ${min} and ${max}, got ${value}`);
    return n;
  }

  time(name: string): number {
    const value = this.text(name);
    const seconds = parseGtfsTime(value);
    if (seconds === null) throw new RowError(`${name} must be H:MM:SS, got "${value}"`);
    return seconds;
  }

  optionalColor(name: string): string | null {
    const value = this.optionalText(name);
    if (value !== null && !HEX_COLOR.test(value)) throw new RowError(`${name} must be 6 hex digits, got "${value}"`);
    return value;
  }
}
