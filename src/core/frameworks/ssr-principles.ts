import { MATURITY_SCALE } from './builtin-helpers.ts';
import type { Framework, Item, LocalizedText } from './types.ts';

/** One principle as one question; `guidance` restates the principle for the assessor. */
function principle(number: number, text: LocalizedText, guidance: LocalizedText): Item {
  return { id: `p${number}`, code: `P${number}`, text, guidance };
}

/**
 * The fifteen norms and principles of SSR. The principles keep their usual numbering (P1–P15);
 * the four groups are ours, so the principles can be charted by dimension of reform.
 */
export const SSR_PRINCIPLES: Framework = {
  id: 'ssr-principles',
  version: '1.0.0',
  name: {
    en: 'Key norms and principles of SSR',
    fr: 'Normes et principes clés de la RSS',
    ar: 'المعايير والمبادئ الأساسية لإصلاح قطاع الأمن',
    es: 'Normas y principios clave de la RSS',
    pt: 'Normas e princípios fundamentais da RSS',
  },
  description: {
    en: 'How far a reform programme respects the fifteen principles that underpin security sector reform, each assessed on a maturity scale from 0 to 4.',
    fr: 'Dans quelle mesure un programme de réforme respecte les quinze principes qui fondent la réforme du secteur de la sécurité, chacun évalué sur une échelle de maturité de 0 à 4.',
    ar: 'تقييم مدى احترام برنامج الإصلاح للمبادئ الخمسة عشر التي يقوم عليها إصلاح قطاع الأمن، على مقياس نضج من 0 إلى 4.',
    es: 'En qué medida un programa de reforma respeta los quince principios en los que se basa la reforma del sector de la seguridad, cada uno evaluado en una escala de madurez de 0 a 4.',
    pt: 'Em que medida um programa de reforma respeita os quinze princípios em que assenta a reforma do setor de segurança, cada um avaliado numa escala de maturidade de 0 a 4.',
  },
  source:
    'The fifteen key norms and principles of the SSR model as set out in SSR primers (people-centred to context-specific); questions and grouping written for Custodes.',
  scale: MATURITY_SCALE,
  aggregation: { method: 'mean' },
  groups: [
    {
      id: 'governance',
      code: 'GOV',
      name: {
        en: 'Democratic governance and the rule of law',
        fr: 'Gouvernance démocratique et État de droit',
        ar: 'الحوكمة الديمقراطية وسيادة القانون',
        es: 'Gobernanza democrática y Estado de derecho',
        pt: 'Governação democrática e Estado de direito',
      },
      dimension: 'political',
      items: [
        principle(
          2,
          {
            en: 'Are all security actors, the state included, bound by laws that are public, applied equally, adjudicated independently and consistent with human rights standards?',
            fr: "Tous les acteurs de la sécurité, l'État compris, sont-ils soumis à des lois publiques, appliquées de manière égale, tranchées par des juges indépendants et conformes aux droits de l'homme ?",
            ar: 'هل تخضع جميع الجهات الفاعلة في مجال الأمن، بما فيها الدولة، لقوانين علنية تُطبَّق على الجميع بالتساوي ويُفصَل فيها بصورة مستقلة وتتوافق مع معايير حقوق الإنسان؟',
            es: '¿Están todos los actores de la seguridad, incluido el Estado, sujetos a leyes públicas, aplicadas por igual, dirimidas por jueces independientes y conformes con las normas de derechos humanos?',
            pt: 'Estão todos os atores da segurança, incluindo o Estado, sujeitos a leis públicas, aplicadas de forma igual, decididas por tribunais independentes e conformes às normas de direitos humanos?',
          },
          {
            en: 'Primacy of the rule of law.',
            fr: "Primauté de l'État de droit.",
            ar: 'أولوية سيادة القانون.',
            es: 'Primacía del Estado de derecho.',
            pt: 'Primado do Estado de direito.',
          },
        ),
        principle(
          3,
          {
            en: 'Is information on security plans and resources available inside government and to the public, with confidentiality kept to what national security truly needs?',
            fr: "L'information sur les plans et les ressources de sécurité est-elle disponible au sein de l'État et pour le public, la confidentialité étant limitée aux vrais besoins de la sécurité nationale ?",
            ar: 'هل تُتاح المعلومات المتعلقة بخطط الأمن وموارده داخل الحكومة وللجمهور، مع قصر السرية على ما يقتضيه الأمن الوطني فعلًا؟',
            es: '¿Está disponible la información sobre los planes y recursos de seguridad dentro del gobierno y para el público, limitándose la confidencialidad a lo que la seguridad nacional realmente requiere?',
            pt: 'A informação sobre os planos e recursos de segurança está disponível dentro do governo e para o público, limitando-se a confidencialidade ao que a segurança nacional realmente exige?',
          },
          {
            en: 'Transparency.',
            fr: 'Transparence.',
            ar: 'الشفافية.',
            es: 'Transparencia.',
            pt: 'Transparência.',
          },
        ),
        principle(
          4,
          {
            en: 'Do security institutions answer to elected civilian authorities, independent oversight bodies and civil society, with working mechanisms for human rights and financial oversight?',
            fr: 'Les institutions de sécurité rendent-elles compte aux autorités civiles élues, aux organes de contrôle indépendants et à la société civile, avec des mécanismes opérationnels de contrôle des droits humains et des finances ?',
            ar: 'هل تخضع مؤسسات الأمن للمساءلة أمام السلطات المدنية المنتخبة وهيئات الرقابة المستقلة والمجتمع المدني، مع وجود آليات فعالة للرقابة في مجال حقوق الإنسان والرقابة المالية؟',
            es: '¿Rinden cuentas las instituciones de seguridad ante las autoridades civiles electas, los órganos de supervisión independientes y la sociedad civil, con mecanismos operativos de supervisión en materia de derechos humanos y de finanzas?',
            pt: 'As instituições de segurança prestam contas às autoridades civis eleitas, aos órgãos de supervisão independentes e à sociedade civil, com mecanismos operacionais de supervisão em matéria de direitos humanos e de finanças?',
          },
          {
            en: 'Democratic accountability and oversight: subordination to democratic civilian authority is the core concern of SSR.',
            fr: 'Redevabilité et contrôle démocratiques : la subordination à une autorité civile démocratique est la préoccupation centrale de la RSS.',
            ar: 'المساءلة والرقابة الديمقراطيتان: الخضوع لسلطة مدنية ديمقراطية هو الشاغل الأساسي لإصلاح قطاع الأمن.',
            es: 'Rendición de cuentas y supervisión democráticas: la subordinación a una autoridad civil democrática es la preocupación central de la RSS.',
            pt: 'Prestação de contas e supervisão democráticas: a subordinação a uma autoridade civil democrática é a preocupação central da RSS.',
          },
        ),
        principle(
          8,
          {
            en: 'Are roles meant for civilians, such as policy, management and oversight, actually held by civilians rather than military or security officers?',
            fr: 'Les fonctions civiles, comme la politique, la gestion et le contrôle, sont-elles réellement exercées par des civils plutôt que par des militaires ou des agents de sécurité ?',
            ar: 'هل يشغل المدنيون فعلًا الوظائف المخصصة لهم، مثل رسم السياسات والإدارة والرقابة، بدلًا من الضباط العسكريين أو الأمنيين؟',
            es: '¿Las funciones destinadas a civiles, como la formulación de políticas, la gestión y la supervisión, las ejercen realmente civiles y no oficiales militares o de seguridad?',
            pt: 'As funções destinadas a civis, como a definição de políticas, a gestão e a supervisão, são efetivamente exercidas por civis e não por oficiais militares ou de segurança?',
          },
          {
            en: 'Civilianisation: a heavily militarised sector resists democratic control.',
            fr: 'Civilianisation : un secteur fortement militarisé résiste au contrôle démocratique.',
            ar: 'إضفاء الطابع المدني: القطاع الشديد العسكرة يقاوم الرقابة الديمقراطية.',
            es: 'Gestión civil: un sector muy militarizado se resiste al control democrático.',
            pt: 'Gestão civil: um setor fortemente militarizado resiste ao controlo democrático.',
          },
        ),
        principle(
          10,
          {
            en: 'Is the reform anchored in the wider political settlement or peace agreement, with consensus built among national actors and external partners?',
            fr: "La réforme est-elle ancrée dans le règlement politique plus large ou l'accord de paix, avec un consensus construit entre acteurs nationaux et partenaires extérieurs ?",
            ar: 'هل الإصلاح راسخ في التسوية السياسية الأوسع أو في اتفاق السلام، مع بناء توافق بين الجهات الفاعلة الوطنية والشركاء الخارجيين؟',
            es: '¿Está la reforma anclada en el acuerdo político más amplio o en el acuerdo de paz, con un consenso construido entre los actores nacionales y los socios externos?',
            pt: 'A reforma está ancorada no acordo político mais amplo ou no acordo de paz, com um consenso construído entre os atores nacionais e os parceiros externos?',
          },
          {
            en: 'A political process: reform is contested early on; the long-term aim is a depoliticised sector.',
            fr: 'Un processus politique : la réforme est disputée au départ ; le but à long terme est un secteur dépolitisé.',
            ar: 'عملية سياسية: يكون الإصلاح موضع خلاف في مراحله الأولى، والهدف على المدى الطويل قطاع بعيد عن التسييس.',
            es: 'Un proceso político: al principio la reforma es objeto de disputa; el objetivo a largo plazo es un sector despolitizado.',
            pt: 'Um processo político: no início, a reforma é contestada; o objetivo a longo prazo é um setor despolitizado.',
          },
        ),
      ],
    },
    {
      id: 'effectiveness',
      code: 'EFF',
      name: {
        en: 'Effectiveness and coordination',
        fr: 'Efficacité et coordination',
        ar: 'الفعالية والتنسيق',
        es: 'Eficacia y coordinación',
        pt: 'Eficácia e coordenação',
      },
      dimension: 'institutional',
      items: [
        principle(
          5,
          {
            en: 'Are there standing mechanisms through which security and justice actors cooperate in line with their legal roles?',
            fr: 'Existe-t-il des mécanismes permanents par lesquels les acteurs de la sécurité et de la justice coopèrent selon leurs rôles légaux ?',
            ar: 'هل توجد آليات دائمة تتعاون من خلالها الجهات الفاعلة في مجالي الأمن والعدالة وفقًا لأدوارها القانونية؟',
            es: '¿Existen mecanismos permanentes mediante los cuales los actores de la seguridad y de la justicia cooperan conforme a sus funciones legales?',
            pt: 'Existem mecanismos permanentes através dos quais os atores da segurança e da justiça cooperam de acordo com as suas funções legais?',
          },
          {
            en: 'Whole-of-government coordination.',
            fr: "Coordination à l'échelle de l'ensemble du gouvernement.",
            ar: 'التنسيق على مستوى الحكومة بأكملها.',
            es: 'Coordinación del conjunto del gobierno.',
            pt: 'Coordenação ao nível de todo o governo.',
          },
        ),
        principle(
          6,
          {
            en: 'Are security and justice institutions becoming more effective without weakening safeguards against abuse, corruption and misuse of power?',
            fr: 'Les institutions de sécurité et de justice gagnent-elles en efficacité sans affaiblir les garde-fous contre les abus, la corruption et le détournement du pouvoir ?',
            ar: 'هل تزداد مؤسسات الأمن والعدالة فعالية دون إضعاف الضمانات في وجه الانتهاكات والفساد وإساءة استخدام السلطة؟',
            es: '¿Están las instituciones de seguridad y de justicia ganando eficacia sin debilitar las salvaguardas contra los abusos, la corrupción y el uso indebido del poder?',
            pt: 'As instituições de segurança e de justiça estão a ganhar eficácia sem enfraquecer as salvaguardas contra os abusos, a corrupção e o uso indevido do poder?',
          },
          {
            en: 'Operational effectiveness, never at the expense of human rights and integrity.',
            fr: "Efficacité opérationnelle, jamais au détriment des droits humains et de l'intégrité.",
            ar: 'الفعالية العملياتية، دون أن تكون أبدًا على حساب حقوق الإنسان والنزاهة.',
            es: 'Eficacia operativa, nunca a costa de los derechos humanos y la integridad.',
            pt: 'Eficácia operacional, nunca à custa dos direitos humanos e da integridade.',
          },
        ),
        principle(
          7,
          {
            en: 'Are reforms sequenced and coordinated across the sector, with national and international actors pooling resources behind one integrated plan?',
            fr: 'Les réformes sont-elles séquencées et coordonnées dans tout le secteur, acteurs nationaux et internationaux mettant leurs ressources au service d’un plan intégré ?',
            ar: 'هل تُرتَّب الإصلاحات زمنيًا وتُنسَّق على مستوى القطاع بأكمله، مع تجميع الجهات الفاعلة الوطنية والدولية لمواردها دعمًا لخطة متكاملة واحدة؟',
            es: '¿Se secuencian y coordinan las reformas en todo el sector, con actores nacionales e internacionales que ponen en común sus recursos al servicio de un único plan integrado?',
            pt: 'As reformas são sequenciadas e coordenadas em todo o setor, com os atores nacionais e internacionais a reunir os seus recursos em torno de um único plano integrado?',
          },
          {
            en: 'Coordination, sequencing and integrated policy responses: a failure in one part (the courts, say) can destabilise the whole sector.',
            fr: 'Coordination, séquençage et réponses intégrées : la défaillance d’un maillon (les tribunaux, par exemple) peut déstabiliser tout le secteur.',
            ar: 'التنسيق والترتيب الزمني والاستجابات السياساتية المتكاملة: قد يؤدي إخفاق جزء واحد (المحاكم مثلًا) إلى زعزعة استقرار القطاع بأكمله.',
            es: 'Coordinación, secuenciación y respuestas de política integradas: una falla en una parte (los tribunales, por ejemplo) puede desestabilizar todo el sector.',
            pt: 'Coordenação, sequenciação e respostas de política integradas: uma falha numa parte (os tribunais, por exemplo) pode desestabilizar todo o setor.',
          },
        ),
      ],
    },
    {
      id: 'sustainability',
      code: 'SUS',
      name: {
        en: 'Sustainability over time',
        fr: 'Viabilité dans la durée',
        ar: 'الاستدامة على المدى الطويل',
        es: 'Sostenibilidad en el tiempo',
        pt: 'Sustentabilidade ao longo do tempo',
      },
      dimension: 'economic',
      items: [
        principle(
          13,
          {
            en: "Are the size and cost of the reformed sector matched to the state's long-term revenue and to the threats it faces, so that it does not depend on outside funding?",
            fr: "La taille et le coût du secteur réformé sont-ils adaptés aux recettes de l'État à long terme et aux menaces, afin de ne pas dépendre de financements extérieurs ?",
            ar: 'هل يتناسب حجم القطاع بعد إصلاحه وكلفته مع إيرادات الدولة على المدى الطويل ومع التهديدات التي يواجهها، بحيث لا يعتمد على التمويل الخارجي؟',
            es: '¿Se ajustan el tamaño y el costo del sector reformado a los ingresos del Estado a largo plazo y a las amenazas que enfrenta, de modo que no dependa de financiamiento externo?',
            pt: 'A dimensão e o custo do setor reformado estão ajustados às receitas do Estado a longo prazo e às ameaças que enfrenta, de modo a não depender de financiamento externo?',
          },
          {
            en: 'Sustainability: right-sizing and right-financing.',
            fr: 'Viabilité : bon dimensionnement et bon financement.',
            ar: 'الاستدامة: الحجم المناسب والتمويل المناسب.',
            es: 'Sostenibilidad: tamaño adecuado y financiamiento adecuado.',
            pt: 'Sustentabilidade: dimensão adequada e financiamento adequado.',
          },
        ),
        principle(
          14,
          {
            en: 'Are commitments, resources and public expectations set for a reform that will take many years rather than one project cycle?',
            fr: 'Les engagements, les ressources et les attentes du public sont-ils calibrés pour une réforme de nombreuses années plutôt que pour un cycle de projet ?',
            ar: 'هل تُحدَّد الالتزامات والموارد وتوقعات الجمهور على أساس إصلاح يستغرق سنوات عديدة لا دورة مشروع واحدة؟',
            es: '¿Se fijan los compromisos, los recursos y las expectativas del público para una reforma que llevará muchos años y no un solo ciclo de proyecto?',
            pt: 'Os compromissos, os recursos e as expectativas do público estão definidos para uma reforma que levará muitos anos e não apenas um ciclo de projeto?',
          },
          {
            en: 'Long-term: unrealistic expectations can stall reform before it gains momentum.',
            fr: 'Long terme : des attentes irréalistes peuvent bloquer la réforme avant qu’elle ne prenne son élan.',
            ar: 'الأمد الطويل: قد تؤدي التوقعات غير الواقعية إلى تعطيل الإصلاح قبل أن يكتسب زخمه.',
            es: 'Largo plazo: las expectativas poco realistas pueden frenar la reforma antes de que cobre impulso.',
            pt: 'Longo prazo: expectativas irrealistas podem travar a reforma antes de esta ganhar impulso.',
          },
        ),
      ],
    },
    {
      id: 'society',
      code: 'SOC',
      name: {
        en: 'People, ownership and context',
        fr: 'Personnes, appropriation et contexte',
        ar: 'الناس والملكية الوطنية والسياق',
        es: 'Personas, apropiación y contexto',
        pt: 'Pessoas, apropriação e contexto',
      },
      dimension: 'societal',
      items: [
        principle(
          1,
          {
            en: 'Do the reform objectives and measures of success centre on the safety of people and communities rather than the protection of the regime?',
            fr: 'Les objectifs et les mesures de réussite de la réforme portent-ils sur la sécurité des personnes et des communautés plutôt que sur la protection du régime ?',
            ar: 'هل تتمحور أهداف الإصلاح ومقاييس نجاحه حول أمن الناس والمجتمعات المحلية بدلًا من حماية النظام الحاكم؟',
            es: '¿Se centran los objetivos de la reforma y sus medidas de éxito en la seguridad de las personas y las comunidades, y no en la protección del régimen?',
            pt: 'Os objetivos da reforma e as suas medidas de sucesso centram-se na segurança das pessoas e das comunidades, e não na proteção do regime?',
          },
          {
            en: 'People-centred security.',
            fr: 'Sécurité centrée sur les personnes.',
            ar: 'الأمن المتمحور حول الإنسان.',
            es: 'Seguridad centrada en las personas.',
            pt: 'Segurança centrada nas pessoas.',
          },
        ),
        principle(
          9,
          {
            en: 'Does the programme strengthen the ability of media, rights groups and community organisations to engage with security institutions and policy?',
            fr: 'Le programme renforce-t-il la capacité des médias, des associations de défense des droits et des organisations communautaires à dialoguer avec les institutions et la politique de sécurité ?',
            ar: 'هل يعزز البرنامج قدرة وسائل الإعلام ومنظمات حقوق الإنسان والمنظمات المجتمعية على التفاعل مع مؤسسات الأمن وسياساته؟',
            es: '¿Refuerza el programa la capacidad de los medios de comunicación, las organizaciones de derechos humanos y las organizaciones comunitarias para dialogar con las instituciones y la política de seguridad?',
            pt: 'O programa reforça a capacidade dos meios de comunicação social, das organizações de defesa dos direitos e das organizações comunitárias para dialogar com as instituições e a política de segurança?',
          },
          {
            en: 'Civil society engagement.',
            fr: 'Engagement de la société civile.',
            ar: 'مشاركة المجتمع المدني.',
            es: 'Participación de la sociedad civil.',
            pt: 'Participação da sociedade civil.',
          },
        ),
        principle(
          11,
          {
            en: 'Do national actors, beyond a narrow elite, lead and direct the reform, with non-state groups and wider society involved?',
            fr: 'Les acteurs nationaux, au-delà d’une élite restreinte, conduisent-ils et orientent-ils la réforme, avec la participation des groupes non étatiques et de la société ?',
            ar: 'هل تتولى جهات فاعلة وطنية، لا تقتصر على نخبة ضيقة، قيادة الإصلاح وتوجيهه، بمشاركة الجماعات من غير الدول والمجتمع الأوسع؟',
            es: '¿Los actores nacionales, más allá de una élite reducida, lideran y dirigen la reforma, con la participación de grupos no estatales y del conjunto de la sociedad?',
            pt: 'Os atores nacionais, para além de uma elite restrita, lideram e orientam a reforma, com a participação de grupos não estatais e da sociedade em geral?',
          },
          {
            en: 'Local ownership.',
            fr: 'Appropriation nationale.',
            ar: 'الملكية الوطنية.',
            es: 'Apropiación nacional.',
            pt: 'Apropriação nacional.',
          },
        ),
        principle(
          12,
          {
            en: 'Does the reform address the specific security needs of women, men, girls, boys and all social groups, and make the sector inclusive?',
            fr: 'La réforme répond-elle aux besoins de sécurité spécifiques des femmes, des hommes, des filles, des garçons et de tous les groupes sociaux, et rend-elle le secteur inclusif ?',
            ar: 'هل يستجيب الإصلاح للاحتياجات الأمنية الخاصة بالنساء والرجال والفتيات والفتيان وجميع الفئات الاجتماعية، ويجعل القطاع شاملًا للجميع؟',
            es: '¿Atiende la reforma las necesidades de seguridad específicas de las mujeres, los hombres, las niñas, los niños y todos los grupos sociales, y hace que el sector sea inclusivo?',
            pt: 'A reforma responde às necessidades de segurança específicas das mulheres, dos homens, das meninas, dos meninos e de todos os grupos sociais, e torna o setor inclusivo?',
          },
          {
            en: 'Gender and inclusion.',
            fr: 'Genre et inclusion.',
            ar: 'النوع الاجتماعي والشمول.',
            es: 'Género e inclusión.',
            pt: 'Género e inclusão.',
          },
        ),
        principle(
          15,
          {
            en: "Is the reform designed from an analysis of the country's history, politics, economy and security conditions rather than copied from elsewhere?",
            fr: "La réforme est-elle conçue à partir d'une analyse de l'histoire, de la politique, de l'économie et de la sécurité du pays plutôt que copiée d'ailleurs ?",
            ar: 'هل صُمِّم الإصلاح انطلاقًا من تحليل لتاريخ البلد وأوضاعه السياسية والاقتصادية والأمنية بدلًا من نسخه من تجارب بلدان أخرى؟',
            es: '¿Se ha diseñado la reforma a partir de un análisis de la historia, la política, la economía y las condiciones de seguridad del país, en lugar de copiarla de otros lugares?',
            pt: 'A reforma foi concebida a partir de uma análise da história, da política, da economia e das condições de segurança do país, em vez de ser copiada de outros lugares?',
          },
          {
            en: 'Context-specific design: there is no off-the-shelf SSR.',
            fr: 'Conception adaptée au contexte : il n’existe pas de RSS clés en main.',
            ar: 'تصميم ملائم للسياق: لا يوجد إصلاح جاهز لقطاع الأمن.',
            es: 'Diseño adaptado al contexto: no existe una RSS prefabricada.',
            pt: 'Conceção adaptada ao contexto: não existe uma RSS pronta a usar.',
          },
        ),
      ],
    },
  ],
};
