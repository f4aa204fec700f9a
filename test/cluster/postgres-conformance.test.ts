import { PostgresStore } from '../../src/store/postgres/postgres-store.js';
import { describeStoreConformance } from '../store/conformance/store-conformance.js';
import { freshSchema } from './postgres.js';

describeStoreConformance('postgres', async () => {
  const schema = await freshSchema();
  return {
    open: () => new PostgresStore(schema.options),
    dispose: () => schema.drop(),
  };
});
