/**
 * RFC 4180 CSV as GTFS writes it: optional UTF-8 BOM, CRLF or LF, quoted fields that may hold
 * commas, doubled quotes and line breaks. Never throws: a broken row carries its `error`.
 */

export interface CsvRecord {
  /** 1-based line where the record starts, for rejection messages. */
  line: number;
  values: Record<string, string>;
  /** The record as written, without its line break: the excerpt kept with a rejection. */
  raw: string;
  error?: string;
}

export interface CsvTable {
  header: string[];
  /** Read as they are iterated, once: a large file is never held as records all at once. */
  records: Iterable<CsvRecord>;
}

interface RawRow {
  line: number;
  fields: string[];
  raw: string;
  error?: string;
}

function* rawRows(text: string): Generator<RawRow> {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  while (i < text.length) {
    const start = line;
    const startIndex = i;
    let endIndex = i;
    const fields: string[] = [];
    let field = "";
    let error: string | undefined;
    let endOfRow = false;
    while (!endOfRow) {
      if (text[i] === '"') {
        // Quoted field: runs to the next lone quote, across commas and line breaks.
        i++;
        for (;;) {
          if (i >= text.length) {
            error = "unterminated quoted field";
            break;
          }
          const ch = text[i]!;
          if (ch === '"') {
            if (text[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (ch === "\n") line++;
          field += ch;
          i++;
        }
        // Text between the closing quote and the separator is malformed; keep it rather than lose it.
        while (i < text.length && text[i] !== "," && text[i] !== "\n" && text[i] !== "\r") {
          error ??= "text after closing quote";
          field += text[i];
          i++;
        }
      } else {
        const from = i;
        while (i < text.length && text[i] !== "," && text[i] !== "\n" && text[i] !== "\r") i++;
        field = text.slice(from, i);
      }
      fields.push(field);
      field = "";
      if (text[i] === ",") {
        i++;
        continue;
      }
      endOfRow = true;
      endIndex = i;
      if (text[i] === "\r") i++;
      if (text[i] === "\n") i++;
      line++;
    }
    const blank = fields.length === 1 && fields[0] === "" && !error;
    if (!blank) yield { line: start, fields, raw: text.slice(startIndex, endIndex), error };
  }
}

/** Parses a CSV file with a header row into records keyed by (trimmed) column name. */
export function parseCsv(text: string): CsvTable {
  const rows = rawRows(text);
  const first = rows.next();
  if (first.done) return { header: [], records: [] };
  const header = first.value.fields.map((name) => name.trim());
  return { header, records: recordsOf(header, rows) };
}

function* recordsOf(header: string[], rows: Iterable<RawRow>): Generator<CsvRecord> {
  for (const row of rows) {
    // No prototype: a hostile header such as "__proto__" stays an ordinary column.
    const values: Record<string, string> = Object.create(null);
    header.forEach((name, index) => {
      values[name] = row.fields[index] ?? "";
    });
    const error =
      row.error ?? (row.fields.length > header.length ? `expected ${header.length} fields, got ${row.fields.length}` : undefined);
    yield error ? { line: row.line, values, raw: row.raw, error } : { line: row.line, values, raw: row.raw };
  }
}
