/** Test support: the contract every adapter result keeps, whatever the input. */
import { expect } from "vitest";
import { EXCERPT_MAX_CHARS, type ParseResult } from "./parse-result";

export function expectWellFormedResult(result: ParseResult<unknown>): void {
  expect(Array.isArray(result.records)).toBe(true);
  expect(Array.isArray(result.rejections)).toBe(true);
  for (const rejection of result.rejections) {
    expect(typeof rejection.reason).toBe("string");
    expect(rejection.reason.length).toBeGreaterThan(0);
    expect(typeof rejection.excerpt).toBe("string");
    expect(rejection.excerpt.length).toBeLessThanOrEqual(EXCERPT_MAX_CHARS);
  }
}

/** Applies random single-byte edits, deletions and insertions: "almost valid" inputs. */
export function mutateBytes(bytes: Uint8Array, edits: readonly { at: number; kind: number; byte: number }[]): Uint8Array {
  let out = Array.from(bytes);
  for (const edit of edits) {
    const at = out.length === 0 ? 0 : edit.at % out.length;
    if (edit.kind === 0) out[at] = edit.byte;
    else if (edit.kind === 1) out.splice(at, 1);
    else out = [...out.slice(0, at), edit.byte, ...out.slice(at)];
  }
  return Uint8Array.from(out);
}
