/** One tab of the sample sheet: its header, rows, number formats per column and dropdowns. */
export interface SampleTab {
  readonly name: "Stages" | "Activity Types" | "Leads" | "Activities" | "Stage History";
  readonly header: readonly string[];
  readonly rows: readonly (readonly (string | number | boolean | Date)[])[];
  readonly formats: readonly (string | null)[];
}

const STAGES: readonly [string, number, string, number][] = [
  ["Lead", 0.1, "Open", 1],
  ["Qualified", 0.2, "Open", 2],
  ["Demo", 0.4, "Open", 3],
  ["Proposal", 0.6, "Open", 4],
  ["Negotiation", 0.8, "Open", 5],
  ["Closed Won", 1, "Won", 6],
  ["Closed Lost", 0, "Lost", 7],
];

/** Stage names, for the Stage dropdown of the Leads tab. */
export const SAMPLE_STAGE_NAMES: readonly string[] = STAGES.map(([name]) => name);
export const SAMPLE_ACTIVITY_TYPES: readonly string[] = ["Meeting", "Demo", "Call", "Email", "Note"];
export const SAMPLE_STATUSES: readonly string[] = ["Open", "Won", "Lost"];

// [id, name, company, owner, value, status, stage, created days ago, expected close in days, closed days ago]
const LEADS: readonly [
  string,
  string,
  string,
  string,
  number,
  string,
  string,
  number,
  number | null,
  number | null,
][] = [
  ["L-001", "Website redesign", "Acme Corp", "Dana", 24000, "Open", "Proposal", 60, 20, null],
  ["L-002", "CRM rollout", "Globex", "Sam", 56000, "Open", "Negotiation", 90, 10, null],
  ["L-003", "Support contract", "Initech", "Dana", 8000, "Open", "Qualified", 20, 60, null],
  ["L-004", "Data migration", "Umbrella", "Lee", 31000, "Open", "Demo", 35, 45, null],
  ["L-005", "Analytics add-on", "Hooli", "Sam", 12000, "Won", "Closed Won", 120, null, 15],
  ["L-006", "Training package", "Stark Ltd", "Lee", 6000, "Lost", "Closed Lost", 100, null, 30],
  ["L-007", "Cloud backup", "Wayne Ent", "Dana", 18000, "Open", "Lead", 5, 90, null],
];

// [lead, type, days ago (negative = planned), completed]
const ACTIVITIES: readonly [string, string, number, boolean][] = [
  ["L-001", "Meeting", 12, true],
  ["L-001", "Call", 8, true],
  ["L-001", "Email", 3, true],
  ["L-002", "Meeting", 20, true],
  ["L-002", "Demo", 15, true],
  ["L-002", "Call", 2, true],
  ["L-003", "Email", 10, true],
  ["L-004", "Demo", 6, true],
  ["L-004", "Meeting", -3, false],
  ["L-005", "Meeting", 40, true],
  ["L-006", "Email", 70, true],
];

// [lead, stage, days ago, from stage]
const HISTORY: readonly [string, string, number, string][] = [
  ["L-001", "Qualified", 50, "Lead"],
  ["L-001", "Proposal", 14, "Qualified"],
  ["L-002", "Demo", 60, "Qualified"],
  ["L-002", "Negotiation", 25, "Demo"],
  ["L-004", "Demo", 10, "Qualified"],
  ["L-005", "Closed Won", 15, "Negotiation"],
  ["L-006", "Closed Lost", 30, "Demo"],
];

/**
 * The sample tabs, with dates counted back from today so the sample never looks stale;
 * `daysAgo` gives the date cell (a midnight in the spreadsheet's zone) that many days back.
 */
export function buildSampleTabs(daysAgo: (days: number) => Date): SampleTab[] {
  const orNull = (days: number | null, sign: number) => (days === null ? "" : daysAgo(sign * days));
  return [
    {
      name: "Stages",
      header: ["Stage", "Confidence", "Type", "Order"],
      rows: STAGES,
      formats: [null, "0%", null, "0"],
    },
    {
      name: "Activity Types",
      header: ["Type", "Points", "Max Per Stage"],
      rows: [
        ["Meeting", 5, 15],
        ["Demo", 5, 10],
        ["Call", 3, 9],
        ["Email", 1, 5],
        ["Note", 1, 3],
      ],
      formats: [null, "0", "0"],
    },
    {
      name: "Leads",
      header: [
        "Lead ID",
        "Name",
        "Company",
        "Owner",
        "Value",
        "Status",
        "Stage",
        "Created",
        "Expected Close",
        "Closed",
      ],
      rows: LEADS.map(([id, name, company, owner, value, status, stage, created, expected, closed]) => [
        id,
        name,
        company,
        owner,
        value,
        status,
        stage,
        daysAgo(created),
        orNull(expected, -1),
        orNull(closed, 1),
      ]),
      formats: [null, null, null, null, "#,##0", null, null, "yyyy-mm-dd", "yyyy-mm-dd", "yyyy-mm-dd"],
    },
    {
      name: "Activities",
      header: ["Lead ID", "Type", "Date", "Completed"],
      rows: ACTIVITIES.map(([lead, type, days, done]) => [lead, type, daysAgo(days), done]),
      formats: [null, null, "yyyy-mm-dd", null],
    },
    {
      name: "Stage History",
      header: ["Lead ID", "Stage", "Date", "From Stage"],
      rows: HISTORY.map(([lead, stage, days, from]) => [lead, stage, daysAgo(days), from]),
      formats: [null, null, "yyyy-mm-dd", null],
    },
  ];
}
