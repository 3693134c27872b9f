// Writes an XLSX workbook: the few XML files a spreadsheet needs, zipped synchronously with
// fflate's zipSync. write-excel-file zips entries of 160 KB or more in helper workers made from
// blob: URLs, which the page's policy (`worker-src 'self'`) blocks, silently; its shared-strings
// table was a plain object, so a cell reading "constructor" was written as a broken index. Here
// every string is written in its cell (an inline string), escaped for XML, and characters XML
// 1.0 cannot carry are written as Excel's `_xHHHH_` escapes, which readers turn back.
import { strToU8, zipSync } from 'fflate';

/** A cell: empty, a number, a flag, text, or text in bold (a header). */
export type XlsxCell = string | number | boolean | null | { readonly bold: string };

export interface XlsxSheet {
  readonly name: string;
  readonly rows: readonly (readonly XlsxCell[])[];
  /** The first row stays in view while scrolling. */
  readonly stickyHeader?: boolean;
  /** Column widths in characters, from the first column. */
  readonly widths?: readonly number[];
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

const hex4 = (code: number) => `_x${code.toString(16).toUpperCase().padStart(4, '0')}_`;

/**
 * Text for an XLSX string: `_xHHHH_` already in the text is kept by escaping its underscore,
 * characters XML 1.0 cannot hold (controls, CR, lone surrogates, U+FFFE/U+FFFF) are escaped, and
 * the XML specials are written as entities.
 */
export function xlsxText(text: string): string {
  return (
    text
      .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000D\u000E-\u001F\uFFFE\uFFFF]/g, (c) =>
        hex4(c.charCodeAt(0)),
      )
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, (c) =>
        hex4(c.charCodeAt(0)),
      )
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
  );
}

/** "A", "B", … "Z", "AA": the letters of a 0-based column. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

function cellXml(cell: XlsxCell, ref: string): string {
  if (cell === null) return '';
  if (typeof cell === 'number') {
    return Number.isFinite(cell) ? `<c r="${ref}"><v>${String(cell)}</v></c>` : '';
  }
  if (typeof cell === 'boolean') return `<c r="${ref}" t="b"><v>${cell ? 1 : 0}</v></c>`;
  const bold = typeof cell === 'object';
  const text = bold ? cell.bold : cell;
  return `<c r="${ref}"${bold ? ' s="1"' : ''} t="inlineStr"><is><t xml:space="preserve">${xlsxText(text)}</t></is></c>`;
}

function sheetXml(sheet: XlsxSheet): string {
  const parts: string[] = [XML_HEAD, `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`];
  if (sheet.stickyHeader === true) {
    parts.push(
      '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>',
    );
  }
  if (sheet.widths !== undefined && sheet.widths.length > 0) {
    const cols = sheet.widths.map(
      (w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`,
    );
    parts.push(`<cols>${cols.join('')}</cols>`);
  }
  parts.push('<sheetData>');
  sheet.rows.forEach((row, r) => {
    const cells = row.map((cell, c) => cellXml(cell, `${columnLetters(c)}${r + 1}`)).join('');
    parts.push(`<row r="${r + 1}">${cells}</row>`);
  });
  parts.push('</sheetData></worksheet>');
  return parts.join('');
}

const STYLES = `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** The workbook's files, by path. Sheet names are cut to Excel's 31 characters. */
export function workbookFiles(sheets: readonly XlsxSheet[]): Record<string, string> {
  const files: Record<string, string> = {};
  const overrides = sheets.map(
    (_, i) =>
      `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
  );
  files['[Content_Types].xml'] =
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${overrides.join('')}</Types>`;
  files['_rels/.rels'] =
    `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const sheetRefs = sheets.map(
    (s, i) =>
      `<sheet name="${xlsxText(s.name.slice(0, 31))}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`,
  );
  files['xl/workbook.xml'] =
    `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets>${sheetRefs.join('')}</sheets></workbook>`;
  const rels = sheets.map(
    (_, i) =>
      `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  );
  rels.push(
    `<Relationship Id="rId${sheets.length + 1}" Type="${REL_NS}/styles" Target="styles.xml"/>`,
  );
  files['xl/_rels/workbook.xml.rels'] =
    `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">${rels.join('')}</Relationships>`;
  files['xl/styles.xml'] = STYLES;
  sheets.forEach((s, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = sheetXml(s);
  });
  return files;
}

/** The workbook as the bytes of an .xlsx file. */
export function xlsxBytes(sheets: readonly XlsxSheet[]): Uint8Array {
  const files = workbookFiles(sheets);
  return zipSync(
    Object.fromEntries(Object.entries(files).map(([path, text]) => [path, strToU8(text)])),
    { level: 6 },
  );
}
