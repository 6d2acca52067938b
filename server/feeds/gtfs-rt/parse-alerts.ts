/** GTFS-Realtime Alerts: FeedMessage bytes in, validated service alerts out. */
import { enumName, realtime, type Plain, type Rt } from "./bindings";
import { ALERT_MAX_AGE_S, isStale } from "./freshness";
import type {
  ActivePeriodRecord,
  AlertRecord,
  FeedHeaderInfo,
  GtfsRtParseOptions,
  GtfsRtParseResult,
  InformedEntityRecord,
  Translation,
} from "./gtfs-rt-types";
import { parseFeedEntities } from "./parse-feed-entities";
import { checkScheduledTime, dateFromUnixSeconds, fail } from "../validate";

/** Reads every entity carrying an Alert; entities of other types are ignored. */
export function parseAlerts(bytes: Uint8Array, options: GtfsRtParseOptions): GtfsRtParseResult<AlertRecord> {
  return parseFeedEntities(bytes, options, (entity, header) =>
    entity.alert ? readAlert(entity.id, entity.alert, header, options.now) : undefined,
  );
}

function readAlert(entityId: string, alert: Plain<Rt.IAlert>, header: FeedHeaderInfo, now: Date): AlertRecord {
  const headerText = readTranslations(alert.headerText);
  if (headerText.length === 0) fail("alert has no header_text (it is required)");
  const informedEntities = (alert.informedEntity ?? []).map(readInformedEntity);
  if (informedEntities.length === 0) fail("alert has no informed_entity (at least one is required)");
  return {
    entityId,
    // Causes and effects added to the spec after this binding was generated read as unknown:
    // the alert still matters even when its cause does not parse.
    cause: enumName(realtime.Alert.Cause, alert.cause ?? 0) ?? "UNKNOWN_CAUSE",
    effect: enumName(realtime.Alert.Effect, alert.effect ?? 0) ?? "UNKNOWN_EFFECT",
    severityLevel: enumName(realtime.Alert.SeverityLevel, alert.severityLevel ?? 0) ?? "UNKNOWN_SEVERITY",
    headerText,
    descriptionText: readTranslations(alert.descriptionText),
    url: readTranslations(alert.url),
    informedEntities,
    activePeriods: (alert.activePeriod ?? []).map((period, index) => readActivePeriod(period, index, now)),
    timestamp: header.timestamp,
    stale: isStale(header.timestamp, now, ALERT_MAX_AGE_S),
  };
}

function readTranslations(text: Plain<Rt.ITranslatedString> | null | undefined): Translation[] {
  return (text?.translation ?? [])
    .filter((translation) => translation.text.trim() !== "")
    .map((translation) => ({ text: translation.text, language: translation.language || null }));
}

function readInformedEntity(selector: Plain<Rt.IEntitySelector>, index: number): InformedEntityRecord {
  const entity: InformedEntityRecord = {
    agencyId: selector.agencyId || null,
    routeId: selector.routeId || selector.trip?.routeId || null,
    routeType: selector.routeType ?? null,
    tripId: selector.trip?.tripId || null,
    stopId: selector.stopId || null,
    directionId: selector.directionId ?? null,
  };
  if (!entity.agencyId && !entity.routeId && entity.routeType === null && !entity.tripId && !entity.stopId) {
    fail(`informed_entity[${index}] names no agency, route, route type, trip or stop`);
  }
  return entity;
}

function readActivePeriod(period: Plain<Rt.ITimeRange>, index: number, now: Date): ActivePeriodRecord {
  const where = `active_period[${index}]`;
  const start = period.start ? checkScheduledTime(dateFromUnixSeconds(period.start, `${where} start`), now, `${where} start`) : null;
  const end = period.end ? checkScheduledTime(dateFromUnixSeconds(period.end, `${where} end`), now, `${where} end`) : null;
  if (start && end && end < start) fail(`${where} ends before it starts`);
  return { start, end };
}
