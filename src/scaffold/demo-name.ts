/**
 * The demo bot's business name, and its web domain, replaced by the new bot's name in
 * everything `chatbot init` copies: a bot called "Acme Travel" must not greet visitors as the
 * demo's tour operator. The demo's name is read from its config, so a renamed demo needs no
 * change here.
 */
import { type Document, isScalar, visit } from 'yaml';
import { escapeRegExp } from '../domain/literal-pattern.js';
import { packageName } from './project-files.js';

export interface DemoRenaming {
  /** Replaces the demo's name and domain in a text; `encode` fits the name to the format. */
  text(text: string, encode?: (name: string) => string): string;
  /** Replaces them in every string value of a YAML document, leaving its quoting to yaml. */
  yaml(document: Document): void;
  /** Replaces only the domain: safe on any text, names already renamed or not. */
  domain(text: string): string;
}

const noRenaming: DemoRenaming = { text: (text) => text, yaml: () => {}, domain: (text) => text };

export function demoRenaming(demoName: string, name: string): DemoRenaming {
  const forms = nameForms(demoName);
  if (forms.length === 0 || demoName === name) return noRenaming;
  const names = new RegExp(forms.map(escapeRegExp).join('|'), 'g');
  const domain = new RegExp(`\\b${escapeRegExp(compact(demoName))}\\.example\\b`, 'gi');
  const newDomain = `${packageName(name)}.example`;
  const renameDomain = (input: string) => input.replace(domain, () => newDomain);
  const text = (input: string, encode: (name: string) => string = (same) => same) => {
    const encoded = encode(name);
    return renameDomain(input).replace(names, () => encoded);
  };
  return {
    text,
    domain: renameDomain,
    yaml(document) {
      visit(document, {
        Scalar(_key, node) {
          if (isScalar(node) && typeof node.value === 'string') node.value = text(node.value);
        },
      });
    },
  };
}

/**
 * The name and its shorter forms a text may use ("Sol y Mar Tours", "the Sol y Mar team"):
 * every leading run of two or more words that ends on a capitalised word, longest first so the
 * full name is replaced whole.
 */
export function nameForms(name: string): string[] {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const forms: string[] = [];
  for (let count = words.length; count >= 1; count--) {
    const last = words[count - 1]!;
    if (count < words.length && (count < 2 || !/^\p{Lu}/u.test(last))) continue;
    forms.push(words.slice(0, count).join(' '));
  }
  return forms;
}

/** The name as a domain label spells it: "Sol y Mar Tours" is solymartours.example. */
function compact(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** A name placed inside a JSON string. */
export function jsonEscape(name: string): string {
  return JSON.stringify(name).slice(1, -1);
}
