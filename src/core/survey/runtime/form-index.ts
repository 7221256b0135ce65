import type { FormGroup, FormNode, FormQuestion, SurveyForm } from '../types';

/** Where each name lives: the repeats around it (outermost first), and the answer names of each scope. */
export interface FormIndex {
  /** Questions and repeats by name. */
  nodes: Map<string, FormQuestion | FormGroup>;
  /** The repeats enclosing a question or repeat, outermost first (a repeat is not in its own list). */
  repeatChain: Map<string, string[]>;
  /** The names an answers object may hold: at the top (key `''`) and in each repeat's instances. */
  scopeNames: Map<string, Set<string>>;
}

const indexes = new WeakMap<SurveyForm, FormIndex>();

function visit(children: FormNode[], chain: string[], scope: Set<string>, index: FormIndex): void {
  for (const node of children) {
    if (node.kind === 'group') {
      visit(node.children, chain, scope, index);
      continue;
    }
    index.nodes.set(node.name, node);
    index.repeatChain.set(node.name, chain);
    scope.add(node.name);
    if (node.kind === 'repeat') {
      const inner = new Set<string>();
      index.scopeNames.set(node.name, inner);
      visit(node.children, [...chain, node.name], inner, index);
    }
  }
}

/** Built once per form object and remembered. */
export function formIndex(form: SurveyForm): FormIndex {
  let index = indexes.get(form);
  if (index === undefined) {
    const top = new Set<string>();
    index = { nodes: new Map(), repeatChain: new Map(), scopeNames: new Map([['', top]]) };
    visit(form.children, [], top, index);
    indexes.set(form, index);
  }
  return index;
}
