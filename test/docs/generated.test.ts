import { describe, expect, it } from 'vitest';
import { fillSections, generatedFiles, generatedSections } from '../../src/docs/generated-docs.js';
import { errorCatalogue } from '../../src/errors/catalogue.js';
import { readRepoFile } from '../helpers/project.js';

describe('generated files are current (run `npm run generate` after changing a schema or the catalogue)', () => {
  for (const [path, content] of Object.entries(generatedFiles())) {
    it(path, () => {
      expect(readRepoFile(path)).toBe(content);
    });
  }
  for (const [path, sections] of Object.entries(generatedSections())) {
    it(`${path} (${Object.keys(sections).join(', ')})`, () => {
      const text = readRepoFile(path);
      expect(fillSections(text, sections, path)).toBe(text);
    });
  }

  it('docs/config.md documents every key the schema accepts', () => {
    const doc = readRepoFile('docs/config.md');
    for (const key of [
      'name',
      'languages.supported',
      'ai.maxTokens',
      'handoff.waitTimeout',
      'handoff.hours.timezone',
      'widget.typingPreview',
      'notify.telegram.apiBaseUrl',
    ]) {
      expect(doc).toContain(`\`${key}\``);
    }
  });

  it('docs/errors.md lists every code in the catalogue', () => {
    const doc = readRepoFile('docs/errors.md');
    for (const code of Object.keys(errorCatalogue)) expect(doc).toContain(`### \`${code}\``);
  });
});
