/**
 * What every AI provider is to the cascade: something that, given the system prompt, the history
 * and the tools, streams events. Providers translate their SDK's stream into these events and
 * nothing more; timeouts, retries and fallbacks belong to the cascade, so every provider gets
 * the same guarantees.
 */
import type { Citation } from '../domain/conversation.js';
import type { OfflineAnswer } from './offline-answerer.js';

export interface ChatTurn {
  readonly role: 'user' | 'assistant';
  readonly content: string;
}

export interface ToolDefinition {
  readonly name: string;
  readonly description: string;
  /** JSON Schema of the arguments (both SDKs take JSON Schema). */
  readonly parameters: Record<string, unknown>;
}

export interface ToolCall {
  readonly id: string;
  readonly name: string;
  /** The arguments exactly as the model wrote them: parsed and checked by the caller. */
  readonly arguments: string;
}

export interface ToolResult {
  readonly call: ToolCall;
  /** What the model is told: a short JSON text. */
  readonly content: string;
  readonly isError: boolean;
}

export interface ChatRequest {
  readonly system: string;
  readonly history: readonly ChatTurn[];
  readonly tools: readonly ToolDefinition[];
  readonly maxTokens: number;
  /** Results of the tool calls of the previous round, with the text written before them. */
  readonly toolRound?: { readonly text: string; readonly results: readonly ToolResult[] };
  /** The knowledge's own answer to the question, for the offline provider. */
  readonly offlineAnswer: () => OfflineAnswer;
}

export type ProviderEvent =
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'tool-call'; readonly call: ToolCall }
  /** The provider is alive (a stream event with no text): resets the idle timer. */
  | { readonly type: 'alive' }
  | { readonly type: 'usage'; readonly input: number; readonly output: number }
  /** The offline provider knows what its answer was made of; model replies are judged by retrieval. */
  | { readonly type: 'grounding'; readonly citations: Citation[]; readonly failed: boolean };

export interface Provider {
  /** "openai/gpt-4o-mini", or the link's own name. */
  readonly name: string;
  readonly kind: 'openai' | 'anthropic' | 'offline';
  readonly model: string;
  stream(request: ChatRequest, signal: AbortSignal): AsyncIterable<ProviderEvent>;
  /**
   * Starts loading what the first request needs (an SDK), in the background, so that the first
   * visitor's reply does not wait for it. Failures surface on the first request instead.
   */
  warm?(): void;
}

/** A provider's stream broke its own protocol: counts as a failure like a 5xx. */
export class MalformedStreamError extends Error {
  override readonly name = 'MalformedStreamError';
}
