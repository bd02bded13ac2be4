import { createDayReader } from "../../src/sheets/dates/create-day-reader";
import { createZoneOffset } from "../../src/sheets/dates/create-zone-offset";

/** The Date reader of a UTC spreadsheet, for parser tests (jest runs with TZ=UTC). */
export const readUtcDay = createDayReader(createZoneOffset("UTC"));
