import { AuthMode, EventType, TriggerSource, WeekDay } from "./script-enums";
import { Trigger } from "./trigger";
import { TriggerBuilder } from "./trigger-builder";

/** Apps Script's per-user, per-script limit on installable triggers. */
export const TRIGGER_LIMIT = 20;

/** Apps Script's ScriptApp: the enums plus the project's installable triggers, recorded in memory. */
export class ScriptApp {
  readonly AuthMode = AuthMode;
  readonly TriggerSource = TriggerSource;
  readonly EventType = EventType;
  readonly WeekDay = WeekDay;
  readonly triggers: Trigger[] = [];
  private nextId = 1;

  getProjectTriggers(): Trigger[] {
    return [...this.triggers];
  }

  getUserTriggers(_spreadsheet: unknown): Trigger[] {
    return [...this.triggers];
  }

  newTrigger(functionName: string): TriggerBuilder {
    if (typeof functionName !== "string" || functionName === "")
      throw new Error("Invalid argument: functionName");
    return new TriggerBuilder(functionName, (handler, eventType, schedule, sourceId) => {
      if (this.triggers.length >= TRIGGER_LIMIT) {
        throw new Error(
          "This script has too many triggers. Triggers must be deleted from the script before more can be added.",
        );
      }
      const trigger = new Trigger(String(this.nextId++), handler, eventType, schedule, sourceId);
      this.triggers.push(trigger);
      return trigger;
    });
  }

  deleteTrigger(trigger: Trigger): void {
    if (!(trigger instanceof Trigger)) throw new Error("Invalid argument: trigger");
    const index = this.triggers.findIndex((installed) => installed.getUniqueId() === trigger.getUniqueId());
    if (index >= 0) this.triggers.splice(index, 1);
  }

  getScriptId(): string {
    return "local-script";
  }

  toString(): string {
    return "ScriptApp";
  }
}
