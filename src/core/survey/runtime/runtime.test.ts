// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm writes references as ${name} in plain strings
import { describe, expect, it } from 'vitest';
import { defaultsFor, formState, RUNTIME_ERROR_CODES, validateSubmission } from './index';
import { choices, form, group, question } from './testing';

const today = { today: '2024-03-01' };

describe('formState', () => {
  const skip = form(
    [
      question('consent', 'select_one', { listName: 'yn', required: 'yes' }),
      group('group', 'main', [question('age', 'integer', { required: 'true()' }), question('name', 'text')], {
        relevant: "${consent} = 'yes'",
      }),
      question('why_not', 'text', {
        relevant: "${consent} = 'no'",
        required: 'yes',
        requiredMessage: { default: 'Say why' },
      }),
    ],
    { yn: choices('yes', 'no') },
  );

  it('hides a non-relevant group and its children, and checks only what is shown', () => {
    const state = formState(skip, { consent: 'no' }, today);
    expect(state.nodes.main?.relevant).toBe(false);
    expect(state.nodes.age?.relevant).toBe(false);
    expect(state.nodes.age?.required).toBe(false);
    expect(state.nodes.why_not?.relevant).toBe(true);
    expect(state.errors).toEqual([
      { path: 'why_not', code: 'required', params: {}, message: { default: 'Say why' } },
    ]);
  });

  it('requires what is relevant and required', () => {
    const state = formState(skip, { consent: 'yes' }, today);
    expect(state.nodes.age).toMatchObject({
      relevant: true,
      required: true,
      error: { code: 'required', message: null },
    });
    expect(state.nodes.why_not?.relevant).toBe(false);
    expect(state.errors.map((error) => error.path)).toEqual(['age']);
    expect(formState(skip, {}, today).errors.map((error) => error.path)).toEqual(['consent']);
    const blank = form([question('a', 'text', { relevant: ' ', required: '' })]);
    expect(formState(blank, {}, today).nodes.a).toMatchObject({ relevant: true, required: false });
  });

  it('checks constraints with . and the form message, and only on answered questions', () => {
    const f = form([
      question('age', 'integer', {
        constraint: '. >= 0 and . <= 120',
        constraintMessage: { default: 'Impossible', fr: 'Impossible' },
      }),
      question('phone', 'text', { constraint: "regex(., '^[0-9]{10}$')" }),
    ]);
    const state = formState(f, { age: 150, phone: '123' }, today);
    expect(state.errors).toEqual([
      {
        path: 'age',
        code: 'constraint',
        params: { constraint: '. >= 0 and . <= 120' },
        message: { default: 'Impossible', fr: 'Impossible' },
      },
      { path: 'phone', code: 'constraint', params: { constraint: "regex(., '^[0-9]{10}$')" }, message: null },
    ]);
    expect(formState(f, { age: 40, phone: '0123456789' }, today).errors).toEqual([]);
    expect(formState(f, { age: null }, today).errors).toEqual([]);
  });

  it('reports answers of the wrong type', () => {
    const f = form(
      [
        question('n', 'integer'),
        question('d', 'decimal'),
        question('r', 'range', { parameters: { start: 0, end: 10, step: 2 } }),
        question('one', 'select_one', { listName: 'abc' }),
        question('many', 'select_multiple', { listName: 'abc' }),
        question('day', 'date'),
        question('at', 'time'),
      ],
      { abc: choices('a', 'b', 'c') },
    );
    const bad = formState(
      f,
      { n: 1.5, d: 'x', r: 3, one: 'z', many: 'a q', day: '2024-02-30', at: '25:00' },
      today,
    );
    expect(bad.errors.map((error) => [error.path, error.code, error.params])).toEqual([
      ['n', 'not_integer', { value: '1.5' }],
      ['d', 'not_decimal', { value: 'x' }],
      ['r', 'out_of_range', { start: 0, end: 10, step: 2 }],
      ['one', 'not_a_choice', { value: 'z' }],
      ['many', 'not_a_choice', { value: 'q' }],
      ['day', 'bad_date', { value: '2024-02-30' }],
      ['at', 'bad_time', { value: '25:00' }],
    ]);
    const good = formState(
      f,
      { n: 2, d: 0.5, r: 4, one: 'a', many: 'a c', day: '2024-02-29', at: '09:30' },
      today,
    );
    expect(good.errors).toEqual([]);
  });

  it('runs a chain of calculations written in any order', () => {
    const f = form([
      question('total', 'calculate', { calculation: '${per_person} * ${people}' }),
      question('per_person', 'calculate', { calculation: '${income} div 2' }),
      question('income', 'decimal'),
      question('people', 'integer'),
      question('label', 'calculate', { calculation: "if(${total} > 100, 'high', 'low')" }),
      question('show', 'note', { relevant: "${label} = 'high'" }),
    ]);
    const state = formState(f, { income: 90, people: 3 }, today);
    expect(state.answers).toMatchObject({ per_person: 45, total: 135, label: 'high' });
    expect(state.nodes.show?.relevant).toBe(true);
    expect(formState(f, { income: 10, people: 3 }, today).nodes.show?.relevant).toBe(false);
    expect(formState(f, {}, today).answers).toMatchObject({ per_person: null, total: null, label: 'low' });
  });

  it('computes once() while empty, then keeps it', () => {
    const f = form([
      question('n', 'integer'),
      question('first_n', 'calculate', { calculation: 'once(${n})' }),
    ]);
    expect(formState(f, {}, today).answers.first_n).toBe(null);
    expect(formState(f, { n: 3 }, today).answers.first_n).toBe(3);
    expect(formState(f, { n: 5, first_n: 3 }, today).answers.first_n).toBe(3);
  });

  it('requires by expression, and checks dates against today()', () => {
    const f = form([
      question('born', 'date', { constraint: '. <= today()' }),
      question('guardian', 'text', { required: 'int((today() - ${born}) div 365.25) < 18' }),
    ]);
    expect(
      formState(f, { born: '2015-05-01' }, today).errors.map((error) => [error.path, error.code]),
    ).toEqual([['guardian', 'required']]);
    expect(formState(f, { born: '1980-05-01' }, today).errors).toEqual([]);
    expect(
      formState(f, { born: '2030-01-01', guardian: 'x' }, today).errors.map((error) => [
        error.path,
        error.code,
      ]),
    ).toEqual([['born', 'constraint']]);
  });

  it('treats a non-relevant answer as empty in expressions', () => {
    const f = form(
      [
        question('has_job', 'select_one', { listName: 'yn' }),
        question('salary', 'integer', { relevant: "${has_job} = 'yes'" }),
        question('income', 'calculate', { calculation: 'coalesce(${salary}, 0)' }),
      ],
      { yn: choices('yes', 'no') },
    );
    expect(formState(f, { has_job: 'yes', salary: 300 }, today).answers.income).toBe(300);
    expect(formState(f, { has_job: 'no', salary: 300 }, today).answers.income).toBe(0);
  });

  it('fills absent answers with their defaults, and leaves a cleared one empty', () => {
    const f = form([
      question('visits', 'integer', { default: '1' }),
      question('when', 'date', { default: 'today()' }),
      question('city', 'text', { default: 'Kano' }),
    ]);
    expect(defaultsFor(f, today)).toEqual({ visits: 1, when: '2024-03-01', city: 'Kano' });
    expect(formState(f, { visits: null, city: 'Lagos' }, today).answers).toEqual({
      visits: null,
      when: '2024-03-01',
      city: 'Lagos',
    });
  });

  it('filters choices with choice_filter on the choices sheet columns', () => {
    const f = form(
      [
        question('region', 'select_one', { listName: 'regions' }),
        question('city', 'select_one', { listName: 'cities', choiceFilter: 'region=${region}' }),
        question('other_cities', 'select_multiple', {
          listName: 'cities',
          choiceFilter: 'not(selected(${city}, name))',
        }),
      ],
      {
        regions: choices('north', 'south'),
        cities: choices(
          ['kano', { region: 'north' }],
          ['kaduna', { region: 'north' }],
          ['lagos', { region: 'south' }],
        ),
      },
    );
    const state = formState(f, { region: 'north', city: 'lagos' }, today);
    expect(state.nodes.city?.choices?.map((choice) => choice.name)).toEqual(['kano', 'kaduna']);
    expect(state.nodes.city?.error?.code).toBe('not_a_choice');
    expect(
      formState(f, { region: 'south', city: 'lagos' }, today).nodes.other_cities?.choices?.map((c) => c.name),
    ).toEqual(['kano', 'kaduna']);
    expect(formState(f, {}, today).nodes.city?.choices).toEqual([]);
  });

  it('reads a choice label column in a choice_filter', () => {
    const f = form(
      [question('city', 'select_one', { listName: 'cities', choiceFilter: "label::French != ''" })],
      {
        cities: [
          { row: 2, name: 'kano', label: { default: 'Kano', fr: 'Kano' }, filters: {} },
          { row: 3, name: 'lagos', label: { default: 'Lagos' }, filters: {} },
        ],
      },
    );
    f.languages = [{ key: 'fr', name: 'French' }];
    expect(formState(f, {}, today).nodes.city?.choices?.map((choice) => choice.name)).toEqual(['kano']);
  });

  const household = form(
    [
      question('size', 'integer'),
      group(
        'repeat',
        'member',
        [
          question('age', 'integer', { required: 'yes', constraint: '. < 130' }),
          question('is_adult', 'calculate', { calculation: 'if(${age} >= 18, 1, 0)' }),
          question('school', 'select_one', { listName: 'yn', relevant: '${age} < 18' }),
          question('index', 'calculate', { calculation: 'position(..)' }),
        ],
        { repeatCount: '${size}' },
      ),
      question('adults', 'calculate', { calculation: 'sum(${is_adult})' }),
      question('count', 'calculate', { calculation: 'count(${member})' }),
      question('first_age', 'calculate', { calculation: 'indexed-repeat(${age}, ${member}, 1)' }),
    ],
    { yn: choices('yes', 'no') },
  );

  it('makes repeat_count instances, evaluates each in its own instance, and sums across them', () => {
    const state = formState(household, { size: 3, member: [{ age: 40 }, { age: 12, school: 'yes' }] }, today);
    expect(state.nodes.member?.instances).toBe(3);
    expect(state.answers.member).toEqual([
      { age: 40, is_adult: 1, index: 1 },
      { age: 12, school: 'yes', is_adult: 0, index: 2 },
      { is_adult: 0, index: 3 },
    ]);
    expect(state.nodes['member[0]/school']?.relevant).toBe(false);
    expect(state.nodes['member[1]/school']?.relevant).toBe(true);
    expect(state.answers).toMatchObject({ adults: 1, count: 3, first_age: 40 });
    expect(state.errors).toEqual([{ path: 'member[2]/age', code: 'required', params: {}, message: null }]);
  });

  it('reads a nested repeat from its own instance outwards', () => {
    const f = form([
      question('village', 'text'),
      group('repeat', 'household', [
        question('head', 'text'),
        group('repeat', 'person', [
          question('age', 'integer'),
          question('label', 'calculate', {
            calculation: "concat(${village}, '/', ${head}, '/', position(..))",
          }),
        ]),
        question('people', 'calculate', { calculation: 'count(${person})' }),
        question('years', 'calculate', { calculation: 'sum(${age})' }),
      ]),
      question('all_years', 'calculate', { calculation: 'sum(${age})' }),
    ]);
    const state = formState(
      f,
      {
        village: 'Kura',
        household: [
          { head: 'Ali', person: [{ age: 30 }, { age: 5 }] },
          { head: 'Bala', person: [{ age: 60 }] },
        ],
      },
      today,
    );
    expect(state.answers.household).toEqual([
      {
        head: 'Ali',
        person: [
          { age: 30, label: 'Kura/Ali/1' },
          { age: 5, label: 'Kura/Ali/2' },
        ],
        people: 2,
        years: 35,
      },
      { head: 'Bala', person: [{ age: 60, label: 'Kura/Bala/1' }], people: 1, years: 60 },
    ]);
    expect(state.answers.all_years).toBe(95);
    expect(state.nodes['household[1]/person[0]/age']?.value).toBe(60);
  });

  it('hides, and keeps, the instances beyond a lowered repeat_count', () => {
    const state = formState(household, { size: 1, member: [{ age: 40 }, { age: 12 }] }, today);
    expect(state.nodes.member?.instances).toBe(1);
    expect(state.nodes['member[1]/age']?.relevant).toBe(false);
    expect(state.answers.member).toEqual([
      { age: 40, is_adult: 1, index: 1 },
      { age: 12, is_adult: 0, index: 2 },
    ]);
    expect(state.answers).toMatchObject({ adults: 1, count: 1 });
    expect(state.errors).toEqual([]);
    expect(formState(household, { size: null, member: [{ age: 40 }] }, today).nodes.member?.instances).toBe(
      0,
    );
  });

  it('reports an expression that does not parse, once, with its path', () => {
    const f = form([question('a', 'integer', { relevant: '${b} >' }), question('b', 'integer')]);
    const state = formState(f, {}, today);
    expect(state.errors).toEqual([
      {
        path: 'a',
        code: 'bad_expression',
        params: { column: 'relevant', expression: '${b} >', position: 6 },
        message: null,
      },
    ]);
    expect(state.nodes.a?.relevant).toBe(true);
  });

  it('evaluates a 200-question form where each question depends on the one before', () => {
    const questions = Array.from({ length: 200 }, (_, i) =>
      question(`q${i}`, 'integer', {
        relevant: i === 0 ? null : `\${q${i - 1}} != '' or ${i} mod 3 = 0`,
        constraint: '. >= 0 and . < 1000',
        required: 'yes',
      }),
    );
    const f = form(questions);
    const answers = Object.fromEntries(questions.map((q, i) => [q.name, i]));
    const state = formState(f, answers, today);
    expect(Object.keys(state.nodes)).toHaveLength(200);
    expect(state.errors).toEqual([]);
    // q100 left empty: q101 hides (101 mod 3 ≠ 0), so q102 is shown by its own rule only (102 mod 3 = 0)
    const gap = formState(f, { ...answers, q100: null, q101: 5 }, today);
    expect([100, 101, 102, 103].map((i) => gap.nodes[`q${i}`]?.relevant)).toEqual([true, false, true, true]);
    expect(gap.errors.map((error) => [error.path, error.code])).toEqual([['q100', 'required']]);
    expect(validateSubmission(f, { ...answers, q100: null, q101: 5 }, today).answers.q101).toBeUndefined();
  });
});

describe('validateSubmission', () => {
  it('drops answers to non-relevant questions and notes, and keeps the rest', () => {
    const f = form(
      [
        question('consent', 'select_one', { listName: 'yn' }),
        group('group', 'main', [question('age', 'integer')], { relevant: "${consent} = 'yes'" }),
        question('intro', 'note'),
        question('double', 'calculate', { calculation: '${age} * 2' }),
      ],
      { yn: choices('yes', 'no') },
    );
    expect(validateSubmission(f, { consent: 'no', age: 30, intro: 'x', double: 999 }, today)).toEqual({
      answers: { consent: 'no', double: null },
      errors: [],
    });
    expect(validateSubmission(f, { consent: 'yes', age: '30' }, today)).toEqual({
      answers: { consent: 'yes', age: 30, double: 60 },
      errors: [],
    });
  });

  it('names the path of unknown questions, wrong shapes and invalid answers, and applies no defaults', () => {
    const f = form([
      question('size', 'integer', { default: '2' }),
      group(
        'repeat',
        'member',
        [question('age', 'integer', { constraint: '. < 130', constraintMessage: { default: 'Too old' } })],
        {
          repeatCount: '${size}',
        },
      ),
      group('repeat', 'visit', [question('day', 'date')]),
    ]);
    const result = validateSubmission(
      f,
      {
        size: 2,
        member: [{ age: 200, shoe: 42 }, { age: 'old' }, { age: 'gone' }],
        visit: 'monday',
        extra: 'x',
        day: [],
      } as never,
      today,
    );
    expect(result.errors.map((error) => [error.path, error.code])).toEqual([
      ['member[0]/shoe', 'unknown_question'],
      ['visit', 'wrong_shape'],
      ['extra', 'unknown_question'],
      ['day', 'unknown_question'],
      ['member', 'too_many_instances'],
      ['member[0]/age', 'constraint'],
      ['member[1]/age', 'not_integer'],
    ]);
    expect(result.errors[5]?.message).toEqual({ default: 'Too old' });
    expect(result.errors[4]?.params).toEqual({ count: 3, max: 2 });
    expect(result.answers).toEqual({ size: 2, member: [{ age: 200 }, { age: 'old' }], visit: [] });
    expect(validateSubmission(f, {}, today).answers).toEqual({ member: [], visit: [] });
  });
});

it('exports every error code the runtime produces', () => {
  expect(RUNTIME_ERROR_CODES).toContain('required');
  expect(new Set(RUNTIME_ERROR_CODES).size).toBe(RUNTIME_ERROR_CODES.length);
});
