import { escapeHtml } from "../services/escape-html";
import type { EmbeddedChart } from "../spreadsheet/embedded-chart";

const WIDTH = 420;
const ROW_HEIGHT = 22;
const LABEL_WIDTH = 130;

/**
 * A recorded bar or column chart drawn as a plain SVG: its first range gives the labels, its
 * second the values (how the reports build theirs). Only for looking at: Sheets draws the real one.
 */
export function renderChartSvg(chart: EmbeddedChart): string {
  const [labelRange, valueRange] = chart.getRanges();
  if (labelRange === undefined || valueRange === undefined) return "";
  const labels = labelRange.getDisplayValues().map((row) => row[0] ?? "");
  const values = valueRange.getValues().map((row) => (typeof row[0] === "number" ? row[0] : 0));
  const shown = valueRange.getDisplayValues().map((row) => row[0] ?? "");
  const title = escapeHtml(String(chart.getOptions().get("title") ?? ""));
  const series: ChartSeries = { title, labels, values, shown, largest: Math.max(1, ...values) };
  return chart.getType() === "BAR" ? drawBars(series) : drawColumns(series);
}

/** What a chart shows: its (escaped) title, and per point a label, a value and how it reads. */
interface ChartSeries {
  readonly title: string;
  readonly labels: readonly string[];
  readonly values: readonly number[];
  readonly shown: readonly string[];
  readonly largest: number;
}

function drawBars(series: ChartSeries): string {
  const { title, labels, values, shown, largest } = series;
  const height = 40 + labels.length * ROW_HEIGHT;
  const room = WIDTH - LABEL_WIDTH - 70;
  const bars = labels.map((label, index) => {
    const y = 30 + index * ROW_HEIGHT;
    const length = Math.max(1, ((values[index] ?? 0) / largest) * room);
    return `<text x="${LABEL_WIDTH - 6}" y="${y + 14}" text-anchor="end">${escapeHtml(label)}</text><rect x="${LABEL_WIDTH}" y="${y + 3}" width="${length.toFixed(1)}" height="${ROW_HEIGHT - 6}" fill="#4285f4"/><text x="${LABEL_WIDTH + length + 4}" y="${y + 14}">${escapeHtml(shown[index] ?? "")}</text>`;
  });
  return frame(title, height, bars.join(""));
}

function drawColumns(series: ChartSeries): string {
  const { title, labels, values, shown, largest } = series;
  const height = 260;
  const plot = height - 80;
  const slot = (WIDTH - 20) / Math.max(1, labels.length);
  // Past a handful of columns their figures would overlap: values go, every other label stays.
  const crowded = labels.length > 8;
  const columns = labels.map((label, index) => {
    const x = 10 + index * slot;
    const middle = (x + slot / 2).toFixed(1);
    const length = Math.max(1, ((values[index] ?? 0) / largest) * plot);
    const top = 30 + plot - length;
    const figure = crowded
      ? ""
      : `<text x="${middle}" y="${(top - 4).toFixed(1)}" text-anchor="middle" font-size="10">${escapeHtml(shown[index] ?? "")}</text>`;
    const caption =
      crowded && index % 2 === 1
        ? ""
        : `<text x="${middle}" y="${height - 30}" text-anchor="middle">${escapeHtml(label)}</text>`;
    return `<rect x="${(x + slot * 0.15).toFixed(1)}" y="${top.toFixed(1)}" width="${(slot * 0.7).toFixed(1)}" height="${length.toFixed(1)}" fill="#4285f4"/>${figure}${caption}`;
  });
  return frame(title, height, columns.join(""));
}

function frame(title: string, height: number, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" font-family="Arial" font-size="12"><rect width="100%" height="100%" fill="#fff" stroke="#dadce0"/><text x="10" y="18" font-weight="bold">${title}</text>${body}</svg>`;
}
