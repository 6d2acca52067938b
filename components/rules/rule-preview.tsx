"use client";

import { useQuery } from "@tanstack/react-query";
import { SeverityBadge } from "@/components/alerts/severity-badge";
import type { RouterInputs } from "@/lib/trpc/router-types";
import { useTRPC } from "@/lib/trpc/client";

/** What the rule would have fired on over the last 24 hours of one-minute rollups. */
export function RulePreview({ input }: { input: RouterInputs["rules"]["preview"] }) {
  const trpc = useTRPC();
  const preview = useQuery(trpc.rules.preview.queryOptions(input));
  if (preview.isPending) return <p role="status" className="text-sm">Replaying the last 24 hours…</p>;
  if (preview.isError) return <p role="alert" className="text-sm text-red-300">{preview.error.message}</p>;
  const result = preview.data;
  if (!result.supported) return <p role="status" className="text-muted-foreground text-sm">{result.reason}</p>;
  const retriggers = result.firings.reduce((sum, f) => sum + f.retriggers, 0);
  const subjects = new Set(result.firings.map((f) => f.subjectId)).size;
  return (
    <section aria-label="Preview" className="flex flex-col gap-2">
      <p role="status" className="text-sm">
        Over the last {result.hours} h this rule would have opened {result.firings.length} {result.firings.length === 1 ? "alert" : "alerts"} on {subjects} of {result.sensors} sensors
        {retriggers > 0 ? `, re-triggered ${retriggers} times` : ""}.
      </p>
      {result.firings.length > 0 && (
        <table className="w-full text-sm [&_td]:pr-4 [&_th]:pr-4">
          <thead className="text-muted-foreground text-left text-xs uppercase">
            <tr><th className="py-1">Sensor</th><th>From</th><th>Until</th><th>Severity</th><th>Re-triggers</th></tr>
          </thead>
          <tbody>
            {result.firings.slice(0, 25).map((firing) => (
              <tr key={`${firing.subjectId}-${firing.from.getTime()}`} className="border-t">
                <td className="py-1">{firing.subjectName}</td>
                <td>{firing.from.toLocaleString()}</td>
                <td>{firing.to ? firing.to.toLocaleString() : "still open"}</td>
                <td><SeverityBadge severity={firing.severity} /></td>
                <td>{firing.retriggers}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
