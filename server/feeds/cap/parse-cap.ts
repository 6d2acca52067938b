/**
 * CAP 1.2 adapter entry point: a single alert document, or an Atom / RSS feed of alerts, in; typed
 * alerts, links to alerts the transport should fetch, and rejections out. Never throws on input.
 *
 * Hostile-input defences, in order: size limit (before decoding), UTF-8 check, refusal of any
 * DTD or entity declaration, a parser with entity processing off, and a nesting depth limit.
 */
import type { CapAlert, CapAlertLink, CapParseOptions, CapParseResult } from "./cap-types";
import { isCapAlertElement, readCapAlert } from "./read-cap-alert";
import { findFeedEntries, readFeedEntry } from "./read-cap-feed";
import { findForbiddenDeclaration } from "./xml-guard";
import { excerptOfElement, parseXmlTree, type XmlElement } from "./xml-tree";
import { excerptOf, type Rejection } from "../parse-result";
import { readTextInput, type TextInput } from "../text-input";
import { readEach, rejectionFor } from "../validate";

export const CAP_DEFAULT_MAX_BYTES = 1024 * 1024;
export const CAP_DEFAULT_MAX_DEPTH = 32;

export function parseCap(input: TextInput, options: CapParseOptions): CapParseResult {
  const { now, maxBytes = CAP_DEFAULT_MAX_BYTES, maxDepth = CAP_DEFAULT_MAX_DEPTH } = options;
  const text = readTextInput(input, maxBytes);
  if (!text.ok) return rejectCapDocument(text.rejection);
  const forbidden = findForbiddenDeclaration(text.value);
  if (forbidden) return rejectCapDocument({ reason: forbidden, excerpt: excerptOf(text.value) });
  let root: XmlElement;
  try {
    root = parseXmlTree(text.value, maxDepth);
    if (isCapAlertElement(root)) return { records: [readCapAlert(root, now)], rejections: [], links: [] };
  } catch (error) {
    return rejectCapDocument(rejectionFor(error, text.value));
  }
  const entries = findFeedEntries(root);
  if (!entries) {
    const reason = `root <${root.name}> is not a CAP 1.2 alert, an Atom feed or an RSS feed`;
    return rejectCapDocument({ reason, excerpt: excerptOf(text.value) });
  }
  return readEntries(entries, now);
}

function readEntries(entries: XmlElement[], now: Date): CapParseResult {
  const links: CapAlertLink[] = [];
  const { records, rejections } = readEach(
    entries,
    (entry, index): CapAlert | undefined => {
      const read = readFeedEntry(entry);
      if (read.alert) return readCapAlert(read.alert, now);
      links.push({ ...read.link, index });
      return undefined;
    },
    excerptOfElement,
  );
  return { records, rejections, links };
}

function rejectCapDocument(rejection: Rejection): CapParseResult {
  return { records: [], rejections: [rejection], links: [] };
}
