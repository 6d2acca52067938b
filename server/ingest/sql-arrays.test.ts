import { describe, expect, it } from "vitest";
import { arrayLiteral } from "./sql-arrays";

describe("arrayLiteral", () => {
  it("quotes text, escaping quotes and backslashes, so NULL, braces and commas stay text", () => {
    expect(arrayLiteral(['a"b', "c\\d", "NULL", "{x,y}", ""])).toBe(String.raw`{"a\"b","c\\d","NULL","{x,y}",""}`);
  });

  it("writes numbers bare, booleans as t and f, dates in ISO and nulls as NULL", () => {
    expect(arrayLiteral([1.5, -2, true, false, new Date(0), null])).toBe('{1.5,-2,t,f,"1970-01-01T00:00:00.000Z",NULL}');
    expect(arrayLiteral([])).toBe("{}");
  });
});
