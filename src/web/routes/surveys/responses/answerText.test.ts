import { describe, expect, it } from 'vitest';
import { householdForm } from '../../../../core/survey/responses/fixtures';
import type { FormGroup, FormQuestion } from '../../../../core/survey/types';
import { answerText } from './answerText';

const safety = householdForm.children[1] as FormGroup;
const threats = safety.children[1] as FormQuestion;
const village = householdForm.children[0] as FormQuestion;

describe('answerText', () => {
  it('shows choices by their label in the reader’s language, other answers as stored', () => {
    expect(answerText(householdForm, threats, 'theft fraud', 'fr')).toBe('Vol, Fraude');
    expect(answerText(householdForm, threats, 'theft gone', 'en')).toBe('Theft, gone');
    expect(answerText(householdForm, village, 'Hill', 'fr')).toBe('Hill');
    expect(answerText(householdForm, village, null, 'fr')).toBe('');
  });
});
