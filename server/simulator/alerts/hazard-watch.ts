/**
 * What the simulated weather service would warn about right now: floods by the river gauges,
 * unhealthy air, heat, and any hazard a running drill declares. Each hazard's state goes to the
 * alert book, which turns changes into Alerts, Updates and Cancels.
 */
import type { Polygon } from "geojson";
import type { SimCity, SimSensor } from "../city/load-city";
import type { SimWard } from "../city/ward-areas";
import { hullPolygon } from "../geo/convex-hull";
import type { World } from "../world/world";
import { airQualityNotice } from "./air-quality-notice";
import type { CapAlertBook } from "./cap-alert-book";
import { floodNotice } from "./flood-notice";
import type { HazardState } from "./hazard-notice";
import { heatNotice } from "./heat-notice";
import { HourlyAirQuality } from "./hourly-air-quality";

export class HazardWatch {
  private readonly gaugeWards: { ward: SimWard; gauges: SimSensor[] }[];
  private readonly county: Polygon;
  private readonly air: HourlyAirQuality;
  private readonly drillKeysSeen = new Set<string>();

  constructor(
    private readonly city: SimCity,
    private readonly world: World,
    private readonly book: CapAlertBook,
  ) {
    const gauges = city.sensors.filter((sensor) => sensor.kind === "water_level" && sensor.wardCode !== null);
    const wardCodes = [...new Set(gauges.map((gauge) => gauge.wardCode!))];
    this.gaugeWards = wardCodes.map((code) => ({ ward: city.wards.get(code), gauges: gauges.filter((gauge) => gauge.wardCode === code) }));
    this.county = hullPolygon(city.wards.list.map((ward) => ward.geometry));
    this.air = new HourlyAirQuality(city.wards.list, world.airQuality);
  }

  states(at: Date): HazardState[] {
    const floods = this.gaugeWards.map(({ ward, gauges }): HazardState => {
      const key = `flood/${ward.code}`;
      const readings = gauges.map((gauge) => this.world.rivers.reading(gauge.id, at));
      return { key, notice: floodNotice(ward, readings, this.book.isActive(key)) };
    });
    const air = this.air.means(at);
    const drills = this.world.effects.hazardsAt(at);
    for (const drill of drills) this.drillKeysSeen.add(drill.key);
    const endedDrills = [...this.drillKeysSeen].filter((key) => !drills.some((drill) => drill.key === key));
    for (const key of endedDrills) this.drillKeysSeen.delete(key);
    return [
      ...floods,
      { key: "air-quality", notice: airQualityNotice(air, this.book.isActive("air-quality")) },
      { key: "heat", notice: heatNotice(this.world.weather.expectedMaxC(at), this.book.isActive("heat"), this.county, this.city.name) },
      ...drills.map(({ key, notice }) => ({ key, notice })),
      ...endedDrills.map((key) => ({ key, notice: null })),
    ];
  }
}
