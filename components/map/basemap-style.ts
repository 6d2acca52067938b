import type { ExpressionSpecification, LineLayerSpecification, StyleSpecification } from "maplibre-gl";

/**
 * The base map, built only from the city's own data served by /api/basemap: no tiles, glyphs,
 * sprites or fonts from anywhere else. There are no symbol layers (text would need a glyph
 * server); labels are deck.gl TextLayers on top.
 */
export const BASEMAP_COLORS = {
  outsideCity: "#0d131b",
  ward: "#18222e",
  wardOutline: "#2f3f52",
  constituencyOutline: "#7189a6",
  river: "#3b8fd9",
  cbdStreet: "#3c4b5d",
  link: "#6f7c8c",
  primary: "#98a4b3",
  trunk: "#cfa566",
  motorway: "#e8bd72",
  hospital: "#fff1f2",
  hospitalRing: "#e11d48",
} as const;

const OSM = "© OpenStreetMap contributors";
const ATTRIBUTION: Record<string, string> = {
  wards: "Wards © IEBC (CC-BY-4.0)",
  constituencies: "Constituencies © IEBC",
  roads: OSM,
  waterways: "Rivers: GSHHG",
  hospitals: OSM,
};

/** Line width by zoom: thin at city scale, wider when zoomed into streets. */
const widthByZoom = (at10: number, at14: number, at17: number): ExpressionSpecification => [
  "interpolate",
  ["exponential", 1.5],
  ["zoom"],
  10,
  at10,
  14,
  at14,
  17,
  at17,
];

const highwayIn = (...classes: string[]): ExpressionSpecification => ["in", ["get", "highway"], ["literal", classes]];

function roadLayer(id: string, filter: ExpressionSpecification, paint: LineLayerSpecification["paint"]): LineLayerSpecification {
  return { id, type: "line", source: "roads", filter, layout: { "line-cap": "round", "line-join": "round" }, paint };
}

const major: ExpressionSpecification = ["==", ["get", "source"], "osm_major"];

export function buildBasemapStyle(origin: string): StyleSpecification {
  const source = (layer: string) => ({
    type: "geojson" as const,
    data: `${origin}/api/basemap/${layer}`,
    attribution: ATTRIBUTION[layer],
  });
  return {
    version: 8,
    name: "CityDeck offline",
    sources: {
      wards: source("wards"),
      constituencies: source("constituencies"),
      roads: source("roads"),
      waterways: source("waterways"),
      hospitals: source("hospitals"),
    },
    layers: [
      { id: "background", type: "background", paint: { "background-color": BASEMAP_COLORS.outsideCity } },
      { id: "wards-fill", type: "fill", source: "wards", paint: { "fill-color": BASEMAP_COLORS.ward } },
      {
        id: "wards-outline",
        type: "line",
        source: "wards",
        paint: { "line-color": BASEMAP_COLORS.wardOutline, "line-width": widthByZoom(0.6, 1.2, 2) },
      },
      {
        id: "waterways",
        type: "line",
        source: "waterways",
        layout: { "line-cap": "round", "line-join": "round" },
        paint: { "line-color": BASEMAP_COLORS.river, "line-width": widthByZoom(1.4, 3, 6) },
      },
      // CBD streets are a texture at city scale and a street plan once zoomed in.
      roadLayer("roads-cbd", ["==", ["get", "source"], "osm_cbd"], {
        "line-color": BASEMAP_COLORS.cbdStreet,
        "line-width": widthByZoom(0.3, 1.6, 6),
        "line-opacity": ["interpolate", ["linear"], ["zoom"], 11, 0.5, 13, 1],
      }),
      roadLayer("roads-links", ["all", major, highwayIn("motorway_link", "trunk_link", "primary_link")], {
        "line-color": BASEMAP_COLORS.link,
        "line-width": widthByZoom(0.6, 2, 5),
      }),
      roadLayer("roads-primary", ["all", major, highwayIn("primary")], { "line-color": BASEMAP_COLORS.primary, "line-width": widthByZoom(1, 3, 8) }),
      roadLayer("roads-trunk", ["all", major, highwayIn("trunk")], { "line-color": BASEMAP_COLORS.trunk, "line-width": widthByZoom(1.6, 4.5, 11) }),
      roadLayer("roads-motorway", ["all", major, highwayIn("motorway")], { "line-color": BASEMAP_COLORS.motorway, "line-width": widthByZoom(2, 5.5, 13) }),
      {
        id: "constituencies-outline",
        type: "line",
        source: "constituencies",
        layout: { "line-join": "round" },
        paint: { "line-color": BASEMAP_COLORS.constituencyOutline, "line-width": widthByZoom(1.3, 2.2, 3), "line-dasharray": [3, 1.5] },
      },
      {
        id: "hospitals",
        type: "circle",
        source: "hospitals",
        paint: {
          "circle-color": BASEMAP_COLORS.hospital,
          "circle-radius": ["interpolate", ["linear"], ["zoom"], 10, 2.5, 14, 5.5],
          // Light with a red ring: apart from the filled, dark-ringed sensor dots.
          "circle-stroke-color": BASEMAP_COLORS.hospitalRing,
          "circle-stroke-width": ["interpolate", ["linear"], ["zoom"], 10, 1.2, 14, 2],
        },
      },
    ],
  };
}
