/**
 * Two outside systems a city integrator connects to the command center, served over HTTP from
 * 127.0.0.1 in their real encodings: a matatu operator's GTFS-Realtime VehiclePositions
 * (protobuf, through the product's own encoder) and the county's Open311 GeoReport v2
 * requests.json. Matatus run real trips of the seeded Nairobi GTFS, so the map names their routes.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { encodeVehiclePositions } from "@/server/feeds/gtfs-rt/encode-feed";
import type { Open311Request } from "@/server/feeds/open311/open311-types";
import { toOpen311Request } from "@/server/feeds/open311/to-open311";
import { SERVICES, type ServiceCode } from "@/server/simulator/open311/service-catalog";

/** One matatu per route, on its route's shape between Westlands and the CBD, a kilometre or so apart. */
export const MATATUS = [
  { plate: "KCU 512M", routeId: "80000002311", tripId: "KNGM_CITY", label: "23 Kangemi-Town", route: "Route 23 Kangemi", lon: 36.809734, lat: -1.273131 },
  { plate: "KDA 204B", routeId: "10100011A11", tripId: "HRDG_TOWN", label: "11A Highridge-Town", route: "Route 11A Highridge", lon: 36.825115, lat: -1.262944 },
  { plate: "KBZ 771T", routeId: "80101004811", tripId: "ODEN_OTHY", label: "48 Odeon-Kileleshwa", route: "Route 48 Othaya", lon: 36.79887, lat: -1.274369 },
  { plate: "KCH 093P", routeId: "80000011B11", tripId: "CITY_MPSH", label: "11B Town-MPShah", route: "Route 11B MP Shah", lon: 36.811985, lat: -1.264968 },
  { plate: "KDE 118K", routeId: "60101007C11", tripId: "CITY_KENH", label: "7C Kenyatta", route: "Route 7C Kenyatta", lon: 36.816936, lat: -1.286778 },
];

/** Requests at real places; the last was already fixed, so the map must leave it out. */
export const SERVICE_REQUESTS: { id: string; code: ServiceCode; address: string; lon: number; lat: number; open: boolean }[] = [
  { id: "NRB-E2E-0001", code: "pothole", address: "Waiyaki Way at the Westlands roundabout", lon: 36.8041, lat: -1.264, open: true },
  { id: "NRB-E2E-0002", code: "streetlight-out", address: "Moi Avenue at Kenyatta Avenue", lon: 36.8235, lat: -1.2842, open: true },
  { id: "NRB-E2E-0003", code: "garbage-uncollected", address: "Ngara Road by Ngara Market", lon: 36.8216, lat: -1.2748, open: true },
  { id: "NRB-E2E-0004", code: "streetlight-out", address: "Kenyatta Avenue at Uhuru Highway", lon: 36.8175, lat: -1.287, open: false },
];

export const serviceName = (code: ServiceCode) => SERVICES[code].serviceName;

const VEHICLE_POSITIONS_PATH = "/gtfs-rt/vehicle-positions";
/** The GeoReport v2 API root; the product's poller reads requests.json under it. */
const OPEN311_ROOT = "/open311/v2";

export type OutsideFeeds = Awaited<ReturnType<typeof startOutsideFeeds>>;

export async function startOutsideFeeds() {
  const reportedAt = new Date(Date.now() - 45 * 60_000);
  // When the county last changed its requests: a request closed later must read as newer.
  let changedAt = new Date();
  let allClosed = false;

  // Positions are measured now at every fetch, as a live feed's are: the map keeps them fresh.
  const vehiclePositions = () =>
    encodeVehiclePositions(
      MATATUS.map(({ plate, routeId, tripId, label, lon, lat }) => ({ entityId: plate, vehicleId: plate, label, tripId, routeId, lon, lat, bearing: null, speed: 6.5, timestamp: new Date() })),
      new Date(),
    );
  const requests = () =>
    SERVICE_REQUESTS.map(({ id, code, address, lon, lat, open }): Open311Request => {
      const service = SERVICES[code];
      const isOpen = open && !allClosed;
      return {
        serviceRequestId: id,
        status: isOpen ? "open" : "closed",
        statusNotes: isOpen ? null : service.closingNote,
        serviceName: service.serviceName,
        serviceCode: code,
        description: service.descriptions[0]!,
        agencyResponsible: service.agencyResponsible,
        requestedAt: reportedAt,
        updatedAt: changedAt,
        expectedAt: null,
        address,
        lat,
        lon,
        mediaUrl: null,
      };
    }).map(toOpen311Request);

  const server = createServer((request, response) => {
    if (request.url === VEHICLE_POSITIONS_PATH) {
      response.writeHead(200, { "content-type": "application/x-protobuf" }).end(vehiclePositions());
    } else if (request.url === `${OPEN311_ROOT}/requests.json`) {
      response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(requests()));
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    vehiclePositionsUrl: `${origin}${VEHICLE_POSITIONS_PATH}`,
    open311Url: `${origin}${OPEN311_ROOT}`,
    /** The county fixes everything: every request reads closed from the next fetch on. */
    closeAllRequests() {
      allClosed = true;
      changedAt = new Date();
    },
    close() {
      // The product's fetches keep connections alive; end them, or close() waits on them.
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
