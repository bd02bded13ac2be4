import type { ScoreResult } from "../src/sheets/score/score-result";
import { createElement, createFigures } from "./dom";
import { formatMoney, formatPercent } from "./format";
import { renderIssuesAndNotes } from "./render-issues";

/** Score leads: where the columns went, the summary figures, then issues and notes. */
export function renderScore(result: ScoreResult): HTMLElement[] {
  const { summary } = result;
  const where =
    result.written === null ? "Scored (nothing written)" : `Confidence written to tab ${result.written.tab}`;
  return [
    createElement("p", where, "written"),
    createFigures([
      ["Leads", String(summary.leads)],
      ["Open", String(summary.open)],
      ["Weighted pipeline", formatMoney(summary.weightedPipeline)],
      [`Hot (≥ ${formatPercent(summary.hotThreshold)})`, String(summary.hot)],
      ["Stale", String(summary.stale)],
    ]),
    ...renderIssuesAndNotes(result.issues, result.notes),
  ];
}
