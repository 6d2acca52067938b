/** Turns a transport's payload (text or raw bytes) into text, refusing oversize and non-UTF-8 input first. */
import { rejectedOutcome, type Outcome } from "./parse-result";

export type TextInput = string | Uint8Array;

const utf8 = new TextDecoder("utf-8", { fatal: true });

export function readTextInput(input: TextInput, maxBytes: number): Outcome<string> {
  const size = typeof input === "string" ? Buffer.byteLength(input, "utf8") : input.byteLength;
  if (size > maxBytes) {
    return rejectedOutcome(`document is ${size} bytes, over the ${maxBytes}-byte limit`, input);
  }
  if (typeof input === "string") return { ok: true, value: input.replace(/^\uFEFF/, "") };
  try {
    return { ok: true, value: utf8.decode(input) };
  } catch {
    return rejectedOutcome("document is not valid UTF-8", input);
  }
}
