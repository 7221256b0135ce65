/**
 * Checks each element against the schema tables in rules.ts while the file streams, and reports
 * each breach once as a warning. Child counts are kept only for elements that have rules about
 * their children, so the common case costs one map lookup per element.
 */

import {
  ATTRIBUTE_KINDS,
  ELEMENT_RULES,
  type ElementRule,
  forbiddenAttributes,
  isValidValue,
  KNOWN_ATTRIBUTES,
  KNOWN_ELEMENTS,
  NON_EMPTY_ATTRIBUTES,
  type ValueKind,
} from './rules';
import type { IatiWarning } from './types';

export interface AttributeSource {
  attributeCount: number;
  attributeName(index: number): string;
  attributeValue(index: number): string;
}

const KIND_KEYS: Record<ValueKind, string> = {
  date: 'badDate',
  dateTime: 'badDateTime',
  decimal: 'badDecimal',
  integer: 'badInteger',
  positiveInteger: 'badPositiveInteger',
  boolean: 'badBoolean',
};

const NO_RULE: ElementRule = {};
/** One lookup per element: its rule, or undefined for a name the schema does not know. */
const ELEMENTS = new Map([...KNOWN_ELEMENTS].map((name) => [name, ELEMENT_RULES.get(name) ?? NO_RULE]));
/** One lookup per attribute: its value kind and emptiness rule, or undefined when unknown. */
const ATTRIBUTES = new Map(
  [...KNOWN_ATTRIBUTES].map((name) => [
    name,
    { kind: ATTRIBUTE_KINDS.get(name), nonEmpty: NON_EMPTY_ATTRIBUTES.has(name) },
  ]),
);

interface Frame {
  name: string;
  line: number;
  rule: ElementRule | undefined;
  /** Names of the children seen, kept only when the rule speaks of children (few, so an array). */
  seen: string[];
  seenCount: number;
  childCount: number;
  text: string;
}

function hasSeen(frame: Frame, name: string): boolean {
  for (let i = 0; i < frame.seenCount; i++) if (frame.seen[i] === name) return true;
  return false;
}

export class StructureCheck {
  /** Frames are reused by depth: one object per nesting level, not one per element. */
  private readonly frames: Frame[] = [];
  private depth = 0;

  constructor(private readonly warn: (warning: IatiWarning) => void) {}

  private top(): Frame | undefined {
    return this.depth > 0 ? this.frames[this.depth - 1] : undefined;
  }

  /** True while the innermost element needs its own text seen (code-only or decimal elements). */
  get wantsText(): boolean {
    const rule = this.top()?.rule;
    return rule !== undefined && (rule.noText === true || rule.decimalText === true);
  }

  open(name: string, line: number, attributes: AttributeSource): void {
    const parent = this.top();
    if (parent) {
      parent.childCount++;
      const rule = parent.rule;
      if (rule && (rule.once || rule.children)) {
        if (!hasSeen(parent, name)) parent.seen[parent.seenCount++] = name;
        else if (rule.once?.includes(name) && !hasSeen(parent, `${name}+`)) {
          parent.seen[parent.seenCount++] = `${name}+`; // warn once per parent
          this.warn({ line, key: 'tooMany', params: { element: name, parent: parent.name } });
        }
      }
    }
    const rule = ELEMENTS.get(name);
    if (rule === undefined && !name.includes(':'))
      this.warn({ line, key: 'unknownElement', params: { element: name, parent: parent?.name ?? '' } });
    if (attributes.attributeCount > 0 || rule?.attributes)
      this.checkAttributes(name, parent?.name, line, rule, attributes);
    let frame = this.frames[this.depth];
    if (!frame) {
      frame = { name, line, rule, seen: [], seenCount: 0, childCount: 0, text: '' };
      this.frames.push(frame);
    }
    frame.name = name;
    frame.line = line;
    frame.rule = rule;
    frame.seenCount = 0;
    frame.childCount = 0;
    frame.text = '';
    this.depth++;
  }

  text(text: string): void {
    const frame = this.top();
    if (frame) frame.text += text;
  }

  close(): void {
    const frame = this.top();
    if (!frame) return;
    this.depth--;
    const { rule, name, line } = frame;
    if (name === 'iati-activity' && frame.childCount === 0)
      this.warn({ line, key: 'emptyActivity', params: {} });
    if (!rule) return;
    for (const child of rule.children ?? [])
      if (!hasSeen(frame, child)) this.warn({ line, key: 'missingChild', params: { element: name, child } });
    if (!rule.noText && !rule.decimalText) return;
    const text = frame.text.trim();
    if (rule.noText && text !== '') this.warn({ line, key: 'unexpectedText', params: { element: name } });
    if (rule.decimalText && !isValidValue('decimal', text))
      this.warn({ line, key: 'badDecimalText', params: { element: name, value: text } });
  }

  private checkAttributes(
    name: string,
    parent: string | undefined,
    line: number,
    rule: ElementRule | undefined,
    attributes: AttributeSource,
  ): void {
    const forbidden = forbiddenAttributes(name, parent);
    for (let i = 0; i < attributes.attributeCount; i++) {
      const attribute = attributes.attributeName(i);
      const info = ATTRIBUTES.get(attribute);
      if (info === undefined && attribute.includes(':')) continue;
      if (info === undefined || forbidden?.includes(attribute)) {
        this.warn({ line, key: 'unexpectedAttribute', params: { element: name, attribute } });
        continue;
      }
      const { kind, nonEmpty } = info;
      if (!kind && !nonEmpty) continue;
      const value = attributes.attributeValue(i);
      if (kind && !isValidValue(kind, value))
        this.warn({ line, key: KIND_KEYS[kind], params: { element: name, field: attribute, value } });
      else if (nonEmpty && value.trim() === '')
        this.warn({ line, key: 'emptyAttribute', params: { element: name, attribute } });
    }
    for (const required of rule?.attributes ?? []) {
      let found = false;
      for (let i = 0; i < attributes.attributeCount && !found; i++)
        found = attributes.attributeName(i) === required;
      if (!found)
        this.warn({ line, key: 'missingAttribute', params: { element: name, attribute: required } });
    }
  }
}
