import type { ReactNode } from "react";
import { ALERT_SEVERITY_COLORS } from "@/components/map/alert-symbology";
import { BASEMAP_COLORS } from "@/components/map/basemap-style";
import { categoricalColor } from "@/components/map/categorical-color";
import { DENSITY_RAMP } from "@/components/map/density-ramp";
import { GlyphSvg } from "@/components/map/glyph-svg";
import { PRIORITY_SYMBOLOGY } from "@/components/map/incident-symbology";
import { INCIDENT_TYPE_GLYPHS, UNIT_TYPE_GLYPHS } from "@/components/map/map-glyphs";
import { DELAY_BANDS, UNKNOWN_COLOR } from "@/components/map/matatu-symbology";
import { cssColor } from "@/components/map/rgb";
import { NO_READING, SENSOR_SCALES, SPEED_BANDS } from "@/components/map/sensor-symbology";
import { UNIT_STATUS_SYMBOLOGY } from "@/components/map/unit-symbology";
import { wardMetricClasses } from "@/components/map/ward-metric-scale";
import { ALERT_SEVERITIES, ALERT_SEVERITY_LABELS } from "@/lib/domain/alerts";
import { INCIDENT_TYPE_LABELS, INCIDENT_TYPES, PRIORITIES } from "@/lib/domain/incidents";
import { DENSITY_WINDOW_LABELS, WARD_METRIC_LABELS } from "@/lib/domain/map";
import { UNIT_STATUS_LABELS, UNIT_STATUSES, UNIT_TYPE_LABELS, UNIT_TYPES } from "@/lib/domain/units";
import { DotSwatch, LegendGroup, LegendRow, LineSwatch, SquareSwatch } from "./legend-parts";
import type { MapLayerKey } from "./map-layers";
import type { WorkOrderRow } from "./operating-queries";
import type { OperatingView } from "./operating-view";

interface LegendProps {
  view: OperatingView;
  workOrders: readonly WorkOrderRow[];
  densityTotal: number | undefined;
}

/** The key to one layer's colours and shapes, drawn from the same tables the layer draws with. */
export function LayerLegend({ layer, ...props }: LegendProps & { layer: MapLayerKey }) {
  return <div className="space-y-2 text-xs">{LEGENDS[layer](props)}</div>;
}

const LEGENDS: Record<MapLayerKey, (props: LegendProps) => ReactNode> = {
  incidents: () => (
    <>
      <LegendGroup title="Colour: priority">
        {PRIORITIES.map((p) => (
          <LegendRow key={p} swatch={<Triangle color={cssColor(PRIORITY_SYMBOLOGY[p].color)} />}>
            P{p} · {PRIORITY_SYMBOLOGY[p].meaning}
          </LegendRow>
        ))}
        <LegendRow swatch={<DotSwatch color={PRIORITY_SYMBOLOGY[1].color} ringed />}>Pulsing: a new P1 nobody is sent to yet</LegendRow>
      </LegendGroup>
      <LegendGroup title="Symbol: type">
        {INCIDENT_TYPES.map((type) => (
          <LegendRow key={type} swatch={<GlyphSvg glyph={INCIDENT_TYPE_GLYPHS[type]} />}>
            {INCIDENT_TYPE_LABELS[type]}
          </LegendRow>
        ))}
      </LegendGroup>
    </>
  ),
  units: () => (
    <>
      <LegendGroup title="Colour: status (line: way to its incident)">
        {UNIT_STATUSES.map((status) => (
          <LegendRow key={status} swatch={<SquareSwatch color={UNIT_STATUS_SYMBOLOGY[status].color} />}>
            {UNIT_STATUS_LABELS[status]}
          </LegendRow>
        ))}
      </LegendGroup>
      <LegendGroup title="Symbol: type (chevron: heading)">
        {UNIT_TYPES.map((type) => (
          <LegendRow key={type} swatch={<GlyphSvg glyph={UNIT_TYPE_GLYPHS[type]} />}>
            {UNIT_TYPE_LABELS[type]}
          </LegendRow>
        ))}
      </LegendGroup>
    </>
  ),
  matatus: ({ view }) => (
    <LegendGroup>
      {view.matatuColor === "delay" ? (
        DELAY_BANDS.map((band) => (
          <LegendRow key={band.name} swatch={<DotSwatch color={band.color} />}>
            {band.name}
          </LegendRow>
        ))
      ) : (
        <LegendRow swatch={<DotSwatch color={categoricalColor("route")} />}>Each route keeps its own colour</LegendRow>
      )}
      <LegendRow swatch={<DotSwatch color={UNKNOWN_COLOR} />}>{view.matatuColor === "delay" ? "No delay reported" : "No route"}</LegendRow>
      <LegendRow swatch={<DotSwatch color={UNKNOWN_COLOR} faded />}>Faded: no report for over 90 s</LegendRow>
    </LegendGroup>
  ),
  sensors: () => (
    <>
      {SENSOR_SCALES.map((scale) => (
        <LegendGroup key={scale.title} title={scale.title}>
          {scale.bands.map((band) => (
            <LegendRow key={band.name} swatch={<DotSwatch color={band.color} ringed={band.alarm} />}>
              {band.name}
              {band.alarm && <span className="text-muted-foreground"> (alarm: large, ringed)</span>}
            </LegendRow>
          ))}
        </LegendGroup>
      ))}
      <LegendGroup>
        <LegendRow swatch={<DotSwatch color={NO_READING.color} faded />}>Faded: no reading for three intervals</LegendRow>
      </LegendGroup>
    </>
  ),
  traffic: () => (
    <LegendGroup title="Speed against the limit">
      {[...SPEED_BANDS].reverse().map((band) => (
        <LegendRow key={band.name} swatch={<LineSwatch color={cssColor(band.color)} thick />}>
          {band.name}
        </LegendRow>
      ))}
      <LegendRow swatch={<LineSwatch color={cssColor(NO_READING.color)} thick />}>No reading yet</LegendRow>
    </LegendGroup>
  ),
  alerts: () => (
    <LegendGroup title="Severity (faint: acknowledged)">
      {ALERT_SEVERITIES.map((severity) => (
        <LegendRow key={severity} swatch={<SquareSwatch color={ALERT_SEVERITY_COLORS[severity]} />}>
          {ALERT_SEVERITY_LABELS[severity]}
        </LegendRow>
      ))}
    </LegendGroup>
  ),
  requests: ({ workOrders }) => {
    const categories = [...new Map(workOrders.map((w) => [w.serviceCode, w.serviceName ?? w.serviceCode])).entries()].sort((a, b) => a[1].localeCompare(b[1]));
    return (
      <LegendGroup title="Colour: category">
        {categories.map(([code, name]) => (
          <LegendRow key={code} swatch={<DotSwatch color={categoricalColor(code)} />}>
            {name}
          </LegendRow>
        ))}
        {categories.length === 0 && <li className="text-muted-foreground">No open requests</li>}
        <LegendRow swatch={<DotSwatch color={[148, 163, 184]} ringed />}>Grey with a number: several requests; click to zoom in</LegendRow>
      </LegendGroup>
    );
  },
  density: ({ view, densityTotal }) => (
    <LegendGroup title={`${DENSITY_WINDOW_LABELS[view.densityWindow]}: ${densityTotal?.toLocaleString("en") ?? "…"} incidents`}>
      <li className="flex items-center gap-2">
        <span className="text-muted-foreground">Fewer</span>
        <span aria-hidden className="flex h-2.5 flex-1 overflow-hidden rounded-sm">
          {DENSITY_RAMP.map((color) => (
            <span key={cssColor(color)} className="flex-1" style={{ backgroundColor: cssColor(color) }} />
          ))}
        </span>
        <span className="text-muted-foreground">More per hexagon (0.7 km²)</span>
      </li>
    </LegendGroup>
  ),
  wards: ({ view }) => (
    <LegendGroup title={WARD_METRIC_LABELS[view.wardMetric]}>
      {wardMetricClasses(view.wardMetric).map((scaleClass) => (
        <LegendRow key={scaleClass.label} swatch={<SquareSwatch color={scaleClass.color} />}>
          {scaleClass.label}
        </LegendRow>
      ))}
    </LegendGroup>
  ),
  labels: () => (
    <LegendGroup title="Base map">
      <LegendRow swatch={<span className="size-2.5 rounded-full border-2" style={{ backgroundColor: BASEMAP_COLORS.hospital, borderColor: BASEMAP_COLORS.hospitalRing }} />}>
        Hospital
      </LegendRow>
      <LegendRow swatch={<LineSwatch color={BASEMAP_COLORS.motorway} />}>Motorway and trunk road</LegendRow>
      <LegendRow swatch={<LineSwatch color={BASEMAP_COLORS.river} />}>River</LegendRow>
      <LegendRow swatch={<LineSwatch color={BASEMAP_COLORS.constituencyOutline} dashed />}>Constituency boundary</LegendRow>
    </LegendGroup>
  ),
};

function Triangle({ color }: { color: string }) {
  return (
    <svg aria-hidden width={14} height={14} viewBox="0 0 32 32">
      <path d="M16 1.5 L31 28.5 H1 Z" fill={color} stroke="#fff" strokeWidth={2} />
    </svg>
  );
}
