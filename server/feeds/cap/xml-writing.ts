/** The little XML writing the CAP encoders need: escaped text in indented elements. */

/** Characters XML 1.0 cannot carry at all, even escaped: they are dropped. */
const NOT_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML_CHARS, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** `<name>text</name>` on its own line, or nothing when there is no value to write. */
export function textElement(indent: string, name: string, value: string | null | undefined): string[] {
  return value == null ? [] : [`${indent}<${name}>${escapeXml(value)}</${name}>`];
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
export const INDENT = "  ";
