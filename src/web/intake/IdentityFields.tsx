import { IDENTITY_MODES, type IdentityMode } from '../../core/integrity/types';
import { describedBy, Field } from './Field';
import type { Translate } from './messages';

export interface IdentityDraft {
  mode: IdentityMode;
  name: string;
  contact: string;
}

/** The three identity choices, each explained in plain words, and the name and contact when one is given. */
export function IdentityFields(props: {
  value: IdentityDraft;
  onChange: (value: IdentityDraft) => void;
  nameError?: string;
  t: Translate;
}) {
  const { value, onChange, t } = props;
  return (
    <fieldset className="intake-identity">
      <legend>{t('identity.legend')}</legend>
      {IDENTITY_MODES.map((mode) => (
        <div key={mode} className="intake-radio">
          <input
            type="radio"
            id={`intake-identity-${mode}`}
            data-testid={`intake-identity-${mode}`}
            name="intake-identity"
            value={mode}
            checked={value.mode === mode}
            aria-describedby={`intake-identity-${mode}-help`}
            onChange={() => onChange({ ...value, mode })}
          />
          <label htmlFor={`intake-identity-${mode}`}>
            <strong>{t(`identity.${mode}`)}</strong>
            <span className="intake-hint" id={`intake-identity-${mode}-help`}>
              {t(`identity.${mode}Help`)}
            </span>
          </label>
        </div>
      ))}
      {value.mode !== 'anonymous' && (
        <>
          <Field
            id="intake-identity-name"
            label={t('identity.name')}
            error={props.nameError}
            required
            requiredLabel={t('required')}
          >
            <input
              id="intake-identity-name"
              data-testid="intake-identity-name"
              autoComplete="off"
              value={value.name}
              aria-invalid={props.nameError ? true : undefined}
              aria-describedby={describedBy('intake-identity-name', undefined, props.nameError)}
              onChange={(event) => onChange({ ...value, name: event.target.value })}
            />
          </Field>
          <Field id="intake-identity-contact" label={t('identity.contact')} hint={t('identity.contactHint')}>
            <input
              id="intake-identity-contact"
              data-testid="intake-identity-contact"
              autoComplete="off"
              value={value.contact}
              aria-describedby="intake-identity-contact-hint"
              onChange={(event) => onChange({ ...value, contact: event.target.value })}
            />
          </Field>
        </>
      )}
    </fieldset>
  );
}
