import Papa from 'papaparse';

/**
 * Reading a sheet of flats (楼栋、房号、建筑面积) in the browser: CSV through papaparse, .xlsx
 * through read-excel-file. Only reading happens here: each value is taken as text or a number,
 * and the rules (lengths, the area's range and decimals, a flat given twice) are the server's,
 * asked through a dry run of `importUnits`.
 */
export interface SheetRow {
  /** The row's number in the spreadsheet (the header is row 1), as the person sees it there. */
  line: number;
  building: string;
  number: string;
  /** The area as written, kept to show and to edit. */
  areaText: string;
  /** The area as a number, or null when the text is not one. */
  floorArea: number | null;
}

export type SheetProblem =
  | { kind: 'unsupported' }
  | { kind: 'unreadable'; reason: string }
  | { kind: 'noRows' }
  | { kind: 'missingColumns'; columns: Column[] };

export type Column = 'building' | 'number' | 'floorArea';

export class SheetError extends Error {
  constructor(readonly problem: SheetProblem) {
    super(problem.kind);
  }
}

/** The header a template has, and the names a header cell may use for each column. */
export const TEMPLATE_HEADER = ['楼栋', '房号', '建筑面积'];
const HEADER_WORDS: Record<Column, string[]> = {
  floorArea: ['面积', 'area'],
  number: ['房号', '房屋', '门牌', 'number', 'flat', 'unit'],
  building: ['楼栋', '楼号', '楼', 'building'],
};

type Cell = string | number | boolean | Date | null | undefined;

function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

/** Which column holds what, from the header row; a missing column is a problem. */
function columnsOf(header: Cell[]): Record<Column, number> {
  const found: Partial<Record<Column, number>> = {};
  header.forEach((cell, index) => {
    const text = cellText(cell).toLowerCase();
    if (!text) return;
    // The area first: 建筑面积 names no building.
    for (const column of ['floorArea', 'number', 'building'] as Column[]) {
      if (found[column] === undefined && HEADER_WORDS[column].some((word) => text.includes(word))) {
        found[column] = index;
        return;
      }
    }
  });
  const missing = (['building', 'number', 'floorArea'] as Column[]).filter((column) => found[column] === undefined);
  if (missing.length) throw new SheetError({ kind: 'missingColumns', columns: missing });
  return found as Record<Column, number>;
}

/** An area as written (88.5, "88.50", "88.5㎡") as a number, or null. */
export function parseArea(text: string): number | null {
  const cleaned = text.replace(/[㎡\s,]|m2|m²/gi, '');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(cleaned)) return null;
  return Number(cleaned);
}

function toRows(table: Cell[][]): SheetRow[] {
  const headerIndex = table.findIndex((row) => row.some((cell) => cellText(cell) !== ''));
  if (headerIndex < 0) throw new SheetError({ kind: 'noRows' });
  const columns = columnsOf(table[headerIndex]!);
  const rows: SheetRow[] = [];
  table.forEach((row, index) => {
    if (index <= headerIndex || row.every((cell) => cellText(cell) === '')) return;
    const area = row[columns.floorArea];
    const areaText = cellText(area);
    rows.push({
      line: index + 1,
      building: cellText(row[columns.building]),
      number: cellText(row[columns.number]),
      areaText,
      floorArea: typeof area === 'number' ? area : parseArea(areaText),
    });
  });
  if (rows.length === 0) throw new SheetError({ kind: 'noRows' });
  return rows;
}

/** UTF-8 (with or without BOM); a CSV saved by Excel in Chinese Windows is GB18030. */
function decode(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** The flats of a CSV or .xlsx file, or a SheetError saying why not. */
export async function readFlatSheet(file: File): Promise<SheetRow[]> {
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv')) {
    // Blank lines are kept (and skipped by toRows): row numbers stay those of the sheet.
    const parsed = Papa.parse<string[]>(decode(await file.arrayBuffer()), { skipEmptyLines: false });
    if (parsed.data.length === 0) throw new SheetError({ kind: 'noRows' });
    // A quote left open swallows the rows after it: better said than half read.
    const broken = parsed.errors.find((e) => e.type === 'Quotes');
    if (broken) throw new SheetError({ kind: 'unreadable', reason: `${broken.message} (${broken.row !== undefined ? broken.row + 1 : '?'})` });
    return toRows(parsed.data);
  }
  if (name.endsWith('.xlsx')) {
    // The build without Web Workers: a sheet of a few thousand rows reads in the page at once.
    const { readSheet } = await import('read-excel-file/web-worker');
    let table: Cell[][];
    try {
      table = (await readSheet(file)) as Cell[][];
    } catch (error) {
      throw new SheetError({ kind: 'unreadable', reason: error instanceof Error ? error.message : String(error) });
    }
    return toRows(table);
  }
  throw new SheetError({ kind: 'unsupported' });
}

/** A CSV template with the header and two example flats, UTF-8 with a BOM so Excel reads it. */
export function templateCsv(): string {
  return `\uFEFF${Papa.unparse([TEMPLATE_HEADER, ['1栋', '1-101', '88.50'], ['1栋', '1-102', '102.25']])}\r\n`;
}
