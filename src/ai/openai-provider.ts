/**
 * OpenAI and every OpenAI-compatible API (Gemini's OpenAI endpoint, xAI, Mistral, Groq, Ollama,
 * vLLM) through the official SDK's streaming chat completions. The SDK's retries are off: a
 * failure goes straight back to the cascade, which moves on instead of waiting out a
 * Retry-After of minutes.
 */
import type OpenAI from 'openai';
import type { ChatCompletionMessageParam, ChatCompletionTool } from 'openai/resources';
import type { ChatRequest, Provider, ProviderEvent, ToolCall } from './provider.js';
import { MalformedStreamError } from './provider.js';

export interface OpenAiLinkOptions {
  readonly name: string;
  readonly model: string;
  readonly apiKey?: string | undefined;
  readonly baseURL?: string | undefined;
  readonly organization?: string | undefined;
  readonly temperature?: number | undefined;
  readonly totalTimeoutMs: number;
}

export function openAiProvider(options: OpenAiLinkOptions): Provider {
  // The SDK loads when the link is built (warm) or on the first reply, whichever comes first: a
  // bot whose config has no such link (no key in dev) never carries it in memory.
  let client: Promise<OpenAI> | undefined;
  const connect = () =>
    (client ??= import('openai').then(
      ({ default: OpenAI }) =>
        new OpenAI({
          // Local servers (Ollama, vLLM) take any key; the SDK refuses to start without one.
          apiKey: options.apiKey ?? 'not-needed',
          ...(options.baseURL ? { baseURL: options.baseURL } : {}),
          ...(options.organization ? { organization: options.organization } : {}),
          maxRetries: 0,
          timeout: options.totalTimeoutMs,
          // A bad stream is reported by the cascade, once, in the server's own log format.
          logLevel: 'off',
        }),
    ));
  return {
    name: options.name,
    kind: 'openai',
    model: options.model,
    warm() {
      connect().catch(() => undefined);
    },
    async *stream(request, signal) {
      const stream = await (await connect()).chat.completions.create(
        {
          model: options.model,
          messages: openAiMessages(request),
          stream: true,
          stream_options: { include_usage: true },
          max_completion_tokens: request.maxTokens,
          ...(options.temperature !== undefined ? { temperature: options.temperature } : {}),
          ...(request.tools.length > 0 ? { tools: request.tools.map(openAiTool) } : {}),
        },
        { signal },
      );
      yield* translate(stream);
    },
  };
}

async function* translate(
  stream: AsyncIterable<OpenAI.Chat.Completions.ChatCompletionChunk>,
): AsyncGenerator<ProviderEvent> {
  // Tool calls arrive in pieces keyed by index: the id and name first, arguments in fragments.
  const calls = new Map<number, { id: string; name: string; arguments: string }>();
  let finished = false;
  for await (const chunk of stream) {
    if (!chunk || typeof chunk !== 'object' || !Array.isArray(chunk.choices))
      throw new MalformedStreamError('A chunk without choices');
    if (chunk.usage)
      yield {
        type: 'usage',
        input: chunk.usage.prompt_tokens ?? 0,
        output: chunk.usage.completion_tokens ?? 0,
      };
    const choice = chunk.choices[0];
    if (!choice) {
      if (!chunk.usage) yield { type: 'alive' };
      continue;
    }
    const delta = choice.delta ?? {};
    if (typeof delta.content === 'string' && delta.content !== '')
      yield { type: 'text', text: delta.content };
    else yield { type: 'alive' };
    for (const part of delta.tool_calls ?? []) {
      const call = calls.get(part.index) ?? { id: '', name: '', arguments: '' };
      if (part.id) call.id = part.id;
      if (part.function?.name) call.name += part.function.name;
      if (part.function?.arguments) call.arguments += part.function.arguments;
      calls.set(part.index, call);
    }
    if (choice.finish_reason) finished = true;
  }
  // A stream that ends without a finish reason was cut: the reply may be half a sentence.
  if (!finished) throw new MalformedStreamError('The stream ended before the reply finished');
  for (const call of calls.values()) {
    if (!call.name) throw new MalformedStreamError('A tool call without a name');
    yield { type: 'tool-call', call: call satisfies ToolCall };
  }
}

function openAiMessages(request: ChatRequest): ChatCompletionMessageParam[] {
  const messages: ChatCompletionMessageParam[] = [{ role: 'system', content: request.system }];
  for (const turn of request.history) messages.push({ role: turn.role, content: turn.content });
  if (request.toolRound) {
    messages.push({
      role: 'assistant',
      content: request.toolRound.text || null,
      tool_calls: request.toolRound.results.map(({ call }) => ({
        id: call.id,
        type: 'function' as const,
        function: { name: call.name, arguments: call.arguments },
      })),
    });
    for (const result of request.toolRound.results)
      messages.push({ role: 'tool', tool_call_id: result.call.id, content: result.content });
  }
  return messages;
}

function openAiTool(tool: ChatRequest['tools'][number]): ChatCompletionTool {
  return {
    type: 'function',
    function: { name: tool.name, description: tool.description, parameters: tool.parameters },
  };
}
