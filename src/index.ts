/**
 * The library entry (`import { createServer } from 'chatbot'`): the server as the CLI runs it,
 * project validation and config loading, with their types. Kept small on purpose: anything
 * else under dist/ is internal and may move between releases.
 */

export type { LoadConfigOptions, LoadedConfig } from './config/load.js';
export { configFileName, loadConfig } from './config/load.js';
export type { Config, ConfigInput } from './config/schema.js';
export { ChatbotError, ExitCode } from './errors/chatbot-error.js';
export type { ChatServer, CreateServerOptions } from './server/create-server.js';
export { createServer } from './server/create-server.js';
export type { ValidateOptions, ValidationResult } from './validate/validate-project.js';
export { validateProject } from './validate/validate-project.js';
