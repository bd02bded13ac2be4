import { escapeHtml } from "../services/escape-html";
import type { Sheet } from "../spreadsheet";
import { renderChartSvg } from "./render-chart-svg";

const COLUMN_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/**
 * One tab as a page that looks like Sheets: column letters, row numbers, the display values
 * (numbers right-aligned), bold and fills, column widths, a line under the frozen rows, and its
 * charts beside the grid. Every cell is escaped: sheet text never becomes markup.
 */
export function renderSheetHtml(sheet: Sheet, caption: string, maxRows = 40): string {
  const rows = Math.min(maxRows, Math.max(1, sheet.getLastRow()));
  const columns = Math.min(COLUMN_LETTERS.length, Math.max(1, sheet.getLastColumn()));
  const range = sheet.getRange(1, 1, rows, columns);
  const shown = range.getDisplayValues();
  const values = range.getValues();
  const weights = range.getFontWeights();
  const backgrounds = range.getBackgrounds();
  const frozen = sheet.getFrozenRows();
  const widths = Array.from({ length: columns }, (_, column) => sheet.getColumnWidth(column + 1));
  const head = widths.map((width, column) => `<th style="width:${width}px">${COLUMN_LETTERS[column]}</th>`);
  const body = shown.map((line, row) => {
    const cells = line.map((text, column) => {
      const styles = [
        typeof values[row]?.[column] === "number" ? "text-align:right" : "",
        weights[row]?.[column] === "bold" ? "font-weight:bold" : "",
        backgrounds[row]?.[column] !== "#ffffff" ? `background:${backgrounds[row]?.[column]}` : "",
      ].filter((style) => style !== "");
      return `<td style="${styles.join(";")}">${escapeHtml(text)}</td>`;
    });
    const rule = row + 1 === frozen ? ' class="frozen"' : "";
    return `<tr${rule}><th>${row + 1}</th>${cells.join("")}</tr>`;
  });
  const charts = sheet.getCharts().map(renderChartSvg).join("");
  return `<!doctype html><html><head><meta charset="utf-8"><style>${STYLES}</style></head><body><div class="caption">${escapeHtml(caption)}</div><div class="page"><table><tr><th></th>${head.join("")}</tr>${body.join("")}</table><div class="charts">${charts}</div></div></body></html>`;
}

const STYLES = `body{margin:0;font:13px Arial,sans-serif;background:#fff}
.caption{padding:6px 10px;background:#f1f3f4;color:#202124}
.page{display:flex;gap:16px;align-items:flex-start}
table{border-collapse:collapse;table-layout:fixed}
td,th{border:1px solid #e2e3e3;height:21px;padding:0 4px;white-space:nowrap;overflow:hidden}
th{background:#f8f9fa;color:#5f6368;font-weight:normal;text-align:center;min-width:30px}
tr.frozen td,tr.frozen th{border-bottom:3px solid #c0c0c0}
.charts{display:flex;flex-direction:column;gap:12px;padding-top:24px}`;
