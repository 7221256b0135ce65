import { MATURITY_SCALE, questions, t } from './builtin-helpers.ts';
import type { Framework, Group, LocalizedText, SsrDimension } from './types.ts';

function criterion(
  number: number,
  dimension: SsrDimension,
  name: LocalizedText,
  description: LocalizedText,
  texts: [string, string][],
): Group {
  return {
    id: `c${number}`,
    code: `C${number}`,
    name,
    description,
    dimension,
    items: questions(`c${number}`, `C${number}`, texts),
  };
}

/** The ten characteristics of good security sector governance, each with assessment questions. */
export const SSG_TEN_CRITERIA: Framework = {
  id: 'ssg-ten-criteria',
  version: '1.0.0',
  name: t(
    'Ten criteria of good security sector governance',
    'Dix critères de bonne gouvernance du secteur de la sécurité',
    'المعايير العشرة للحوكمة الرشيدة لقطاع الأمن',
  ),
  description: t(
    'How far the security sector meets the ten characteristics of good governance, each criterion assessed through concrete questions on a maturity scale from 0 (absent) to 4 (fully institutionalised).',
    "Dans quelle mesure le secteur de la sécurité répond aux dix caractéristiques d'une bonne gouvernance, chaque critère étant évalué par des questions concrètes sur une échelle de maturité de 0 (absent) à 4 (pleinement institutionnalisé).",
    'تقييم مدى استيفاء قطاع الأمن للمعايير العشرة للحوكمة الرشيدة، من خلال أسئلة محددة لكل معيار على مقياس نضج من 0 (غائب) إلى 4 (مؤسسي بالكامل).',
  ),
  source:
    'Ten characteristics of good security sector governance as summarised from DCAF SSG/SSR backgrounders (2009) and CIDS guides to good governance (2015); questions written for Custodes.',
  scale: MATURITY_SCALE,
  aggregation: { method: 'mean' },
  groups: [
    criterion(
      1,
      'institutional',
      t(
        'Professional and affordable security provision',
        'Prestation de sécurité professionnelle et abordable',
      ),
      t(
        'Security forces deliver security professionally, at a cost the country can bear, and in a way that upholds the rule of law.',
        "Les forces de sécurité assurent la sécurité de façon professionnelle, à un coût supportable pour le pays et dans le respect de l'État de droit.",
      ),
      [
        [
          'Are security personnel recruited, trained and promoted on merit against published professional standards?',
          'Le personnel de sécurité est-il recruté, formé et promu au mérite selon des normes professionnelles publiées ?',
        ],
        [
          'Is the cost of each security institution known, and proportionate to the services it delivers and to what the state can sustain?',
          "Le coût de chaque institution de sécurité est-il connu et proportionné aux services rendus et à ce que l'État peut soutenir ?",
        ],
        [
          'Do security forces act within the law, with the use of force governed by clear rules that are enforced?',
          "Les forces de sécurité agissent-elles dans le cadre de la loi, l'usage de la force étant régi par des règles claires et appliquées ?",
        ],
      ],
    ),
    criterion(
      2,
      'societal',
      t(
        'Representative, inclusive and gender-sensitive sector',
        'Secteur représentatif, inclusif et sensible au genre',
      ),
      t(
        "The security sector reflects the population as a whole, including the country's communities, and takes gender into account.",
        "Le secteur de la sécurité reflète l'ensemble de la population, y compris les diverses communautés du pays, et tient compte du genre.",
      ),
      [
        [
          "Does the make-up of the security forces, at every rank, reflect the country's regions, communities and languages?",
          'La composition des forces de sécurité, à tous les grades, reflète-t-elle les régions, communautés et langues du pays ?',
        ],
        [
          'Are there measures with targets to recruit, retain and promote women, and to prevent and sanction harassment and discrimination?',
          'Existe-t-il des mesures assorties de cibles pour recruter, fidéliser et promouvoir les femmes, et pour prévenir et sanctionner le harcèlement et les discriminations ?',
        ],
        [
          'Do security services plan and deliver their work with the different needs of women, men, girls, boys and minorities in mind?',
          'Les services de sécurité planifient-ils et fournissent-ils leurs prestations en tenant compte des besoins différents des femmes, des hommes, des filles, des garçons et des minorités ?',
        ],
      ],
    ),
    criterion(
      3,
      'societal',
      t('Transparency to the public', 'Transparence envers le public'),
      t(
        'Security institutions work openly and keep the public informed.',
        'Les institutions de sécurité travaillent ouvertement et informent le public.',
      ),
      [
        [
          'Are security laws, policies, budgets and annual reports published in a form the public can find and understand?',
          'Les lois, politiques, budgets et rapports annuels de sécurité sont-ils publiés sous une forme que le public peut trouver et comprendre ?',
        ],
        [
          'Is secrecy limited by law to what national security genuinely requires, with a way to challenge classification?',
          "Le secret est-il limité par la loi à ce qu'exige réellement la sécurité nationale, avec une voie de recours contre la classification ?",
        ],
        [
          'Do security institutions answer requests for information from citizens and journalists within set time limits?',
          "Les institutions de sécurité répondent-elles aux demandes d'information des citoyens et des journalistes dans des délais fixés ?",
        ],
      ],
    ),
    criterion(
      4,
      'political',
      t('National security policy framework', 'Cadre de politique de sécurité nationale'),
      t(
        'A national security policy and its supporting documents set objectives and assign tasks and responsibilities across the sector.',
        'Une politique de sécurité nationale et ses documents d’appui fixent les objectifs et répartissent les missions et responsabilités dans le secteur.',
      ),
      [
        [
          'Is there a current national security policy or strategy, adopted after consultation and made public?',
          'Existe-t-il une politique ou stratégie de sécurité nationale en vigueur, adoptée après consultation et rendue publique ?',
        ],
        [
          'Do sector strategies and laws set out the mandate and responsibilities of each institution without overlaps or gaps?',
          'Les stratégies sectorielles et les lois définissent-elles le mandat et les responsabilités de chaque institution, sans chevauchement ni lacune ?',
        ],
        [
          'Is the policy reviewed periodically and used to set priorities in plans and budgets?',
          'La politique est-elle révisée périodiquement et utilisée pour fixer les priorités des plans et des budgets ?',
        ],
      ],
    ),
    criterion(
      5,
      'institutional',
      t('Executive direction and civilian management', 'Direction exécutive et gestion civile'),
      t(
        'The executive and civilian management bodies are able to direct and manage the security forces.',
        'L’exécutif et les instances de gestion civiles sont en mesure de diriger et de gérer les forces de sécurité.',
      ),
      [
        [
          'Do the responsible ministries have the civilian staff, expertise and authority to direct the policies, plans and budgets of the forces?',
          'Les ministères de tutelle disposent-ils du personnel civil, de l’expertise et de l’autorité pour orienter les politiques, plans et budgets des forces ?',
        ],
        [
          'Is the chain of authority from the elected government to the forces clearly defined and respected?',
          'La chaîne d’autorité entre le gouvernement élu et les forces est-elle clairement définie et respectée ?',
        ],
        [
          'Do planning, personnel, finance and logistics systems give decision-makers reliable information?',
          'Les systèmes de planification, de personnel, de finances et de logistique fournissent-ils des informations fiables aux décideurs ?',
        ],
      ],
    ),
    criterion(
      6,
      'political',
      t('Democratic oversight and accountability', 'Contrôle démocratique et redevabilité'),
      t(
        'Democratically constituted civilian authorities oversee the security forces, which answer to them for their activities.',
        'Des autorités civiles démocratiquement constituées contrôlent les forces de sécurité, qui leur rendent compte de leurs activités.',
      ),
      [
        [
          'Does parliament have the powers, committees, staff and access to information to scrutinise security policy, budgets and operations?',
          'Le parlement dispose-t-il des pouvoirs, commissions, personnels et accès à l’information nécessaires pour contrôler la politique, les budgets et les opérations de sécurité ?',
        ],
        [
          'Can independent bodies (audit office, ombuds institution, human rights commission, inspectorates) examine the sector, and are their findings acted on?',
          'Les organes indépendants (cour des comptes, médiateur, commission des droits de l’homme, inspections) peuvent-ils examiner le secteur, et leurs constats sont-ils suivis d’effet ?',
        ],
        [
          'Are intelligence services subject to dedicated external oversight, including approval of intrusive measures?',
          'Les services de renseignement sont-ils soumis à un contrôle externe dédié, y compris pour l’autorisation des mesures intrusives ?',
        ],
      ],
    ),
    criterion(
      7,
      'institutional',
      t('Judicial and legal accountability', 'Redevabilité judiciaire et juridique'),
      t(
        'The security sector is bound by a sound legal framework and answers to independent courts.',
        'Le secteur de la sécurité est soumis à un cadre juridique solide et répond devant des tribunaux indépendants.',
      ),
      [
        [
          'Does every security institution have a clear legal basis that defines its powers and their limits?',
          'Chaque institution de sécurité dispose-t-elle d’une base légale claire définissant ses pouvoirs et leurs limites ?',
        ],
        [
          'Can courts review the lawfulness of security actions, and are personnel who break the law prosecuted in practice?',
          'Les tribunaux peuvent-ils contrôler la légalité des actions de sécurité, et les agents qui enfreignent la loi sont-ils effectivement poursuivis ?',
        ],
        [
          'Can victims of abuse by security personnel obtain redress through accessible complaint and compensation channels?',
          'Les victimes d’abus commis par des agents de sécurité peuvent-elles obtenir réparation par des voies de plainte et d’indemnisation accessibles ?',
        ],
      ],
    ),
    criterion(
      8,
      'societal',
      t('Independent civil society monitoring', 'Suivi indépendant par la société civile'),
      t(
        'Civil society and other non-governmental actors that monitor security governance are active and free to work independently.',
        'La société civile et les autres acteurs non gouvernementaux qui suivent la gouvernance de la sécurité sont actifs et libres de travailler de façon indépendante.',
      ),
      [
        [
          'Can civil society groups, researchers and media monitor and report on the security sector without harassment or legal obstruction?',
          'Les organisations de la société civile, les chercheurs et les médias peuvent-ils suivre le secteur de la sécurité et en rendre compte sans harcèlement ni entrave juridique ?',
        ],
        [
          'Are civil society actors consulted on security policy and laws, with their input recorded and answered?',
          'Les acteurs de la société civile sont-ils consultés sur les politiques et lois de sécurité, leurs contributions étant consignées et suivies de réponses ?',
        ],
        [
          'Do civil society organisations have the expertise and resources to engage on security questions?',
          'Les organisations de la société civile ont-elles l’expertise et les ressources nécessaires pour s’engager sur les questions de sécurité ?',
        ],
      ],
    ),
    criterion(
      9,
      'institutional',
      t('Cooperation among national security actors', 'Coopération entre acteurs nationaux de la sécurité'),
      t(
        'National security and justice actors work smoothly with one another.',
        'Les acteurs nationaux de la sécurité et de la justice travaillent harmonieusement ensemble.',
      ),
      [
        [
          'Is there a standing national body or mechanism that coordinates security and justice institutions?',
          'Existe-t-il une instance ou un mécanisme national permanent qui coordonne les institutions de sécurité et de justice ?',
        ],
        [
          'Do institutions share information and plan joint work under agreed procedures?',
          'Les institutions partagent-elles l’information et planifient-elles des actions communes selon des procédures convenues ?',
        ],
        [
          'Are reforms of defence, police, justice and prisons planned and sequenced together?',
          'Les réformes de la défense, de la police, de la justice et des prisons sont-elles planifiées et séquencées ensemble ?',
        ],
      ],
    ),
    criterion(
      10,
      'political',
      t('Regional and international integration', 'Intégration régionale et internationale'),
      t(
        'National security actors are well integrated into regional and international security arrangements.',
        'Les acteurs nationaux de la sécurité sont bien intégrés dans les dispositifs de sécurité régionaux et internationaux.',
      ),
      [
        [
          'Has the state ratified, and written into national law, the main international and regional instruments on human rights, humanitarian law and arms control?',
          "L'État a-t-il ratifié et transposé dans son droit les principaux instruments internationaux et régionaux relatifs aux droits de l'homme, au droit humanitaire et au contrôle des armements ?",
        ],
        [
          'Do security institutions take part in regional and international cooperation (information exchange, joint training, peace operations) on a clear legal basis?',
          'Les institutions de sécurité participent-elles à la coopération régionale et internationale (échange d’informations, formation conjointe, opérations de paix) sur une base juridique claire ?',
        ],
        [
          'Does the state report to international and regional monitoring bodies and act on their recommendations?',
          "L'État rend-il compte aux organes de suivi internationaux et régionaux et donne-t-il suite à leurs recommandations ?",
        ],
      ],
    ),
  ],
};
