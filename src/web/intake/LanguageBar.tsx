import { INTAKE_LANGUAGES, type IntakeLanguage } from './messages';

/** Five buttons, each language named in itself; the whistle-blower's choice, whatever the browser says. */
export function LanguageBar(props: {
  language: IntakeLanguage;
  onChange: (code: IntakeLanguage) => void;
  label: string;
}) {
  return (
    <nav className="intake-languages" aria-label={props.label}>
      {INTAKE_LANGUAGES.map((language) => (
        <button
          key={language.code}
          type="button"
          lang={language.code}
          dir={language.dir}
          aria-pressed={props.language === language.code}
          data-testid={`intake-language-${language.code}`}
          onClick={() => props.onChange(language.code)}
        >
          {language.name}
        </button>
      ))}
    </nav>
  );
}
