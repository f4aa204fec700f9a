/**
 * Anthropic through the official @anthropic-ai/sdk's streaming Messages API. As with OpenAI the
 * SDK's retries are off and the cascade keeps the time.
 */
import type Anthropic from '@anthropic-ai/sdk';
import type { ChatRequest, Provider, ProviderEvent } from './provider.js';
import { MalformedStreamError } from './provider.js';

export interface AnthropicLinkOptions {
  readonly name: string;
  readonly model: string;
  readonly apiKey: string;
  readonly baseURL?: string | undefined;
  readonly temperature?: number | undefined;
  readonly totalTimeoutMs: number;
}

export function anthropicProvider(options: AnthropicLinkOptions): Provider {
  // Loaded when the link is built or on the first reply, as in openai-provider.ts.
  let client: Promise<Anthropic> | undefined;
  const connect = () =>
    (client ??= import('@anthropic-ai/sdk').then(
      ({ default: Anthropic }) =>
        new Anthropic({
          apiKey: options.apiKey,
          ...(options.baseURL ? { baseURL: options.baseURL } : {}),
          maxRetries: 0,
          timeout: options.totalTimeoutMs,
          // A bad stream is reported by the cascade, once, in the server's own log format.
          logLevel: 'off',
        }),
    ));
  return {
    name: options.name,
    kind: 'anthropic',
    model: options.model,
    warm() {
      connect().catch(() => undefined);
    },
    async *stream(request, signal) {
      const stream = await (await connect()).messages.create(
        {
          model: options.model,
          system: request.system,
          messages: anthropicMessages(request),
          max_tokens: request.maxTokens,
          stream: true,
          ...(options.temperature !== undefined ? { temperature: options.temperature } : {}),
          ...(request.tools.length > 0
            ? {
                tools: request.tools.map((tool) => ({
                  name: tool.name,
                  description: tool.description,
                  input_schema: tool.parameters as Anthropic.Tool.InputSchema,
                })),
              }
            : {}),
        },
        { signal },
      );
      yield* translate(stream);
    },
  };
}

async function* translate(
  stream: AsyncIterable<Anthropic.RawMessageStreamEvent>,
): AsyncGenerator<ProviderEvent> {
  const tools = new Map<number, { id: string; name: string; arguments: string }>();
  let input = 0;
  let stopped = false;
  for await (const event of stream) {
    switch (event.type) {
      case 'message_start':
        input = event.message.usage?.input_tokens ?? 0;
        yield { type: 'alive' };
        break;
      case 'content_block_start':
        if (event.content_block.type === 'tool_use')
          tools.set(event.index, {
            id: event.content_block.id,
            name: event.content_block.name,
            arguments: '',
          });
        yield { type: 'alive' };
        break;
      case 'content_block_delta':
        if (event.delta.type === 'text_delta') yield { type: 'text', text: event.delta.text };
        else {
          if (event.delta.type === 'input_json_delta') {
            const tool = tools.get(event.index);
            if (!tool) throw new MalformedStreamError('Tool input for a block that is not a tool');
            tool.arguments += event.delta.partial_json;
          }
          yield { type: 'alive' };
        }
        break;
      case 'message_delta':
        yield { type: 'usage', input, output: event.usage?.output_tokens ?? 0 };
        break;
      case 'message_stop':
        stopped = true;
        break;
      default:
        yield { type: 'alive' };
    }
  }
  if (!stopped) throw new MalformedStreamError('The stream ended before message_stop');
  for (const tool of tools.values())
    yield {
      type: 'tool-call',
      // An empty input streams no deltas at all: "{}" is what the model meant.
      call: { id: tool.id, name: tool.name, arguments: tool.arguments || '{}' },
    };
}

function anthropicMessages(request: ChatRequest): Anthropic.MessageParam[] {
  const messages: Anthropic.MessageParam[] = [];
  for (const turn of request.history) {
    // The Messages API wants alternating roles starting with the user: merge neighbours.
    const last = messages.at(-1);
    if (last && last.role === turn.role)
      last.content = `${String(last.content)}\n\n${turn.content}`;
    else messages.push({ role: turn.role, content: turn.content });
  }
  if (request.toolRound) {
    messages.push({
      role: 'assistant',
      content: [
        ...(request.toolRound.text
          ? [{ type: 'text' as const, text: request.toolRound.text }]
          : []),
        ...request.toolRound.results.map(({ call }) => ({
          type: 'tool_use' as const,
          id: call.id,
          name: call.name,
          input: safeJson(call.arguments),
        })),
      ],
    });
    messages.push({
      role: 'user',
      content: request.toolRound.results.map((result) => ({
        type: 'tool_result' as const,
        tool_use_id: result.call.id,
        content: result.content,
        is_error: result.isError,
      })),
    });
  }
  return messages;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return {};
  }
}
