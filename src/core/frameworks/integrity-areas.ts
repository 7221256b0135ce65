import { MATURITY_SCALE, questions } from './builtin-helpers.ts';
import type { Framework, Group, LocalizedText, SsrDimension } from './types.ts';

/** Built-in text: every language spelled out, so a missing translation fails to compile. */
type Text = Required<LocalizedText>;

/** A sub-area and the one question that assesses it. */
interface SubArea {
  name: Text;
  question: Text;
}

function area(id: string, code: string, name: Text, dimension: SsrDimension, subAreas: SubArea[]): Group {
  return {
    id,
    code,
    name,
    dimension,
    items: [],
    groups: subAreas.map((subArea, index) => ({
      id: `${id}.${index + 1}`,
      code: `${code}.${index + 1}`,
      name: subArea.name,
      items: questions(`${id}.${index + 1}`, `${code}.${index + 1}`, [subArea.question]),
    })),
  };
}

/** The integrity areas a comprehensive reform examines: political, financial and human resources. */
export const INTEGRITY_AREAS: Framework = {
  id: 'integrity-areas',
  version: '1.0.0',
  name: {
    en: 'Integrity areas of the security sector',
    fr: 'Domaines d’intégrité du secteur de la sécurité',
    ar: 'مجالات النزاهة في قطاع الأمن',
    es: 'Áreas de integridad del sector de la seguridad',
    pt: 'Áreas de integridade do setor de segurança',
  },
  description: {
    en: 'Integrity in the political, financial and human resources areas of the security sector and their sub-areas, each assessed on a maturity scale from 0 to 4.',
    fr: 'L’intégrité dans les domaines politique, financier et des ressources humaines du secteur de la sécurité et leurs sous-domaines, chacun évalué sur une échelle de maturité de 0 à 4.',
    ar: 'تقييم النزاهة في المجالات السياسية والمالية والموارد البشرية لقطاع الأمن وفروعها، على مقياس نضج من 0 إلى 4.',
    es: 'La integridad en las áreas política, financiera y de recursos humanos del sector de la seguridad y sus subáreas, cada una evaluada en una escala de madurez de 0 a 4.',
    pt: 'A integridade nas áreas política, financeira e de recursos humanos do setor de segurança e respetivas subáreas, cada uma avaliada numa escala de maturidade de 0 a 4.',
  },
  source:
    'Areas and sub-areas from the CIDS Integrity Action Plan handbook for defence establishments (2014, p. 27); questions written for Custodes.',
  scale: MATURITY_SCALE,
  aggregation: { method: 'mean' },
  groups: [
    area(
      'pol',
      'POL',
      { en: 'Political', fr: 'Politique', ar: 'المجال السياسي', es: 'Ámbito político', pt: 'Área política' },
      'political',
      [
        {
          name: {
            en: 'Parliamentary oversight',
            fr: 'Contrôle parlementaire',
            ar: 'الرقابة البرلمانية',
            es: 'Supervisión parlamentaria',
            pt: 'Supervisão parlamentar',
          },
          question: {
            en: 'Does parliament scrutinise defence and security policy, budgets and major decisions, with the powers and information to do so?',
            fr: 'Le parlement contrôle-t-il la politique, les budgets et les grandes décisions de défense et de sécurité, avec les pouvoirs et l’information nécessaires ?',
            ar: 'هل يفحص البرلمان سياسات الدفاع والأمن وموازناتهما وقراراتهما الكبرى، وهل يملك الصلاحيات والمعلومات اللازمة لذلك؟',
            es: '¿Examina el parlamento la política, los presupuestos y las decisiones importantes de defensa y seguridad, con las facultades y la información necesarias para ello?',
            pt: 'O parlamento escrutina a política, os orçamentos e as grandes decisões de defesa e segurança, com os poderes e a informação necessários para o fazer?',
          },
        },
        {
          name: {
            en: 'Public defence and security policies',
            fr: 'Politiques publiques de défense et de sécurité',
            ar: 'السياسات العامة للدفاع والأمن',
            es: 'Políticas públicas de defensa y seguridad',
            pt: 'Políticas públicas de defesa e segurança',
          },
          question: {
            en: 'Are defence and security policies published and debated in public before they are adopted?',
            fr: 'Les politiques de défense et de sécurité sont-elles publiées et débattues publiquement avant leur adoption ?',
            ar: 'هل تُنشر سياسات الدفاع والأمن وتُناقَش علنًا قبل اعتمادها؟',
            es: '¿Se publican y debaten públicamente las políticas de defensa y seguridad antes de su adopción?',
            pt: 'As políticas de defesa e segurança são publicadas e debatidas publicamente antes da sua adoção?',
          },
        },
        {
          name: {
            en: 'Access to defence budgets',
            fr: 'Accès aux budgets de défense',
            ar: 'الاطلاع على موازنات الدفاع',
            es: 'Acceso a los presupuestos de defensa',
            pt: 'Acesso aos orçamentos da defesa',
          },
          question: {
            en: 'Can parliament and the public obtain the defence and security budget in enough detail to follow how money is used?',
            fr: 'Le parlement et le public peuvent-ils obtenir le budget de défense et de sécurité avec assez de détails pour suivre l’emploi des fonds ?',
            ar: 'هل يستطيع البرلمان والجمهور الحصول على موازنة الدفاع والأمن بتفصيل كافٍ لتتبّع أوجه استخدام الأموال؟',
            es: '¿Pueden el parlamento y el público obtener el presupuesto de defensa y seguridad con el detalle suficiente para seguir el uso de los fondos?',
            pt: 'O parlamento e o público podem obter o orçamento de defesa e segurança com detalhe suficiente para acompanhar a utilização dos fundos?',
          },
        },
        {
          name: {
            en: 'Civil society in security debates',
            fr: 'Société civile dans les débats sur la sécurité',
            ar: 'المجتمع المدني في النقاشات المتعلقة بالأمن',
            es: 'La sociedad civil en los debates sobre seguridad',
            pt: 'A sociedade civil nos debates sobre segurança',
          },
          question: {
            en: 'Are civil society organisations included in debates on the security sector and its reform?',
            fr: 'Les organisations de la société civile sont-elles associées aux débats sur le secteur de la sécurité et sa réforme ?',
            ar: 'هل تُشرَك منظمات المجتمع المدني في النقاشات المتعلقة بقطاع الأمن وإصلاحه؟',
            es: '¿Participan las organizaciones de la sociedad civil en los debates sobre el sector de la seguridad y su reforma?',
            pt: 'As organizações da sociedade civil participam nos debates sobre o setor de segurança e a sua reforma?',
          },
        },
        {
          name: {
            en: 'Oversight of intelligence services',
            fr: 'Contrôle des services de renseignement',
            ar: 'الرقابة على أجهزة الاستخبارات',
            es: 'Supervisión de los servicios de inteligencia',
            pt: 'Supervisão dos serviços de informações',
          },
          question: {
            en: 'Is there independent oversight of intelligence services, with access to their activities and budgets?',
            fr: 'Existe-t-il un contrôle indépendant des services de renseignement, avec accès à leurs activités et à leurs budgets ?',
            ar: 'هل توجد رقابة مستقلة على أجهزة الاستخبارات، تتيح الاطلاع على أنشطتها وموازناتها؟',
            es: '¿Existe una supervisión independiente de los servicios de inteligencia, con acceso a sus actividades y presupuestos?',
            pt: 'Existe uma supervisão independente dos serviços de informações, com acesso às suas atividades e orçamentos?',
          },
        },
        {
          name: {
            en: 'Oversight of arms deals',
            fr: 'Contrôle des contrats d’armement',
            ar: 'الرقابة على صفقات الأسلحة',
            es: 'Supervisión de los contratos de armamento',
            pt: 'Supervisão dos contratos de armamento',
          },
          question: {
            en: 'Are major arms purchases and sales subject to independent scrutiny, including of agents and offset arrangements?',
            fr: 'Les achats et ventes d’armes importants font-ils l’objet d’un contrôle indépendant, y compris des intermédiaires et des compensations ?',
            ar: 'هل تخضع صفقات شراء الأسلحة وبيعها الكبرى لفحص مستقل، يشمل الوسطاء وترتيبات المقاصة؟',
            es: '¿Están las grandes compras y ventas de armas sujetas a un control independiente, que abarque a los intermediarios y las compensaciones?',
            pt: 'As grandes compras e vendas de armas estão sujeitas a escrutínio independente, incluindo os intermediários e as contrapartidas?',
          },
        },
        {
          name: {
            en: 'Anti-corruption policy and regulations',
            fr: 'Politique et réglementation anticorruption',
            ar: 'سياسة مكافحة الفساد ولوائحها',
            es: 'Política y normativa anticorrupción',
            pt: 'Política e regulamentação anticorrupção',
          },
          question: {
            en: 'Is there an anti-corruption policy covering defence and security, with a named body responsible for carrying it out?',
            fr: 'Existe-t-il une politique anticorruption couvrant la défense et la sécurité, avec une instance désignée pour la mettre en œuvre ?',
            ar: 'هل توجد سياسة لمكافحة الفساد تشمل الدفاع والأمن، مع جهة محددة مسؤولة عن تنفيذها؟',
            es: '¿Existe una política anticorrupción que abarque la defensa y la seguridad, con un órgano designado responsable de su aplicación?',
            pt: 'Existe uma política anticorrupção que abranja a defesa e a segurança, com um órgão designado responsável pela sua execução?',
          },
        },
        {
          name: {
            en: 'International standards and conventions',
            fr: 'Normes et conventions internationales',
            ar: 'المعايير والاتفاقيات الدولية',
            es: 'Normas y convenciones internacionales',
            pt: 'Normas e convenções internacionais',
          },
          question: {
            en: 'Has the state adopted and applied the international conventions and standards relevant to integrity in the sector, such as those on corruption and arms transfers?',
            fr: 'L’État a-t-il adopté et appliqué les conventions et normes internationales pertinentes pour l’intégrité du secteur, comme celles sur la corruption et les transferts d’armes ?',
            ar: 'هل اعتمدت الدولة وطبّقت الاتفاقيات والمعايير الدولية ذات الصلة بالنزاهة في القطاع، كتلك المتعلقة بالفساد ونقل الأسلحة؟',
            es: '¿Ha adoptado y aplicado el Estado las convenciones y normas internacionales pertinentes para la integridad del sector, como las relativas a la corrupción y las transferencias de armas?',
            pt: 'O Estado adotou e aplicou as convenções e normas internacionais pertinentes para a integridade do setor, como as relativas à corrupção e às transferências de armas?',
          },
        },
      ],
    ),
    area(
      'fin',
      'FIN',
      {
        en: 'Financial',
        fr: 'Financier',
        ar: 'المجال المالي',
        es: 'Ámbito financiero',
        pt: 'Área financeira',
      },
      'economic',
      [
        {
          name: {
            en: 'Planning and budgeting',
            fr: 'Planification et budgétisation',
            ar: 'التخطيط وإعداد الموازنة',
            es: 'Planificación y presupuestación',
            pt: 'Planeamento e orçamentação',
          },
          question: {
            en: 'Are defence and security budgets derived from approved plans and priorities, with multi-year cost estimates?',
            fr: 'Les budgets de défense et de sécurité découlent-ils de plans et de priorités approuvés, avec des estimations pluriannuelles des coûts ?',
            ar: 'هل تنبثق موازنات الدفاع والأمن من خطط وأولويات معتمدة، مع تقديرات للتكاليف تمتد على عدة سنوات؟',
            es: '¿Se derivan los presupuestos de defensa y seguridad de planes y prioridades aprobados, con estimaciones plurianuales de costos?',
            pt: 'Os orçamentos de defesa e segurança decorrem de planos e prioridades aprovados, com estimativas plurianuais de custos?',
          },
        },
        {
          name: {
            en: 'Financial management',
            fr: 'Gestion financière',
            ar: 'الإدارة المالية',
            es: 'Gestión financiera',
            pt: 'Gestão financeira',
          },
          question: {
            en: 'Are spending controls, accounting and cash management in security institutions reliable and applied?',
            fr: 'Les contrôles de la dépense, la comptabilité et la gestion de trésorerie des institutions de sécurité sont-ils fiables et appliqués ?',
            ar: 'هل ضوابط الإنفاق والمحاسبة وإدارة النقد في المؤسسات الأمنية موثوقة ومطبَّقة؟',
            es: '¿Son fiables y se aplican los controles del gasto, la contabilidad y la gestión de tesorería en las instituciones de seguridad?',
            pt: 'Os controlos da despesa, a contabilidade e a gestão de tesouraria nas instituições de segurança são fiáveis e aplicados?',
          },
        },
        {
          name: {
            en: 'Transparency',
            fr: 'Transparence',
            ar: 'الشفافية',
            es: 'Transparencia',
            pt: 'Transparência',
          },
          question: {
            en: 'Are budget execution reports of security institutions published regularly?',
            fr: 'Les rapports d’exécution budgétaire des institutions de sécurité sont-ils publiés régulièrement ?',
            ar: 'هل تُنشر تقارير تنفيذ موازنات المؤسسات الأمنية بانتظام؟',
            es: '¿Se publican periódicamente los informes de ejecución presupuestaria de las instituciones de seguridad?',
            pt: 'Os relatórios de execução orçamental das instituições de segurança são publicados regularmente?',
          },
        },
        {
          name: {
            en: 'Regulation of secret budgets',
            fr: 'Encadrement des budgets secrets',
            ar: 'تنظيم الموازنات السرية',
            es: 'Regulación de los presupuestos secretos',
            pt: 'Enquadramento dos orçamentos secretos',
          },
          question: {
            en: 'Are secret budgets limited by law and reviewed by a parliamentary or audit body cleared to see them?',
            fr: 'Les budgets secrets sont-ils limités par la loi et examinés par un organe parlementaire ou de contrôle habilité à les consulter ?',
            ar: 'هل يحدّ القانون من الموازنات السرية، وهل تراجعها هيئة برلمانية أو رقابية مأذون لها بالاطلاع عليها؟',
            es: '¿Están los presupuestos secretos limitados por ley y los examina un órgano parlamentario o de control habilitado para consultarlos?',
            pt: 'Os orçamentos secretos são limitados por lei e examinados por um órgão parlamentar ou de controlo credenciado para os consultar?',
          },
        },
        {
          name: { en: 'Audit', fr: 'Audit', ar: 'التدقيق', es: 'Auditoría', pt: 'Auditoria' },
          question: {
            en: 'Does the supreme audit institution audit security institutions, classified spending included, and publish its findings?',
            fr: 'L’institution supérieure de contrôle audite-t-elle les institutions de sécurité, dépenses classifiées comprises, et publie-t-elle ses constats ?',
            ar: 'هل يدقق الجهاز الأعلى للرقابة المالية حسابات المؤسسات الأمنية، بما فيها النفقات السرية، وينشر نتائج تدقيقه؟',
            es: '¿Audita la entidad fiscalizadora superior a las instituciones de seguridad, incluido el gasto clasificado, y publica sus conclusiones?',
            pt: 'A instituição superior de controlo audita as instituições de segurança, incluindo a despesa classificada, e publica as suas conclusões?',
          },
        },
        {
          name: {
            en: 'Inspectors general',
            fr: 'Inspections générales',
            ar: 'المفتشيات العامة',
            es: 'Inspecciones generales',
            pt: 'Inspeções-gerais',
          },
          question: {
            en: 'Is there an inspector general or internal audit function independent enough to investigate irregularities?',
            fr: 'Existe-t-il une inspection générale ou un audit interne assez indépendant pour enquêter sur les irrégularités ?',
            ar: 'هل توجد مفتشية عامة أو وظيفة تدقيق داخلي تتمتع بقدر كافٍ من الاستقلالية للتحقيق في المخالفات؟',
            es: '¿Existe una inspección general o una función de auditoría interna con la independencia suficiente para investigar irregularidades?',
            pt: 'Existe uma inspeção-geral ou uma função de auditoria interna com independência suficiente para investigar irregularidades?',
          },
        },
        {
          name: {
            en: 'Acquisition',
            fr: 'Acquisition',
            ar: 'الاقتناء',
            es: 'Adquisición',
            pt: 'Aquisição',
          },
          question: {
            en: 'Are major acquisitions justified by documented needs linked to strategy, with whole-life costs estimated?',
            fr: 'Les acquisitions importantes sont-elles justifiées par des besoins documentés liés à la stratégie, avec une estimation du coût global de possession ?',
            ar: 'هل تُبرَّر عمليات الاقتناء الكبرى باحتياجات موثقة مرتبطة بالاستراتيجية، مع تقدير تكاليف دورة الحياة الكاملة؟',
            es: '¿Se justifican las adquisiciones importantes con necesidades documentadas vinculadas a la estrategia, con una estimación del costo de todo el ciclo de vida?',
            pt: 'As aquisições importantes são justificadas por necessidades documentadas ligadas à estratégia, com estimativa do custo de todo o ciclo de vida?',
          },
        },
        {
          name: {
            en: 'Procurement',
            fr: 'Passation des marchés',
            ar: 'المشتريات',
            es: 'Contratación',
            pt: 'Contratação',
          },
          question: {
            en: 'Is procurement competitive by default, with every exception justified, recorded and reviewed?',
            fr: 'La passation des marchés est-elle concurrentielle par défaut, chaque exception étant justifiée, consignée et contrôlée ?',
            ar: 'هل تقوم المشتريات على المنافسة بوصفها القاعدة، مع تبرير كل استثناء وتسجيله ومراجعته؟',
            es: '¿Es la contratación competitiva por defecto, con cada excepción justificada, registrada y revisada?',
            pt: 'A contratação é concorrencial por regra, com cada exceção justificada, registada e revista?',
          },
        },
        {
          name: {
            en: 'Legal framework for budgets and finances',
            fr: 'Cadre juridique des budgets et des finances',
            ar: 'الإطار القانوني للموازنات والشؤون المالية',
            es: 'Marco jurídico de los presupuestos y las finanzas',
            pt: 'Quadro jurídico dos orçamentos e das finanças',
          },
          question: {
            en: 'Do laws and regulations cover all security finances, including off-budget revenue and businesses owned by the forces?',
            fr: 'Les lois et règlements couvrent-ils toutes les finances de la sécurité, y compris les recettes hors budget et les entreprises détenues par les forces ?',
            ar: 'هل تغطي القوانين واللوائح جميع الشؤون المالية لقطاع الأمن، بما فيها الإيرادات من خارج الموازنة والشركات التي تملكها القوات؟',
            es: '¿Abarcan las leyes y los reglamentos todas las finanzas de la seguridad, incluidos los ingresos extrapresupuestarios y las empresas propiedad de las fuerzas?',
            pt: 'As leis e os regulamentos abrangem todas as finanças da segurança, incluindo as receitas extraorçamentais e as empresas detidas pelas forças?',
          },
        },
      ],
    ),
    area(
      'hr',
      'HR',
      {
        en: 'Human resources',
        fr: 'Ressources humaines',
        ar: 'الموارد البشرية',
        es: 'Recursos humanos',
        pt: 'Recursos humanos',
      },
      'institutional',
      [
        {
          name: {
            en: 'Human resources management',
            fr: 'Gestion des ressources humaines',
            ar: 'إدارة الموارد البشرية',
            es: 'Gestión de recursos humanos',
            pt: 'Gestão de recursos humanos',
          },
          question: {
            en: 'Are personnel records complete and accurate, and do staff numbers match approved establishments?',
            fr: 'Les dossiers du personnel sont-ils complets et exacts, et les effectifs correspondent-ils aux tableaux d’effectifs approuvés ?',
            ar: 'هل سجلات الأفراد كاملة ودقيقة، وهل تتطابق أعداد الأفراد مع الملاكات المعتمدة؟',
            es: '¿Son completos y exactos los registros de personal, y coinciden los efectivos con las plantillas aprobadas?',
            pt: 'Os registos de pessoal são completos e exatos, e os efetivos correspondem aos quadros de pessoal aprovados?',
          },
        },
        {
          name: { en: 'Gender', fr: 'Genre', ar: 'النوع الاجتماعي', es: 'Género', pt: 'Género' },
          question: {
            en: 'Are gender equality policies applied in recruitment, deployment and promotion, and is their effect monitored?',
            fr: 'Les politiques d’égalité entre les sexes sont-elles appliquées au recrutement, à l’affectation et à l’avancement, et leurs effets sont-ils suivis ?',
            ar: 'هل تُطبَّق سياسات المساواة بين الجنسين في التجنيد والنشر والترقية، وهل تُتابَع آثارها؟',
            es: '¿Se aplican políticas de igualdad de género en el reclutamiento, el despliegue y los ascensos, y se hace seguimiento de sus efectos?',
            pt: 'As políticas de igualdade de género são aplicadas no recrutamento, na colocação e nas promoções, e os seus efeitos são acompanhados?',
          },
        },
        {
          name: {
            en: 'Payroll, promotions and rewards',
            fr: 'Solde, promotions et récompenses',
            ar: 'الرواتب والترقيات والمكافآت',
            es: 'Nómina, ascensos y recompensas',
            pt: 'Vencimentos, promoções e recompensas',
          },
          question: {
            en: 'Are pay, promotions and rewards governed by published rules, with the payroll checked against personnel records?',
            fr: 'La solde, les promotions et les récompenses obéissent-elles à des règles publiées, la solde étant rapprochée des dossiers du personnel ?',
            ar: 'هل تخضع الرواتب والترقيات والمكافآت لقواعد منشورة، مع مطابقة كشوف الرواتب بسجلات الأفراد؟',
            es: '¿Se rigen la remuneración, los ascensos y las recompensas por normas publicadas, y se coteja la nómina con los registros de personal?',
            pt: 'A remuneração, as promoções e as recompensas regem-se por regras publicadas, sendo a folha de vencimentos conferida com os registos de pessoal?',
          },
        },
        {
          name: {
            en: 'Codes of conduct',
            fr: 'Codes de conduite',
            ar: 'مدونات السلوك',
            es: 'Códigos de conducta',
            pt: 'Códigos de conduta',
          },
          question: {
            en: 'Is there a code of conduct on which staff are trained and which is enforced?',
            fr: 'Existe-t-il un code de conduite sur lequel le personnel est formé et qui est appliqué ?',
            ar: 'هل توجد مدونة سلوك يُدرَّب عليها الأفراد ويُفرَض التقيد بها؟',
            es: '¿Existe un código de conducta sobre el que se forma al personal y cuyo cumplimiento se exige?',
            pt: 'Existe um código de conduta sobre o qual o pessoal recebe formação e cujo cumprimento é assegurado?',
          },
        },
        {
          name: {
            en: 'Conflicts of interest',
            fr: 'Conflits d’intérêts',
            ar: 'تضارب المصالح',
            es: 'Conflictos de intereses',
            pt: 'Conflitos de interesses',
          },
          question: {
            en: 'Must officials declare their interests and assets, and are the declarations checked?',
            fr: 'Les responsables doivent-ils déclarer leurs intérêts et leur patrimoine, et ces déclarations sont-elles vérifiées ?',
            ar: 'هل يُلزَم المسؤولون بالتصريح بمصالحهم وممتلكاتهم، وهل يُتحقَّق من هذه التصريحات؟',
            es: '¿Deben los funcionarios declarar sus intereses y bienes, y se verifican esas declaraciones?',
            pt: 'Os responsáveis têm de declarar os seus interesses e património, e essas declarações são verificadas?',
          },
        },
        {
          name: {
            en: 'Building integrity training',
            fr: 'Formation au renforcement de l’intégrité',
            ar: 'التدريب على بناء النزاهة',
            es: 'Formación para el fortalecimiento de la integridad',
            pt: 'Formação em reforço da integridade',
          },
          question: {
            en: 'Do personnel receive regular integrity training suited to their role and its risks?',
            fr: 'Le personnel reçoit-il régulièrement une formation à l’intégrité adaptée à sa fonction et à ses risques ?',
            ar: 'هل يتلقى الأفراد تدريبًا منتظمًا على النزاهة يلائم مهامهم والمخاطر المرتبطة بها؟',
            es: '¿Recibe el personal formación periódica en integridad adaptada a su función y a sus riesgos?',
            pt: 'O pessoal recebe regularmente formação em integridade adaptada à sua função e aos respetivos riscos?',
          },
        },
        {
          name: {
            en: 'Rules on gifts',
            fr: 'Règles sur les cadeaux',
            ar: 'قواعد الهدايا',
            es: 'Normas sobre regalos',
            pt: 'Regras sobre ofertas',
          },
          question: {
            en: 'Are there clear rules on gifts and hospitality, with a register that is kept and reviewed?',
            fr: 'Existe-t-il des règles claires sur les cadeaux et invitations, avec un registre tenu et contrôlé ?',
            ar: 'هل توجد قواعد واضحة بشأن الهدايا والضيافة، مع سجل يُمسَك ويُراجَع؟',
            es: '¿Existen normas claras sobre regalos e invitaciones, con un registro que se lleva y se revisa?',
            pt: 'Existem regras claras sobre ofertas e hospitalidade, com um registo mantido e revisto?',
          },
        },
        {
          name: {
            en: 'Whistle-blowing and whistle-blower protection',
            fr: 'Signalement et protection des lanceurs d’alerte',
            ar: 'الإبلاغ عن المخالفات وحماية المبلّغين',
            es: 'Denuncia de irregularidades y protección de los denunciantes',
            pt: 'Denúncia de irregularidades e proteção dos denunciantes',
          },
          question: {
            en: 'Can personnel report wrongdoing through safe channels, and are those who report protected from reprisal in practice?',
            fr: 'Le personnel peut-il signaler des manquements par des canaux sûrs, et les auteurs de signalements sont-ils protégés en pratique contre les représailles ?',
            ar: 'هل يستطيع الأفراد الإبلاغ عن المخالفات عبر قنوات آمنة، وهل يتمتع المبلّغون فعلًا بالحماية من الانتقام؟',
            es: '¿Puede el personal denunciar irregularidades por canales seguros, y quienes denuncian están protegidos en la práctica contra represalias?',
            pt: 'O pessoal pode denunciar irregularidades por canais seguros, e quem denuncia está protegido na prática contra represálias?',
          },
        },
        {
          name: {
            en: 'Ombuds institutions',
            fr: 'Institutions de médiation',
            ar: 'مؤسسات أمين المظالم',
            es: 'Instituciones de defensoría (ombudsman)',
            pt: 'Instituições de provedoria',
          },
          question: {
            en: 'Is there an ombuds institution to which personnel and the public can take complaints about the security sector?',
            fr: 'Existe-t-il une institution de médiation à laquelle le personnel et le public peuvent adresser des plaintes sur le secteur de la sécurité ?',
            ar: 'هل توجد مؤسسة لأمين المظالم يستطيع الأفراد والجمهور رفع شكاواهم إليها بشأن قطاع الأمن؟',
            es: '¿Existe una institución de defensoría ante la que el personal y el público puedan presentar quejas sobre el sector de la seguridad?',
            pt: 'Existe uma instituição de provedoria à qual o pessoal e o público possam apresentar queixas sobre o setor de segurança?',
          },
        },
        {
          name: {
            en: 'Prosecution and disciplinary mechanisms',
            fr: 'Poursuites et mécanismes disciplinaires',
            ar: 'الملاحقة القضائية والآليات التأديبية',
            es: 'Enjuiciamiento y mecanismos disciplinarios',
            pt: 'Ação penal e mecanismos disciplinares',
          },
          question: {
            en: 'Are misconduct and corruption cases investigated and disciplined or prosecuted consistently, whatever the rank of those involved?',
            fr: 'Les cas de manquement et de corruption font-ils l’objet d’enquêtes et de sanctions disciplinaires ou de poursuites de façon constante, quel que soit le grade des personnes en cause ?',
            ar: 'هل يُحقَّق باتساق في حالات سوء السلوك والفساد وتُتَّخذ بشأنها إجراءات تأديبية أو ملاحقات قضائية، أيًّا كانت رتبة المعنيين؟',
            es: '¿Se investigan de manera sistemática los casos de faltas de conducta y de corrupción, con sanciones disciplinarias o enjuiciamiento, cualquiera que sea el rango de los implicados?',
            pt: 'Os casos de má conduta e de corrupção são investigados e objeto de sanção disciplinar ou de ação penal de forma consistente, qualquer que seja o posto dos envolvidos?',
          },
        },
      ],
    ),
  ],
};
