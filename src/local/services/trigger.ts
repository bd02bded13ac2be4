import type { EventTypeName, WeekDayName } from "./script-enums";

/** When a clock trigger fires, as far as the builder said. */
export interface ClockSchedule {
  readonly everyMinutes?: number;
  readonly everyHours?: number;
  readonly everyDays?: number;
  readonly everyWeeks?: number;
  readonly weekDay?: WeekDayName;
  readonly atHour?: number;
  readonly nearMinute?: number;
}

/** Apps Script's Trigger (installable). */
export class Trigger {
  constructor(
    private readonly uniqueId: string,
    private readonly handlerFunction: string,
    private readonly eventType: EventTypeName,
    readonly schedule: ClockSchedule | null,
    private readonly sourceId: string | null,
  ) {}

  getUniqueId(): string {
    return this.uniqueId;
  }

  getHandlerFunction(): string {
    return this.handlerFunction;
  }

  getEventType(): EventTypeName {
    return this.eventType;
  }

  getTriggerSource(): string {
    return this.eventType === "CLOCK" ? "CLOCK" : "SPREADSHEETS";
  }

  getTriggerSourceId(): string | null {
    return this.sourceId;
  }

  toString(): string {
    return "Trigger";
  }
}
