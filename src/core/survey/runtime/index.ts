export type { RuntimeError, RuntimeErrorCode, SubmissionError } from './errors';
export { RUNTIME_ERROR_CODES } from './errors';
export { defaultsFor, formState, type RuntimeOptions } from './form-state';
export { validateSubmission } from './validate';
export type { FormState, NodeState } from './walk';
