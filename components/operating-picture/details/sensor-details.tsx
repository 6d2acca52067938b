"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { inboxPath } from "@/components/alerts/inbox-focus";
import { Select } from "@/components/ui/select";
import { ALERT_SEVERITY_LABELS, ALERT_STATUS_LABELS } from "@/lib/domain/alerts";
import { SENSOR_HISTORY_RANGES, type SensorHistoryRange } from "@/lib/domain/map";
import { SENSOR_KIND_INFO } from "@/lib/domain/sensors";
import { useTRPC } from "@/lib/trpc/client";
import type { SensorRow } from "../operating-queries";
import { describeReading, formatValue } from "../sensor-reading";
import { DetailList, DetailSection, When } from "./detail-list";
import { Sparkline } from "./sparkline";

const RANGE_LABELS: Record<SensorHistoryRange, string> = { "1h": "Last hour", "24h": "Last 24 hours", "7d": "Last 7 days" };

/** A sensor's latest reading on its scale, its recent history from the rollups, and its alerts. */
export function SensorDetails({ sensor, wardName, now }: { sensor: SensorRow; wardName: string | undefined; now: Date }) {
  const trpc = useTRPC();
  const [range, setRange] = useState<SensorHistoryRange>("1h");
  // Rollups close every minute: re-reading once a minute keeps the line level with the live value.
  const history = useQuery({ ...trpc.map.sensorHistory.queryOptions({ sensorId: sensor.id, range }), refetchInterval: 60_000, placeholderData: (previous) => previous });
  const alerts = useQuery(trpc.map.sensorAlerts.queryOptions({ sensorId: sensor.id }));
  return (
    <div className="space-y-4">
      <DetailList
        rows={[
          ["Kind", SENSOR_KIND_INFO[sensor.kind].label],
          ["Reading", describeReading(sensor)],
          ["Read at", sensor.latestAt ? <When key="t" at={sensor.latestAt} now={now} /> : "Never"],
          ["Reports every", `${sensor.cadenceS} s`],
          ["Ward", wardName ?? "Unknown"],
        ]}
      />
      <DetailSection title="History">
        <Select aria-label="History range" className="h-7 text-xs" value={range} onChange={(event) => setRange(event.target.value as SensorHistoryRange)}>
          {SENSOR_HISTORY_RANGES.map((option) => (
            <option key={option} value={option}>
              {RANGE_LABELS[option]}
            </option>
          ))}
        </Select>
        {history.data ? (
          <Sparkline points={history.data} describe={(value) => formatValue(sensor.kind, value, sensor.unit)} />
        ) : (
          <p className="text-muted-foreground text-sm">{history.isError ? "The history could not be loaded." : "Loading…"}</p>
        )}
      </DetailSection>
      <DetailSection title="Alerts">
        {alerts.data?.length ? (
          <ul className="space-y-1 text-sm">
            {alerts.data.map((alert) => (
              <li key={alert.id}>
                {alert.title}{" "}
                <span className="text-muted-foreground">
                  · {ALERT_SEVERITY_LABELS[alert.severity]}, {ALERT_STATUS_LABELS[alert.status].toLowerCase()}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-muted-foreground text-sm">{alerts.isPending ? "Loading…" : "No alerts for this sensor."}</p>
        )}
        <Link href={inboxPath({ kind: "subject", subject: { kind: "sensor", id: sensor.id } })} className="text-primary inline-block text-sm hover:underline">
          All of this sensor&apos;s alerts
        </Link>
      </DetailSection>
    </div>
  );
}
