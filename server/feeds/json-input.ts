/** JSON documents (Open311, SenML): size-checked, parsed without throwing. */
import { rejectedOutcome, type Outcome } from "./parse-result";
import { readTextInput, type TextInput } from "./text-input";

export type JsonObject = { [key: string]: unknown };

export function readJsonInput(input: TextInput, maxBytes: number): Outcome<unknown> {
  const text = readTextInput(input, maxBytes);
  if (!text.ok) return text;
  try {
    return { ok: true, value: JSON.parse(text.value) as unknown };
  } catch (error) {
    return rejectedOutcome(`not JSON: ${(error as Error).message}`.slice(0, 200), text.value);
  }
}

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
