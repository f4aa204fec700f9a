/**
 * Leads and operators in the embedded store: data/leads.json and data/operators.json, the same
 * files the lead book and `chatbot operator` write, read again on every call so that what those
 * writers changed is seen. Writes go one after another, each a whole-file rewrite.
 */
import { join } from 'node:path';
import { KeyedQueue } from './keyed-queue.js';
import type { Operator } from './operators.js';
import { PrivateDataFile, privateJsonFile } from './private-files.js';
import type { Lead } from './records.js';

export class LowdbRecords {
  private readonly writes = new KeyedQueue();
  private readonly leadsFile: PrivateDataFile<{ leads: Lead[] }>;
  private readonly operatorsFile: PrivateDataFile<{ operators: Operator[] }>;

  constructor(dir: string) {
    this.leadsFile = privateJsonFile(join(dir, 'leads.json'));
    // As OperatorRegistry writes it: indented, with a final newline.
    this.operatorsFile = new PrivateDataFile(join(dir, 'operators.json'), {
      parse: JSON.parse,
      stringify: (data) => `${JSON.stringify(data, null, 2)}\n`,
    });
  }

  async leads(): Promise<Lead[]> {
    return (await this.leadsFile.read())?.leads ?? [];
  }

  saveLead(lead: Lead): Promise<void> {
    return this.writes.run('leads', async () => {
      const leads = await this.leads();
      replaceOrAdd(leads, lead, (known) => known.id === lead.id);
      await this.leadsFile.write({ leads });
    });
  }

  async operators(): Promise<Operator[]> {
    return (await this.operatorsFile.read())?.operators ?? [];
  }

  saveOperator(operator: Operator): Promise<void> {
    return this.writes.run('operators', async () => {
      const operators = await this.operators();
      replaceOrAdd(operators, operator, (known) => known.tokenHash === operator.tokenHash);
      await this.operatorsFile.write({ operators });
    });
  }

  idle(): Promise<void> {
    return this.writes.idle();
  }
}

function replaceOrAdd<T>(list: T[], item: T, same: (known: T) => boolean): void {
  const index = list.findIndex(same);
  if (index < 0) list.push(item);
  else list[index] = item;
}
