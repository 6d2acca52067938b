/**
 * The rules engine as a background duty: a pass shortly after sensors, feeds, units, vehicles or
 * incidents change (woken by the live NOTIFY), and one on a clock for what only time changes
 * (silence, night windows ending). A woken pass judges only what woke it: the rules of those
 * topics, and of sensors only the ones written since the last pass. Passes never overlap; wakes
 * that arrive during a pass are folded into one more pass after it.
 */
import type { LiveTopic } from "@/lib/domain/live";
import type { Duty } from "@/server/runtime/duty";
import { wakeHubFor } from "@/server/live/wake";
import { describeChanges, evaluateRules, type PassReport } from "./evaluate-rules";
import { sensorsWrittenAfter } from "./sensor-focus";

const WATCHED_TOPICS: ReadonlySet<LiveTopic> = new Set(["sensors", "feeds", "units", "vehicles", "incidents"]);

export interface RulesDutyOptions {
  /** Full pass every this often. */
  clockMs?: number;
  /** Wait this long after a wake, so a burst of writes makes one pass. */
  debounceMs?: number;
  /** Woken passes start at least this long after the previous pass ended (sensor bursts are constant). */
  minGapMs?: number;
}

export function createRulesDuty({ clockMs = 15_000, debounceMs = 100, minGapMs = 250 }: RulesDutyOptions = {}): Duty {
  return {
    name: "rules",
    async start({ database, log }) {
      // Silence before this start is CityDeck's own downtime, not the sensors' (evaluate/silence.ts).
      const listeningSince = new Date();
      /** Topics asked for and not yet evaluated; "all" for a clock pass. */
      let pending: Set<LiveTopic> | "all" | null = null;
      let running: Promise<void> | null = null;
      let woken = new Set<LiveTopic>();
      let wakeTimer: NodeJS.Timeout | null = null;
      let lastEnded = 0;
      let stopped = false;

      const report = ({ changes, failures }: PassReport) => {
        const described = describeChanges(changes);
        if (described) log(described);
        for (const failure of failures) log(`rule ${failure.ruleId} skipped: ${failure.message}`);
      };

      /** Sensors written up to here have been judged. */
      let sensorSeq = 0;
      const pass = async (topics: Set<LiveTopic> | "all") => {
        const written = await sensorsWrittenAfter(database.db, sensorSeq);
        sensorSeq = written.seq;
        if (topics === "all") return evaluateRules(database.db, { listeningSince });
        return evaluateRules(database.db, { listeningSince, topics, sensors: topics.has("sensors") ? written.ids : undefined });
      };

      const runPending = async () => {
        while (pending && !stopped) {
          const topics = pending;
          pending = null;
          try {
            report(await pass(topics));
          } catch (error) {
            log(`pass failed: ${error instanceof Error ? error.message : String(error)}`);
          }
          lastEnded = Date.now();
        }
        running = null;
      };

      const request = (topics: Set<LiveTopic> | "all") => {
        pending = pending === "all" || topics === "all" ? "all" : new Set([...(pending ?? []), ...topics]);
        running ??= runPending();
      };

      const wakeFor = (topic: LiveTopic) => {
        if (!WATCHED_TOPICS.has(topic) || stopped) return;
        woken.add(topic);
        if (wakeTimer) return;
        wakeTimer = setTimeout(() => {
          wakeTimer = null;
          const topics = woken;
          woken = new Set();
          request(topics);
        }, Math.max(debounceMs, lastEnded + minGapMs - Date.now()));
      };

      const unsubscribe = await wakeHubFor(database).subscribe(wakeFor);
      const clock = setInterval(() => request("all"), clockMs);
      request("all");
      return async () => {
        stopped = true;
        clearInterval(clock);
        if (wakeTimer) clearTimeout(wakeTimer);
        unsubscribe();
        await running;
      };
    },
  };
}

export const rulesDuty: Duty = createRulesDuty();
