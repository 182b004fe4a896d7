import { describe, expect, it } from 'vitest';
import writeExcelFile from 'write-excel-file/node';
import { parseArea, readFlatSheet, SheetError, templateCsv } from '../../client/src/utils/flatSheet.js';

/**
 * Reading a sheet of flats in the browser (issue #9 item 3): the client only reads (CSV through
 * papaparse, .xlsx through read-excel-file) and keeps each row's number in the sheet; the rules
 * are the server's dry run. These run on Node's File and TextDecoder, as the browser's.
 */
const csvFile = (text: string | Uint8Array<ArrayBuffer>, name = 'flats.csv') => new File([text], name);

describe('readFlatSheet', () => {
  it('reads a CSV with a BOM and Chinese headers in any order, keeping sheet row numbers and skipping blank rows', async () => {
    const rows = await readFlatSheet(csvFile('\uFEFF房号,建筑面积（㎡）,楼栋\r\n101,88.50,1栋\r\n\r\n"1-102",九十,1栋\r\n 201 , 120.25㎡ ,"2栋"\r\n'));
    expect(rows).toEqual([
      { line: 2, building: '1栋', number: '101', areaText: '88.50', floorArea: 88.5 },
      { line: 4, building: '1栋', number: '1-102', areaText: '九十', floorArea: null },
      { line: 5, building: '2栋', number: '201', areaText: '120.25㎡', floorArea: 120.25 },
    ]);
  });

  it('reads English headers, and a CSV saved as GB18030 by Excel on Chinese Windows', async () => {
    expect(await readFlatSheet(csvFile('Building,Flat,Floor area\nA,1,50\n'))).toEqual([{ line: 2, building: 'A', number: '1', areaText: '50', floorArea: 50 }]);
    // 楼栋,房号,建筑面积 / 1栋,101,88.5 in GB18030.
    const gb = new Uint8Array([0xc2, 0xa5, 0xb6, 0xb0, 0x2c, 0xb7, 0xbf, 0xba, 0xc5, 0x2c, 0xbd, 0xa8, 0xd6, 0xfe, 0xc3, 0xe6, 0xbb, 0xfd, 0x0a, 0x31, 0xb6, 0xb0, 0x2c, 0x31, 0x30, 0x31, 0x2c, 0x38, 0x38, 0x2e, 0x35, 0x0a]);
    expect(await readFlatSheet(csvFile(gb))).toEqual([{ line: 2, building: '1栋', number: '101', areaText: '88.5', floorArea: 88.5 }]);
  });

  it('reads an .xlsx sheet: numeric flat numbers become text, numeric areas stay numbers', async () => {
    const buffer = await writeExcelFile([['楼栋', '房号', '建筑面积'], ['3栋', 101, 95.25], ['3栋', '1-102', '七十']]).toBuffer();
    const rows = await readFlatSheet(new File([new Uint8Array(buffer)], 'flats.XLSX'));
    expect(rows).toEqual([
      { line: 2, building: '3栋', number: '101', areaText: '95.25', floorArea: 95.25 },
      { line: 3, building: '3栋', number: '1-102', areaText: '七十', floorArea: null },
    ]);
  });

  it('says what is wrong with a sheet it cannot use', async () => {
    const problem = (file: File) => readFlatSheet(file).then(() => null, (e: unknown) => (e instanceof SheetError ? e.problem : e));
    expect(await problem(csvFile('楼栋,面积\n1栋,80\n'))).toEqual({ kind: 'missingColumns', columns: ['number'] });
    expect(await problem(csvFile('楼栋,房号,建筑面积\n\n'))).toEqual({ kind: 'noRows' });
    expect(await problem(csvFile('', 'empty.csv'))).toEqual({ kind: 'noRows' });
    expect(await problem(csvFile('a', 'flats.xls'))).toEqual({ kind: 'unsupported' });
    expect(await problem(new File(['not a zip'], 'broken.xlsx'))).toMatchObject({ kind: 'unreadable' });
    // A quote left open would swallow the rows after it.
    expect(await problem(csvFile('楼栋,房号,建筑面积\n"1栋,101,88\n2栋,201,90\n'))).toMatchObject({ kind: 'unreadable' });
  });

  it('reads back its own template', async () => {
    const rows = await readFlatSheet(csvFile(templateCsv()));
    expect(rows.map((r) => [r.building, r.number, r.floorArea])).toEqual([['1栋', '1-101', 88.5], ['1栋', '1-102', 102.25]]);
  });
});

describe('parseArea', () => {
  it('takes a number as written, with or without a unit, and nothing else', () => {
    expect([parseArea('88'), parseArea('88.50'), parseArea(' 88.5 ㎡'), parseArea('1,088.5'), parseArea('.5'), parseArea('-5')]).toEqual([88, 88.5, 88.5, 1088.5, 0.5, -5]);
    expect([parseArea(''), parseArea('九十'), parseArea('88.5.1'), parseArea('abc'), parseArea('1e3')]).toEqual([null, null, null, null, null]);
  });
});
