"use client";

import { useEffect, useRef } from "react";
import { cn } from "@/components/ui/cn";
import { UNIT_STATUS_LABELS, UNIT_TYPE_LABELS } from "@/lib/domain/units";
import type { Candidate, Recommendation, UnitRow } from "./dispatch-queries";
import { formatEta } from "./format-duration";

interface RecommendationListProps {
  recommendation: Recommendation;
  /** Live unit rows: a candidate taken meanwhile shows it before anyone presses. */
  unitsById: ReadonlyMap<string, UnitRow>;
  onAssign: (candidate: Candidate) => void;
  assigning: ReadonlySet<string>;
  /** Changes when the console wants the first recommended unit focused (Enter then assigns it). */
  focusRequest: number;
}

/** The units to send, per needed type, fastest first, numbered for the 1-9 keys, each with why. */
export function RecommendationList({ recommendation, unitsById, onAssign, assigning, focusRequest }: RecommendationListProps) {
  const firstRef = useRef<HTMLButtonElement>(null);
  const handledRequest = useRef(0);
  const { candidates, needs, notice } = recommendation;
  const firstRecommended = candidates.find((c) => c.recommended)?.unitId;
  useEffect(() => {
    // Each request focuses once, when its button exists: a later refresh never steals the focus.
    if (focusRequest > handledRequest.current && firstRef.current) {
      firstRef.current.focus();
      handledRequest.current = focusRequest;
    }
  }, [focusRequest, firstRecommended]);

  return (
    <section aria-label="Recommended units" className="flex flex-col gap-2">
      <h3 className="text-sm font-semibold">
        {firstRecommended ? (
          <>
            Recommended units <span className="text-muted-foreground font-normal">(A sends every recommended unit)</span>
          </>
        ) : (
          <>
            Other available units <span className="text-muted-foreground font-normal">(1–9 sends one more)</span>
          </>
        )}
      </h3>
      {notice && <p className="rounded bg-amber-400/10 px-2 py-1 text-xs text-amber-200">{notice}</p>}
      {needs.map((need) => {
        const ofType = candidates.filter((c) => c.unitType === need.unitType);
        return (
          <div key={need.unitType}>
            <p className="text-muted-foreground text-xs">
              {UNIT_TYPE_LABELS[need.unitType]}
              {need.assigned.length > 0 ? `: ${need.assigned.join(", ")} assigned` : ": needed"}
            </p>
            {ofType.length === 0 && <p className="text-sm text-red-300">No {UNIT_TYPE_LABELS[need.unitType].toLowerCase()} is available that you may send.</p>}
            <ol className="mt-1 space-y-1">
              {ofType.map((candidate) => {
                const number = candidates.indexOf(candidate) + 1;
                const live = unitsById.get(candidate.unitId);
                const taken = live !== undefined && live.status !== "available";
                return (
                  <li key={candidate.unitId}>
                    <button
                      ref={candidate.unitId === firstRecommended ? firstRef : undefined}
                      type="button"
                      disabled={assigning.has(candidate.unitId)}
                      onClick={() => onAssign(candidate)}
                      aria-label={`Assign ${candidate.unitId}: ${candidate.reason}`}
                      className={cn(
                        "hover:bg-muted focus-visible:ring-ring flex w-full items-start gap-2 rounded-md border px-2 py-1.5 text-left outline-none focus-visible:ring-2",
                        candidate.recommended ? "border-primary/70 bg-primary/10" : "border-transparent",
                        taken && "opacity-60",
                      )}
                    >
                      <kbd className="bg-secondary mt-0.5 rounded px-1.5 font-mono text-xs">{number <= 9 ? number : "·"}</kbd>
                      <span className="min-w-0 flex-1">
                        <span className="flex items-baseline gap-2">
                          <span className="font-mono text-sm font-semibold">{candidate.unitId}</span>
                          <span className="text-muted-foreground truncate text-xs">{candidate.callsign}</span>
                          <span className="ml-auto shrink-0 text-sm font-semibold tabular-nums">{formatEta(candidate.etaS)}</span>
                        </span>
                        <span className="text-muted-foreground block text-xs">
                          {taken ? `${UNIT_STATUS_LABELS[live.status]} now: just taken` : candidate.reason}
                        </span>
                      </span>
                    </button>
                  </li>
                );
              })}
            </ol>
          </div>
        );
      })}
    </section>
  );
}
