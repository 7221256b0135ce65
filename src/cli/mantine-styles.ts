import type { Plugin } from 'vite';

/**
 * Each Mantine component reads its class names from `<Name>.module.mjs`, and Mantine ships that
 * component's stylesheet as `@mantine/core/styles/<Name>.css` (checked in mantine-styles.test.ts).
 */
const CLASS_NAMES_MODULE = /@mantine[\\/]core[\\/]esm[\\/](?:.+[\\/])?([A-Za-z]+)\.module\.mjs$/;

/** The stylesheet that goes with a module of Mantine class names, or null for any other module. */
export function mantineStylesheetFor(moduleId: string): string | null {
  const name = CLASS_NAMES_MODULE.exec(moduleId.split('?')[0])?.[1];
  return name ? `@mantine/core/styles/${name}.css` : null;
}

/**
 * Build only: each Mantine component brings its own stylesheet, imported where its class names are,
 * so the stylesheet travels in the same chunk as the component. The first page downloads the styles
 * of the components it draws, not Mantine's whole stylesheet; a page's other components bring theirs.
 * (main.tsx imports Mantine's base styles; in development it imports the whole stylesheet instead.)
 */
export function mantineStylesWithComponents(): Plugin {
  return {
    name: 'custodes-mantine-styles-with-components',
    apply: 'build',
    transform(code, id) {
      const stylesheet = mantineStylesheetFor(id);
      return stylesheet ? { code: `import '${stylesheet}';\n${code}`, map: null } : null;
    },
  };
}
