import type { Answers, SurveyForm } from '../types';
import { type FormState, walkForm } from './walk';

export interface RuntimeOptions {
  /** YYYY-MM-DD, for `today()`. */
  today: string;
}

/**
 * The state of a form being filled: every node's relevance, requiredness, value, choices and error. An
 * absent answer takes the question's default (a null one stays empty: the enumerator cleared it); a
 * repeat with a `repeat_count` gets that many instances (beyond it, instances are kept but hidden). Cheap enough to call on every keystroke.
 */
export function formState(form: SurveyForm, answers: Answers, options: RuntimeOptions): FormState {
  return walkForm(form, answers, { today: options.today, applyDefaults: true, reportExtraInstances: false });
}

/** The answers a new submission starts with: defaults and calculations. */
export function defaultsFor(form: SurveyForm, options: RuntimeOptions): Answers {
  return formState(form, {}, options).answers;
}
