/**
 * What the widget fetches: settings and texts for a language, the visitor's history, uploads.
 * Authenticated by the visitor token; a page on a site not in server.origins is told so, in a
 * body it may read.
 */

import cors from 'cors';
import express, { type Request, type Router } from 'express';
import { assistantFor } from '../../chat/routing.js';
import { supportedLanguages } from '../../config/rules.js';
import { hasContact } from '../../domain/contact-details.js';
import type { ServerContext } from '../context.js';
import { transcriptSettings } from '../sockets/visitor-transcript.js';
import { receiveConversationFile, serveUpload } from '../uploads.js';
import { visitorViews } from '../views.js';
import { bearer } from '../visitor-token.js';
import { route } from './respond.js';

export const visitorPaths = ['/api/widget', '/api/visitor', '/uploads'];

export function visitorRoutes(context: ServerContext): Router {
  const router = express.Router();
  const browserCors = cors({
    origin: (origin, callback) => callback(null, context.origins.allows(origin, undefined)),
    allowedHeaders: ['Authorization', 'Content-Type'],
    maxAge: 600,
  });
  router.use(['/api/widget', '/api/visitor'], context.origins.guard);
  router.options(['/api/widget/*path', '/api/visitor/*path'], browserCors);
  router.get('/api/widget/settings', browserCors, (request, response) => {
    response.json(widgetSettings(context, request));
  });
  router.get('/api/visitor/history', browserCors, route(history(context)));
  router.post('/api/visitor/uploads', browserCors, route(upload(context)));
  router.get('/uploads/:file', browserCors, serveUpload(context.uploadsDir));
  return router;
}

function widgetSettings(context: ServerContext, request: Request) {
  const snapshot = context.bot.snapshot;
  const lang = snapshot.resolveLanguage(
    typeof request.query.lang === 'string' ? request.query.lang : undefined,
  );
  // The greeting is the assistant's that routing picks for this page (docs/routing.md).
  const page =
    typeof request.query.page === 'string' ? request.query.page.slice(0, 2000) : undefined;
  const assistant = assistantFor({ lang, visitor: { page } }, snapshot.config, new Date());
  const knowledge = snapshot.forAssistant(assistant).knowledge(lang);
  const { widget, name, server } = snapshot.config;
  return {
    lang,
    languages: supportedLanguages(snapshot.config),
    title: widget.title ?? name,
    color: widget.color,
    position: widget.position,
    preChatForm: widget.preChatForm,
    rating: widget.rating,
    feedback: widget.feedback,
    proactive: widget.proactive,
    typingPreview: widget.typingPreview,
    greeting: knowledge.greeting,
    ui: knowledge.ui,
    limits: {
      messageChars: server.limits.messageChars,
      uploadMegabytes: server.limits.uploadMegabytes,
    },
    ...transcriptSettings(snapshot, lang),
  };
}

function history(context: ServerContext) {
  const { service, store, tokens } = context;
  return async (request: Request, response: express.Response) => {
    const visitorId = tokens.verify(bearer(request.headers.authorization));
    if (!visitorId) return response.status(401).json({ error: 'unauthorized' });
    const id = store.idForVisitor(visitorId);
    const conversation = id ? await service.get(id) : undefined;
    if (!conversation) return response.status(404).json({ error: 'not_found' });
    const after = Math.max(0, Number(request.query.after) || 0);
    response.json({
      conversationId: conversation.id,
      state: conversation.state,
      lang: conversation.lang,
      lastSeq: conversation.lastSeq,
      operator: (conversation.state === 'human' && conversation.assignee) || null,
      identified: hasContact(conversation.contact),
      entries: visitorViews(await store.entriesAfter(conversation.id, after)),
    });
  };
}

function upload(context: ServerContext) {
  const { service, tokens } = context;
  return async (request: Request, response: express.Response) => {
    const visitorId = tokens.verify(bearer(request.headers.authorization));
    if (!visitorId) return response.status(401).json({ error: 'unauthorized' });
    // A file is something the visitor does: it makes the conversation if there is none yet.
    const conversation = await service.visitorConversation(visitorId, {
      userAgent: String(request.headers['user-agent'] ?? '').slice(0, 400),
      ip: context.clientIp(request),
    });
    const outcome = await receiveConversationFile(context, request, conversation.id);
    if (!outcome.ok) return response.status(outcome.status).json(outcome.body);
    await service.addUpload(conversation.id, outcome.attachment);
    response.status(201).json(outcome.attachment);
  };
}
