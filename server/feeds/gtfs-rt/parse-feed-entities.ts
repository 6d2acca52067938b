/**
 * Shared skeleton of the GTFS-Realtime parsers: split the FeedMessage, validate the header, decode
 * each entity on its own and hand it to a per-type reader. Deleted entities (DIFFERENTIAL feeds)
 * are skipped; the caller's reader skips entities of other types by returning undefined.
 */
import { enumName, realtime, type DecodedEntity } from "./bindings";
import type { FeedHeaderInfo, GtfsRtParseOptions, GtfsRtParseResult } from "./gtfs-rt-types";
import { splitFeedMessage } from "./split-feed-message";
import { checkObservedTime, dateFromUnixSeconds, fail, readEach, rejectionFor } from "../validate";

/** gtfs_realtime_version values this adapter reads: 1.0 and 2.0. */
const SUPPORTED_VERSION = /^[12]\.\d+$/;

export type EntityReader<T> = (entity: DecodedEntity, header: FeedHeaderInfo) => T | undefined;

export function parseFeedEntities<T>(
  bytes: Uint8Array,
  options: GtfsRtParseOptions,
  readEntity: EntityReader<T>,
): GtfsRtParseResult<T> {
  let header: FeedHeaderInfo;
  let entities: Uint8Array[];
  try {
    const parts = splitFeedMessage(bytes);
    header = readHeader(parts.header, options.now);
    entities = parts.entities;
  } catch (error) {
    const rejection = rejectionFor(error, bytes);
    rejection.reason = `not a readable GTFS-Realtime FeedMessage: ${rejection.reason}`;
    return { records: [], rejections: [rejection], header: null };
  }
  const result = readEach(
    entities,
    (entityBytes) => {
      const entity = decodeEntity(entityBytes);
      return entity.isDeleted ? undefined : readEntity(entity, header);
    },
    excerptEntity,
  );
  return { ...result, header };
}

function readHeader(bytes: Uint8Array | null, now: Date): FeedHeaderInfo {
  if (!bytes) fail("FeedMessage has no header");
  let decoded: { [field: string]: unknown };
  try {
    decoded = realtime.FeedHeader.toObject(realtime.FeedHeader.decode(bytes), { longs: Number });
  } catch (error) {
    fail(`header does not decode: ${(error as Error).message}`);
  }
  const version = String(decoded.gtfsRealtimeVersion ?? "");
  if (!SUPPORTED_VERSION.test(version)) fail(`unsupported gtfs_realtime_version "${version.slice(0, 20)}"`);
  const incrementality = enumName(realtime.FeedHeader.Incrementality, Number(decoded.incrementality ?? 0));
  if (!incrementality) fail(`unknown incrementality ${String(decoded.incrementality)}`);
  const seconds = Number(decoded.timestamp ?? 0);
  if (seconds === 0) fail("header timestamp is missing (it is required)");
  const timestamp = checkObservedTime(dateFromUnixSeconds(seconds, "header timestamp"), now, "header timestamp");
  return { gtfsRealtimeVersion: version, incrementality, timestamp };
}

function decodeEntity(bytes: Uint8Array): DecodedEntity {
  try {
    const message = realtime.FeedEntity.decode(bytes);
    return realtime.FeedEntity.toObject(message, { longs: Number, defaults: false }) as DecodedEntity;
  } catch (error) {
    // protobufjs throws plain Errors (and RangeError on absurd nesting): all mean "bad entity".
    fail(`entity does not decode: ${(error as Error).message}`);
  }
}

/** Readable JSON of the entity when it decodes, its raw bytes otherwise. */
function excerptEntity(bytes: Uint8Array): unknown {
  try {
    return realtime.FeedEntity.toObject(realtime.FeedEntity.decode(bytes), { longs: Number, defaults: false });
  } catch {
    return bytes;
  }
}
