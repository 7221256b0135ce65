/**
 * The survey routes that take a multipart file (an XLSForm, or exported responses): they check who is
 * asking, then set their own size limit, before the body is read.
 */
export const SURVEY_UPLOAD_PATTERN =
  /^\/api\/workspaces\/[^/]+\/surveys\/(import-form|[^/]+\/form|[^/]+\/submissions\/import)$/;
