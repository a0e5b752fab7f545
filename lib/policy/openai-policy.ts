/**
 * A ChatPolicy backed by any OpenAI-compatible chat-completions server (vLLM, llama.cpp's
 * llama-server, Ollama, `mathgym serve-policy`, OpenAI itself), through the official `openai` client.
 * Timeouts and retries are the client's own: each request attempt (body included) may take `timeoutMs`, and a connection
 * error, timeout, 408, 409, 429 or 5xx is retried `maxRetries` times with backoff (honouring
 * Retry-After). The API key is handed to the client only; nothing here prints or returns it.
 */
import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError } from 'openai';
import { ConfigError } from '../errors.js';
import type { ChatMessage, ChatPolicy, ChatReply, EpisodeError } from './episodes.js';

export interface OpenAIPolicyOptions {
  /** The server's base URL, e.g. http://localhost:8000/v1 (requests go to <baseURL>/chat/completions). */
  readonly baseURL: string;
  readonly model: string;
  /** Sent as `Authorization: Bearer <key>`; local servers ignore it, so a placeholder is used when unset. */
  readonly apiKey?: string;
  /** Omitted from requests when unset (the server's default applies). */
  readonly temperature?: number;
  readonly topP?: number;
  readonly maxTokens?: number;
  /** Per request attempt, ms (default 60,000). */
  readonly timeoutMs?: number;
  /** Retries after the first attempt (default 2). */
  readonly maxRetries?: number;
}

/** What `checkEndpoint` learned: the served model ids, and anything worth a warning. */
export interface EndpointCheck {
  readonly models?: readonly string[];
  readonly warnings: readonly string[];
}

/** vLLM's documented placeholder for servers started without --api-key. */
const PLACEHOLDER_KEY = 'EMPTY';

function parseBaseURL(url: string): URL {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new ConfigError(`--endpoint ${JSON.stringify(url)} is not a URL; give the server's OpenAI-compatible base URL, e.g. http://localhost:8000/v1 (vLLM), http://localhost:8080/v1 (llama-server), http://localhost:11434/v1 (Ollama)`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new ConfigError(`--endpoint must be an http:// or https:// URL, got ${JSON.stringify(url)}`);
  return u;
}

/** The innermost `code` (ECONNREFUSED, ENOTFOUND, ...) in an error's cause chain. */
function causeCode(e: unknown): string | undefined {
  for (let c: unknown = e, depth = 0; c && typeof c === 'object' && depth < 6; c = (c as { cause?: unknown }).cause, depth++) {
    const code = (c as { code?: unknown }).code;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return code;
  }
  return undefined;
}

/** Statuses whose Response must have a null body. */
const NULL_BODY = new Set([101, 204, 205, 304]);

/**
 * fetch whose time limit also covers reading the body. The client's own timeout stops once the
 * response headers arrive, so a server that sends headers and then stalls would hang the request
 * for ever; here the body is read within the same `timeoutMs`, and running out is an AbortError,
 * which the client treats as a time-out (retried, then APIConnectionTimeoutError).
 */
function fetchWithBodyTimeout(timeoutMs: number): (input: string | URL | Request, init?: RequestInit) => Promise<Response> {
  return async (input, init) => {
    const controller = new AbortController();
    const abort = (): void => controller.abort();
    const outer = init?.signal;
    if (outer?.aborted) abort();
    outer?.addEventListener('abort', abort, { once: true });
    const timer = setTimeout(abort, timeoutMs);
    try {
      const res = await fetch(input, { ...init, signal: controller.signal });
      const body = NULL_BODY.has(res.status) ? null : await res.arrayBuffer();
      return new Response(body, { status: res.status, statusText: res.statusText, headers: res.headers });
    } finally {
      clearTimeout(timer);
      outer?.removeEventListener('abort', abort);
    }
  };
}

export class OpenAIChatPolicy implements ChatPolicy {
  readonly baseURL: string;
  readonly model: string;
  readonly timeoutMs: number;
  readonly maxRetries: number;
  private readonly client: OpenAI;
  private readonly sampling: { temperature?: number; top_p?: number; max_tokens?: number };

  /** @throws ConfigError for a bad URL or an out-of-range option. */
  constructor(opts: OpenAIPolicyOptions) {
    parseBaseURL(opts.baseURL);
    if (!opts.model) throw new ConfigError('--model is required with --endpoint: the model name the server serves (vLLM: the served model name; Ollama: e.g. qwen2.5:0.5b; llama-server accepts any)');
    const timeoutMs = opts.timeoutMs ?? 60_000;
    if (!Number.isSafeInteger(timeoutMs) || timeoutMs < 1) throw new ConfigError(`--timeout must be a positive integer of milliseconds, got ${timeoutMs}`);
    const maxRetries = opts.maxRetries ?? 2;
    if (!Number.isSafeInteger(maxRetries) || maxRetries < 0) throw new ConfigError(`--max-retries must be an integer >= 0, got ${maxRetries}`);
    if (opts.temperature !== undefined && !(opts.temperature >= 0 && opts.temperature <= 2)) throw new ConfigError(`--temperature must be in [0, 2], got ${opts.temperature}`);
    if (opts.topP !== undefined && !(opts.topP > 0 && opts.topP <= 1)) throw new ConfigError(`--top-p must be in (0, 1], got ${opts.topP}`);
    if (opts.maxTokens !== undefined && !(Number.isSafeInteger(opts.maxTokens) && opts.maxTokens >= 1)) throw new ConfigError(`--max-tokens must be an integer >= 1, got ${opts.maxTokens}`);
    this.baseURL = opts.baseURL;
    this.model = opts.model;
    this.timeoutMs = timeoutMs;
    this.maxRetries = maxRetries;
    this.client = new OpenAI({ baseURL: opts.baseURL, apiKey: opts.apiKey ?? PLACEHOLDER_KEY, timeout: timeoutMs, maxRetries, fetch: fetchWithBodyTimeout(timeoutMs) });
    this.sampling = {
      ...(opts.temperature !== undefined ? { temperature: opts.temperature } : {}),
      ...(opts.topP !== undefined ? { top_p: opts.topP } : {}),
      ...(opts.maxTokens !== undefined ? { max_tokens: opts.maxTokens } : {}),
    };
  }

  async complete(messages: readonly ChatMessage[], opts: { readonly seed: number }): Promise<ChatReply> {
    const r = await this.client.chat.completions.create({
      model: this.model,
      messages: messages.map((m) => ({ role: m.role, content: m.content })),
      ...this.sampling,
      seed: opts.seed,
    });
    const choice = r.choices?.[0];
    if (!choice) throw new ConfigError(`${this.baseURL} answered without choices; is it an OpenAI-compatible chat completions server?`);
    return { text: choice.message?.content ?? '', finishReason: choice.finish_reason ?? null };
  }

  /** Maps a failed request to an episode error kind and a message that says what to do. */
  classify = (e: unknown): EpisodeError => {
    if (e instanceof APIConnectionTimeoutError) return { kind: 'timeout', message: `no answer within --timeout ${this.timeoutMs} ms (tried ${this.maxRetries + 1} times)` };
    if (e instanceof APIConnectionError) {
      const code = causeCode(e);
      return { kind: 'connection', message: `cannot connect to ${this.baseURL}${code ? ` (${code})` : ''} after ${this.maxRetries + 1} tries: ${e.message}` };
    }
    if (e instanceof APIError) return { kind: `http_${e.status ?? 'unknown'}`, message: e.message };
    return { kind: 'other', message: e instanceof Error ? e.message : String(e) };
  };

  /**
   * GET <baseURL>/models once, without retries: refused or unresolvable -> ConfigError (nothing is
   * listening there); anything else (a timeout, a server without /models, a model it does not list)
   * is only a warning, since some servers (llama-server) serve whatever model name they are sent.
   */
  async checkEndpoint(): Promise<EndpointCheck> {
    try {
      const page = await this.client.models.list({ maxRetries: 0 });
      const models = page.data.map((m) => m.id);
      const warnings = models.length && !models.includes(this.model) ? [`model ${JSON.stringify(this.model)} is not among the models ${this.baseURL} lists (${models.slice(0, 10).join(', ')}); requests may fail`] : [];
      return { models, warnings };
    } catch (e) {
      if (e instanceof APIConnectionError && !(e instanceof APIConnectionTimeoutError)) {
        const code = causeCode(e);
        throw new ConfigError(
          `cannot reach ${this.baseURL}${code ? ` (${code})` : ''}: is the server running? Start it first (vLLM: \`vllm serve <model>\` on http://localhost:8000/v1; llama.cpp: \`llama-server -m model.gguf\` on http://localhost:8080/v1; Ollama: http://localhost:11434/v1; mathgym: \`mathgym serve-policy --checkpoint <file>\` on http://127.0.0.1:8000/v1)`,
          { cause: e },
        );
      }
      const why = e instanceof APIConnectionTimeoutError ? `no answer within ${this.timeoutMs} ms` : e instanceof APIError ? `HTTP ${e.status ?? '?'}` : e instanceof Error ? e.message : String(e);
      const hint = e instanceof APIError && e.status === 404 && !new URL(this.baseURL).pathname.replace(/\/$/, '').endsWith('/v1') ? ' (OpenAI-compatible base URLs usually end in /v1)' : '';
      return { warnings: [`GET ${this.baseURL.replace(/\/$/, '')}/models failed (${why})${hint}; going on with the episodes`] };
    }
  }
}
