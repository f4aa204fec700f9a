/**
 * A local stand-in for the OpenAI and Anthropic HTTP APIs, speaking their real wire formats
 * (SSE chunks, tool calls, error bodies, Retry-After), so the official SDKs are driven exactly
 * as in production by pointing `baseURL` here. Each request takes the next scripted behaviour;
 * when the script runs out the last one repeats. Requests are recorded for assertions.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type Dialect = 'openai' | 'anthropic';

export type Behaviour =
  /**
   * A streamed reply, one SSE event per chunk, `delayMs` apart. With `hold`, the rest waits
   * after the first chunk until the test opens it: a reply "still streaming" without a race.
   */
  | {
      readonly kind: 'text';
      readonly chunks: readonly string[];
      readonly delayMs?: number;
      readonly hold?: Promise<unknown>;
    }
  /** A tool call whose arguments stream in two halves, then the end of the turn. */
  | {
      readonly kind: 'tool';
      readonly name: string;
      readonly arguments: string;
      readonly text?: string;
    }
  | { readonly kind: 'status'; readonly status: number; readonly retryAfter?: string }
  /** Headers never come: the request hangs until the client gives up. */
  | { readonly kind: 'no-first-byte' }
  /** Some chunks, then silence with the connection open. */
  | { readonly kind: 'stall'; readonly chunks: readonly string[] }
  /** Some chunks, then half an event, then the connection is destroyed. */
  | { readonly kind: 'cut'; readonly chunks: readonly string[] }
  /** A data line that is not JSON. */
  | { readonly kind: 'malformed'; readonly chunks?: readonly string[] };

export interface RecordedRequest {
  readonly path: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: Record<string, unknown>;
}

export interface LlmFake {
  readonly url: string;
  /** The baseURL the SDK takes: …/v1 for OpenAI, the root for Anthropic. */
  readonly baseURL: string;
  readonly requests: RecordedRequest[];
  script(...behaviours: Behaviour[]): void;
  close(): Promise<void>;
}

export async function startLlmFake(dialect: Dialect, ...script: Behaviour[]): Promise<LlmFake> {
  let queue = [...script];
  let last: Behaviour = { kind: 'text', chunks: ['OK'] };
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((request, response) => {
    let raw = '';
    request.on('data', (chunk: Buffer) => {
      raw += chunk.toString();
    });
    request.on('end', () => {
      const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
      requests.push({ path: request.url ?? '', headers: request.headers, body });
      const behaviour = queue.shift() ?? last;
      last = behaviour;
      void respond(dialect, behaviour, body, response);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    baseURL: dialect === 'openai' ? `${url}/v1` : url,
    requests,
    script(...behaviours) {
      queue = [...behaviours];
    },
    close: () =>
      new Promise<void>((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function respond(
  dialect: Dialect,
  behaviour: Behaviour,
  body: Record<string, unknown>,
  response: ServerResponse,
): Promise<void> {
  const model = String(body.model ?? 'model');
  if (behaviour.kind === 'no-first-byte') return;
  if (behaviour.kind === 'status') {
    response.writeHead(behaviour.status, {
      'content-type': 'application/json',
      ...(behaviour.retryAfter ? { 'retry-after': behaviour.retryAfter } : {}),
    });
    response.end(JSON.stringify(errorBody(dialect, behaviour.status)));
    return;
  }
  response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  const events = dialect === 'openai' ? openAiEvents(model) : anthropicEvents(model);
  const send = (text: string) => response.write(text);
  send(events.open());
  const chunks = 'chunks' in behaviour ? (behaviour.chunks ?? []) : [];
  for (const [index, chunk] of chunks.entries()) {
    send(events.text(chunk));
    if (behaviour.kind === 'text' && behaviour.delayMs) await sleep(behaviour.delayMs);
    if (behaviour.kind === 'text' && behaviour.hold && index === 0) await behaviour.hold;
  }
  switch (behaviour.kind) {
    case 'text':
      send(events.finish('stop'));
      response.end();
      return;
    case 'tool': {
      if (behaviour.text) send(events.text(behaviour.text));
      const half = Math.floor(behaviour.arguments.length / 2);
      send(events.toolStart(behaviour.name));
      send(events.toolArguments(behaviour.arguments.slice(0, half)));
      send(events.toolArguments(behaviour.arguments.slice(half)));
      send(events.finish('tool'));
      response.end();
      return;
    }
    case 'stall':
      return;
    case 'cut': {
      // Let what was sent reach the client first: the cut comes after visible text.
      await sleep(50);
      const half = events.text('and then the price is');
      response.write(half.slice(0, Math.floor(half.length / 2)), () => response.socket?.destroy());
      return;
    }
    case 'malformed':
      send(
        `${dialect === 'anthropic' ? 'event: content_block_delta\n' : ''}data: {"choices": [{"delta": {"content": "broken\n\n`,
      );
      response.end();
      return;
  }
}

function errorBody(dialect: Dialect, status: number) {
  const message = status === 429 ? 'Rate limit reached' : 'The server had an error';
  if (dialect === 'openai')
    return {
      error: {
        message,
        type: status === 429 ? 'rate_limit_exceeded' : 'server_error',
        param: null,
        code: null,
      },
    };
  return {
    type: 'error',
    error: { type: status === 429 ? 'rate_limit_error' : 'api_error', message },
  };
}

interface Events {
  open(): string;
  text(text: string): string;
  toolStart(name: string): string;
  toolArguments(part: string): string;
  finish(reason: 'stop' | 'tool'): string;
}

function openAiEvents(model: string): Events {
  const data = (choices: unknown[], extra: Record<string, unknown> = {}) =>
    `data: ${JSON.stringify({ id: 'chatcmpl-fake', object: 'chat.completion.chunk', created: 1_700_000_000, model, choices, ...extra })}\n\n`;
  const delta = (value: Record<string, unknown>, finish: string | null = null) =>
    data([{ index: 0, delta: value, logprobs: null, finish_reason: finish }]);
  return {
    open: () => delta({ role: 'assistant', content: '' }),
    text: (text) => delta({ content: text }),
    toolStart: (name) =>
      delta({
        tool_calls: [
          { index: 0, id: 'call_fake1', type: 'function', function: { name, arguments: '' } },
        ],
      }),
    toolArguments: (part) => delta({ tool_calls: [{ index: 0, function: { arguments: part } }] }),
    finish: (reason) =>
      delta({}, reason === 'stop' ? 'stop' : 'tool_calls') +
      data([], { usage: { prompt_tokens: 120, completion_tokens: 12, total_tokens: 132 } }) +
      'data: [DONE]\n\n',
  };
}

function anthropicEvents(model: string): Events {
  const event = (type: string, value: Record<string, unknown>) =>
    `event: ${type}\ndata: ${JSON.stringify({ type, ...value })}\n\n`;
  let index = -1;
  let inText = false;
  const closeText = () => {
    if (!inText) return '';
    inText = false;
    return event('content_block_stop', { index });
  };
  return {
    open: () =>
      event('message_start', {
        message: {
          id: 'msg_fake',
          type: 'message',
          role: 'assistant',
          content: [],
          model,
          stop_reason: null,
          stop_sequence: null,
          usage: { input_tokens: 120, output_tokens: 1 },
        },
      }) + event('ping', {}),
    text: (text) => {
      let out = '';
      if (!inText) {
        index++;
        inText = true;
        out += event('content_block_start', { index, content_block: { type: 'text', text: '' } });
      }
      return out + event('content_block_delta', { index, delta: { type: 'text_delta', text } });
    },
    toolStart: (name) => {
      const out = closeText();
      index++;
      return (
        out +
        event('content_block_start', {
          index,
          content_block: { type: 'tool_use', id: 'toolu_fake1', name, input: {} },
        })
      );
    },
    toolArguments: (part) =>
      event('content_block_delta', {
        index,
        delta: { type: 'input_json_delta', partial_json: part },
      }),
    finish: (reason) =>
      closeText() +
      (reason === 'tool' ? event('content_block_stop', { index }) : '') +
      event('message_delta', {
        delta: { stop_reason: reason === 'stop' ? 'end_turn' : 'tool_use', stop_sequence: null },
        usage: { output_tokens: 12 },
      }) +
      event('message_stop', {}),
  };
}
