import { describe, expect, it } from 'vitest';
import { describeChanges, renderChanges } from '../../src/deploy/changes.js';

const layout = { knowledgeDir: 'kb', promptsDir: 'templates' };
const kb = (blocks: Array<Record<string, unknown>>, greeting = 'Hi') =>
  JSON.stringify({ $schema: '../schema/kb.schema.json', greeting, fallback: 'Sorry', blocks });

describe('what a new version changes', () => {
  it('lists knowledge blocks added, changed and removed per language, and other texts', () => {
    const before = {
      'kb/en.json': kb([
        { id: 'prices', title: 'Prices', body: '€69' },
        { id: 'pets', title: 'Pets', body: 'Assistance dogs only' },
      ]),
      'kb/es.json': kb([{ id: 'prices', title: 'Precios', body: '€69' }], 'Hola'),
    };
    const after = {
      'kb/en.json': kb([
        { id: 'prices', title: 'Prices', body: '€75' },
        { id: 'tours', title: 'Tours', body: 'Girona' },
      ]),
      'kb/es.json': kb([{ id: 'prices', title: 'Precios', body: '€69' }], '¡Hola!'),
    };
    const changes = describeChanges(before, after, layout);
    expect(changes.knowledge).toEqual([
      {
        lang: 'en',
        file: 'kb/en.json',
        added: ['tours'],
        changed: ['prices'],
        removed: ['pets'],
        texts: [],
      },
      { lang: 'es', file: 'kb/es.json', added: [], changed: [], removed: [], texts: ['greeting'] },
    ]);
    expect(renderChanges(changes)).toEqual([
      'kb/en.json  +1 block (tours)  ~1 block (prices)  -1 block (pets)',
      'kb/es.json  texts changed: greeting',
    ]);
  });

  it('names templates and the config keys that changed, and says when nothing did', () => {
    const config = 'name: Acme\nwidget:\n  color: "#000"\nhandoff:\n  keywords:\n    en: [human]\n';
    const before = {
      'chatbot.config.yaml': config,
      'templates/system.hbs': 'You are {{name}}',
      'templates/partials/old.hbs': 'x',
    };
    const after = {
      'chatbot.config.yaml': config
        .replace('#000', '#fff')
        .replace('[human]', '[human, agent]')
        .concat('deploy:\n  keep: 5\n'),
      'templates/system.hbs': 'You are {{name}}!',
      'templates/system.es.hbs': 'Eres {{name}}',
    };
    const changes = describeChanges(before, after, layout);
    expect(changes.templates).toEqual({
      added: ['system.es.hbs'],
      changed: ['system.hbs'],
      removed: ['partials/old.hbs'],
    });
    expect(changes.config).toEqual(['deploy.keep', 'handoff.keywords.en', 'widget.color']);
    expect(changes.none).toBe(false);
    expect(describeChanges(after, after, layout).none).toBe(true);
    expect(renderChanges(describeChanges(after, after, layout))).toEqual([
      'No changes: the server already serves these files.',
    ]);
  });

  it('counts a knowledge file that does not parse as changed, rather than failing', () => {
    const changes = describeChanges({ 'kb/en.json': kb([]) }, { 'kb/en.json': '{ broken' }, layout);
    expect(changes.knowledge[0]?.texts).toContain('(file)');
  });
});
