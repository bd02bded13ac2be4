import { CacheService } from "../services/cache-service";
import type { Clock } from "../services/clock";
import { HtmlService } from "../services/html-service";
import { type LockHolder, LockTable } from "../services/lock";
import { LockService } from "../services/lock-service";
import type { LogEntry } from "../services/log-entry";
import { Logger } from "../services/logger";
import { createPropertyStores, PropertiesService, type PropertyStores } from "../services/properties-service";
import { ScriptApp } from "../services/script-app";
import { ScriptConsole } from "../services/script-console";
import { Session, type SessionSettings } from "../services/session";
import { createUi, type Ui } from "../services/ui";
import { Utilities } from "../services/utilities";

/** What the non-spreadsheet services are built from. */
export interface ServiceSettings extends SessionSettings {
  readonly clock: Clock;
  readonly htmlFiles: Readonly<Record<string, string>>;
  readonly documentProperties: Readonly<Record<string, string>>;
  readonly addonName: string;
  readonly execution: () => LockHolder;
}

/** The host objects behind every Apps Script global except SpreadsheetApp and Charts. */
export interface Services {
  readonly ui: Ui;
  readonly stores: PropertyStores;
  readonly locks: LockTable;
  readonly logs: LogEntry[];
  readonly logger: Logger;
  readonly scriptApp: ScriptApp;
  readonly session: Session;
  /** Global name → host object, in the order Apps Script lists its services. */
  readonly globals: Readonly<Record<string, object>>;
}

/** Builds the services of one runtime; they share its clock, lock table and log. */
export function createServices(settings: ServiceSettings): Services {
  const logs: LogEntry[] = [];
  const record = (entry: LogEntry) => {
    logs.push(entry);
  };
  const stores = createPropertyStores(settings.documentProperties);
  const locks = new LockTable();
  const logger = new Logger(record);
  const scriptApp = new ScriptApp();
  const session = new Session(settings);
  return {
    ui: createUi(settings.addonName),
    stores,
    locks,
    logs,
    logger,
    scriptApp,
    session,
    globals: {
      HtmlService: new HtmlService(settings.htmlFiles),
      PropertiesService: new PropertiesService(stores),
      CacheService: new CacheService(settings.clock),
      LockService: new LockService(locks, settings.execution),
      Session: session,
      Utilities: new Utilities(settings.clock),
      ScriptApp: scriptApp,
      Logger: logger,
      console: new ScriptConsole(record),
    },
  };
}
