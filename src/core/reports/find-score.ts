import type { Lead, LeadScore } from "../types";

/**
 * A lookup of each lead's score. scoreLeads returns one score per lead in lead order, so the
 * score at the lead's own position is tried first; a map by id is built only if that fails.
 * @example
 * findScore(leads, scores)(leads[0], 0)?.confidence; // => 0.63
 */
export function findScore(
  leads: readonly Lead[],
  scores: readonly LeadScore[],
): (lead: Lead, position: number) => LeadScore | undefined {
  let byId: Map<string, LeadScore> | null = null;
  return (lead, position) => {
    const aligned = scores[position];
    if (aligned !== undefined && aligned.id === lead.id && leads[position] === lead) return aligned;
    byId ??= new Map(scores.map((score) => [score.id, score]));
    return byId.get(lead.id);
  };
}
