import { generateDemoWorkbook } from "../../../src/local/demo";
import { findTab, readRecords } from "./read-demo-tab";

const OPEN_STAGES = ["Lead", "Qualified", "Discovery", "Demo", "Proposal", "Negotiation"];

describe("generateDemoWorkbook", () => {
  // Few activities: these checks are about outcomes, and 20k leads × 10 would only cost time.
  const workbook = generateDemoWorkbook({ leads: 20_000, seed: 2026, activitiesPerLead: 2 });
  const leads = readRecords(findTab(workbook, "Leads"));

  it("states the true win rates as products of the advance rates", () => {
    // By hand from the advance rates 0.75, 0.65, 0.7, 0.6, 0.75, 0.8 (Lead … Negotiation):
    // Negotiation 0.8; Proposal 0.75·0.8 = 0.6; Demo 0.6·0.6 = 0.36; Discovery 0.7·0.36 = 0.252;
    // Qualified 0.65·0.252 = 0.1638; Lead 0.75·0.1638 = 0.12285.
    const expected = [0.12285, 0.1638, 0.252, 0.36, 0.6, 0.8];
    OPEN_STAGES.forEach((stage, index) => {
      expect(workbook.truth.stageWinRates[stage]).toBeCloseTo(expected[index] as number, 12);
    });
  });

  it("realises the true win rate among closed leads that reached each stage", () => {
    // Reached, per SPEC §3, read from the history alone: a won lead reached every open stage; a
    // lost one reached every open stage up to the furthest one its history shows (back-filled).
    const furthestStage = new Map<string, number>();
    for (const move of readRecords(findTab(workbook, "Stage History"))) {
      const order = OPEN_STAGES.indexOf(move.Stage as string);
      const leadId = move["Lead ID"] as string;
      furthestStage.set(leadId, Math.max(order, furthestStage.get(leadId) ?? -1));
    }
    const closed = OPEN_STAGES.map(() => 0);
    const won = OPEN_STAGES.map(() => 0);
    for (const lead of leads) {
      if (lead.Status === "open") continue;
      const isWon = lead.Status === "won";
      const furthest = isWon ? OPEN_STAGES.length - 1 : (furthestStage.get(lead["Lead ID"] as string) ?? 0);
      for (let stage = 0; stage <= furthest; stage++) {
        closed[stage] = (closed[stage] as number) + 1;
        if (isWon) won[stage] = (won[stage] as number) + 1;
      }
    }
    OPEN_STAGES.forEach((stage, index) => {
      const truth = workbook.truth.stageWinRates[stage] as number;
      const count = closed[index] as number;
      // The binomial standard error of a rate over n leads: SE = sqrt(p(1 − p)/n).
      const standardError = Math.sqrt((truth * (1 - truth)) / count);
      expect(count).toBeGreaterThan(1000);
      expect(Math.abs((won[index] as number) / count - truth)).toBeLessThan(3 * standardError);
    });
  });

  it("keeps a live pipeline: a fair share of leads still open, some in every open stage", () => {
    const open = leads.filter((lead) => lead.Status === "open");
    expect(open.length).toBeGreaterThan(0.1 * leads.length);
    expect(open.length).toBeLessThan(0.5 * leads.length);
    for (const stage of OPEN_STAGES) expect(open.some((lead) => lead.Stage === stage)).toBe(true);
  });

  it("draws values around the configured median, with some deals of 100k and more", () => {
    expectMedianNear(leads, workbook.truth.medianValue);
    const values = leads.map((lead) => lead.Value as number);
    expect(values.every((value) => value > 0 && value % 100 === 0)).toBe(true);
    // With sigma 1, P(value ≥ 100k) = P(z ≥ ln 5) = P(z ≥ 1.61) ≈ 5.4 %.
    const large = values.filter((value) => value >= 100_000).length / values.length;
    expect(large).toBeGreaterThan(0.03);
    expect(large).toBeLessThan(0.08);
    const other = generateDemoWorkbook({ leads: 2000, medianValue: 50_000, activitiesPerLead: 0 });
    expectMedianNear(readRecords(findTab(other, "Leads")), 50_000);
  });
});

describe("generateDemoWorkbook activities", () => {
  const workbook = generateDemoWorkbook({ leads: 3000, seed: 9 });
  const statusById = new Map(
    readRecords(findTab(workbook, "Leads")).map((lead) => [lead["Lead ID"], lead.Status]),
  );
  const activities = readRecords(findTab(workbook, "Activities"));

  it("logs about activitiesPerLead (default 10) activities per lead", () => {
    const perLead = activities.length / statusById.size;
    expect(perLead).toBeGreaterThan(9);
    expect(perLead).toBeLessThan(11);
  });

  it("gives winners more meetings and demos per lead than losers", () => {
    const meetingsAndDemos = { won: 0, lost: 0 };
    for (const activity of activities) {
      const status = statusById.get(activity["Lead ID"]);
      const isMeetingOrDemo = activity.Type === "Meeting" || activity.Type === "Demo";
      if (isMeetingOrDemo && (status === "won" || status === "lost")) meetingsAndDemos[status]++;
    }
    const statuses = [...statusById.values()];
    const wonLeads = statuses.filter((status) => status === "won").length;
    const lostLeads = statuses.filter((status) => status === "lost").length;
    expect(meetingsAndDemos.won / wonLeads).toBeGreaterThan(meetingsAndDemos.lost / lostLeads);
  });

  it("mixes calls, emails, meetings, demos and notes", () => {
    const types = new Set(activities.map((activity) => activity.Type));
    expect([...types].sort()).toEqual(["Call", "Demo", "Email", "Meeting", "Note"]);
  });
});

function expectMedianNear(leads: Record<string, unknown>[], configuredMedian: number): void {
  const values = leads.map((lead) => lead.Value as number).sort((left, right) => left - right);
  const median = values[Math.floor(values.length / 2)] as number;
  expect(Math.abs(median / configuredMedian - 1)).toBeLessThan(0.15);
}
