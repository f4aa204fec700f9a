/**
 * Assignment by hand over the socket: a manager's `assign`, an agent's `pass`, and the roster the
 * inbox picks an operator from. The permission table has already checked the role and the reach.
 */
import { parse } from './acks.js';
import type { OperatorConnection } from './operator.js';

export function handleOperatorAssignment(connection: OperatorConnection): void {
  const { data, context, handle } = connection;
  const desk = () => {
    if (!context.assignment) throw new Error('assignment is not running');
    return context.assignment;
  };

  for (const kind of ['assign', 'pass'] as const)
    handle(kind, async (payload) => {
      const { id, operator } = parse(context.payloads.operatorAssign, payload);
      await desk().assignByHand(id, operator, data.operator, kind);
      return { assignee: operator };
    });

  handle('operators', async () => ({ operators: desk().roster() }));
}
