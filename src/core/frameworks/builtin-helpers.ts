import type { Item, LocalizedText, ScaleLevel } from './types.ts';

/** Text in English, with French and Arabic when given. */
export function t(en: string, fr?: string, ar?: string): LocalizedText {
  const text: LocalizedText = { en };
  if (fr) text.fr = fr;
  if (ar) text.ar = ar;
  return text;
}

/** Question texts become items `<prefix>-q1`, `<prefix>-q2`, … */
export function questions(
  idPrefix: string,
  codePrefix: string,
  texts: readonly (LocalizedText | readonly [string, string])[],
): Item[] {
  return texts.map((text, index) => ({
    id: `${idPrefix}-q${index + 1}`,
    code: `${codePrefix}.${index + 1}`,
    text: 'en' in text ? text : t(text[0], text[1]),
  }));
}

/** The 0–4 maturity rubric shared by the governance frameworks. */
export const MATURITY_SCALE: ScaleLevel[] = [
  {
    value: 0,
    label: '0',
    descriptor: t(
      'Absent: no rule, body or practice exists for this.',
      "Absent : aucune règle, instance ou pratique n'existe en la matière.",
    ),
  },
  {
    value: 1,
    label: '1',
    descriptor: t(
      'Initial: isolated or informal efforts, or rules on paper that are not applied.',
      'Initial : efforts isolés ou informels, ou règles sur le papier non appliquées.',
    ),
  },
  {
    value: 2,
    label: '2',
    descriptor: t(
      'Developing: formally established and partly applied, with significant gaps in coverage or enforcement.',
      'En développement : établi formellement et appliqué en partie, avec des lacunes importantes de couverture ou de mise en œuvre.',
    ),
  },
  {
    value: 3,
    label: '3',
    descriptor: t(
      'Established: applied routinely in most institutions, with minor gaps; results are monitored.',
      'Établi : appliqué couramment dans la plupart des institutions, avec des lacunes mineures ; les résultats sont suivis.',
    ),
  },
  {
    value: 4,
    label: '4',
    descriptor: t(
      'Fully institutionalised: embedded, resourced and consistently applied, reviewed and improved over time, and independent of particular individuals.',
      'Pleinement institutionnalisé : ancré, doté de moyens et appliqué de façon constante, revu et amélioré dans le temps, indépendamment des personnes.',
    ),
  },
];
