/** Links into the alert inbox: `?subject=sensor:gauge-03` (one subject's alerts) or `?alert=<uuid>` (one alert). */
import { z } from "zod";
import { AlertSubject } from "@/lib/domain/alerts";

export type InboxFocus =
  | { kind: "all" }
  | { kind: "subject"; subject: AlertSubject }
  | { kind: "alert"; id: string }
  /** A link the inbox cannot read: say so plainly instead of guessing what it meant. */
  | { kind: "invalid"; reason: string };

/** `kind:id`, split at the first colon only: CAP identifiers hold colons of their own. */
const SubjectParam = z
  .string()
  .transform((value) => {
    const colon = value.indexOf(":");
    return colon < 0 ? { kind: value, id: "" } : { kind: value.slice(0, colon), id: value.slice(colon + 1) };
  })
  .pipe(AlertSubject);

const AlertParam = z.uuid();

/** A repeated parameter arrives as an array: it fails the string schemas, so it reads as invalid. */
type SearchParams = Record<string, string | string[] | undefined>;

export function parseInboxFocus({ subject, alert }: SearchParams): InboxFocus {
  if (subject !== undefined && alert !== undefined) return { kind: "invalid", reason: "This link asks for one alert and for a subject's alerts at once." };
  if (subject !== undefined) {
    const parsed = SubjectParam.safeParse(subject);
    return parsed.success ? { kind: "subject", subject: parsed.data } : { kind: "invalid", reason: "This link does not name a subject the alert inbox knows." };
  }
  if (alert !== undefined) {
    const parsed = AlertParam.safeParse(alert);
    return parsed.success ? { kind: "alert", id: parsed.data } : { kind: "invalid", reason: "This link does not name an alert: its alert id is not valid." };
  }
  return { kind: "all" };
}

/** The inbox's address for a focus; an unreadable link leads back to the whole inbox. */
export function inboxPath(focus: InboxFocus): string {
  switch (focus.kind) {
    case "subject":
      return `/alerts?subject=${encodeURIComponent(focus.subject.kind)}:${encodeURIComponent(focus.subject.id)}`;
    case "alert":
      return `/alerts?alert=${encodeURIComponent(focus.id)}`;
    default:
      return "/alerts";
  }
}
