/**
 * The standard perception questions, worded as such survey items conventionally are (Afrobarometer-style
 * trust scales, a 12-month reference period for victimisation and contact, a "don't know" kept apart
 * from the substantive answers so it can be left out of shares).
 */

export const INTERFACE_LANGUAGES = ['en', 'fr', 'ar', 'es', 'pt'] as const;
export type InterfaceLanguage = (typeof INTERFACE_LANGUAGES)[number];
export type Texts = Record<InterfaceLanguage, string>;

export const LIBRARY_TOPICS = [
  'trust',
  'safety',
  'victimisation',
  'corruption',
  'satisfaction',
  'knowledge',
] as const;
export type LibraryTopic = (typeof LIBRARY_TOPICS)[number];

export interface LibraryChoice {
  name: string;
  label: Texts;
}

export interface LibraryQuestion {
  key: string;
  /** The question's name in the form (the same as the key). */
  name: string;
  topic: LibraryTopic;
  type: 'select_one';
  listName: string;
  label: Texts;
  hint: Texts;
  /** The convention behind the wording, for whoever designs the survey. */
  note: Texts;
  relevant: string | null;
}

const DONT_KNOW: LibraryChoice = {
  name: 'dont_know',
  label: { en: "Don't know", fr: 'Ne sait pas', ar: 'لا أعرف', es: 'No sabe', pt: 'Não sabe' },
};

export const LIBRARY_LISTS: Record<string, LibraryChoice[]> = {
  trust: [
    {
      name: 'not_at_all',
      label: { en: 'Not at all', fr: 'Pas du tout', ar: 'لا على الإطلاق', es: 'Nada', pt: 'Nada' },
    },
    {
      name: 'just_a_little',
      label: { en: 'Just a little', fr: 'Un peu', ar: 'قليلاً', es: 'Un poco', pt: 'Um pouco' },
    },
    {
      name: 'somewhat',
      label: { en: 'Somewhat', fr: 'Assez', ar: 'إلى حد ما', es: 'Algo', pt: 'Razoavelmente' },
    },
    { name: 'a_lot', label: { en: 'A lot', fr: 'Beaucoup', ar: 'كثيراً', es: 'Mucho', pt: 'Muito' } },
    DONT_KNOW,
  ],
  safety: [
    {
      name: 'very_safe',
      label: { en: 'Very safe', fr: 'Très en sécurité', ar: 'آمن جداً', es: 'Muy seguro', pt: 'Muito seguro' },
    },
    {
      name: 'fairly_safe',
      label: {
        en: 'Fairly safe',
        fr: 'Plutôt en sécurité',
        ar: 'آمن إلى حد ما',
        es: 'Bastante seguro',
        pt: 'Razoavelmente seguro',
      },
    },
    {
      name: 'a_bit_unsafe',
      label: {
        en: 'A bit unsafe',
        fr: 'Un peu en insécurité',
        ar: 'غير آمن قليلاً',
        es: 'Algo inseguro',
        pt: 'Um pouco inseguro',
      },
    },
    {
      name: 'very_unsafe',
      label: {
        en: 'Very unsafe',
        fr: 'Très en insécurité',
        ar: 'غير آمن إطلاقاً',
        es: 'Muy inseguro',
        pt: 'Muito inseguro',
      },
    },
    DONT_KNOW,
  ],
  yes_no: [
    { name: 'yes', label: { en: 'Yes', fr: 'Oui', ar: 'نعم', es: 'Sí', pt: 'Sim' } },
    { name: 'no', label: { en: 'No', fr: 'Non', ar: 'لا', es: 'No', pt: 'Não' } },
    DONT_KNOW,
  ],
  satisfaction: [
    {
      name: 'very_satisfied',
      label: {
        en: 'Very satisfied',
        fr: 'Très satisfait',
        ar: 'راضٍ جداً',
        es: 'Muy satisfecho',
        pt: 'Muito satisfeito',
      },
    },
    {
      name: 'satisfied',
      label: { en: 'Satisfied', fr: 'Satisfait', ar: 'راضٍ', es: 'Satisfecho', pt: 'Satisfeito' },
    },
    {
      name: 'neither',
      label: {
        en: 'Neither satisfied nor dissatisfied',
        fr: 'Ni satisfait ni insatisfait',
        ar: 'لا راضٍ ولا غير راضٍ',
        es: 'Ni satisfecho ni insatisfecho',
        pt: 'Nem satisfeito nem insatisfeito',
      },
    },
    {
      name: 'dissatisfied',
      label: { en: 'Dissatisfied', fr: 'Insatisfait', ar: 'غير راضٍ', es: 'Insatisfecho', pt: 'Insatisfeito' },
    },
    {
      name: 'very_dissatisfied',
      label: {
        en: 'Very dissatisfied',
        fr: 'Très insatisfait',
        ar: 'غير راضٍ إطلاقاً',
        es: 'Muy insatisfecho',
        pt: 'Muito insatisfeito',
      },
    },
  ],
};

const TRUST_HINT: Texts = {
  en: 'Read out: not at all, just a little, somewhat, a lot.',
  fr: 'Lire : pas du tout, un peu, assez, beaucoup.',
  ar: 'اقرأ: لا على الإطلاق، قليلاً، إلى حد ما، كثيراً.',
  es: 'Leer: nada, un poco, algo, mucho.',
  pt: 'Ler: nada, um pouco, razoavelmente, muito.',
};

const TRUST_NOTE: Texts = {
  en: 'Four-point trust scale read out in order; "don\'t know" is recorded but not read out.',
  fr: 'Échelle de confiance en quatre points lue dans l’ordre ; « ne sait pas » est noté mais pas lu.',
  ar: 'مقياس ثقة من أربع درجات يُقرأ بالترتيب؛ تُسجَّل «لا أعرف» دون قراءتها.',
  es: 'Escala de confianza de cuatro puntos leída en orden; «no sabe» se registra pero no se lee.',
  pt: 'Escala de confiança de quatro pontos lida em ordem; «não sabe» é registado mas não lido.',
};

const TWELVE_MONTHS_NOTE: Texts = {
  en: 'Reference period: the 12 months before the interview.',
  fr: 'Période de référence : les 12 mois précédant l’entretien.',
  ar: 'الفترة المرجعية: الأشهر الاثنا عشر السابقة للمقابلة.',
  es: 'Período de referencia: los 12 meses anteriores a la entrevista.',
  pt: 'Período de referência: os 12 meses anteriores à entrevista.',
};

const NO_HINT: Texts = { en: '', fr: '', ar: '', es: '', pt: '' };

function trust(key: string, who: Texts): LibraryQuestion {
  return {
    key,
    name: key,
    topic: 'trust',
    type: 'select_one',
    listName: 'trust',
    label: {
      en: `How much do you trust ${who.en}?`,
      fr: `Quelle confiance accordez-vous ${who.fr} ?`,
      ar: `إلى أي مدى تثق في ${who.ar}؟`,
      es: `¿Cuánto confía usted en ${who.es}?`,
      pt: `Quanto confia ${who.pt}?`,
    },
    hint: TRUST_HINT,
    note: TRUST_NOTE,
    relevant: null,
  };
}

export const LIBRARY_QUESTIONS: LibraryQuestion[] = [
  trust('trust_police', {
    en: 'the police',
    fr: 'à la police',
    ar: 'الشرطة',
    es: 'la policía',
    pt: 'na polícia',
  }),
  trust('trust_army', { en: 'the army', fr: 'à l’armée', ar: 'الجيش', es: 'el ejército', pt: 'no exército' }),
  trust('trust_courts', {
    en: 'the courts of law',
    fr: 'aux tribunaux',
    ar: 'المحاكم',
    es: 'los tribunales',
    pt: 'nos tribunais',
  }),
  {
    key: 'safe_night',
    name: 'safe_night',
    topic: 'safety',
    type: 'select_one',
    listName: 'safety',
    label: {
      en: 'How safe do you feel walking alone in your neighbourhood after dark?',
      fr: 'Vous sentez-vous en sécurité lorsque vous marchez seul(e) dans votre quartier la nuit ?',
      ar: 'ما مدى شعورك بالأمان عند السير وحدك في حيّك بعد حلول الظلام؟',
      es: '¿Qué tan seguro(a) se siente al caminar solo(a) por su barrio de noche?',
      pt: 'Quão seguro(a) se sente a andar sozinho(a) no seu bairro depois de escurecer?',
    },
    hint: NO_HINT,
    note: {
      en: 'The standard fear-of-crime item (as in victimisation surveys); asked of everyone, even those who never go out at night.',
      fr: 'La question standard sur le sentiment d’insécurité (comme dans les enquêtes de victimation) ; posée à tous.',
      ar: 'السؤال المعياري عن الشعور بعدم الأمان (كما في مسوح الإيذاء)؛ يُطرح على الجميع.',
      es: 'La pregunta estándar sobre la percepción de inseguridad (como en las encuestas de victimización); se hace a todos.',
      pt: 'A pergunta padrão sobre o sentimento de insegurança (como nos inquéritos de vitimação); feita a todos.',
    },
    relevant: null,
  },
  {
    key: 'victim_12m',
    name: 'victim_12m',
    topic: 'victimisation',
    type: 'select_one',
    listName: 'yes_no',
    label: {
      en: 'In the past 12 months, have you or anyone in your household been a victim of a crime, such as theft, burglary or assault?',
      fr: 'Au cours des 12 derniers mois, vous-même ou un membre de votre ménage avez-vous été victime d’un délit, comme un vol, un cambriolage ou une agression ?',
      ar: 'خلال الأشهر الاثني عشر الماضية، هل وقعت أنت أو أحد أفراد أسرتك ضحية جريمة، مثل السرقة أو السطو أو الاعتداء؟',
      es: 'En los últimos 12 meses, ¿usted o alguien de su hogar ha sido víctima de un delito, como robo, allanamiento o agresión?',
      pt: 'Nos últimos 12 meses, o(a) senhor(a) ou alguém do seu agregado foi vítima de um crime, como furto, assalto à residência ou agressão?',
    },
    hint: NO_HINT,
    note: TWELVE_MONTHS_NOTE,
    relevant: null,
  },
  {
    key: 'police_contact',
    name: 'police_contact',
    topic: 'corruption',
    type: 'select_one',
    listName: 'yes_no',
    label: {
      en: 'In the past 12 months, have you had any contact with the police?',
      fr: 'Au cours des 12 derniers mois, avez-vous eu un contact avec la police ?',
      ar: 'خلال الأشهر الاثني عشر الماضية، هل كان لك أي تواصل مع الشرطة؟',
      es: 'En los últimos 12 meses, ¿ha tenido algún contacto con la policía?',
      pt: 'Nos últimos 12 meses, teve algum contacto com a polícia?',
    },
    hint: NO_HINT,
    note: TWELVE_MONTHS_NOTE,
    relevant: null,
  },
  {
    key: 'bribe_police',
    name: 'bribe_police',
    topic: 'corruption',
    type: 'select_one',
    listName: 'yes_no',
    label: {
      en: 'In those contacts, did you have to pay a bribe, give a gift or do a favour for a police officer to get help or avoid a problem?',
      fr: 'Lors de ces contacts, avez-vous dû verser un pot-de-vin, faire un cadeau ou rendre un service à un policier pour obtenir de l’aide ou éviter un problème ?',
      ar: 'خلال هذا التواصل، هل اضطررت إلى دفع رشوة أو تقديم هدية أو خدمة لشرطي للحصول على مساعدة أو تجنّب مشكلة؟',
      es: 'En esos contactos, ¿tuvo que pagar un soborno, hacer un regalo o un favor a un policía para obtener ayuda o evitar un problema?',
      pt: 'Nesses contactos, teve de pagar um suborno, dar um presente ou fazer um favor a um polícia para obter ajuda ou evitar um problema?',
    },
    hint: NO_HINT,
    note: {
      en: 'Asked only of those with police contact in the past 12 months, so the share is of people exposed, not of all adults.',
      fr: 'Posée seulement à ceux qui ont eu un contact avec la police dans les 12 derniers mois : la part porte sur les personnes exposées.',
      ar: 'تُطرح فقط على من تواصلوا مع الشرطة خلال الأشهر الاثني عشر الماضية، فالنسبة تخص المعرَّضين لا جميع البالغين.',
      es: 'Solo para quienes tuvieron contacto con la policía en los últimos 12 meses: la proporción es de las personas expuestas.',
      pt: 'Só para quem teve contacto com a polícia nos últimos 12 meses: a proporção é das pessoas expostas.',
    },
    // biome-ignore lint/suspicious/noTemplateCurlyInString: an XLSForm reference, not a template
    relevant: "${police_contact} = 'yes'",
  },
  {
    key: 'reform_aware',
    name: 'reform_aware',
    topic: 'knowledge',
    type: 'select_one',
    listName: 'yes_no',
    label: {
      en: 'Have you heard of the reform of the security sector now under way in this country?',
      fr: 'Avez-vous entendu parler de la réforme du secteur de la sécurité en cours dans ce pays ?',
      ar: 'هل سمعت بإصلاح قطاع الأمن الجاري حالياً في هذا البلد؟',
      es: '¿Ha oído hablar de la reforma del sector de la seguridad en curso en este país?',
      pt: 'Já ouviu falar da reforma do setor da segurança em curso neste país?',
    },
    hint: NO_HINT,
    note: {
      en: 'Awareness only: do not describe the reform before asking.',
      fr: 'Notoriété seulement : ne pas décrire la réforme avant de poser la question.',
      ar: 'للمعرفة فقط: لا تصف الإصلاح قبل طرح السؤال.',
      es: 'Solo conocimiento: no describa la reforma antes de preguntar.',
      pt: 'Apenas conhecimento: não descreva a reforma antes de perguntar.',
    },
    relevant: null,
  },
  {
    key: 'satisfaction_security',
    name: 'satisfaction_security',
    topic: 'satisfaction',
    type: 'select_one',
    listName: 'satisfaction',
    label: {
      en: 'How satisfied are you with the way the security services protect people in your area?',
      fr: 'Êtes-vous satisfait(e) de la manière dont les services de sécurité protègent les habitants de votre zone ?',
      ar: 'ما مدى رضاك عن الطريقة التي تحمي بها الأجهزة الأمنية الناس في منطقتك؟',
      es: '¿Qué tan satisfecho(a) está con la forma en que los servicios de seguridad protegen a la gente de su zona?',
      pt: 'Quão satisfeito(a) está com a forma como os serviços de segurança protegem as pessoas da sua zona?',
    },
    hint: NO_HINT,
    note: {
      en: 'Five-point satisfaction scale with a neutral middle point.',
      fr: 'Échelle de satisfaction en cinq points avec un point central neutre.',
      ar: 'مقياس رضا من خمس درجات مع نقطة وسطى محايدة.',
      es: 'Escala de satisfacción de cinco puntos con un punto medio neutro.',
      pt: 'Escala de satisfação de cinco pontos com um ponto médio neutro.',
    },
    relevant: null,
  },
];

/** "Other" (the choice `or_other` adds) and "Specify other" (the text question after it). */
export const OTHER_LABELS: Record<InterfaceLanguage, { other: string; specify: string }> = {
  en: { other: 'Other', specify: 'Specify other' },
  fr: { other: 'Autre', specify: 'Précisez autre' },
  ar: { other: 'أخرى', specify: 'حدّد أخرى' },
  es: { other: 'Otro', specify: 'Especifique otro' },
  pt: { other: 'Outro', specify: 'Especifique outro' },
};
