import { rm } from 'node:fs/promises';
import { LowdbStore } from '../../../src/store/lowdb-store.js';
import { tempDir } from '../../helpers/project.js';
import { describeStoreConformance } from './store-conformance.js';

describeStoreConformance('lowdb', async () => {
  const dir = tempDir();
  return {
    open: () => new LowdbStore(dir),
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
});
