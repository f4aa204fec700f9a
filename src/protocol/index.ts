/**
 * src/protocol: the wire between the server and its clients, in one place. Socket.io event
 * names and payloads for /visitor (the widget) and /operator (the inbox), REST bodies, and the
 * error shapes with their codes. The server, the widget (widget/src), the inbox and the tests
 * all import it, so a payload changed here is changed for every side at once.
 * Must not import Node, any package, or any folder of src/ but domain and errors (types only):
 * the widget's build bundles it for the browser.
 */
export type { ConversationState } from '../domain/conversation.js';
export * from './errors.js';
export * from './operator.js';
export * from './rest.js';
export * from './visitor.js';
