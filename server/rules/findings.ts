/** What evaluating a rule says about each subject it watches; applying findings opens, updates or resolves alerts. */
import type { Geometry } from "geojson";
import type { AlertSeverity, AlertSubjectKind } from "@/lib/domain/alerts";
import type { SensorKind } from "@/lib/domain/sensors";

/** Every kind but "cap" (ingest's CAP warnings): from the domain's list, so the inbox can link to any subject a rule watches. */
export type SubjectKind = Exclude<AlertSubjectKind, "cap">;

/** The thing an alert is about; its agency owns the alert. */
export interface Subject {
  kind: SubjectKind;
  id: string;
  agencyId: string;
}

export interface Firing {
  verdict: "fire";
  subject: Subject;
  severity: AlertSeverity;
  /** When the condition began: a later start on an open alert is a re-trigger. */
  since: Date;
  /** The condition already held at the start of the data looked at, so `since` is only a lower bound. */
  continuing: boolean;
  title: string;
  description: string;
  area: Geometry | null;
  areaDesc: string | null;
  sensorKind: SensorKind | null;
}

export type Finding =
  | Firing
  | { verdict: "clear"; subject: Subject; reason: string }
  /** Watched, but nothing to decide yet (a value between the limits, stale data): leave any alert as it is. */
  | { verdict: "hold"; subject: Subject };

export const subjectKey = (subject: { kind: string; id: string }) => `${subject.kind}:${subject.id}`;
