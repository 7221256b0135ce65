import type { IatiSector } from './types.ts';

/** A reform activity an IATI activity may fund: a plan item of kind 'activity'. */
export interface MatchCandidate {
  id: string;
  code: string | null;
  name: string;
  description: string | null;
  /** DAC 5-digit purpose code. */
  purposeCode: string | null;
}

export interface MatchableActivity {
  title: string;
  description: string | null;
  sectors: readonly IatiSector[];
}

export interface ActivityMatch {
  planItemId: string;
  kind: 'sector' | 'keyword';
  /** Sector matches score 1 plus their keyword score; keyword matches their keyword score (0–1). */
  score: number;
}

/** Fewest shared words, and least share of the reform activity's words, for a keyword match. */
export const KEYWORD_MIN_SHARED = 2;
export const KEYWORD_MIN_SCORE = 0.3;

// Function words of English, French, Spanish and Portuguese, and words every aid project title uses.
const STOP_WORDS = new Set(
  `a an and are as at be by for from in into is it of on or the to with within its this that their
  au aux avec ce ces dans de des du en et la le les leur leurs par pour sur un une est sont qui que
  al con del el las los para por una unos unas y e o se su sus entre sobre como
  ao aos com da das do dos em na nas no nos os pela pelo pelas pelos um uma umas uns ou sua seu suas seus
  project projet proyecto projecto projeto programme program programa support soutien apoyo apoio
  phase activity activities activite actividad atividade actividade`
    .split(/\s+/)
    .filter(Boolean),
);

/** The meaningful words of a text: lower case, accents removed, stop words and words under 3 letters dropped. */
export function keywords(text: string | null | undefined): Set<string> {
  const words = new Set<string>();
  if (!text) return words;
  const plain = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  for (const raw of plain.split(/[^\p{L}\p{N}]+/u)) {
    if (raw.length < 3 || STOP_WORDS.has(raw)) continue;
    // A plural and its singular are the same word ("courts", "court").
    words.add(raw.length > 4 && raw.endsWith('s') ? raw.slice(0, -1) : raw);
  }
  return words;
}

/** How much of the reform activity's vocabulary the IATI activity uses: shared words and their share. */
export function keywordScore(
  activityWords: Set<string>,
  itemWords: Set<string>,
): { shared: number; score: number } {
  if (itemWords.size === 0) return { shared: 0, score: 0 };
  let shared = 0;
  for (const word of itemWords) if (activityWords.has(word)) shared++;
  return { shared, score: shared / itemWords.size };
}

/** DAC 5-digit codes of an activity's sectors (vocabulary 1, the default). */
export function dacPurposeCodes(sectors: readonly IatiSector[]): Set<string> {
  return new Set(
    sectors.filter((s) => (s.vocabulary || '1') === '1' && /^\d{5}$/.test(s.code)).map((s) => s.code),
  );
}

// A large import matches thousands of activities against the same few candidates: their words once each.
const wordsOfCandidate = new WeakMap<MatchCandidate, Set<string>>();
function candidateWords(candidate: MatchCandidate): Set<string> {
  let words = wordsOfCandidate.get(candidate);
  if (!words) {
    words = keywords(`${candidate.name} ${candidate.description ?? ''}`);
    wordsOfCandidate.set(candidate, words);
  }
  return words;
}

/**
 * The reform activity an IATI activity most likely funds: the one whose purpose code is among the
 * activity's DAC sectors (several: the one sharing most words), else the one sharing enough words,
 * else none. Ties go to the first candidate, so the caller's order (plan order) decides.
 */
export function matchActivity(
  activity: MatchableActivity,
  candidates: readonly MatchCandidate[],
): ActivityMatch | null {
  const activityWords = keywords(`${activity.title} ${activity.description ?? ''}`);
  const codes = dacPurposeCodes(activity.sectors);
  const scored = candidates.map((candidate) => ({
    candidate,
    bySector: candidate.purposeCode !== null && codes.has(candidate.purposeCode),
    ...keywordScore(activityWords, candidateWords(candidate)),
  }));

  const best = (list: typeof scored) =>
    list.reduce<(typeof scored)[number] | null>(
      (top, entry) => (top === null || entry.score > top.score ? entry : top),
      null,
    );

  const sectorBest = best(scored.filter((entry) => entry.bySector));
  if (sectorBest) return { planItemId: sectorBest.candidate.id, kind: 'sector', score: 1 + sectorBest.score };

  const keywordBest = best(
    scored.filter((entry) => entry.shared >= KEYWORD_MIN_SHARED && entry.score >= KEYWORD_MIN_SCORE),
  );
  if (keywordBest) return { planItemId: keywordBest.candidate.id, kind: 'keyword', score: keywordBest.score };
  return null;
}
