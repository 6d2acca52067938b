/** Typed records of the SenML adapter (RFC 8428, JSON representation). */

/** The record field a value came from: number, string, boolean or base64url data. */
export type SenmlValueField = "v" | "vs" | "vb" | "vd";

/** A resolved SenML record: base fields applied, time absolute. */
export type SenmlRecord = {
  /** Base name + name, e.g. "urn:dev:ow:10e2073a01080063:temp". */
  name: string;
  unit: string | null;
  /** The reading; vd data stays as its base64url text. Null only when the record carries just a sum. */
  value: number | string | boolean | null;
  valueField: SenmlValueField | null;
  /** Integrated value over time (base sum + sum), when the record has one. */
  sum: number | null;
  time: Date;
  /** Seconds until the sensor's next reading at the latest: lets ingest spot a silent sensor. */
  updateTime: number | null;
};

export type SenmlParseOptions = {
  /** The receiver's clock: times below 2^28 s are relative to it (RFC 8428 §4.5.3). */
  now: Date;
  /** Records beyond this many in one pack are refused (default 10,000). */
  maxRecords?: number;
  /** Refuse payloads larger than this (default 4 MiB). */
  maxBytes?: number;
};
