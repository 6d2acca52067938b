import { INCIDENT_SOURCE_LABELS, type IncidentSource } from "@/lib/domain/incidents";
import type { Timeline } from "./dispatch-queries";

/**
 * Where an incident came from, linked back to it: the alert or Open311 request it was born from
 * (opened in the operating picture's detail drawer), or the source's own web address.
 */
export function SourceLink({ source, sourceRef, origin }: { source: IncidentSource; sourceRef: string | null; origin: Timeline["origin"] | undefined }) {
  const href = origin ? `/?select=${origin.kind}:${origin.id}` : sourceRef && /^https?:\/\//i.test(sourceRef) ? sourceRef : null;
  const reference = sourceRef ?? (origin ? `${origin.kind} record` : null);
  return (
    <span>
      {INCIDENT_SOURCE_LABELS[source]}
      {reference && " "}
      {reference &&
        (href ? (
          <a href={href} target="_blank" rel="noreferrer" className="text-primary underline underline-offset-2">
            {reference}
          </a>
        ) : (
          <span className="font-mono">{reference}</span>
        ))}
    </span>
  );
}
