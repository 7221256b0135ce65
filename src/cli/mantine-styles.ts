import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CORE = join(ROOT, 'node_modules/@mantine/core');
/** Always needed, whatever the components: resets, theme variables, global classes. */
const BASE_FILES = ['baseline', 'default-css-variables', 'global'];
const CORE_IMPORT = /import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*['"]@mantine\/core['"]/g;
const RELATIVE_IMPORT = /(?:import|export)[^'"]*?from\s*"(\.[^"]+)"/g;

function filesUnder(dir: string, pattern: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => pattern.test(file))
    .map((file) => join(dir, file));
}

/** Names imported from @mantine/core in some source text (types included; they map to no file). */
export function mantineImports(source: string): string[] {
  return [...source.matchAll(CORE_IMPORT)].flatMap((match) =>
    match[1]
      .split(',')
      .map(
        (name) =>
          name
            .trim()
            .replace(/^type\s+/, '')
            .split(/\s+as\s+/)[0],
      )
      .filter(Boolean),
  );
}

/**
 * The component folders of @mantine/core that the given names reach, following Mantine's own imports
 * (Select draws a Combobox in a Popover with a ScrollArea; each has its own stylesheet).
 */
export function mantineComponents(names: Iterable<string>, coreDir = CORE): Set<string> {
  const esm = join(coreDir, 'esm');
  const moduleOf = new Map<string, string>();
  for (const match of readFileSync(join(esm, 'index.mjs'), 'utf8').matchAll(
    /import\s*\{([^}]*)\}\s*from\s*"(\.[^"]+)"/g,
  ))
    for (const name of match[1].split(','))
      moduleOf.set(
        name
          .trim()
          .split(/\s+as\s+/)
          .at(-1) ?? '',
        join(esm, match[2]),
      );
  const visited = new Set<string>();
  const components = new Set<string>();
  const visit = (file: string) => {
    if (visited.has(file) || !existsSync(file)) return;
    visited.add(file);
    const component = /[\\/]esm[\\/]components[\\/]([^\\/]+)[\\/]/.exec(file)?.[1];
    if (component) components.add(component);
    for (const match of readFileSync(file, 'utf8').matchAll(RELATIVE_IMPORT))
      visit(resolve(dirname(file), match[1]));
  };
  for (const name of names) {
    const file = moduleOf.get(name);
    if (file) visit(file);
  }
  return components;
}

/**
 * Mantine's stylesheet with only the parts of the components in use, in the order of the full file
 * (later rules may override earlier ones). Falls back to the full file if a part cannot be placed.
 */
export function mantineStylesheet(components: Iterable<string>, coreDir = CORE): string {
  const full = readFileSync(join(coreDir, 'styles.css'), 'utf8');
  const parts = [...BASE_FILES, ...components]
    .map((name) => join(coreDir, 'styles', `${name}.css`))
    .filter((file) => existsSync(file))
    .map((file) => {
      const text = readFileSync(file, 'utf8');
      return { text, at: full.indexOf(text) };
    });
  if (parts.some((part) => part.at < 0)) return full;
  return parts
    .sort((a, b) => a.at - b.at)
    .map((part) => part.text)
    .join('\n');
}

/** Every @mantine/core name the web client and the other Mantine packages import. */
function namesInUse(): Set<string> {
  const sources = [
    ...filesUnder(join(ROOT, 'src/web'), /\.tsx?$/).filter((file) => !/\.test\.tsx?$/.test(file)),
    ...readdirSync(join(ROOT, 'node_modules/@mantine'))
      .filter((pkg) => pkg !== 'core')
      .flatMap((pkg) => filesUnder(join(ROOT, 'node_modules/@mantine', pkg, 'esm'), /\.mjs$/)),
  ];
  return new Set(sources.flatMap((file) => mantineImports(readFileSync(file, 'utf8'))));
}

/**
 * Build only: `@mantine/core/styles.css` becomes the styles of the components the client imports,
 * about a third less to download than Mantine's whole stylesheet.
 */
export function mantineStylesInUse(): Plugin {
  return {
    name: 'custodes-mantine-styles-in-use',
    apply: 'build',
    load(id) {
      if (!/@mantine[\\/]core[\\/]styles\.css$/.test(id.split('?')[0])) return null;
      return mantineStylesheet(mantineComponents(namesInUse()));
    },
  };
}
