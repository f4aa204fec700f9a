/** Writes the JSON Schemas, docs/errors.md and the generated sections of the docs. */
import { readFileSync, writeFileSync } from 'node:fs';
import { fillSections, generatedFiles, generatedSections } from '../src/docs/generated-docs.js';

for (const [path, content] of Object.entries(generatedFiles())) {
  writeFileSync(path, content);
  console.log(`wrote ${path}`);
}
for (const [path, sections] of Object.entries(generatedSections())) {
  writeFileSync(path, fillSections(readFileSync(path, 'utf8'), sections, path));
  console.log(`updated ${path}`);
}
