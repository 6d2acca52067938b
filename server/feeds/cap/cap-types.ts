/** Typed records of the CAP 1.2 adapter (OASIS Common Alerting Protocol, urn:oasis:names:tc:emergency:cap:1.2). */
import type { Polygon, Position } from "geojson";
import type { ParseResult } from "../parse-result";

export const CAP_NAMESPACE = "urn:oasis:names:tc:emergency:cap:1.2";

export const CAP_STATUSES = ["Actual", "Exercise", "System", "Test", "Draft"] as const;
export const CAP_MSG_TYPES = ["Alert", "Update", "Cancel", "Ack", "Error"] as const;
export const CAP_SCOPES = ["Public", "Restricted", "Private"] as const;
export const CAP_CATEGORIES = ["Geo", "Met", "Safety", "Security", "Rescue", "Fire", "Health", "Env", "Transport", "Infra", "CBRNE", "Other"] as const;
export const CAP_RESPONSE_TYPES = ["Shelter", "Evacuate", "Prepare", "Execute", "Avoid", "Monitor", "Assess", "AllClear", "None"] as const;
export const CAP_URGENCIES = ["Immediate", "Expected", "Future", "Past", "Unknown"] as const;
export const CAP_SEVERITIES = ["Extreme", "Severe", "Moderate", "Minor", "Unknown"] as const;
export const CAP_CERTAINTIES = ["Observed", "Likely", "Possible", "Unlikely", "Unknown"] as const;

export type CapStatus = (typeof CAP_STATUSES)[number];
export type CapMsgType = (typeof CAP_MSG_TYPES)[number];
export type CapScope = (typeof CAP_SCOPES)[number];
export type CapCategory = (typeof CAP_CATEGORIES)[number];
export type CapResponseType = (typeof CAP_RESPONSE_TYPES)[number];
export type CapUrgency = (typeof CAP_URGENCIES)[number];
export type CapSeverity = (typeof CAP_SEVERITIES)[number];
export type CapCertainty = (typeof CAP_CERTAINTIES)[number];

/** An earlier message this one updates or cancels ("sender,identifier,sent" in the XML). */
export type CapReference = { sender: string; identifier: string; sent: Date };

/** "lat,lon radius" in CAP; the centre here is GeoJSON [lon, lat]. */
export type CapCircle = { center: Position; radiusKm: number };

export type CapGeocode = { valueName: string; value: string };

export type CapArea = {
  areaDesc: string;
  /** GeoJSON polygons, [lon, lat] (CAP writes latitude first; this adapter swaps). */
  polygons: Polygon[];
  circles: CapCircle[];
  geocodes: CapGeocode[];
};

export type CapInfo = {
  /** RFC 3066 tag; CAP's default is "en-US". */
  language: string;
  category: CapCategory[];
  event: string;
  responseType: CapResponseType[];
  urgency: CapUrgency;
  severity: CapSeverity;
  certainty: CapCertainty;
  onset: Date | null;
  expires: Date | null;
  senderName: string | null;
  headline: string | null;
  description: string | null;
  instruction: string | null;
  areas: CapArea[];
};

export type CapAlert = {
  identifier: string;
  sender: string;
  sent: Date;
  status: CapStatus;
  msgType: CapMsgType;
  scope: CapScope;
  references: CapReference[];
  info: CapInfo[];
};

/** A feed entry that points at a CAP document instead of embedding it: the transport fetches it. */
export type CapAlertLink = {
  url: string;
  /** The Atom entry id or RSS guid, when present. */
  entryId: string | null;
  /** When the entry last changed, so an unchanged alert need not be fetched again. */
  updated: Date | null;
  /** Position of the entry in the feed. */
  index: number;
};

export type CapParseOptions = {
  /** The receiver's clock: "sent in the future" is judged against it. */
  now: Date;
  /** Refuse documents larger than this (default 1 MiB). */
  maxBytes?: number;
  /** Refuse documents nested deeper than this many elements (default 32). */
  maxDepth?: number;
};

export type CapParseResult = ParseResult<CapAlert> & { links: CapAlertLink[] };
