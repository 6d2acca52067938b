const DATASETS = [
  { file: "incidents.geojson", label: "Incidents (GeoJSON)" },
  { file: "sensors.geojson", label: "Sensor sites (GeoJSON)" },
  { file: "units.geojson", label: "Units (GeoJSON)" },
  { file: "readings.csv", label: "Sensor readings (CSV)" },
  { file: "readings.ndjson", label: "Sensor readings (NDJSON)" },
  { file: "incident-events.ndjson", label: "Incident timelines (NDJSON)" },
];

/** The agency's own data, downloaded as open formats: the agency keeps ownership of it. */
export function ExportPanel({ agencyName }: { agencyName: string }) {
  return (
    <section aria-labelledby="export-heading" className="flex flex-col gap-3">
      <h2 id="export-heading" className="text-lg font-semibold">Export {agencyName} data</h2>
      <p className="text-muted-foreground text-sm">
        Only records your agency owns. Add <code>?from=2026-01-01&amp;to=2026-02-01</code> to limit readings and events by time; integrations can use a
        token with the <code>export</code> scope.
      </p>
      <ul className="flex flex-wrap gap-2">
        {DATASETS.map((d) => (
          <li key={d.file}>
            <a className="border-border hover:bg-secondary inline-flex h-9 items-center rounded-md border px-3 text-sm" href={`/api/export/${d.file}`} download>
              {d.label}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
