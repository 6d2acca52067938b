import { NFPA_DISPATCH_LIMIT_S } from "@/lib/domain/kpis";

export interface CallTimes {
  /** When the call was answered (the incident was reported). */
  reportedAt: Date;
  dispatchedAt: Date | null;
  /** Cleared or closed: a call that ended without a dispatch needed no unit. */
  endedAt: Date | null;
}

export interface DispatchShare {
  /** Percent of counted calls dispatched in time; null when no call counts yet. */
  percent: number | null;
  inTime: number;
  counted: number;
}

/**
 * NFPA 1225's measure: of the calls answered, the share whose first unit was dispatched within
 * 60 s. A call still waiting past the limit has already failed it, so it counts as late now
 * rather than only once someone dispatches it; a call still inside the limit is undecided and
 * left out, as is one that ended without any dispatch.
 */
export function dispatchShare(calls: Iterable<CallTimes>, now: Date, limitS = NFPA_DISPATCH_LIMIT_S): DispatchShare {
  const limitMs = limitS * 1000;
  let inTime = 0;
  let counted = 0;
  for (const call of calls) {
    if (call.dispatchedAt) {
      counted++;
      if (call.dispatchedAt.getTime() - call.reportedAt.getTime() <= limitMs) inTime++;
    } else if (!call.endedAt && now.getTime() - call.reportedAt.getTime() > limitMs) {
      counted++;
    }
  }
  return { percent: counted ? (100 * inTime) / counted : null, inTime, counted };
}
