/**
 * Splits a FeedMessage at the wire level into its header and its entities' bytes, so each entity
 * is decoded on its own and one malformed entity costs only itself, not the whole feed (protobuf
 * decoding is all or nothing). Extensions and unknown fields are skipped, as protobuf requires.
 */
import { fail } from "../validate";

export type FeedMessageParts = { header: Uint8Array | null; entities: Uint8Array[] };

const HEADER_FIELD = 1;
const ENTITY_FIELD = 2;

const WIRE_VARINT = 0;
const WIRE_FIXED64 = 1;
const WIRE_LENGTH_DELIMITED = 2;
const WIRE_FIXED32 = 5;

export function splitFeedMessage(bytes: Uint8Array): FeedMessageParts {
  const parts: FeedMessageParts = { header: null, entities: [] };
  let position = 0;
  while (position < bytes.length) {
    const [tag, afterTag] = readVarint(bytes, position);
    const field = Math.floor(tag / 8);
    const wireType = tag % 8;
    if (field === 0) fail(`invalid protobuf field number 0 at byte ${position}`);
    position = afterTag;
    if (wireType === WIRE_LENGTH_DELIMITED) {
      const [length, start] = readVarint(bytes, position);
      const end = start + length;
      if (end > bytes.length) fail(`field ${field} at byte ${position} runs past the end (truncated message)`);
      const value = bytes.subarray(start, end);
      if (field === HEADER_FIELD) {
        if (parts.header) fail("FeedMessage has two headers");
        parts.header = value;
      } else if (field === ENTITY_FIELD) {
        parts.entities.push(value);
      }
      position = end;
    } else if (field === HEADER_FIELD || field === ENTITY_FIELD) {
      fail(`FeedMessage field ${field} has wire type ${wireType}, expected a message`);
    } else {
      position = skipScalar(bytes, position, wireType);
    }
  }
  return parts;
}

function skipScalar(bytes: Uint8Array, position: number, wireType: number): number {
  const width = wireType === WIRE_FIXED64 ? 8 : wireType === WIRE_FIXED32 ? 4 : wireType === WIRE_VARINT ? 0 : -1;
  if (width < 0) fail(`unsupported protobuf wire type ${wireType}`);
  const next = width === 0 ? readVarint(bytes, position)[1] : position + width;
  if (next > bytes.length) fail("truncated protobuf field");
  return next;
}

/** Base-128 varint; exact up to 2^53, which covers every length and tag a real message has. */
function readVarint(bytes: Uint8Array, start: number): [value: number, next: number] {
  let value = 0;
  let scale = 1;
  for (let position = start; position < start + 10; position++) {
    const byte = bytes[position];
    if (byte === undefined) fail("truncated protobuf varint");
    value += (byte & 0x7f) * scale;
    if (byte < 0x80) return [value, position + 1];
    scale *= 128;
  }
  fail("protobuf varint longer than 10 bytes");
}
