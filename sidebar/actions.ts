import type { ApiResponse } from "../src/sheets/api/respond";
import type { ReportRun } from "../src/sheets/reports/run-report";
import type { SampleSetupResult } from "../src/sheets/sample/set-up-sample-sheet";
import type { ScoreResult } from "../src/sheets/score/score-result";
import { createElement, findElement } from "./dom";
import { type ReportKind, renderReport } from "./render-report";
import { renderScore } from "./render-score";
import { callServer, describeFailure } from "./server";

/** What a sidebar button does: its title and a server call rendered as result elements. */
interface Action {
  readonly title: string;
  run(): Promise<HTMLElement[]>;
}

/** A server's { ok: false } answer: an expected refusal with a message for the user. */
class Refusal extends Error {}

async function unwrap<T>(response: Promise<ApiResponse<T>>): Promise<T> {
  const answer = await response;
  if (!answer.ok) throw new Refusal(answer.message);
  return answer.result;
}

function reportAction(title: string, kind: ReportKind): Action {
  return {
    title,
    run: async () =>
      renderReport(kind, await unwrap(callServer<ReportRun>("apiRunReport", { kind, write: true }))),
  };
}

async function setUpSampleSheet(): Promise<HTMLElement[]> {
  const result = await unwrap(callServer<SampleSetupResult & { message: string }>("apiSetUpSampleSheet"));
  return [createElement("p", result.message, "written")];
}

/** Every action button of sidebar.html, by its data-action. */
export const ACTIONS: Readonly<Record<string, Action>> = {
  score: {
    title: "Score leads",
    run: async () =>
      renderScore(await unwrap(callServer<ScoreResult>("apiScoreLeads", { write: true, leads: false }))),
  },
  funnel: reportAction("Funnel report", "funnel"),
  forecast: reportAction("Forecast report", "forecast"),
  hot: reportAction("Hot leads", "hot"),
  sample: { title: "Set up sample sheet", run: setUpSampleSheet },
};

function actionButtons(): HTMLButtonElement[] {
  return Array.from(document.querySelectorAll<HTMLButtonElement>("button[data-action]"));
}

/** One call at a time: every action button is disabled and the clicked one says "Working…". */
function setBusy(clicked: HTMLButtonElement | null, title: string): void {
  for (const button of actionButtons()) {
    button.disabled = clicked !== null;
    button.textContent = button === clicked ? "Working…" : (button.dataset.label ?? button.textContent);
  }
  const result = findElement("result", HTMLElement);
  result.setAttribute("aria-busy", String(clicked !== null));
  findElement("status", HTMLElement).textContent = clicked === null ? "" : `Working on ${title}…`;
}

function showResult(title: string, parts: readonly HTMLElement[], failed: boolean): void {
  const card = createElement("div", undefined, failed ? "card error" : "card");
  if (failed) card.setAttribute("role", "alert");
  card.append(createElement("h2", failed ? `${title} failed` : title), ...parts);
  findElement("result", HTMLElement).replaceChildren(card);
}

/** Runs the action of a clicked button: progress state, then the result or the error. */
export async function runAction(button: HTMLButtonElement): Promise<void> {
  const action = ACTIONS[button.dataset.action ?? ""];
  if (action === undefined) throw new Error(`No action "${button.dataset.action}"`);
  setBusy(button, action.title);
  try {
    showResult(action.title, await action.run(), false);
  } catch (error) {
    // A refusal's message is for the user as is; anything else is the call itself breaking.
    const message =
      error instanceof Refusal ? error.message : `The server call failed: ${describeFailure(error)}`;
    showResult(action.title, [createElement("p", message, "message")], true);
  } finally {
    setBusy(null, action.title);
  }
}

/** Remembers each button's label (restored after "Working…") and wires its click. */
export function wireActions(): void {
  for (const button of actionButtons()) {
    button.dataset.label = button.textContent ?? "";
    button.addEventListener("click", () => void runAction(button));
  }
}
