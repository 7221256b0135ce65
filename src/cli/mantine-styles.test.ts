import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { mantineStylesheetFor } from './mantine-styles.ts';

const CORE = fileURLToPath(new URL('../../node_modules/@mantine/core', import.meta.url));
const BASE = ['baseline', 'default-css-variables', 'global'];

describe('Mantine styles with their components', () => {
  it('finds the stylesheet of a module of class names, at any depth, and of no other module', () => {
    expect(
      mantineStylesheetFor('/x/node_modules/@mantine/core/esm/components/Button/Button.module.mjs'),
    ).toBe('@mantine/core/styles/Button.css');
    expect(
      mantineStylesheetFor(
        'C:\\x\\node_modules\\@mantine\\core\\esm\\components\\Checkbox\\CheckboxIndicator\\CheckboxIndicator.module.mjs?v=1',
      ),
    ).toBe('@mantine/core/styles/CheckboxIndicator.css');
    expect(mantineStylesheetFor('/x/node_modules/@mantine/core/esm/components/Button/Button.mjs')).toBeNull();
    expect(mantineStylesheetFor('/x/src/web/app/Styles.module.mjs')).toBeNull();
  });

  it('covers every stylesheet of the installed Mantine, and each module has its stylesheet', () => {
    const modules = readdirSync(join(CORE, 'esm'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.module.mjs'))
      .map((file) => join(CORE, 'esm', file));
    const covered = new Set<string>();
    for (const module of modules) {
      const stylesheet = mantineStylesheetFor(module);
      expect(stylesheet, module).not.toBeNull();
      expect(existsSync(join(CORE, stylesheet?.replace('@mantine/core/', '') ?? '')), module).toBe(true);
      covered.add(stylesheet ?? '');
    }
    const sheets = readdirSync(join(CORE, 'styles')).filter((file) => !file.endsWith('.layer.css'));
    const uncovered = sheets.filter((file) => !covered.has(`@mantine/core/styles/${file}`));
    // main.tsx imports these three itself
    expect(uncovered.sort()).toEqual(BASE.map((name) => `${name}.css`));
  });
});
