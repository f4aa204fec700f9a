/**
 * The library entry (`import { createServer, loadProject, validateProject } from 'chatbot'`):
 * the server as the CLI runs it (standalone, or mounted into an express app and HTTP server of
 * your own), a project read into a bot snapshot, project validation and config loading, the
 * Store contract for another storage driver, with their types. Kept small on purpose: anything
 * else under dist/ is internal and may move between releases. The CLI is built on these.
 */

export type { LoadConfigOptions, LoadedConfig, LoadMode } from './config/load.js';
export { configFileName, loadConfig } from './config/load.js';
export type { Config, ConfigInput } from './config/schema.js';
export { ChatbotError, ExitCode } from './errors/chatbot-error.js';
export type { Finding } from './errors/finding.js';
export type { ServerContext } from './server/context.js';
export type { ChatServer, CreateServerOptions } from './server/create-server.js';
export { createServer } from './server/create-server.js';
export type { BotSnapshot } from './snapshot/bot-snapshot.js';
export { InvalidBotError } from './snapshot/live-bot.js';
export type { LoadedProject, LoadProjectOptions } from './snapshot/load-project.js';
export { loadProject } from './snapshot/load-project.js';
export type { LowdbStoreOptions } from './store/lowdb-store.js';
export { LowdbStore } from './store/lowdb-store.js';
export type {
  AppendResult,
  ConversationFilter,
  ConversationPatch,
  NewConversation,
  Store,
} from './store/store.js';
export type { ValidateOptions, ValidationResult } from './validate/validate-project.js';
export { validateProject } from './validate/validate-project.js';
