/** A design that cannot be used as given: `field` names the design field at fault (`strata`, `fpc[1]`, `estimates[2].variable`). */
export class SurveyDesignError extends Error {
  readonly code: string;
  readonly params: Record<string, string | number>;
  readonly field: string | null;
  constructor(code: string, params: Record<string, string | number>, field: string | null, message: string) {
    super(message);
    this.name = 'SurveyDesignError';
    this.code = code;
    this.params = params;
    this.field = field;
  }
}

/** Data that does not fit the design: a value that is not a number, a missing cluster id, a lonely PSU. */
export class SurveyDataError extends Error {
  readonly code: string;
  readonly params: Record<string, string | number>;
  constructor(code: string, params: Record<string, string | number>, message: string) {
    super(message);
    this.name = 'SurveyDataError';
    this.code = code;
    this.params = params;
  }
}
