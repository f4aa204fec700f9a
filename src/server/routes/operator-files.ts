/**
 * An operator sends a file: the same receiving code, size limit and types (read from the bytes)
 * as a visitor's upload, stored as the operator's message with the file attached. The route sits
 * behind the operator guard, so the permission table decides who may (conversations.reply).
 */
import type { Request, Response } from 'express';
import type { Operator } from '../../store/operators.js';
import type { ServerContext } from '../context.js';
import { receiveConversationFile } from '../uploads.js';

export const operatorFilePath = '/api/operator/conversations/:id/files';

export function operatorFile(context: ServerContext) {
  const { service } = context;
  return async (request: Request, response: Response) => {
    const operator = response.locals.operator as Operator | undefined;
    if (!operator) return response.status(401).json({ error: 'unauthorized' });
    // Unknown conversations answer 404 before a byte is stored.
    const conversation = await service.get(String(request.params.id));
    const outcome = await receiveConversationFile(context, request, conversation.id);
    if (!outcome.ok) return response.status(outcome.status).json(outcome.body);
    const entry = await service.operatorMessage(conversation.id, operator, {
      text: '',
      attachments: [outcome.attachment],
    });
    return response
      .status(201)
      .json({ id: entry.id, seq: entry.seq, attachment: visible(outcome.attachment) });
  };
}

/** What the answer shows of the stored file: no internal id. */
function visible({
  name,
  type,
  size,
  url,
}: {
  name: string;
  type: string;
  size: number;
  url: string;
}) {
  return { name, type, size, url };
}
