/** Reads and validates one CAP 1.2 <alert> element against the standard's required fields and lists. */
import {
  CAP_CATEGORIES,
  CAP_CERTAINTIES,
  CAP_MSG_TYPES,
  CAP_NAMESPACE,
  CAP_RESPONSE_TYPES,
  CAP_SCOPES,
  CAP_SEVERITIES,
  CAP_STATUSES,
  CAP_URGENCIES,
  type CapAlert,
  type CapInfo,
  type CapReference,
} from "./cap-types";
import { readCapArea } from "./read-cap-area";
import { childrenNamed, oneOf, optionalChildText, requiredChildText } from "./xml-select";
import type { XmlElement } from "./xml-tree";
import { checkObservedTime, checkScheduledTime, fail, parseZonedDateTime } from "../validate";

/** CAP 1.2: identifier and sender must not include spaces, commas or restricted characters (< and &). */
const RESTRICTED = /[\s,<&]/;

export function isCapAlertElement(element: XmlElement): boolean {
  return element.name === "alert" && element.namespace === CAP_NAMESPACE;
}

export function readCapAlert(alert: XmlElement, now: Date): CapAlert {
  if (!isCapAlertElement(alert)) {
    fail(`<${alert.name}> in namespace "${alert.namespace ?? "none"}" is not a CAP 1.2 alert (${CAP_NAMESPACE})`);
  }
  const text = (name: string) => requiredChildText(alert, CAP_NAMESPACE, name);
  return {
    identifier: checkUnrestricted(text("identifier"), "identifier"),
    sender: checkUnrestricted(text("sender"), "sender"),
    sent: checkObservedTime(parseZonedDateTime(text("sent"), "sent"), now, "sent"),
    status: oneOf(text("status"), CAP_STATUSES, "status"),
    msgType: oneOf(text("msgType"), CAP_MSG_TYPES, "msgType"),
    scope: oneOf(text("scope"), CAP_SCOPES, "scope"),
    references: readReferences(optionalChildText(alert, CAP_NAMESPACE, "references"), now),
    info: childrenNamed(alert, CAP_NAMESPACE, "info").map((info, index) => readInfo(info, index, now)),
  };
}

function readInfo(info: XmlElement, index: number, now: Date): CapInfo {
  const optional = (name: string) => optionalChildText(info, CAP_NAMESPACE, name);
  const required = (name: string) => requiredChildText(info, CAP_NAMESPACE, name);
  const textsOf = (name: string) => childrenNamed(info, CAP_NAMESPACE, name).map((element) => element.text);
  const field = (name: string) => `info[${index}] ${name}`;
  const category = textsOf("category").map((value) => oneOf(value, CAP_CATEGORIES, field("category")));
  if (category.length === 0) fail(`info[${index}] has no <category> (at least one is required)`);
  const onsetText = optional("onset");
  const expiresText = optional("expires");
  const onset = onsetText === null ? null : checkScheduledTime(parseZonedDateTime(onsetText, field("onset")), now, field("onset"));
  const expires = expiresText === null ? null : checkScheduledTime(parseZonedDateTime(expiresText, field("expires")), now, field("expires"));
  if (onset && expires && expires < onset) fail(`info[${index}] expires before its onset`);
  return {
    language: optional("language") ?? "en-US",
    category,
    event: required("event"),
    responseType: textsOf("responseType").map((value) => oneOf(value, CAP_RESPONSE_TYPES, field("responseType"))),
    urgency: oneOf(required("urgency"), CAP_URGENCIES, field("urgency")),
    severity: oneOf(required("severity"), CAP_SEVERITIES, field("severity")),
    certainty: oneOf(required("certainty"), CAP_CERTAINTIES, field("certainty")),
    onset,
    expires,
    senderName: optional("senderName"),
    headline: optional("headline"),
    description: optional("description"),
    instruction: optional("instruction"),
    areas: childrenNamed(info, CAP_NAMESPACE, "area").map(readCapArea),
  };
}

/** "sender,identifier,sent" triplets separated by whitespace. */
function readReferences(text: string | null, now: Date): CapReference[] {
  if (text === null) return [];
  return text.split(/\s+/).map((reference) => {
    const parts = reference.split(",");
    if (parts.length !== 3 || parts.some((part) => part === "")) {
      fail(`reference "${reference.slice(0, 80)}" is not "sender,identifier,sent"`);
    }
    const [sender, identifier, sent] = parts as [string, string, string];
    return { sender, identifier, sent: checkObservedTime(parseZonedDateTime(sent, "reference sent"), now, "reference sent") };
  });
}

function checkUnrestricted(value: string, field: string): string {
  if (RESTRICTED.test(value)) fail(`${field} "${value.slice(0, 60)}" contains a space, comma, "<" or "&"`);
  return value;
}
