/**
 * Atom feed of CAP alerts for the simulator: each entry embeds its alert inline as
 * <content type="application/cap+xml">, the form parseCap reads without a second fetch.
 */
import type { CapAlert } from "./cap-types";
import { ATOM_NAMESPACE, CAP_MEDIA_TYPE } from "./read-cap-feed";
import { capAlertElement } from "./write-cap-alert";
import { escapeXml, INDENT, textElement, XML_DECLARATION } from "./xml-writing";
import { formatZonedDateTime } from "../validate";

export type CapAtomFeed = {
  /** A permanent IRI for the feed, e.g. "urn:uuid:…" or its URL. */
  id: string;
  title: string;
  updated: Date;
  alerts: readonly CapAlert[];
};

export function writeCapAtomFeed(feed: CapAtomFeed): string {
  const inner = INDENT;
  return [
    XML_DECLARATION,
    `<feed xmlns="${ATOM_NAMESPACE}">`,
    ...textElement(inner, "id", feed.id),
    ...textElement(inner, "title", feed.title),
    ...textElement(inner, "updated", formatZonedDateTime(feed.updated)),
    ...feed.alerts.flatMap((alert) => entryLines(alert, inner)),
    "</feed>",
    "",
  ].join("\n");
}

function entryLines(alert: CapAlert, indent: string): string[] {
  const inner = indent + INDENT;
  const firstInfo = alert.info[0];
  return [
    `${indent}<entry>`,
    ...textElement(inner, "id", alert.identifier),
    ...textElement(inner, "title", firstInfo?.headline ?? firstInfo?.event ?? alert.identifier),
    ...textElement(inner, "updated", formatZonedDateTime(alert.sent)),
    // Atom requires an author per entry when the feed has none; the CAP sender is the author.
    `${inner}<author><name>${escapeXml(alert.sender)}</name></author>`,
    `${inner}<content type="${CAP_MEDIA_TYPE}">`,
    capAlertElement(alert, inner + INDENT),
    `${inner}</content>`,
    `${indent}</entry>`,
  ];
}
