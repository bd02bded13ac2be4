import { hasKey } from "./has-key";
/** Ui.ButtonSet: the buttons an alert or prompt offers. */
export const ButtonSet = {
  OK: "OK",
  OK_CANCEL: "OK_CANCEL",
  YES_NO: "YES_NO",
  YES_NO_CANCEL: "YES_NO_CANCEL",
} as const;
export type ButtonSetName = keyof typeof ButtonSet;

/** Ui.Button: the button the user pressed (CLOSE when the dialog was dismissed). */
export const Button = { CLOSE: "CLOSE", OK: "OK", CANCEL: "CANCEL", YES: "YES", NO: "NO" } as const;
export type ButtonName = keyof typeof Button;

/** The answer a scripted user gives an alert or a prompt. */
export interface ScriptedResponse {
  readonly button: ButtonName;
  readonly text?: string;
}

/** The button a user who just clicks the default answer presses: the first of the set. */
export function defaultButton(buttons: ButtonSetName): ButtonName {
  return buttons === "OK" || buttons === "OK_CANCEL" ? "OK" : "YES";
}

/** Whether `name` is one of Ui.ButtonSet's values. */
export function isButtonSet(name: unknown): name is ButtonSetName {
  return hasKey(ButtonSet, name);
}

/** Ui.prompt's answer. */
export class PromptResponse {
  constructor(
    private readonly button: ButtonName,
    private readonly text: string,
  ) {}

  getSelectedButton(): ButtonName {
    return this.button;
  }

  getResponseText(): string {
    return this.text;
  }

  toString(): string {
    return "PromptResponse";
  }
}
