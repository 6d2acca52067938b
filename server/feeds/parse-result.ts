/**
 * The result shape every feed adapter returns. Adapters never throw on bad input: a bad item
 * becomes a rejection (with its index) and the good ones are kept; a document that cannot be
 * read at all is a result with no records and exactly one rejection (no index).
 */

/** Excerpts are bounded so a hostile document cannot bloat the dead-letter table. */
export const EXCERPT_MAX_CHARS = 512;

export type Rejection = {
  /** Why the input was refused, in words an operator can act on. */
  reason: string;
  /** The offending input, at most EXCERPT_MAX_CHARS characters (bytes are shown as hex). */
  excerpt: string;
  /** Position of the rejected item in the document (entity, entry, array element); absent for the whole document. */
  index?: number;
};

export type ParseResult<T> = { records: T[]; rejections: Rejection[] };

/** One value or one rejection: for inputs that hold a single thing (a topic, a document's text). */
export type Outcome<T> = { ok: true; value: T } | { ok: false; rejection: Rejection };

/** Bounded, printable excerpt of any input: text as is, bytes as hex, anything else as JSON. */
export function excerptOf(input: unknown): string {
  if (typeof input === "string") return input.slice(0, EXCERPT_MAX_CHARS);
  if (input instanceof Uint8Array) return bytesToHex(input.subarray(0, EXCERPT_MAX_CHARS / 2));
  return (JSON.stringify(input, keepVisible) ?? String(input)).slice(0, EXCERPT_MAX_CHARS);
}

/**
 * Cuts arrays and strings to what the excerpt can show before they are serialised (each element
 * or character takes at least one character of JSON), so excerpting a huge record, a whole GTFS
 * network, costs no more than excerpting a small one. The excerpt itself is the same.
 */
function keepVisible(_key: string, value: unknown): unknown {
  if ((Array.isArray(value) || typeof value === "string") && value.length > EXCERPT_MAX_CHARS) return value.slice(0, EXCERPT_MAX_CHARS);
  return value;
}

function bytesToHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** The outcome for input that holds nothing usable. */
export function rejectedOutcome(reason: string, input: unknown): { ok: false; rejection: Rejection } {
  return { ok: false, rejection: { reason, excerpt: excerptOf(input) } };
}

/** The result for a document that could not be read at all. */
export function rejectDocument<T>(reason: string, input: unknown): ParseResult<T> {
  return { records: [], rejections: [{ reason, excerpt: excerptOf(input) }] };
}
