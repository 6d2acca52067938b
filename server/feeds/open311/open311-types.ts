/** Typed records of the Open311 GeoReport v2 adapter (https://wiki.open311.org/GeoReport_v2/). */

export const OPEN311_SERVICE_TYPES = ["realtime", "batch", "blackbox"] as const;
export type Open311ServiceType = (typeof OPEN311_SERVICE_TYPES)[number];

export const OPEN311_STATUSES = ["open", "closed"] as const;
export type Open311Status = (typeof OPEN311_STATUSES)[number];

/** One entry of services.json: a kind of request the city accepts. */
export type Open311Service = {
  serviceCode: string;
  serviceName: string;
  description: string | null;
  /** True when the service defines extra attributes (GET services/{code}.json). */
  metadata: boolean;
  type: Open311ServiceType;
  keywords: string[];
  group: string | null;
};

/** One entry of requests.json: a citizen's service request and where it stands. */
export type Open311Request = {
  serviceRequestId: string;
  status: Open311Status;
  statusNotes: string | null;
  serviceName: string | null;
  serviceCode: string;
  description: string | null;
  agencyResponsible: string | null;
  requestedAt: Date;
  updatedAt: Date | null;
  expectedAt: Date | null;
  address: string | null;
  /** WGS84; both null for a request located by address only. */
  lat: number | null;
  lon: number | null;
  mediaUrl: string | null;
};

export type Open311ParseOptions = {
  /** The receiver's clock: request times in the future are judged against it. */
  now: Date;
  /** Refuse documents larger than this (default 16 MiB). */
  maxBytes?: number;
};
