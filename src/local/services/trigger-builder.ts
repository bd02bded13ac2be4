import { hasKey } from "./has-key";
import { type EventTypeName, WeekDay, type WeekDayName } from "./script-enums";
import type { ClockSchedule, Trigger } from "./trigger";

/** Creates the trigger a builder describes and records it with the project. */
export type InstallTrigger = (
  handlerFunction: string,
  eventType: EventTypeName,
  schedule: ClockSchedule | null,
  sourceId: string | null,
) => Trigger;

/** Apps Script's TriggerBuilder: picks the kind of trigger for one handler function. */
export class TriggerBuilder {
  constructor(
    private readonly handlerFunction: string,
    private readonly install: InstallTrigger,
  ) {}

  timeBased(): ClockTriggerBuilder {
    return new ClockTriggerBuilder(this.handlerFunction, this.install);
  }

  forSpreadsheet(spreadsheet: unknown): SpreadsheetTriggerBuilder {
    const sourceId = readSpreadsheetId(spreadsheet);
    return new SpreadsheetTriggerBuilder(this.handlerFunction, this.install, sourceId);
  }

  toString(): string {
    return "TriggerBuilder";
  }
}

/** Apps Script's ClockTriggerBuilder. */
export class ClockTriggerBuilder {
  private schedule: ClockSchedule = {};

  constructor(
    private readonly handlerFunction: string,
    private readonly install: InstallTrigger,
  ) {}

  everyMinutes(n: number): ClockTriggerBuilder {
    if (![1, 5, 10, 15, 30].includes(n)) throw new Error("Invalid argument: minutes");
    return this.with({ everyMinutes: n });
  }

  everyHours(n: number): ClockTriggerBuilder {
    return this.with({ everyHours: requireCount(n, "hours") });
  }

  everyDays(n: number): ClockTriggerBuilder {
    return this.with({ everyDays: requireCount(n, "days") });
  }

  everyWeeks(n: number): ClockTriggerBuilder {
    return this.with({ everyWeeks: requireCount(n, "weeks") });
  }

  onWeekDay(day: WeekDayName): ClockTriggerBuilder {
    if (!hasKey(WeekDay, day)) throw new Error("Invalid argument: day");
    return this.with({ weekDay: day });
  }

  atHour(hour: number): ClockTriggerBuilder {
    if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw new Error("Invalid argument: hour");
    return this.with({ atHour: hour });
  }

  nearMinute(minute: number): ClockTriggerBuilder {
    if (!Number.isInteger(minute) || minute < 0 || minute > 59) throw new Error("Invalid argument: minute");
    return this.with({ nearMinute: minute });
  }

  create(): Trigger {
    const { everyMinutes, everyHours, everyDays, everyWeeks } = this.schedule;
    if ([everyMinutes, everyHours, everyDays, everyWeeks].every((every) => every === undefined)) {
      throw new Error(
        "The clock trigger has no recurrence: call everyMinutes, everyHours, everyDays or everyWeeks.",
      );
    }
    return this.install(this.handlerFunction, "CLOCK", this.schedule, null);
  }

  toString(): string {
    return "ClockTriggerBuilder";
  }

  private with(change: ClockSchedule): ClockTriggerBuilder {
    this.schedule = { ...this.schedule, ...change };
    return this;
  }
}

/** Apps Script's SpreadsheetTriggerBuilder. */
export class SpreadsheetTriggerBuilder {
  private eventType: EventTypeName | null = null;

  constructor(
    private readonly handlerFunction: string,
    private readonly install: InstallTrigger,
    private readonly sourceId: string,
  ) {}

  onOpen(): SpreadsheetTriggerBuilder {
    return this.on("ON_OPEN");
  }

  onEdit(): SpreadsheetTriggerBuilder {
    return this.on("ON_EDIT");
  }

  onChange(): SpreadsheetTriggerBuilder {
    return this.on("ON_CHANGE");
  }

  onFormSubmit(): SpreadsheetTriggerBuilder {
    return this.on("ON_FORM_SUBMIT");
  }

  create(): Trigger {
    if (this.eventType === null)
      throw new Error("The spreadsheet trigger has no event: call onOpen, onEdit, ...");
    return this.install(this.handlerFunction, this.eventType, null, this.sourceId);
  }

  toString(): string {
    return "SpreadsheetTriggerBuilder";
  }

  private on(eventType: EventTypeName): SpreadsheetTriggerBuilder {
    this.eventType = eventType;
    return this;
  }
}

function requireCount(n: unknown, name: string): number {
  if (typeof n !== "number" || !Number.isInteger(n) || n < 1) throw new Error(`Invalid argument: ${name}`);
  return n;
}

function readSpreadsheetId(spreadsheet: unknown): string {
  if (typeof spreadsheet === "string" && spreadsheet !== "") return spreadsheet;
  const getId = (spreadsheet as { getId?: unknown } | null)?.getId;
  if (typeof getId === "function") return String(getId.call(spreadsheet));
  throw new Error("Invalid argument: spreadsheet");
}
