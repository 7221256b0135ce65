import { listItems } from '../frameworks/structure.ts';
import type { Framework, LocalizedText } from '../frameworks/types.ts';
import type { TeamRole } from './workflow.ts';

/** How many unanswered items are named one by one; the rest are only counted. */
export const UNANSWERED_SHOWN = 10;

export interface UnansweredItem {
  itemId: string;
  code: string;
  text: LocalizedText;
}

/**
 * What a team should know before submitting for review. Neither blocks the step: the workflow's
 * own rule (at least one answer) does that. `unanswered` names the first items in framework order
 * that nobody answered ("not applicable" and "insufficient evidence" are answers);
 * `unansweredCount` counts all of them.
 */
export interface SubmitReadiness {
  unansweredCount: number;
  unanswered: UnansweredItem[];
  /**
   * Whether someone can do the peer review: a team member with the reviewer role who scored
   * nothing (the same rule as `reviewRefusal`).
   */
  hasReviewer: boolean;
}

export function submitReadiness(input: {
  framework: Framework;
  team: ReadonlyArray<{ userId: string; teamRole: TeamRole }>;
  answers: ReadonlyArray<{ itemId: string; assessorId: string }>;
  shown?: number;
}): SubmitReadiness {
  const answeredItems = new Set(input.answers.map((answer) => answer.itemId));
  const scorers = new Set(input.answers.map((answer) => answer.assessorId));
  const unanswered = listItems(input.framework)
    .map(({ item }) => item)
    .filter((item) => !answeredItems.has(item.id));
  return {
    unansweredCount: unanswered.length,
    unanswered: unanswered
      .slice(0, input.shown ?? UNANSWERED_SHOWN)
      .map((item) => ({ itemId: item.id, code: item.code, text: item.text })),
    hasReviewer: input.team.some((member) => member.teamRole === 'reviewer' && !scorers.has(member.userId)),
  };
}
