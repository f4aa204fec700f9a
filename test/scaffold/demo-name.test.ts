import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { demoRenaming, jsonEscape, nameForms } from '../../src/scaffold/demo-name.js';

describe("the demo's name in a new project", () => {
  it('is found whole and in its short form, longest first', () => {
    expect(nameForms('Sol y Mar Tours')).toEqual(['Sol y Mar Tours', 'Sol y Mar']);
    expect(nameForms('Acme')).toEqual(['Acme']);
  });

  it('is replaced once, even by a name that contains it', () => {
    const rename = demoRenaming('Sol y Mar Tours', 'Sol y Mar Tours Ltd');
    expect(rename.text('About Sol y Mar Tours; the Sol y Mar team')).toBe(
      'About Sol y Mar Tours Ltd; the Sol y Mar Tours Ltd team',
    );
  });

  it('renames the example domain, and fits the name to JSON and YAML', () => {
    const rename = demoRenaming('Sol y Mar Tours', 'Ann\'s "Boats"');
    expect(rename.text('"write to hello@solymartours.example"', jsonEscape)).toBe(
      '"write to hello@ann-s-boats.example"',
    );
    expect(JSON.parse(rename.text('"Hi from Sol y Mar Tours"', jsonEscape))).toBe(
      'Hi from Ann\'s "Boats"',
    );
    const document = parseDocument('text: "This is the Sol y Mar team."\n');
    rename.yaml(document);
    expect(parseDocument(String(document)).get('text')).toBe('This is the Ann\'s "Boats" team.');
  });
});
