// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm writes references as ${name} in plain strings
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { haveSharedData, sharedDataPath } from '../../../testing/shared-data.ts';
import type { FormNode } from '../types';
import { sheetsFromKoboJson } from './kobo-json';
import { parseXlsForm } from './parse';

const dir = sharedDataPath('xlsform/kobo-formpack');
const kobo = (file: string) => JSON.parse(readFileSync(`${dir}/${file}`, 'utf8'));

/** The tree as `name` or `name[...]` for a group and `name*[...]` for a repeat. */
function outline(nodes: FormNode[]): unknown[] {
  return nodes.map((node) =>
    node.kind === 'question'
      ? node.name
      : { [`${node.name}${node.kind === 'repeat' ? '*' : ''}`]: outline(node.children) },
  );
}

describe('sheetsFromKoboJson', () => {
  it('spreads translated cells over language columns and joins select_from_list_name to the type', () => {
    const sheets = sheetsFromKoboJson({
      content: {
        translations: [null, 'French (fr)'],
        survey: [
          {
            type: 'select_one',
            select_from_list_name: 'yn',
            name: 'q',
            label: ['Q?', 'Q ?'],
            $kuid: 'x1',
            required: true,
          },
          { type: 'integer', $autoname: 'n', label: ['N', null] },
        ],
        choices: [{ list_name: 'yn', name: 'yes', label: ['Yes', 'Oui'] }],
        settings: { form_title: 'T' },
      },
    });
    expect(sheets.survey).toEqual({
      header: ['type', 'name', 'label', 'label::French (fr)', 'required'],
      headerRow: 1,
      rows: [
        {
          row: 2,
          cells: {
            type: 'select_one yn',
            name: 'q',
            label: 'Q?',
            'label::French (fr)': 'Q ?',
            required: 'true',
          },
        },
        { row: 3, cells: { type: 'integer', name: 'n', label: 'N' } },
      ],
    });
    expect(sheets.settings?.rows).toEqual([{ row: 2, cells: { form_title: 'T' } }]);
    const { form } = parseXlsForm(sheets, { fileName: 'kobo.json' });
    expect(form?.languages).toEqual([
      { key: 'default', name: 'default' },
      { key: 'fr', name: 'French (fr)' },
    ]);
    expect(form?.children[0]).toMatchObject({
      name: 'q',
      required: 'true()',
      label: { default: 'Q?', fr: 'Q ?' },
    });
  });
});

describe.skipIf(!haveSharedData(dir))('the Kobo form structures', () => {
  it('every file parses into a form', () => {
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
      const { form, issues } = parseXlsForm(sheetsFromKoboJson(kobo(file)), { fileName: file });
      expect(
        issues.filter((issue) => issue.severity === 'error'),
        file,
      ).toEqual([]);
      expect(form?.children.length, file).toBeGreaterThan(0);
    }
  });

  it('nested_grouped_repeatable: repeats within repeats, a computed repeat count, metadata left out', () => {
    const { form, issues } = parseXlsForm(sheetsFromKoboJson(kobo('nested_grouped_repeatable_v1.json')), {
      fileName: 'nested_grouped_repeatable_v1.json',
    });
    expect(outline(form?.children ?? [])).toEqual([
      {
        'group_tree*': [
          'What_kind_of_tree_is_this',
          {
            'group_nest*': [
              'How_high_above_the_ground_is_the_nest',
              'How_many_eggs_are_in_the_nest',
              { 'group_egg*': ['Describe_the_egg'] },
            ],
          },
        ],
      },
    ]);
    const nest = form?.children[0]?.kind === 'repeat' ? form.children[0].children[1] : null;
    const egg = nest?.kind === 'repeat' ? nest.children[2] : null;
    expect(egg).toMatchObject({ kind: 'repeat', repeatCount: '${How_many_eggs_are_in_the_nest}' });
    expect(issues.map((issue) => [issue.row, issue.code])).toEqual([
      [2, 'metadata_ignored'],
      [3, 'metadata_ignored'],
    ]);
    expect(form?.choices.tree_type?.map((choice) => choice.name)).toEqual(['pine', 'oak', 'maple', 'spruce']);
  });

  it('site_inspection: nested groups with their relevance', () => {
    const { form } = parseXlsForm(sheetsFromKoboJson(kobo('site_inspection_v1.json')), {
      fileName: 'site.json',
    });
    const site = form?.children.find((node) => node.name === 'group_site_condition');
    expect(site).toMatchObject({ kind: 'group', relevant: "${did_you_find_the_site} = 'yes'" });
    expect(outline(site?.kind === 'group' ? site.children : [])).toEqual([
      'was_there_damage_to_the_site',
      'was_there_damage_to_the_site_dupe',
      { group_proprietary_tool: ['ping', 'rssi'] },
      { group_gate: ['is_the_gate_secure'] },
      'is_plant_life_encroaching',
    ]);
  });
});
