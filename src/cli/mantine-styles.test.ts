import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mantineComponents, mantineImports, mantineStylesheet } from './mantine-styles.ts';

const FULL = readFileSync(new URL('../../node_modules/@mantine/core/styles.css', import.meta.url), 'utf8');
const partOf = (component: string) =>
  readFileSync(new URL(`../../node_modules/@mantine/core/styles/${component}.css`, import.meta.url), 'utf8');

describe('Mantine styles in use', () => {
  it('reads the names imported from @mantine/core, over several lines, types and aliases included', () => {
    const source = `import {\n  Button,\n  type ButtonProps,\n  Select as Picker,\n} from '@mantine/core';\nimport { useDisclosure } from '@mantine/hooks';`;
    expect(mantineImports(source)).toEqual(['Button', 'ButtonProps', 'Select']);
  });

  it('follows a component to the components it draws', () => {
    const components = mantineComponents(['Select', 'Button']);
    for (const needed of ['Select', 'Combobox', 'Popover', 'ScrollArea', 'Input', 'Button', 'UnstyledButton'])
      expect(components).toContain(needed);
    expect(components).not.toContain('ColorPicker');
    expect(components).not.toContain('Table');
  });

  it('keeps the base styles and the parts in use, in Mantine’s order, and leaves the rest out', () => {
    const css = mantineStylesheet(mantineComponents(['Button']));
    expect(css.startsWith(partOf('baseline'))).toBe(true);
    expect(css).toContain(partOf('default-css-variables'));
    expect(css).toContain(partOf('UnstyledButton'));
    expect(css).toContain(partOf('Button'));
    expect(css.indexOf(partOf('UnstyledButton'))).toBeLessThan(css.indexOf(partOf('Button')));
    expect(css).not.toContain(partOf('Table'));
    expect(css.length).toBeLessThan(FULL.length / 2);
  });
});
