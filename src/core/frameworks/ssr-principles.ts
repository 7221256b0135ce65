import { MATURITY_SCALE, t } from './builtin-helpers.ts';
import type { Framework, Item } from './types.ts';

/** One principle as one question; `guidance` restates the principle for the assessor. */
function principle(number: number, question: [string, string], guidance: [string, string]): Item {
  return { id: `p${number}`, code: `P${number}`, text: t(...question), guidance: t(...guidance) };
}

/**
 * The fifteen norms and principles of SSR. The principles keep their usual numbering (P1–P15);
 * the four groups are ours, so the principles can be charted by dimension of reform.
 */
export const SSR_PRINCIPLES: Framework = {
  id: 'ssr-principles',
  version: '1.0.0',
  name: t(
    'Key norms and principles of SSR',
    'Normes et principes clés de la RSS',
    'المعايير والمبادئ الأساسية لإصلاح قطاع الأمن',
  ),
  description: t(
    'How far a reform programme respects the fifteen principles that underpin security sector reform, each assessed on a maturity scale from 0 to 4.',
    'Dans quelle mesure un programme de réforme respecte les quinze principes qui fondent la réforme du secteur de la sécurité, chacun évalué sur une échelle de maturité de 0 à 4.',
    'تقييم مدى احترام برنامج الإصلاح للمبادئ الخمسة عشر التي يقوم عليها إصلاح قطاع الأمن، على مقياس نضج من 0 إلى 4.',
  ),
  source:
    'The fifteen key norms and principles of the SSR model as set out in SSR primers (people-centred to context-specific); questions and grouping written for Custodes.',
  scale: MATURITY_SCALE,
  aggregation: { method: 'mean' },
  groups: [
    {
      id: 'governance',
      code: 'GOV',
      name: t('Democratic governance and the rule of law', 'Gouvernance démocratique et État de droit'),
      dimension: 'political',
      items: [
        principle(
          2,
          [
            'Are all security actors, the state included, bound by laws that are public, applied equally, adjudicated independently and consistent with human rights standards?',
            "Tous les acteurs de la sécurité, l'État compris, sont-ils soumis à des lois publiques, appliquées de manière égale, tranchées par des juges indépendants et conformes aux droits de l'homme ?",
          ],
          ['Primacy of the rule of law.', "Primauté de l'État de droit."],
        ),
        principle(
          3,
          [
            'Is information on security plans and resources available inside government and to the public, with confidentiality kept to what national security truly needs?',
            "L'information sur les plans et les ressources de sécurité est-elle disponible au sein de l'État et pour le public, la confidentialité étant limitée aux vrais besoins de la sécurité nationale ?",
          ],
          ['Transparency.', 'Transparence.'],
        ),
        principle(
          4,
          [
            'Do security institutions answer to elected civilian authorities, independent oversight bodies and civil society, with working mechanisms for human rights and financial oversight?',
            'Les institutions de sécurité rendent-elles compte aux autorités civiles élues, aux organes de contrôle indépendants et à la société civile, avec des mécanismes opérationnels de contrôle des droits humains et des finances ?',
          ],
          [
            'Democratic accountability and oversight: subordination to democratic civilian authority is the core concern of SSR.',
            'Redevabilité et contrôle démocratiques : la subordination à une autorité civile démocratique est la préoccupation centrale de la RSS.',
          ],
        ),
        principle(
          8,
          [
            'Are roles meant for civilians, such as policy, management and oversight, actually held by civilians rather than military or security officers?',
            'Les fonctions civiles, comme la politique, la gestion et le contrôle, sont-elles réellement exercées par des civils plutôt que par des militaires ou des agents de sécurité ?',
          ],
          [
            'Civilianisation: a heavily militarised sector resists democratic control.',
            'Civilianisation : un secteur fortement militarisé résiste au contrôle démocratique.',
          ],
        ),
        principle(
          10,
          [
            'Is the reform anchored in the wider political settlement or peace agreement, with consensus built among national actors and external partners?',
            "La réforme est-elle ancrée dans le règlement politique plus large ou l'accord de paix, avec un consensus construit entre acteurs nationaux et partenaires extérieurs ?",
          ],
          [
            'A political process: reform is contested early on; the long-term aim is a depoliticised sector.',
            'Un processus politique : la réforme est disputée au départ ; le but à long terme est un secteur dépolitisé.',
          ],
        ),
      ],
    },
    {
      id: 'effectiveness',
      code: 'EFF',
      name: t('Effectiveness and coordination', 'Efficacité et coordination'),
      dimension: 'institutional',
      items: [
        principle(
          5,
          [
            'Are there standing mechanisms through which security and justice actors cooperate in line with their legal roles?',
            'Existe-t-il des mécanismes permanents par lesquels les acteurs de la sécurité et de la justice coopèrent selon leurs rôles légaux ?',
          ],
          ['Whole-of-government coordination.', "Coordination à l'échelle de l'ensemble du gouvernement."],
        ),
        principle(
          6,
          [
            'Are security and justice institutions becoming more effective without weakening safeguards against abuse, corruption and misuse of power?',
            'Les institutions de sécurité et de justice gagnent-elles en efficacité sans affaiblir les garde-fous contre les abus, la corruption et le détournement du pouvoir ?',
          ],
          [
            'Operational effectiveness, never at the expense of human rights and integrity.',
            "Efficacité opérationnelle, jamais au détriment des droits humains et de l'intégrité.",
          ],
        ),
        principle(
          7,
          [
            'Are reforms sequenced and coordinated across the sector, with national and international actors pooling resources behind one integrated plan?',
            'Les réformes sont-elles séquencées et coordonnées dans tout le secteur, acteurs nationaux et internationaux mettant leurs ressources au service d’un plan intégré ?',
          ],
          [
            'Coordination, sequencing and integrated policy responses: a failure in one part (the courts, say) can destabilise the whole sector.',
            'Coordination, séquençage et réponses intégrées : la défaillance d’un maillon (les tribunaux, par exemple) peut déstabiliser tout le secteur.',
          ],
        ),
      ],
    },
    {
      id: 'sustainability',
      code: 'SUS',
      name: t('Sustainability over time', 'Viabilité dans la durée'),
      dimension: 'economic',
      items: [
        principle(
          13,
          [
            "Are the size and cost of the reformed sector matched to the state's long-term revenue and to the threats it faces, so that it does not depend on outside funding?",
            "La taille et le coût du secteur réformé sont-ils adaptés aux recettes de l'État à long terme et aux menaces, afin de ne pas dépendre de financements extérieurs ?",
          ],
          [
            'Sustainability: right-sizing and right-financing.',
            'Viabilité : bon dimensionnement et bon financement.',
          ],
        ),
        principle(
          14,
          [
            'Are commitments, resources and public expectations set for a reform that will take many years rather than one project cycle?',
            'Les engagements, les ressources et les attentes du public sont-ils calibrés pour une réforme de nombreuses années plutôt que pour un cycle de projet ?',
          ],
          [
            'Long-term: unrealistic expectations can stall reform before it gains momentum.',
            'Long terme : des attentes irréalistes peuvent bloquer la réforme avant qu’elle ne prenne son élan.',
          ],
        ),
      ],
    },
    {
      id: 'society',
      code: 'SOC',
      name: t('People, ownership and context', 'Personnes, appropriation et contexte'),
      dimension: 'societal',
      items: [
        principle(
          1,
          [
            'Do the reform objectives and measures of success centre on the safety of people and communities rather than the protection of the regime?',
            'Les objectifs et les mesures de réussite de la réforme portent-ils sur la sécurité des personnes et des communautés plutôt que sur la protection du régime ?',
          ],
          ['People-centred security.', 'Sécurité centrée sur les personnes.'],
        ),
        principle(
          9,
          [
            'Does the programme strengthen the ability of media, rights groups and community organisations to engage with security institutions and policy?',
            'Le programme renforce-t-il la capacité des médias, des associations de défense des droits et des organisations communautaires à dialoguer avec les institutions et la politique de sécurité ?',
          ],
          ['Civil society engagement.', 'Engagement de la société civile.'],
        ),
        principle(
          11,
          [
            'Do national actors, beyond a narrow elite, lead and direct the reform, with non-state groups and wider society involved?',
            'Les acteurs nationaux, au-delà d’une élite restreinte, conduisent-ils et orientent-ils la réforme, avec la participation des groupes non étatiques et de la société ?',
          ],
          ['Local ownership.', 'Appropriation nationale.'],
        ),
        principle(
          12,
          [
            'Does the reform address the specific security needs of women, men, girls, boys and all social groups, and make the sector inclusive?',
            'La réforme répond-elle aux besoins de sécurité spécifiques des femmes, des hommes, des filles, des garçons et de tous les groupes sociaux, et rend-elle le secteur inclusif ?',
          ],
          ['Gender and inclusion.', 'Genre et inclusion.'],
        ),
        principle(
          15,
          [
            "Is the reform designed from an analysis of the country's history, politics, economy and security conditions rather than copied from elsewhere?",
            "La réforme est-elle conçue à partir d'une analyse de l'histoire, de la politique, de l'économie et de la sécurité du pays plutôt que copiée d'ailleurs ?",
          ],
          [
            'Context-specific design: there is no off-the-shelf SSR.',
            'Conception adaptée au contexte : il n’existe pas de RSS clés en main.',
          ],
        ),
      ],
    },
  ],
};
