import { describe, expect, it } from 'vitest';
import { WORKFLOW_ACTIONS } from '../../../../core/assessment/workflow';
import ar from '../../../i18n/assess/ar.json';
import en from '../../../i18n/assess/en.json';
import fr from '../../../i18n/assess/fr.json';
import { CONFIRMED_STEPS, needsConfirmation } from './confirmedSteps';

const PLURAL_FORMS: Record<string, string[]> = {
  en: ['one', 'other'],
  fr: ['one', 'many', 'other'],
  ar: ['zero', 'one', 'two', 'few', 'many', 'other'],
};

function lookup(messages: object, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
}

describe('workflow step texts', () => {
  it('ask before every step but returning a draft', () => {
    expect(WORKFLOW_ACTIONS.filter(needsConfirmation)).toEqual([
      'submit',
      'validate',
      'publish',
      'unpublish',
    ]);
  });

  it.each(Object.entries({ en, fr, ar }))('are all there in %s', (lang, messages) => {
    const keys = [
      ...WORKFLOW_ACTIONS.flatMap((action) => [`workflow.${action}`, `workflow.done.${action}`]),
      ...CONFIRMED_STEPS.map((step) => `workflow.confirm.${step}.title`),
      ...['submit', 'validate', 'publish', 'unpublish'].map((step) => `workflow.confirm.${step}.body`),
      'workflow.confirm.publish.bodyUncounted',
      'workflow.confirm.submit.noReviewer',
      'workflow.confirm.submit.ready',
      ...['unanswered', 'andMore']
        .map((base) => `workflow.confirm.submit.${base}`)
        .concat('workflow.confirm.publish.members', 'gaps.allExist')
        .flatMap((base) => PLURAL_FORMS[lang].map((form) => `${base}_${form}`)),
    ];
    const missing = keys.filter((key) => typeof lookup(messages, key) !== 'string');
    expect(missing).toEqual([]);
  });
});
