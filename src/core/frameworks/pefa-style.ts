import type { Framework, Group, LocalizedText, PefaMethod, SsrDimension } from './types.ts';

/** Built-in text: every language spelled out, so a missing translation fails to compile. */
type Text = Required<LocalizedText>;

interface Dimension {
  text: Text;
  guidance: Text;
}

function indicator(
  number: number,
  pefaMethod: PefaMethod,
  dimension: SsrDimension,
  name: Text,
  dimensions: Dimension[],
): Group {
  return {
    id: `spi-${number}`,
    code: `SPI-${number}`,
    name,
    dimension,
    pefaMethod,
    items: dimensions.map(({ text, guidance }, index) => ({
      id: `spi-${number}.${index + 1}`,
      code: `SPI-${number}.${index + 1}`,
      text,
      guidance,
    })),
  };
}

/**
 * Public finance in the security sector, scored the PEFA way: each dimension A–D, each indicator
 * combined by weakest link (M1) where one weak dimension undermines the rest, or by averaging (M2)
 * where dimensions compensate for one another.
 */
export const PEFA_STYLE: Framework = {
  id: 'pefa-style',
  version: '1.0.0',
  name: {
    en: 'Security sector public finance (PEFA-style)',
    fr: 'Finances publiques du secteur de la sécurité (méthode PEFA)',
    ar: 'المالية العامة لقطاع الأمن (على نمط PEFA)',
    es: 'Finanzas públicas del sector de la seguridad (método PEFA)',
    pt: 'Finanças públicas do setor de segurança (método PEFA)',
  },
  description: {
    en: 'Indicators of public financial management in defence and security, with dimensions graded A to D and combined per indicator by the PEFA weakest-link (M1) or averaging (M2) method.',
    fr: 'Indicateurs de gestion des finances publiques de la défense et de la sécurité, dont les composantes sont notées de A à D et agrégées par indicateur selon la méthode PEFA du maillon faible (M1) ou de la moyenne (M2).',
    ar: 'مؤشرات لإدارة المالية العامة في قطاعي الدفاع والأمن، تُقيَّم أبعادها من A إلى D وتُجمَّع لكل مؤشر بطريقة الحلقة الأضعف (M1) أو المتوسط (M2) وفق منهجية PEFA.',
    es: 'Indicadores de gestión de las finanzas públicas en defensa y seguridad, cuyas dimensiones se califican de A a D y se combinan por indicador según el método PEFA del eslabón más débil (M1) o del promedio (M2).',
    pt: 'Indicadores de gestão das finanças públicas na defesa e segurança, cujas dimensões são classificadas de A a D e combinadas por indicador segundo o método PEFA do elo mais fraco (M1) ou da média (M2).',
  },
  source:
    'Scoring method of the PEFA Framework for assessing public financial management (2016); security-sector indicators adapted for Custodes, not official PEFA indicators.',
  scale: [
    {
      value: 1,
      label: 'D',
      descriptor: {
        en: 'Below the basic level, absent, or too little information to score (recorded as D*).',
        fr: 'En deçà du niveau de base, absent, ou informations insuffisantes pour noter (noté D*).',
        ar: 'دون المستوى الأساسي، أو غير موجود، أو المعلومات غير كافية لإسناد درجة (يُسجَّل D*).',
        es: 'Por debajo del nivel básico, inexistente o con información insuficiente para calificar (se registra como D*).',
        pt: 'Abaixo do nível básico, inexistente ou com informação insuficiente para classificar (registado como D*).',
      },
    },
    {
      value: 2,
      label: 'C',
      descriptor: {
        en: 'Basic level of performance, consistent with good international practice.',
        fr: 'Niveau de performance de base, conforme aux bonnes pratiques internationales.',
        ar: 'مستوى أداء أساسي، يتسق مع الممارسات الدولية الجيدة.',
        es: 'Nivel básico de desempeño, acorde con las buenas prácticas internacionales.',
        pt: 'Nível básico de desempenho, consistente com as boas práticas internacionais.',
      },
    },
    {
      value: 3,
      label: 'B',
      descriptor: {
        en: 'Sound performance, meeting many elements of good international practice.',
        fr: 'Bonne performance, répondant à de nombreux éléments des bonnes pratiques internationales.',
        ar: 'أداء سليم، يستوفي كثيرًا من عناصر الممارسات الدولية الجيدة.',
        es: 'Buen desempeño, que cumple muchos elementos de las buenas prácticas internacionales.',
        pt: 'Bom desempenho, que cumpre muitos elementos das boas práticas internacionais.',
      },
    },
    {
      value: 4,
      label: 'A',
      descriptor: {
        en: 'High performance, meeting good international practice in full.',
        fr: 'Performance élevée, pleinement conforme aux bonnes pratiques internationales.',
        ar: 'أداء عالٍ، يستوفي الممارسات الدولية الجيدة استيفاءً تامًا.',
        es: 'Alto desempeño, que cumple plenamente las buenas prácticas internacionales.',
        pt: 'Desempenho elevado, que cumpre plenamente as boas práticas internacionais.',
      },
    },
  ],
  aggregation: { method: 'pefa' },
  groups: [
    indicator(
      1,
      'M1',
      'economic',
      {
        en: 'Reliability of the security budget',
        fr: 'Fiabilité du budget de la sécurité',
        ar: 'موثوقية موازنة الأمن',
        es: 'Confiabilidad del presupuesto de seguridad',
        pt: 'Fiabilidade do orçamento da segurança',
      },
      [
        {
          text: {
            en: 'Aggregate outturn of defence and security spending against the approved budget',
            fr: 'Exécution globale des dépenses de défense et de sécurité par rapport au budget approuvé',
            ar: 'الإنفاق الفعلي الإجمالي على الدفاع والأمن مقارنةً بالموازنة المعتمدة',
            es: 'Ejecución agregada del gasto de defensa y seguridad respecto del presupuesto aprobado',
            pt: 'Execução agregada da despesa de defesa e segurança face ao orçamento aprovado',
          },
          guidance: {
            en: 'Compare actual with budgeted spending for each of the last three completed years.',
            fr: 'Comparer les dépenses effectives aux dépenses budgétées pour chacun des trois derniers exercices clos.',
            ar: 'قارن الإنفاق الفعلي بالإنفاق المدرج في الموازنة لكل سنة من السنوات الثلاث الأخيرة المكتملة.',
            es: 'Compare el gasto real con el presupuestado en cada uno de los tres últimos ejercicios cerrados.',
            pt: 'Compare a despesa efetiva com a orçamentada em cada um dos três últimos exercícios encerrados.',
          },
        },
        {
          text: {
            en: 'Outturn by institution and programme against the approved budget',
            fr: 'Exécution par institution et par programme par rapport au budget approuvé',
            ar: 'الإنفاق الفعلي حسب المؤسسة والبرنامج مقارنةً بالموازنة المعتمدة',
            es: 'Ejecución por institución y programa respecto del presupuesto aprobado',
            pt: 'Execução por instituição e programa face ao orçamento aprovado',
          },
          guidance: {
            en: 'Measure how far spending was reallocated between institutions and programmes during the year.',
            fr: 'Mesurer l’ampleur des réaffectations de dépenses entre institutions et programmes en cours d’exercice.',
            ar: 'قِس مدى إعادة توزيع الإنفاق بين المؤسسات والبرامج خلال السنة.',
            es: 'Mida en qué medida se reasignó el gasto entre instituciones y programas durante el año.',
            pt: 'Meça em que medida a despesa foi reafetada entre instituições e programas durante o ano.',
          },
        },
        {
          text: {
            en: 'Use of contingency reserves and supplementary allocations',
            fr: 'Recours aux réserves pour imprévus et aux crédits supplémentaires',
            ar: 'اللجوء إلى احتياطيات الطوارئ والاعتمادات الإضافية',
            es: 'Uso de reservas para contingencias y asignaciones suplementarias',
            pt: 'Recurso a reservas para contingências e dotações suplementares',
          },
          guidance: {
            en: 'Look at how often and how much security institutions draw on reserves or supplementary budgets.',
            fr: 'Examiner à quelle fréquence et dans quelle mesure les institutions de sécurité puisent dans les réserves ou les budgets supplémentaires.',
            ar: 'انظر في عدد مرات لجوء المؤسسات الأمنية إلى الاحتياطيات أو الموازنات التكميلية وفي حجم ما تسحبه منها.',
            es: 'Observe con qué frecuencia y en qué cuantía las instituciones de seguridad recurren a reservas o presupuestos suplementarios.',
            pt: 'Observe com que frequência e em que montante as instituições de segurança recorrem a reservas ou orçamentos suplementares.',
          },
        },
      ],
    ),
    indicator(
      2,
      'M2',
      'economic',
      {
        en: 'Comprehensiveness of security budgets',
        fr: 'Exhaustivité des budgets de sécurité',
        ar: 'شمولية موازنات الأمن',
        es: 'Exhaustividad de los presupuestos de seguridad',
        pt: 'Abrangência dos orçamentos da segurança',
      },
      [
        {
          text: {
            en: 'Coverage of own-source revenue and extrabudgetary funds of security institutions',
            fr: 'Couverture des recettes propres et des fonds extrabudgétaires des institutions de sécurité',
            ar: 'شمول الإيرادات الذاتية والأموال من خارج الموازنة للمؤسسات الأمنية',
            es: 'Cobertura de los ingresos propios y los fondos extrapresupuestarios de las instituciones de seguridad',
            pt: 'Cobertura das receitas próprias e dos fundos extraorçamentais das instituições de segurança',
          },
          guidance: {
            en: 'Include revenue from military-owned businesses, fees, asset sales and donor funds outside the budget.',
            fr: 'Inclure les recettes des entreprises détenues par l’armée, les redevances, les cessions d’actifs et les fonds de bailleurs hors budget.',
            ar: 'أدرج الإيرادات المتأتية من الشركات المملوكة للجيش والرسوم وبيع الأصول وأموال الجهات المانحة الواقعة خارج الموازنة.',
            es: 'Incluya los ingresos de empresas de propiedad militar, tasas, ventas de activos y fondos de donantes fuera del presupuesto.',
            pt: 'Inclua as receitas de empresas detidas pelas forças armadas, taxas, alienação de ativos e fundos de doadores fora do orçamento.',
          },
        },
        {
          text: {
            en: 'Budget classification consistent with government-wide standards',
            fr: 'Classification budgétaire conforme aux normes de l’ensemble de l’administration',
            ar: 'تصنيف الموازنة وفق المعايير المعتمدة على مستوى الحكومة بأكملها',
            es: 'Clasificación presupuestaria acorde con las normas aplicables a toda la administración',
            pt: 'Classificação orçamental conforme às normas do conjunto da administração',
          },
          guidance: {
            en: 'Check that administrative, economic and functional classifications follow the national standard.',
            fr: 'Vérifier que les classifications administrative, économique et fonctionnelle suivent la norme nationale.',
            ar: 'تحقق من أن التصنيفات الإدارية والاقتصادية والوظيفية تتبع المعيار الوطني.',
            es: 'Verifique que las clasificaciones administrativa, económica y funcional sigan la norma nacional.',
            pt: 'Verifique se as classificações administrativa, económica e funcional seguem a norma nacional.',
          },
        },
        {
          text: {
            en: 'Treatment of classified expenditure in budget documentation',
            fr: 'Traitement des dépenses classifiées dans la documentation budgétaire',
            ar: 'معالجة النفقات السرية في وثائق الموازنة',
            es: 'Tratamiento del gasto clasificado en la documentación presupuestaria',
            pt: 'Tratamento da despesa classificada na documentação orçamental',
          },
          guidance: {
            en: 'Classified spending should at least appear as totals, with details available to cleared overseers.',
            fr: 'Les dépenses classifiées doivent au moins figurer en totaux, le détail étant accessible aux contrôleurs habilités.',
            ar: 'ينبغي أن تظهر النفقات السرية في صورة مجاميع على الأقل، مع إتاحة تفاصيلها لجهات الرقابة المأذون لها بالاطلاع.',
            es: 'El gasto clasificado debería figurar al menos en totales, con el detalle a disposición de los órganos de supervisión habilitados.',
            pt: 'A despesa classificada deve figurar pelo menos em totais, com o detalhe acessível aos órgãos de supervisão credenciados.',
          },
        },
      ],
    ),
    indicator(
      3,
      'M1',
      'political',
      {
        en: 'Legislative scrutiny of security budgets',
        fr: 'Examen législatif des budgets de sécurité',
        ar: 'فحص السلطة التشريعية لموازنات الأمن',
        es: 'Examen legislativo de los presupuestos de seguridad',
        pt: 'Escrutínio legislativo dos orçamentos da segurança',
      },
      [
        {
          text: {
            en: 'Scope of legislative scrutiny of defence and security budget proposals',
            fr: 'Portée de l’examen législatif des projets de budget de défense et de sécurité',
            ar: 'نطاق فحص السلطة التشريعية لمشروعات موازنات الدفاع والأمن',
            es: 'Alcance del examen legislativo de los proyectos de presupuesto de defensa y seguridad',
            pt: 'Âmbito do escrutínio legislativo das propostas de orçamento de defesa e segurança',
          },
          guidance: {
            en: 'Does scrutiny cover policy, medium-term priorities and detailed estimates, not only totals?',
            fr: 'L’examen porte-t-il sur la politique, les priorités à moyen terme et les prévisions détaillées, et pas seulement sur les totaux ?',
            ar: 'هل يشمل الفحص السياسات والأولويات في المدى المتوسط والتقديرات التفصيلية، لا المجاميع وحدها؟',
            es: '¿Abarca el examen la política, las prioridades a mediano plazo y las estimaciones detalladas, y no solo los totales?',
            pt: 'O escrutínio abrange a política, as prioridades de médio prazo e as estimativas detalhadas, e não apenas os totais?',
          },
        },
        {
          text: {
            en: 'Legislative procedures and committee access to classified budget information',
            fr: 'Procédures législatives et accès des commissions aux informations budgétaires classifiées',
            ar: 'الإجراءات التشريعية واطلاع اللجان على معلومات الموازنة السرية',
            es: 'Procedimientos legislativos y acceso de las comisiones a la información presupuestaria clasificada',
            pt: 'Procedimentos legislativos e acesso das comissões à informação orçamental classificada',
          },
          guidance: {
            en: 'Look for established procedures, specialised committees and cleared members or staff.',
            fr: 'Rechercher des procédures établies, des commissions spécialisées et des membres ou collaborateurs habilités.',
            ar: 'ابحث عن إجراءات راسخة ولجان متخصصة وأعضاء أو موظفين مأذون لهم بالاطلاع.',
            es: 'Busque procedimientos establecidos, comisiones especializadas y miembros o personal habilitados.',
            pt: 'Procure procedimentos estabelecidos, comissões especializadas e deputados ou funcionários credenciados.',
          },
        },
        {
          text: {
            en: 'Timing of budget approval',
            fr: 'Calendrier d’adoption du budget',
            ar: 'توقيت إقرار الموازنة',
            es: 'Calendario de aprobación del presupuesto',
            pt: 'Calendário de aprovação do orçamento',
          },
          guidance: {
            en: 'Is the budget approved before the start of the fiscal year?',
            fr: 'Le budget est-il adopté avant le début de l’exercice ?',
            ar: 'هل تُقَرّ الموازنة قبل بداية السنة المالية؟',
            es: '¿Se aprueba el presupuesto antes del inicio del ejercicio fiscal?',
            pt: 'O orçamento é aprovado antes do início do exercício orçamental?',
          },
        },
        {
          text: {
            en: 'Rules for in-year budget changes by the executive',
            fr: 'Règles de modification du budget en cours d’exercice par l’exécutif',
            ar: 'قواعد تعديل السلطة التنفيذية للموازنة خلال السنة المالية',
            es: 'Reglas para las modificaciones presupuestarias del ejecutivo durante el ejercicio',
            pt: 'Regras para as alterações orçamentais do executivo durante o exercício',
          },
          guidance: {
            en: 'Are there clear limits on reallocations without legislative approval, and are they respected?',
            fr: 'Existe-t-il des limites claires aux réaffectations sans approbation législative, et sont-elles respectées ?',
            ar: 'هل توجد حدود واضحة لإعادة توزيع الاعتمادات دون موافقة السلطة التشريعية، وهل تُحترم؟',
            es: '¿Existen límites claros a las reasignaciones sin aprobación legislativa, y se respetan?',
            pt: 'Existem limites claros às reafetações sem aprovação legislativa, e são respeitados?',
          },
        },
      ],
    ),
    indicator(
      4,
      'M1',
      'economic',
      {
        en: 'External audit of security institutions',
        fr: 'Audit externe des institutions de sécurité',
        ar: 'التدقيق الخارجي للمؤسسات الأمنية',
        es: 'Auditoría externa de las instituciones de seguridad',
        pt: 'Auditoria externa das instituições de segurança',
      },
      [
        {
          text: {
            en: 'Audit coverage, classified spending included',
            fr: 'Couverture de l’audit, dépenses classifiées comprises',
            ar: 'نطاق التدقيق، بما في ذلك النفقات السرية',
            es: 'Cobertura de la auditoría, incluido el gasto clasificado',
            pt: 'Cobertura da auditoria, incluindo a despesa classificada',
          },
          guidance: {
            en: 'Share of security spending audited by the supreme audit institution over the last three years.',
            fr: 'Part des dépenses de sécurité auditées par l’institution supérieure de contrôle au cours des trois dernières années.',
            ar: 'نسبة الإنفاق الأمني التي دققها الجهاز الأعلى للرقابة المالية خلال السنوات الثلاث الأخيرة.',
            es: 'Proporción del gasto de seguridad auditado por la entidad fiscalizadora superior en los tres últimos años.',
            pt: 'Proporção da despesa de segurança auditada pela instituição superior de controlo nos últimos três anos.',
          },
        },
        {
          text: {
            en: 'Submission of audit reports to the legislature',
            fr: 'Transmission des rapports d’audit au parlement',
            ar: 'تقديم تقارير التدقيق إلى السلطة التشريعية',
            es: 'Presentación de los informes de auditoría al poder legislativo',
            pt: 'Apresentação dos relatórios de auditoria ao poder legislativo',
          },
          guidance: {
            en: 'Time from the end of the audited period to submission of the report.',
            fr: 'Délai entre la fin de la période auditée et la transmission du rapport.',
            ar: 'المدة الفاصلة بين نهاية الفترة الخاضعة للتدقيق وتقديم التقرير.',
            es: 'Plazo entre el final del período auditado y la presentación del informe.',
            pt: 'Prazo entre o fim do período auditado e a apresentação do relatório.',
          },
        },
        {
          text: {
            en: 'Follow-up of audit recommendations',
            fr: 'Suivi des recommandations d’audit',
            ar: 'متابعة توصيات التدقيق',
            es: 'Seguimiento de las recomendaciones de auditoría',
            pt: 'Seguimento das recomendações de auditoria',
          },
          guidance: {
            en: 'Evidence that security institutions respond to and implement recommendations.',
            fr: 'Éléments attestant que les institutions de sécurité répondent aux recommandations et les mettent en œuvre.',
            ar: 'أدلة على أن المؤسسات الأمنية ترد على التوصيات وتنفذها.',
            es: 'Pruebas de que las instituciones de seguridad responden a las recomendaciones y las aplican.',
            pt: 'Provas de que as instituições de segurança respondem às recomendações e as aplicam.',
          },
        },
        {
          text: {
            en: 'Independence of the supreme audit institution in the security sector',
            fr: 'Indépendance de l’institution supérieure de contrôle dans le secteur de la sécurité',
            ar: 'استقلالية الجهاز الأعلى للرقابة المالية في قطاع الأمن',
            es: 'Independencia de la entidad fiscalizadora superior en el sector de la seguridad',
            pt: 'Independência da instituição superior de controlo no setor de segurança',
          },
          guidance: {
            en: 'Unrestricted access to records, facilities and personnel, and freedom to publish.',
            fr: 'Accès sans restriction aux documents, aux installations et au personnel, et liberté de publier.',
            ar: 'الاطلاع دون قيود على السجلات والمنشآت والأفراد، وحرية النشر.',
            es: 'Acceso sin restricciones a registros, instalaciones y personal, y libertad de publicar.',
            pt: 'Acesso sem restrições a registos, instalações e pessoal, e liberdade de publicar.',
          },
        },
      ],
    ),
    indicator(
      5,
      'M2',
      'economic',
      {
        en: 'Procurement in defence and security',
        fr: 'Marchés publics de défense et de sécurité',
        ar: 'المشتريات العامة في قطاعي الدفاع والأمن',
        es: 'Contratación pública en defensa y seguridad',
        pt: 'Contratação pública na defesa e segurança',
      },
      [
        {
          text: {
            en: 'Procurement records and monitoring',
            fr: 'Registres et suivi des marchés',
            ar: 'سجلات المشتريات ومتابعتها',
            es: 'Registros y seguimiento de las contrataciones',
            pt: 'Registos e acompanhamento da contratação',
          },
          guidance: {
            en: 'Completeness of records on what was bought, at what price and from whom.',
            fr: 'Exhaustivité des registres indiquant ce qui a été acheté, à quel prix et auprès de qui.',
            ar: 'اكتمال السجلات التي تبيّن ما اشتُري وبأي سعر وممّن.',
            es: 'Exhaustividad de los registros sobre qué se compró, a qué precio y a quién.',
            pt: 'Exaustividade dos registos sobre o que foi comprado, a que preço e a quem.',
          },
        },
        {
          text: {
            en: 'Share of contracts awarded by competitive methods',
            fr: 'Part des marchés attribués par mise en concurrence',
            ar: 'نسبة العقود المُرساة بأساليب تنافسية',
            es: 'Proporción de contratos adjudicados mediante métodos competitivos',
            pt: 'Proporção de contratos adjudicados por métodos concorrenciais',
          },
          guidance: {
            en: 'Value of contracts awarded competitively as a share of total contract value.',
            fr: 'Valeur des marchés attribués par mise en concurrence rapportée à la valeur totale des marchés.',
            ar: 'قيمة العقود المُرساة بالمنافسة نسبةً إلى القيمة الإجمالية للعقود.',
            es: 'Valor de los contratos adjudicados de forma competitiva como proporción del valor total de los contratos.',
            pt: 'Valor dos contratos adjudicados por concorrência em proporção do valor total dos contratos.',
          },
        },
        {
          text: {
            en: 'Public access to procurement information',
            fr: 'Accès du public à l’information sur les marchés',
            ar: 'إتاحة معلومات المشتريات للجمهور',
            es: 'Acceso público a la información sobre contrataciones',
            pt: 'Acesso público à informação sobre contratação',
          },
          guidance: {
            en: 'Publication of plans, tenders, awards and complaint outcomes, with justified exemptions only.',
            fr: 'Publication des plans, des appels d’offres, des attributions et de l’issue des recours, avec des exemptions justifiées uniquement.',
            ar: 'نشر الخطط والمناقصات وقرارات الإرساء ونتائج الشكاوى، دون استثناءات إلا ما كان منها مبرَّرًا.',
            es: 'Publicación de planes, licitaciones, adjudicaciones y resultados de las reclamaciones, con excepciones solo cuando estén justificadas.',
            pt: 'Publicação de planos, concursos, adjudicações e resultados das reclamações, apenas com isenções justificadas.',
          },
        },
        {
          text: {
            en: 'Independent handling of procurement complaints',
            fr: 'Traitement indépendant des recours en matière de marchés',
            ar: 'النظر المستقل في الشكاوى المتعلقة بالمشتريات',
            es: 'Tramitación independiente de las reclamaciones en materia de contratación',
            pt: 'Tratamento independente das reclamações em matéria de contratação',
          },
          guidance: {
            en: 'A body outside the buying institution resolves complaints within set time limits.',
            fr: 'Un organe extérieur à l’institution acheteuse tranche les recours dans des délais fixés.',
            ar: 'تبتّ هيئة من خارج المؤسسة المشترية في الشكاوى ضمن مهل محددة.',
            es: 'Un órgano ajeno a la institución compradora resuelve las reclamaciones en plazos fijados.',
            pt: 'Um órgão exterior à instituição adquirente decide as reclamações dentro de prazos fixados.',
          },
        },
      ],
    ),
    indicator(
      6,
      'M1',
      'institutional',
      {
        en: 'Payroll controls for security personnel',
        fr: 'Contrôle de la solde du personnel de sécurité',
        ar: 'ضوابط كشوف رواتب أفراد الأمن',
        es: 'Controles de la nómina del personal de seguridad',
        pt: 'Controlo da folha de vencimentos do pessoal de segurança',
      },
      [
        {
          text: {
            en: 'Integration of payroll and personnel records',
            fr: 'Intégration de la solde et des dossiers du personnel',
            ar: 'الربط بين كشوف الرواتب وسجلات الأفراد',
            es: 'Integración de la nómina y los registros de personal',
            pt: 'Integração da folha de vencimentos e dos registos de pessoal',
          },
          guidance: {
            en: 'Payroll is supported by complete personnel records and reconciled with them each month.',
            fr: 'La solde s’appuie sur des dossiers du personnel complets et est rapprochée de ceux-ci chaque mois.',
            ar: 'تستند كشوف الرواتب إلى سجلات أفراد كاملة وتُطابَق معها كل شهر.',
            es: 'La nómina se sustenta en registros de personal completos y se concilia con ellos cada mes.',
            pt: 'A folha de vencimentos assenta em registos de pessoal completos e é conciliada com eles todos os meses.',
          },
        },
        {
          text: {
            en: 'Management of payroll changes',
            fr: 'Gestion des modifications de la solde',
            ar: 'إدارة التعديلات على كشوف الرواتب',
            es: 'Gestión de los cambios en la nómina',
            pt: 'Gestão das alterações à folha de vencimentos',
          },
          guidance: {
            en: 'Changes to personnel and pay are processed promptly, with few retroactive adjustments.',
            fr: 'Les modifications relatives au personnel et à la solde sont traitées rapidement, avec peu d’ajustements rétroactifs.',
            ar: 'تُعالَج التغييرات المتعلقة بالأفراد والرواتب دون إبطاء، ولا تُجرى إلا تسويات قليلة بأثر رجعي.',
            es: 'Los cambios de personal y de remuneración se tramitan con prontitud, con pocos ajustes retroactivos.',
            pt: 'As alterações de pessoal e de remuneração são processadas prontamente, com poucos ajustamentos retroativos.',
          },
        },
        {
          text: {
            en: 'Internal control of the payroll',
            fr: 'Contrôle interne de la solde',
            ar: 'الرقابة الداخلية على كشوف الرواتب',
            es: 'Control interno de la nómina',
            pt: 'Controlo interno da folha de vencimentos',
          },
          guidance: {
            en: 'Authority to change records and pay is restricted and leaves an audit trail.',
            fr: 'Le droit de modifier les dossiers et la solde est restreint et laisse une piste d’audit.',
            ar: 'صلاحية تعديل السجلات والرواتب مقصورة على جهات محددة، وكل تعديل يترك أثرًا قابلًا للتدقيق.',
            es: 'La facultad de modificar registros y remuneraciones está restringida y deja un rastro de auditoría.',
            pt: 'A autorização para alterar registos e remunerações é restrita e deixa uma pista de auditoria.',
          },
        },
        {
          text: {
            en: 'Payroll audit',
            fr: 'Audit de la solde',
            ar: 'تدقيق كشوف الرواتب',
            es: 'Auditoría de la nómina',
            pt: 'Auditoria da folha de vencimentos',
          },
          guidance: {
            en: 'Regular payroll audits, including headcounts to detect ghost personnel.',
            fr: 'Audits réguliers de la solde, y compris des recensements physiques pour détecter le personnel fictif.',
            ar: 'تدقيق منتظم لكشوف الرواتب، يشمل حصر الأفراد حضوريًا لكشف الأسماء الوهمية.',
            es: 'Auditorías periódicas de la nómina, incluidos recuentos físicos para detectar personal fantasma.',
            pt: 'Auditorias regulares da folha de vencimentos, incluindo contagens físicas para detetar pessoal fantasma.',
          },
        },
      ],
    ),
  ],
};
