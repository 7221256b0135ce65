/**
 * Message namespaces that come with a language at start, in one file per language, because sign-in,
 * the shell and the home page use them (home shows audit sentences and assessment statuses). Every
 * other namespace (a module's own, e.g. `finance`) is its own file, fetched the first time a page
 * asks for it. Read by the build too.
 */
export const START_NAMESPACES = ['translation', 'layout', 'home', 'profile', 'audit', 'assess'];
