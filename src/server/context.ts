import type { Logger } from 'pino';
import type { ConversationService } from '../chat/conversation-service.js';
import type { Config } from '../config/schema.js';
import type { Deployer } from '../deploy/deployer.js';
import type { LiveBot } from '../snapshot/live-bot.js';
import type { AuditLog } from '../store/audit-log.js';
import type { OperatorRegistry } from '../store/operators.js';
import type { Store } from '../store/store.js';
import type { LivePresence } from './live-presence.js';
import type { Metrics } from './metrics.js';
import type { OriginPolicy } from './origins.js';
import type { Payloads } from './payloads.js';
import type { ServerLimits } from './rate-limits.js';
import type { VisitorTokens } from './visitor-token.js';

/** What the transport layer shares: built once by createServer, read by every handler. */
export interface ServerContext {
  readonly mode: 'dev' | 'start';
  /** Listening and not shutting down: what /readyz answers. */
  readonly ready: () => boolean;
  readonly bot: LiveBot;
  readonly store: Store;
  readonly service: ConversationService;
  readonly operators: OperatorRegistry;
  /** Who did what: appended after every operator and admin action. */
  readonly audit: AuditLog;
  readonly tokens: VisitorTokens;
  readonly origins: OriginPolicy;
  readonly limits: ServerLimits;
  readonly metrics: Metrics;
  /** Who is online and who is looking at what, on every server. */
  readonly presence: LivePresence;
  readonly logger: Logger;
  readonly uploadsDir: string;
  /** The data folder (storage.dir): what stats read, read-only. */
  readonly dataDir: string;
  readonly payloads: Payloads;
  readonly adminToken: string | undefined;
  /** Deploys and rollbacks: a production server only (`chatbot dev` serves the files as they are). */
  readonly deployer: Deployer | undefined;
  /** The admin reload and SIGHUP. */
  readonly reload: (reason: string) => Promise<boolean>;
  readonly config: () => Config;
  /** Mail to visitors (transcripts, follow-ups); set once the server has started it. */
  visitorEmail?: import('../chat/visitor-email.js').VisitorEmail;
  /** Who gets chats at handoff, and manual assignment; set once the sockets are attached. */
  assignment?: import('./assignment-desk.js').AssignmentDesk;
  /** The client's address, honouring server.trustProxy as express does for REST. */
  readonly clientIp: (request: import('node:http').IncomingMessage) => string;
}
