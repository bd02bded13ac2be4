import { HtmlOutput } from "./html-output";
import { Menu, type RecordedMenu } from "./menu";
import {
  Button,
  type ButtonName,
  ButtonSet,
  type ButtonSetName,
  defaultButton,
  isButtonSet,
  PromptResponse,
  type ScriptedResponse,
} from "./ui-enums";

/** A sidebar or dialog as the user saw it. */
export interface ShownHtml {
  readonly kind: "sidebar" | "modal" | "modeless";
  readonly title: string;
  readonly html: string;
  readonly width: number | null;
  readonly height: number | null;
}

/** An alert or prompt as the user saw it, with the answer they gave. */
export interface AskedQuestion {
  readonly kind: "alert" | "prompt";
  readonly title: string;
  readonly prompt: string;
  readonly buttons: ButtonSetName;
  readonly button: ButtonName;
  readonly text: string;
}

/** Apps Script's Ui, recording what the script shows and answering alerts and prompts from a queue. */
export class Ui {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;
  readonly menus: RecordedMenu[] = [];
  readonly shown: ShownHtml[] = [];
  readonly questions: AskedQuestion[] = [];
  private readonly responses: ScriptedResponse[] = [];

  constructor(private readonly addonName: string) {}

  /** Test hook: the next alert or prompt is answered with `response` (default: the set's first button). */
  queueResponse(response: ScriptedResponse): void {
    this.responses.push(response);
  }

  createMenu(caption: string): Menu {
    if (typeof caption !== "string" || caption === "") throw new Error("Invalid argument: caption");
    return new Menu(caption, false, (menu) => this.publish(menu));
  }

  createAddonMenu(): Menu {
    return new Menu(this.addonName, true, (menu) => this.publish(menu));
  }

  alert(...args: unknown[]): ButtonName {
    return this.ask("alert", args).button;
  }

  prompt(...args: unknown[]): PromptResponse {
    const question = this.ask("prompt", args);
    return new PromptResponse(question.button, question.text);
  }

  showSidebar(userInterface: HtmlOutput): void {
    this.show("sidebar", userInterface, requireHtml(userInterface).getTitle());
  }

  showModalDialog(userInterface: HtmlOutput, title: string): void {
    this.show("modal", userInterface, String(title));
  }

  showModelessDialog(userInterface: HtmlOutput, title: string): void {
    this.show("modeless", userInterface, String(title));
  }

  toString(): string {
    return "Ui";
  }

  private publish(menu: RecordedMenu): void {
    const existing = this.menus.findIndex((shown) => shown.caption === menu.caption);
    if (existing >= 0) this.menus.splice(existing, 1, menu);
    else this.menus.push(menu);
  }

  private show(kind: ShownHtml["kind"], userInterface: HtmlOutput, title: string): void {
    const output = requireHtml(userInterface);
    const html = output.getContent();
    this.shown.push({ kind, title, html, width: output.getWidth(), height: output.getHeight() });
  }

  private ask(kind: AskedQuestion["kind"], args: readonly unknown[]): AskedQuestion {
    const [title, prompt, buttons] = readQuestion(args);
    const response = this.responses.shift() ?? { button: defaultButton(buttons) };
    const question = { kind, title, prompt, buttons, button: response.button, text: response.text ?? "" };
    this.questions.push(question);
    return question;
  }
}

/** Creates the Ui of a local runtime; the add-on menu is captioned with the add-on's name. */
export function createUi(addonName = "Pipeline Confidence"): Ui {
  return new Ui(addonName);
}

// alert(prompt) | alert(prompt, buttons) | alert(title, prompt, buttons), and the same for prompt.
function readQuestion(args: readonly unknown[]): [string, string, ButtonSetName] {
  const [first, second, third] = args;
  if (args.length >= 3) return [String(first), String(second), requireButtonSet(third)];
  if (args.length === 2) return ["", String(first), requireButtonSet(second)];
  if (args.length === 1) return ["", String(first), "OK"];
  throw new Error("Invalid argument: prompt");
}

function requireButtonSet(buttons: unknown): ButtonSetName {
  if (!isButtonSet(buttons)) throw new Error("Invalid argument: buttons");
  return buttons;
}

function requireHtml(userInterface: unknown): HtmlOutput {
  if (!(userInterface instanceof HtmlOutput)) throw new Error("Invalid argument: userInterface");
  return userInterface;
}
