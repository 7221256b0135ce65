import { MATURITY_SCALE, questions, t } from './builtin-helpers.ts';
import type { Framework } from './types.ts';

/** Progress of reform along its four dimensions: political, institutional, economic and societal. */
export const SSR_DIMENSIONS_FRAMEWORK: Framework = {
  id: 'ssr-dimensions',
  version: '1.0.0',
  name: t('Four dimensions of SSR', 'Quatre dimensions de la RSS', 'الأبعاد الأربعة لإصلاح قطاع الأمن'),
  description: t(
    'Progress of reform along its political, institutional, economic and societal dimensions, so that no dimension is neglected over the life of the programme.',
    'Avancement de la réforme selon ses dimensions politique, institutionnelle, économique et sociétale, afin qu’aucune ne soit négligée au fil du programme.',
    'تقييم التقدم في الأبعاد السياسية والمؤسسية والاقتصادية والمجتمعية للإصلاح، حتى لا يُهمَل أي بُعد طوال مدة البرنامج.',
  ),
  source:
    'The four dimensions of SSR (political, institutional, economic, societal) as described by Jane Chanaa (2002) and later SSR primers; questions written for Custodes.',
  scale: MATURITY_SCALE,
  aggregation: { method: 'mean' },
  groups: [
    {
      id: 'political',
      code: 'POL',
      name: t('Political dimension', 'Dimension politique'),
      description: t(
        'Mechanisms for democratic, civilian control and management of the security sector.',
        'Mécanismes de contrôle et de gestion civils et démocratiques du secteur de la sécurité.',
      ),
      dimension: 'political',
      items: questions('political', 'POL', [
        [
          'Are there legal and institutional mechanisms through which elected civilian authorities direct the security sector?',
          'Existe-t-il des mécanismes juridiques et institutionnels par lesquels les autorités civiles élues dirigent le secteur de la sécurité ?',
        ],
        [
          'Is civilian control exercised democratically, through parliament and accountable government, rather than by a party, family or faction?',
          'Le contrôle civil s’exerce-t-il démocratiquement, par le parlement et un gouvernement responsable, plutôt que par un parti, une famille ou une faction ?',
        ],
        [
          'Is there consensus across parties and communities on the direction of reform?',
          'Existe-t-il un consensus entre partis et communautés sur l’orientation de la réforme ?',
        ],
        [
          'Do political leaders commit publicly to the reform and follow through when it touches their own interests?',
          'Les dirigeants politiques s’engagent-ils publiquement en faveur de la réforme et tiennent-ils leurs engagements lorsqu’elle touche leurs propres intérêts ?',
        ],
      ]),
    },
    {
      id: 'institutional',
      code: 'INS',
      name: t('Institutional dimension', 'Dimension institutionnelle'),
      description: t(
        'Professionalisation and capacity of the security institutions themselves.',
        'Professionnalisation et capacités des institutions de sécurité elles-mêmes.',
      ),
      dimension: 'institutional',
      items: questions('institutional', 'INS', [
        [
          'Have security institutions been restructured to remove duplication and clarify lines of responsibility?',
          'Les institutions de sécurité ont-elles été restructurées pour supprimer les doublons et clarifier les responsabilités ?',
        ],
        [
          'Do training and career systems produce professional personnel who respect human rights?',
          'Les systèmes de formation et de carrière produisent-ils un personnel professionnel respectueux des droits humains ?',
        ],
        [
          'Are anti-corruption controls built into personnel, procurement and financial processes?',
          'Des contrôles anticorruption sont-ils intégrés aux processus de personnel, d’achats et de finances ?',
        ],
        [
          'Are international standards turned into doctrine, regulations and codes of conduct that are applied?',
          'Les normes internationales sont-elles traduites en doctrine, règlements et codes de conduite effectivement appliqués ?',
        ],
      ]),
    },
    {
      id: 'economic',
      code: 'ECO',
      name: t('Economic dimension', 'Dimension économique'),
      description: t(
        'The resources the sector consumes and the long-term sustainability of reform.',
        'Les ressources consommées par le secteur et la viabilité de la réforme à long terme.',
      ),
      dimension: 'economic',
      items: questions('economic', 'ECO', [
        [
          'Is security spending planned and executed under the same public financial management rules as the rest of government?',
          'Les dépenses de sécurité sont-elles programmées et exécutées selon les mêmes règles de gestion des finances publiques que le reste de l’administration ?',
        ],
        [
          "Can the state afford the sector's size and cost over the medium term, given expected revenue?",
          "L'État peut-il supporter la taille et le coût du secteur à moyen terme, compte tenu des recettes attendues ?",
        ],
        [
          'Are reform costs, including running costs after donor support ends, estimated and funded?',
          'Les coûts de la réforme, y compris les coûts de fonctionnement après la fin de l’appui des bailleurs, sont-ils estimés et financés ?',
        ],
        [
          'Is spending balanced across agencies in line with national and human security priorities?',
          'Les dépenses sont-elles réparties entre les services selon les priorités de sécurité nationale et humaine ?',
        ],
      ]),
    },
    {
      id: 'societal',
      code: 'SOC',
      name: t('Societal dimension', 'Dimension sociétale'),
      description: t(
        'The role of civil society, media and communities in watching over security and keeping it accountable.',
        'Le rôle de la société civile, des médias et des communautés dans la surveillance et la redevabilité de la sécurité.',
      ),
      dimension: 'societal',
      items: questions('societal', 'SOC', [
        [
          'Do civil society organisations, media and research institutes monitor the security sector and publish what they find?',
          'Les organisations de la société civile, les médias et les instituts de recherche suivent-ils le secteur de la sécurité et publient-ils leurs constats ?',
        ],
        [
          'Do communities have channels to raise security concerns and complaints with those who provide security?',
          'Les communautés disposent-elles de canaux pour faire part de leurs préoccupations et plaintes aux prestataires de sécurité ?',
        ],
        [
          'Do public perception surveys or consultations shape reform priorities?',
          'Des enquêtes de perception ou des consultations publiques orientent-elles les priorités de la réforme ?',
        ],
        [
          'Is the public kept informed of the aims and progress of reform through a sustained communication effort?',
          'Le public est-il tenu informé des objectifs et des progrès de la réforme par un effort de communication soutenu ?',
        ],
      ]),
    },
  ],
};
