import { describe, expect, it } from 'vitest';
import { parseKnowledgeText } from '../../src/kb/load-file.js';
import { validateProject } from '../../src/validate/validate-project.js';
import { colOf, demoProject, lineOf, readRepoFile } from '../helpers/project.js';

const wrongLanguage = (text: string, lang: string) =>
  parseKnowledgeText(text, `kb/${lang}.json`, lang).findings.filter(
    (finding) => finding.code === 'KB_WRONG_LANGUAGE',
  );

const withBlock = (lang: string, block: Record<string, unknown>) => {
  const knowledge = JSON.parse(readRepoFile(`kb/${lang}.json`));
  knowledge.blocks.splice(2, 0, block);
  return JSON.stringify(knowledge, null, 2);
};

describe('knowledge in the wrong language', () => {
  it('warns of Russian text in kb/en.json at the block, naming the language', () => {
    const russian = JSON.parse(readRepoFile('kb/ru.json')).blocks[5];
    const text = withBlock('en', { ...russian, id: 'pasted' });
    const findings = wrongLanguage(text, 'en');
    expect(findings).toHaveLength(1);
    const line = lineOf(text, '"id": "pasted"') - 1;
    expect(findings[0]).toMatchObject({
      severity: 'warning',
      file: 'kb/en.json',
      line,
      col: colOf(
        text
          .split('\n')
          .slice(line - 1)
          .join('\n'),
        '{',
      ),
      keyPath: 'blocks[2]',
      message:
        'Block "pasted" is written in Cyrillic script and reads like Russian (ru), not English (en)',
    });
  });

  it('warns of a German file holding English, block by block', () => {
    const english = readRepoFile('kb/en.json');
    const findings = wrongLanguage(english, 'de');
    const blocks = JSON.parse(english).blocks.length;
    // Only a block of addresses and opening hours says too little to tell.
    expect(findings.length).toBeGreaterThanOrEqual(blocks - 2);
    expect(findings[0]?.message).toBe('Block "about" reads like English (en), not German (de)');
    expect(wrongLanguage(readRepoFile('kb/es.json'), 'en').length).toBeGreaterThan(5);
  });

  it('stays quiet on the demo knowledge, names, prices, short and mixed texts', async () => {
    const { findings } = await validateProject(demoProject(), { env: {} });
    expect(findings).toEqual([]);
    const quiet = [
      {
        id: 'names',
        title: 'Sol y Mar Tours',
        body: 'Montserrat, Girona, Sitges, Tarragona, Costa Brava',
      },
      {
        id: 'prices',
        title: 'Preise',
        body: 'Montserrat: €69 · Girona: €79 · Sitges: €59 · +34 931 234 567',
      },
      { id: 'short', title: 'Kontakt', body: 'Call us: hello@solymartours.example' },
      {
        id: 'mixed',
        title: 'Tour in English',
        body: 'Die Führung ist auf Englisch und Deutsch. The guide speaks English and German, and the tour is for all ages. Wir sind jeden Tag für Sie da und die Tour ist für alle.',
      },
      {
        id: 'proper-russian-name',
        title: 'Unser Partner',
        body: 'Unser Partner in Moskau heißt «Путешествия по России». Er ist für die Buchung der Touren in Russland zuständig und wir arbeiten seit Jahren mit ihm zusammen.',
      },
    ];
    const german = JSON.stringify({ greeting: 'Hallo', fallback: 'Leider nicht', blocks: quiet });
    expect(wrongLanguage(german, 'de')).toEqual([]);
  });

  it('lets a file marked as a copy hold its original language, and nothing else', () => {
    const english = JSON.parse(readRepoFile('kb/en.json'));
    const copy = JSON.stringify({ ...english, translateFrom: 'en' }, null, 2);
    expect(wrongLanguage(copy, 'de')).toEqual([]);
    const findings = parseKnowledgeText(copy, 'kb/de.json', 'de').findings;
    expect(findings).toEqual([]); // no KB_UI_STRINGS either while it is a marked copy
    const russian = JSON.parse(readRepoFile('kb/ru.json')).blocks[5];
    const pasted = JSON.stringify({ ...english, translateFrom: 'en', blocks: [russian] });
    expect(wrongLanguage(pasted, 'de')).toHaveLength(1);
  });
});
