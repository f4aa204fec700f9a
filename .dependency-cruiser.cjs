/**
 * The layers of src/, checked by `npm run lint` (and so by `npm test`): a folder may import only
 * folders on a lower line, never one above it or beside it, so no two folders can form a loop.
 * Top to bottom; docs/architecture.md explains what each folder owns.
 * A new folder must be added here before anything in it is imported (rule `folder-not-layered`).
 */
const layers = [
  ['cli'],
  // Helpers only the CLI uses: generated docs and `chatbot init`.
  ['docs', 'scaffold'],
  // The server and its clients side by side: they share only src/protocol.
  ['inbox', 'server'],
  ['deploy'],
  ['eval', 'insight', 'conversations', 'stats'],
  ['conversation-tests'],
  // The engine that runs a conversation.
  ['chat'],
  ['notify'],
  ['leads'],
  ['ai'],
  ['snapshot'],
  ['validate'],
  ['prompt'],
  ['kb', 'config', 'geo'],
  ['store'],
  ['client'],
  ['source'],
  // The floor: the wire protocol, the shared rules, the error catalogue.
  ['protocol'],
  ['domain'],
  ['errors'],
];

const folders = (list) => `^src/(${list.join('|')})/`;

const layerRules = layers.flatMap((layer, index) => {
  const above = layers.slice(0, index).flat();
  return layer.map((folder) => {
    const forbidden = [...above, ...layer.filter((other) => other !== folder)];
    return {
      name: `layer-${folder}`,
      severity: 'error',
      comment:
        `src/${folder} must not import a folder above or beside it ` +
        `(${forbidden.map((f) => `src/${f}`).join(', ')}). ` +
        'Move what both need down a layer, often to src/domain or src/protocol.',
      from: { path: `^src/${folder}/` },
      to: { path: folders(forbidden) },
    };
  });
});

module.exports = {
  forbidden: [
    ...layerRules.filter((rule) => rule.to.path !== folders([])),
    {
      name: 'folder-not-layered',
      severity: 'error',
      comment: 'Every folder of src/ has a place in the layers of .dependency-cruiser.cjs: add it.',
      from: { path: '^src/[^/]+/', pathNot: folders(layers.flat()) },
      to: { path: '^src/' },
    },
    {
      name: 'no-folder-cycle',
      severity: 'error',
      comment: 'Modules in different folders of src/ import each other in a loop: break it.',
      from: { path: '^src/([^/]+)/' },
      to: { circular: true, viaSomeNot: '^src/$1/' },
    },
    {
      name: 'protocol-is-portable',
      severity: 'error',
      comment:
        'src/protocol is bundled into the browser widget: it may import nothing of Node and no package.',
      from: { path: '^src/protocol/' },
      to: { dependencyTypes: ['core', 'npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg'] },
    },
    {
      name: 'widget-uses-protocol-only',
      severity: 'error',
      comment: 'The widget shares only the wire protocol with the server: import src/protocol.',
      from: { path: '^widget/src/' },
      to: { path: '^src/', pathNot: '^src/protocol/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
    },
  },
};
