import type { Item, LocalizedText, ScaleLevel } from './types.ts';

/** Question texts become items `<prefix>-q1`, `<prefix>-q2`, … */
export function questions(
  idPrefix: string,
  codePrefix: string,
  texts: readonly Required<LocalizedText>[],
): Item[] {
  return texts.map((text, index) => ({
    id: `${idPrefix}-q${index + 1}`,
    code: `${codePrefix}.${index + 1}`,
    text,
  }));
}

/** The 0–4 maturity rubric shared by the governance frameworks. */
export const MATURITY_SCALE: ScaleLevel[] = [
  {
    value: 0,
    label: '0',
    descriptor: {
      en: 'Absent: no rule, body or practice exists for this.',
      fr: "Absent : aucune règle, instance ou pratique n'existe en la matière.",
      ar: 'غائب: لا توجد أي قاعدة أو هيئة أو ممارسة في هذا الشأن.',
      es: 'Ausente: no existe ninguna norma, órgano ni práctica al respecto.',
      pt: 'Ausente: não existe qualquer regra, órgão ou prática nesta matéria.',
    },
  },
  {
    value: 1,
    label: '1',
    descriptor: {
      en: 'Initial: isolated or informal efforts, or rules on paper that are not applied.',
      fr: 'Initial : efforts isolés ou informels, ou règles sur le papier non appliquées.',
      ar: 'أولي: جهود متفرقة أو غير رسمية، أو قواعد مكتوبة على الورق لا تُطبَّق.',
      es: 'Inicial: esfuerzos aislados o informales, o normas sobre el papel que no se aplican.',
      pt: 'Inicial: esforços isolados ou informais, ou regras no papel que não são aplicadas.',
    },
  },
  {
    value: 2,
    label: '2',
    descriptor: {
      en: 'Developing: formally established and partly applied, with significant gaps in coverage or enforcement.',
      fr: 'En développement : établi formellement et appliqué en partie, avec des lacunes importantes de couverture ou de mise en œuvre.',
      ar: 'قيد التطوير: قائم رسميًا ومطبَّق جزئيًا، مع ثغرات كبيرة في التغطية أو في التنفيذ.',
      es: 'En desarrollo: establecido formalmente y aplicado en parte, con carencias importantes de cobertura o de cumplimiento.',
      pt: 'Em desenvolvimento: formalmente estabelecido e aplicado em parte, com lacunas significativas de cobertura ou de aplicação.',
    },
  },
  {
    value: 3,
    label: '3',
    descriptor: {
      en: 'Established: applied routinely in most institutions, with minor gaps; results are monitored.',
      fr: 'Établi : appliqué couramment dans la plupart des institutions, avec des lacunes mineures ; les résultats sont suivis.',
      ar: 'راسخ: يُطبَّق بصورة اعتيادية في معظم المؤسسات، مع ثغرات طفيفة؛ وتخضع النتائج للمتابعة.',
      es: 'Establecido: se aplica de forma habitual en la mayoría de las instituciones, con carencias menores; se hace seguimiento de los resultados.',
      pt: 'Estabelecido: aplicado de forma corrente na maioria das instituições, com lacunas menores; os resultados são acompanhados.',
    },
  },
  {
    value: 4,
    label: '4',
    descriptor: {
      en: 'Fully institutionalised: embedded, resourced and consistently applied, reviewed and improved over time, and independent of particular individuals.',
      fr: 'Pleinement institutionnalisé : ancré, doté de moyens et appliqué de façon constante, revu et amélioré dans le temps, indépendamment des personnes.',
      ar: 'مؤسسي بالكامل: متجذر ومزوَّد بالموارد ومطبَّق باتساق، ويُراجَع ويُحسَّن بمرور الوقت، ولا يتوقف على أشخاص بعينهم.',
      es: 'Plenamente institucionalizado: arraigado, dotado de recursos y aplicado de manera constante, revisado y mejorado con el tiempo, e independiente de personas concretas.',
      pt: 'Plenamente institucionalizado: enraizado, dotado de recursos e aplicado de forma consistente, revisto e melhorado ao longo do tempo, e independente de pessoas concretas.',
    },
  },
];
