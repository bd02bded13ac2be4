/**
 * The fixed vocabulary of the demo: the pipeline's stages with their configured confidences and
 * the hidden rates outcomes are drawn from, activity types, owners and name pools.
 */

/** An open stage: what the Stages tab says, and how the simulation really behaves there. */
export interface DemoStage {
  readonly name: string;
  /** Configured base confidence (the Stages tab). Deliberately not always the truth. */
  readonly confidence: number;
  /** The hidden probability of moving on from this stage (to the next one, or to won). */
  readonly advanceRate: number;
  /** Relative time spent here; a journey's length is shared out in these proportions. */
  readonly typicalDays: number;
}

/**
 * Configured confidences against true win rates (product of remaining advance rates): Lead 10 %
 * vs 12.3 %, Qualified 20 % vs 16.4 %, Discovery 30 % vs 25.2 %, Demo 45 % vs 36 %, Proposal 60 %
 * vs 60 %, Negotiation 75 % vs 80 %, so the calibration report has something to say.
 */
export const DEMO_OPEN_STAGES: readonly DemoStage[] = [
  { name: "Lead", confidence: 0.1, advanceRate: 0.75, typicalDays: 6 },
  { name: "Qualified", confidence: 0.2, advanceRate: 0.65, typicalDays: 9 },
  { name: "Discovery", confidence: 0.3, advanceRate: 0.7, typicalDays: 12 },
  { name: "Demo", confidence: 0.45, advanceRate: 0.6, typicalDays: 12 },
  { name: "Proposal", confidence: 0.6, advanceRate: 0.75, typicalDays: 16 },
  { name: "Negotiation", confidence: 0.75, advanceRate: 0.8, typicalDays: 18 },
];

export const WON_STAGE = "Closed Won";
export const LOST_STAGE = "Closed Lost";

/** Max Confidence per stage name; other stages leave it blank (cap = next stage's confidence). */
export const DEMO_MAX_CONFIDENCE: Readonly<Record<string, number>> = { Negotiation: 0.9 };

export interface DemoActivityType {
  readonly name: string;
  readonly points: number;
  readonly maxPerStage: number;
}

export const DEMO_ACTIVITY_TYPES: readonly DemoActivityType[] = [
  { name: "Meeting", points: 5, maxPerStage: 15 },
  { name: "Demo", points: 5, maxPerStage: 10 },
  { name: "Call", points: 3, maxPerStage: 12 },
  { name: "Email", points: 1, maxPerStage: 5 },
  { name: "Note", points: 1, maxPerStage: 3 },
];

/** How often each activity type is logged (Meeting, Demo, Call, Email, Note), by eventual outcome. */
export const ACTIVITY_MIX = {
  won: [22, 14, 26, 28, 10],
  lost: [7, 4, 24, 52, 13],
} as const;

export const DEMO_OWNERS: readonly string[] = [
  "Alex Morgan",
  "Priya Shah",
  "Daniel Okafor",
  "Sofia Rossi",
  "Tom Becker",
  "Mei Chen",
];
export const OWNER_WEIGHTS: readonly number[] = [1.3, 1.15, 1, 1, 0.8, 0.75];

export const FIRST_NAMES: readonly string[] = (
  "Anna Ben Carla David Elena Farid Grace Hugo Ines Jonas Kate Liam Maya Noah Olga Pablo Quinn Rosa " +
  "Samir Tara Umar Vera Will Xenia Yusuf Zoe Lena Marco Nadia Oscar"
).split(" ");

export const LAST_NAMES: readonly string[] = (
  "Adams Berg Costa Dubois Evans Fischer Garcia Hansen Ito Jensen Kowalski Larsen Moreau Nakamura " +
  "Olsen Patel Quinn Romero Silva Tanaka Usman Varga Walsh Xu Young Zimmer Novak Haddad Lindqvist Reyes"
).split(" ");

export const COMPANY_PREFIXES: readonly string[] = (
  "Acme Blue Harbor Cedar Delta Evergreen Falcon Granite Horizon Ironwood Juniper Keystone Lumen " +
  "Meridian Northwind Oakridge Pinnacle Quarry Redwood Summit Tidal Union Vertex Willow Zenith Atlas " +
  "Beacon Cobalt Driftwood Ember"
).split(" ");

export const COMPANY_SUFFIXES: readonly string[] = (
  "Logistics|Health|Foods|Analytics|Labs|Manufacturing|Retail|Energy|Capital|Software|Media|" +
  "Construction|Travel|Insurance|Robotics"
).split("|");
