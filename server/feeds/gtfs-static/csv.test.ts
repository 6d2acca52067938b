import { describe, expect, it } from "vitest";
import { parseCsv } from "./csv";

describe("parseCsv", () => {
  it("reads GTFS as written: BOM, CRLF, trailing empty fields, no final newline", () => {
    const text = "\uFEFFroute_id,agency_id,route_short_name,route_long_name,route_desc,route_type,route_url,route_color,route_text_color\r\n" +
      "80000002311,UON,23,Kangemi,Odeon-Westlands-Kangemi,3,,,";
    const { header, records: lazy } = parseCsv(text);
    const records = [...lazy];
    expect(header[0]).toBe("route_id");
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ line: 2, values: { route_id: "80000002311", route_long_name: "Kangemi", route_color: "" } });
    expect(records[0]!.error).toBeUndefined();
  });

  it("keeps commas, doubled quotes and line breaks inside quoted fields", () => {
    const text = 'id,name,desc\n1,"Kiambu, O.T.C","He said ""stop""\nthen left"\n2,plain,x\n';
    const records = [...parseCsv(text).records];
    expect(records.map((r) => r.values.name)).toEqual(["Kiambu, O.T.C", "plain"]);
    expect(records[0]!.values.desc).toBe('He said "stop"\nthen left');
    expect(records[1]!.line).toBe(4);
  });

  it("skips blank lines (stops.txt has one) but reports broken rows instead of throwing", () => {
    const text = 'a,b\n1,2\r\n\r\n3,4,5\n"open,6\n';
    const records = [...parseCsv(text).records];
    expect(records.map((r) => [r.line, r.error])).toEqual([
      [2, undefined],
      [4, "expected 2 fields, got 3"],
      [5, "unterminated quoted field"],
    ]);
    expect(records[1]!.raw).toBe("3,4,5");
  });

  it("treats a hostile header as an ordinary column", () => {
    const records = [...parseCsv("__proto__,x\npolluted,1\n").records];
    expect(records[0]!.values["__proto__"]).toBe("polluted");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("returns nothing for an empty file", () => {
    const { header, records } = parseCsv("");
    expect({ header, records: [...records] }).toEqual({ header: [], records: [] });
  });
});
