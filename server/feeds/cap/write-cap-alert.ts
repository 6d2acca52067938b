/**
 * CAP 1.2 encoder for the simulator: a CapAlert in, a CAP 1.2 XML document out, which parseCap
 * reads back to an equal record. Times are written to the second, in UTC as "+00:00" (CAP 1.2
 * forbids "Z"); polygons and circles go back to CAP's latitude-first order.
 */
import type { Position } from "geojson";
import { CAP_NAMESPACE, type CapAlert, type CapArea, type CapInfo } from "./cap-types";
import { INDENT, textElement, XML_DECLARATION } from "./xml-writing";
import { formatZonedDateTime } from "../validate";

export function writeCapAlert(alert: CapAlert): string {
  return `${XML_DECLARATION}\n${capAlertElement(alert, "")}\n`;
}

/** The <alert> element alone, at the given indent: what a feed embeds. */
export function capAlertElement(alert: CapAlert, indent: string): string {
  const inner = indent + INDENT;
  const references = alert.references.map((ref) => `${ref.sender},${ref.identifier},${formatZonedDateTime(ref.sent)}`);
  return [
    `${indent}<alert xmlns="${CAP_NAMESPACE}">`,
    ...textElement(inner, "identifier", alert.identifier),
    ...textElement(inner, "sender", alert.sender),
    ...textElement(inner, "sent", formatZonedDateTime(alert.sent)),
    ...textElement(inner, "status", alert.status),
    ...textElement(inner, "msgType", alert.msgType),
    ...textElement(inner, "scope", alert.scope),
    ...textElement(inner, "references", references.length ? references.join(" ") : null),
    ...alert.info.flatMap((info) => infoLines(info, inner)),
    `${indent}</alert>`,
  ].join("\n");
}

/** Elements in the order the CAP 1.2 schema's sequence requires. */
function infoLines(info: CapInfo, indent: string): string[] {
  const inner = indent + INDENT;
  const time = (date: Date | null) => (date ? formatZonedDateTime(date) : null);
  return [
    `${indent}<info>`,
    ...textElement(inner, "language", info.language),
    ...info.category.flatMap((category) => textElement(inner, "category", category)),
    ...textElement(inner, "event", info.event),
    ...info.responseType.flatMap((responseType) => textElement(inner, "responseType", responseType)),
    ...textElement(inner, "urgency", info.urgency),
    ...textElement(inner, "severity", info.severity),
    ...textElement(inner, "certainty", info.certainty),
    ...textElement(inner, "onset", time(info.onset)),
    ...textElement(inner, "expires", time(info.expires)),
    ...textElement(inner, "senderName", info.senderName),
    ...textElement(inner, "headline", info.headline),
    ...textElement(inner, "description", info.description),
    ...textElement(inner, "instruction", info.instruction),
    ...info.areas.flatMap((area) => areaLines(area, inner)),
    `${indent}</info>`,
  ];
}

function areaLines(area: CapArea, indent: string): string[] {
  const inner = indent + INDENT;
  return [
    `${indent}<area>`,
    ...textElement(inner, "areaDesc", area.areaDesc),
    ...area.polygons.flatMap((polygon) => textElement(inner, "polygon", (polygon.coordinates[0] ?? []).map(latLon).join(" "))),
    ...area.circles.flatMap((circle) => textElement(inner, "circle", `${latLon(circle.center)} ${decimal(circle.radiusKm)}`)),
    ...area.geocodes.flatMap((geocode) => [
      `${inner}<geocode>`,
      ...textElement(inner + INDENT, "valueName", geocode.valueName),
      ...textElement(inner + INDENT, "value", geocode.value),
      `${inner}</geocode>`,
    ]),
    `${indent}</area>`,
  ];
}

/** GeoJSON [lon, lat] back to CAP's "lat,lon". */
function latLon(position: Position): string {
  const [lon, lat] = position as [number, number];
  return `${decimal(lat)},${decimal(lon)}`;
}

/** CAP numbers are plain decimals; JavaScript would write 0.0000001 as "1e-7". */
function decimal(value: number): string {
  const text = String(value);
  return text.includes("e") ? value.toFixed(12).replace(/\.?0+$/, "") : text;
}
