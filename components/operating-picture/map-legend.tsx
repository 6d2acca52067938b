import type { ReactNode } from "react";
import { BASEMAP_COLORS } from "@/components/map/basemap-style";
import { PRIORITY_SYMBOLOGY } from "@/components/map/incident-symbology";
import { MapIconSvg } from "@/components/map/map-icon-svg";
import { INCIDENT_ICONS, UNIT_ICONS } from "@/components/map/map-icons";
import { cssColor, type Rgb } from "@/components/map/rgb";
import { OTHER_SENSOR_COLOR, PM25_BANDS, RIVER_STAGE_COLORS } from "@/components/map/sensor-symbology";
import { UNIT_STATUS_SYMBOLOGY } from "@/components/map/unit-symbology";
import { PRIORITIES } from "@/lib/domain/incidents";
import { UNIT_STATUSES } from "@/lib/domain/units";

/** The key to every colour and shape on the map, drawn from the same tables the layers use. */
export function MapLegend() {
  return (
    <div className="space-y-3 text-xs">
      <LegendGroup title="Incidents by priority">
        {PRIORITIES.map((p) => (
          <LegendRow key={p} swatch={<MapIconSvg icon={INCIDENT_ICONS[p]} />}>
            P{p} · {PRIORITY_SYMBOLOGY[p].meaning}
          </LegendRow>
        ))}
      </LegendGroup>
      <LegendGroup title="Units by status">
        {UNIT_STATUSES.map((status) => (
          <LegendRow key={status} swatch={<MapIconSvg icon={UNIT_ICONS[status]} />}>
            {UNIT_STATUS_SYMBOLOGY[status].label}
          </LegendRow>
        ))}
      </LegendGroup>
      <LegendGroup title="Air quality · PM2.5 (US EPA AQI)">
        {PM25_BANDS.map((band, i) => (
          <LegendRow key={band.name} swatch={<DotSwatch color={band.color} />}>
            {band.name} <span className="text-muted-foreground">{bandRange(i)}</span>
          </LegendRow>
        ))}
      </LegendGroup>
      <LegendGroup title="Other sensors">
        <LegendRow swatch={<DotSwatch color={RIVER_STAGE_COLORS.normal} />}>River gauge, below flood stage</LegendRow>
        <LegendRow swatch={<DotSwatch color={RIVER_STAGE_COLORS.moderate} />}>River gauge at a flood stage (yellow to purple)</LegendRow>
        <LegendRow swatch={<DotSwatch color={OTHER_SENSOR_COLOR} />}>Noise, power, lighting, waste, traffic</LegendRow>
      </LegendGroup>
      <LegendGroup title="Base map">
        <LegendRow swatch={<HospitalSwatch />}>Hospital</LegendRow>
        <LegendRow swatch={<LineSwatch color={BASEMAP_COLORS.motorway} />}>Motorway and trunk road</LegendRow>
        <LegendRow swatch={<LineSwatch color={BASEMAP_COLORS.river} />}>River</LegendRow>
        <LegendRow swatch={<LineSwatch color={BASEMAP_COLORS.constituencyOutline} dashed />}>Constituency boundary</LegendRow>
      </LegendGroup>
    </div>
  );
}

function bandRange(index: number): string {
  const low = index === 0 ? 0 : PM25_BANDS[index - 1]!.upTo + 0.1;
  const high = PM25_BANDS[index]!.upTo;
  return Number.isFinite(high) ? `${low.toFixed(1)}–${high.toFixed(1)} µg/m³` : `${low.toFixed(1)}+ µg/m³`;
}

function LegendGroup({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div>
      <p className="text-muted-foreground mb-1 font-medium">{title}</p>
      <ul className="space-y-1">{children}</ul>
    </div>
  );
}

function LegendRow({ swatch, children }: { swatch: ReactNode; children: ReactNode }) {
  return (
    <li className="flex items-center gap-2">
      <span aria-hidden className="flex w-4 shrink-0 justify-center">
        {swatch}
      </span>
      <span>{children}</span>
    </li>
  );
}

function DotSwatch({ color }: { color: Rgb }) {
  return <span className="size-2.5 rounded-full ring-1 ring-white/60" style={{ backgroundColor: cssColor(color) }} />;
}

function HospitalSwatch() {
  return <span className="size-2.5 rounded-full border-2" style={{ backgroundColor: BASEMAP_COLORS.hospital, borderColor: BASEMAP_COLORS.hospitalRing }} />;
}

function LineSwatch({ color, dashed = false }: { color: string; dashed?: boolean }) {
  return <span className="w-4 border-t-2" style={{ borderColor: color, borderTopStyle: dashed ? "dashed" : "solid" }} />;
}
