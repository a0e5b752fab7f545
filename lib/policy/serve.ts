/**
 * `mathgym serve-policy`: a trained mathgym checkpoint behind the OpenAI API (GET /v1/models, POST
 * /v1/chat/completions, POST /v1/completions), so that anything that talks to vLLM or Ollama, such
 * as `mathgym eval --endpoint`, can talk to it. It is a single-turn policy: a chat request's first
 * user message is read as the env observation and mapped through the checkpoint's task prompt
 * (Arithmetic-v0's "Compute 7 × 8. Give ..." becomes `7*8=`); later messages are not read. Request
 * bodies are checked by fastify's ajv schemas; every error is OpenAI's shape
 * `{error: {message, type, param, code}}`. Sampling is seeded: the same request with the same seed
 * gets the same choices (choice i draws from its own stream of that seed).
 */
import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply } from 'fastify';
import { MAX_SEED, randomSeed } from '../core/rng.js';
import { ConfigError } from '../errors.js';
import { loadCheckpointPolicy, type CheckpointPolicy } from './checkpoint-policy.js';

export interface PolicyServerOptions {
  /** A checkpoint file from `mathgym train`, or one already loaded. */
  readonly checkpoint: string | CheckpointPolicy;
  /** Default 127.0.0.1 (this machine only). */
  readonly host?: string;
  /** 0 picks a free port. Default 8000. */
  readonly port?: number;
  /** The model id served (default mathgym-policy); requests naming another model get 404. */
  readonly modelName?: string;
  /** Largest request body, bytes (default 1 MiB). */
  readonly bodyLimit?: number;
  /** Most choices (n) or prompts per request (default 64). */
  readonly maxN?: number;
}

export interface PolicyServer {
  readonly app: FastifyInstance;
  /** `http://host:port` bound; the OpenAI base URL is this plus /v1. */
  readonly url: string;
  readonly port: number;
  readonly modelName: string;
  close(): Promise<void>;
}

/** An error that is sent as OpenAI's error body. */
class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly param: string | null = null,
    readonly type = status >= 500 ? 'server_error' : 'invalid_request_error',
  ) {
    super(message);
  }
}

function sendApiError(reply: FastifyReply, e: ApiError): FastifyReply {
  return reply.code(e.status).send({ error: { message: e.message, type: e.type, param: e.param, code: e.code } });
}

interface Sampling {
  temperature?: number;
  top_p?: number;
  max_tokens?: number | null;
  max_completion_tokens?: number | null;
  n?: number;
  seed?: number | null;
  stop?: string | string[] | null;
  stream?: boolean | null;
  logprobs?: boolean | number | null;
  echo?: boolean | null;
}
type ContentPart = { type: string; text?: string };
interface ChatBody extends Sampling {
  model: string;
  messages: Array<{ role: string; content?: string | ContentPart[] | null }>;
}
interface CompletionBody extends Sampling {
  model: string;
  prompt: string | string[];
}

function samplingSchema(maxN: number): Record<string, unknown> {
  const nullableInt = (min: number) => ({ anyOf: [{ type: 'integer', minimum: min }, { type: 'null' }] });
  return {
    temperature: { type: 'number', minimum: 0, maximum: 2 },
    top_p: { type: 'number', exclusiveMinimum: 0, maximum: 1 },
    max_tokens: nullableInt(0),
    max_completion_tokens: nullableInt(0),
    n: { type: 'integer', minimum: 1, maximum: maxN },
    seed: { anyOf: [{ type: 'integer', minimum: 0, maximum: MAX_SEED }, { type: 'null' }] },
    stop: { anyOf: [{ type: 'string' }, { type: 'array', maxItems: 4, items: { type: 'string' } }, { type: 'null' }] },
    stream: { type: ['boolean', 'null'] },
    logprobs: { type: ['boolean', 'integer', 'null'] },
    echo: { type: ['boolean', 'null'] },
  };
}

/** Builds the app without listening (tests may use `app.inject`). */
export function buildPolicyServer(policy: CheckpointPolicy, opts: Omit<PolicyServerOptions, 'checkpoint' | 'host' | 'port'> = {}): FastifyInstance {
  const modelName = opts.modelName ?? 'mathgym-policy';
  if (!modelName.trim()) throw new ConfigError('--model-name must not be empty');
  const bodyLimit = opts.bodyLimit ?? 1024 * 1024;
  if (!Number.isSafeInteger(bodyLimit) || bodyLimit < 1) throw new ConfigError(`--body-limit must be an integer >= 1, got ${bodyLimit}`);
  const maxN = opts.maxN ?? 64;
  if (!Number.isSafeInteger(maxN) || maxN < 1) throw new ConfigError(`max n must be an integer >= 1, got ${maxN}`);
  const { model, tokenizer, task } = policy;
  const contextLength = model.config.contextLength;
  const created = Math.floor(Date.now() / 1000);

  const app = Fastify({
    bodyLimit,
    logger: false,
    ajv: { customOptions: { allErrors: true, coerceTypes: false, removeAdditional: false, useDefaults: false, allowUnionTypes: true } },
    forceCloseConnections: true,
  });
  app.setErrorHandler((err: FastifyError | ApiError, _req, reply) => {
    if (err instanceof ApiError) return sendApiError(reply, err);
    if (err.validation) {
      const first = err.validation[0];
      const param = first?.instancePath ? first.instancePath.slice(1).replaceAll('/', '.') : null;
      const message = `invalid request ${err.validationContext ?? 'body'}: ${err.validation.map((v) => `${v.instancePath || '/'} ${v.message ?? v.keyword}`).join('; ')}`;
      return sendApiError(reply, new ApiError(400, 'invalid_request', message, param));
    }
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return sendApiError(reply, new ApiError(413, 'request_too_large', `request body over the ${bodyLimit} byte limit (--body-limit)`));
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) return sendApiError(reply, new ApiError(err.statusCode, 'invalid_request', err.message));
    return sendApiError(reply, new ApiError(500, 'internal_error', `internal error: ${err.message}`));
  });
  app.setNotFoundHandler((req, reply) => sendApiError(reply, new ApiError(404, 'not_found', `no route ${req.method} ${req.url.split('?')[0]}; this server has GET /v1/models, POST /v1/chat/completions and POST /v1/completions`)));

  const modelCard = { id: modelName, object: 'model', created, owned_by: 'mathgym' };
  const checkModel = (name: string): void => {
    if (name !== modelName) throw new ApiError(404, 'model_not_found', `The model \`${name}\` does not exist; this server serves \`${modelName}\``, 'model');
  };
  const checkUnsupported = (b: Sampling): void => {
    if (b.stream) throw new ApiError(400, 'unsupported_parameter', 'stream is not supported by mathgym serve-policy; send stream: false', 'stream');
    if (b.logprobs) throw new ApiError(400, 'unsupported_parameter', 'logprobs are not supported by mathgym serve-policy', 'logprobs');
    if (b.echo) throw new ApiError(400, 'unsupported_parameter', 'echo is not supported by mathgym serve-policy', 'echo');
  };

  /** Token ids of a model prompt (bos first). */
  const encode = (prompt: string, param: string): number[] => {
    let ids: number[];
    try {
      ids = tokenizer.encode(prompt, { bos: true });
    } catch (e) {
      throw new ApiError(400, 'unsupported_characters', `${(e as Error).message}; the model reads only these characters (or send a ${policy.env} question)`, param);
    }
    if (ids.length > contextLength) throw new ApiError(400, 'context_length_exceeded', `the prompt ${JSON.stringify(prompt)} is ${ids.length} tokens (with bos); the model's context is ${contextLength}`, param);
    return ids;
  };

  /** n choices for one encoded prompt, OpenAI-style: text, finish_reason, tokens. */
  const sample = (ids: readonly number[], b: Sampling): Array<{ text: string; finish_reason: 'stop' | 'length'; tokens: number }> => {
    const n = b.n ?? 1;
    // generation may run until the sequence is contextLength + 1 long (the last token is predicted, never fed)
    const room = contextLength + 1 - ids.length;
    const asked = b.max_completion_tokens ?? b.max_tokens ?? room;
    const seed = b.seed ?? randomSeed();
    const gens = model.generateTokens(Array.from({ length: n }, () => ids), { temperature: b.temperature ?? 1, topP: b.top_p ?? 1, maxNewTokens: Math.min(asked, room), seed });
    const stops = b.stop == null ? [] : (typeof b.stop === 'string' ? [b.stop] : b.stop).filter((s) => s !== '');
    return gens.map((g) => {
      let text = tokenizer.decode(g.tokens);
      let finish: 'stop' | 'length' = g.finished ? 'stop' : 'length';
      const cut = Math.min(...stops.map((s) => text.indexOf(s)).filter((i) => i >= 0));
      if (Number.isFinite(cut)) {
        text = text.slice(0, cut);
        finish = 'stop';
      }
      return { text, finish_reason: finish, tokens: g.tokens.length };
    });
  };

  app.get('/v1/models', async () => ({ object: 'list', data: [modelCard] }));
  app.get<{ Params: { model: string } }>('/v1/models/:model', async (req) => {
    checkModel(req.params.model);
    return modelCard;
  });
  app.get('/health', async () => ({ status: 'ok' }));

  app.post<{ Body: ChatBody }>(
    '/v1/chat/completions',
    {
      schema: {
        body: {
          type: 'object',
          required: ['model', 'messages'],
          properties: {
            model: { type: 'string', minLength: 1 },
            messages: {
              type: 'array',
              minItems: 1,
              maxItems: 4096,
              items: {
                type: 'object',
                required: ['role'],
                properties: {
                  role: { type: 'string', enum: ['system', 'developer', 'user', 'assistant', 'tool', 'function'] },
                  content: { anyOf: [{ type: 'string' }, { type: 'null' }, { type: 'array', items: { type: 'object', required: ['type'], properties: { type: { type: 'string' }, text: { type: 'string' } } } }] },
                },
              },
            },
            ...samplingSchema(maxN),
          },
        },
      },
    },
    async (req) => {
      const b = req.body;
      checkModel(b.model);
      checkUnsupported(b);
      const at = b.messages.findIndex((m) => m.role === 'user');
      if (at < 0) throw new ApiError(400, 'invalid_request', `messages has no user message; send the ${policy.env} observation as the first user message`, 'messages');
      const content = b.messages[at]!.content;
      let observation: string;
      if (typeof content === 'string') observation = content;
      else if (Array.isArray(content)) {
        const other = content.find((p) => p.type !== 'text' || typeof p.text !== 'string');
        if (other) throw new ApiError(400, 'unsupported_content', `content part of type ${JSON.stringify(other.type)} is not supported; send text`, `messages.${at}.content`);
        observation = content.map((p) => p.text ?? '').join('');
      } else throw new ApiError(400, 'invalid_request', 'the first user message has no content', `messages.${at}.content`);
      let prompt: string;
      try {
        prompt = task.prompt(observation);
      } catch (e) {
        throw new ApiError(400, 'invalid_observation', `the first user message is not a ${policy.env} observation (${(e as Error).message}); send the env's question, e.g. "Compute 7 × 8. Give ..."`, `messages.${at}.content`);
      }
      const ids = encode(prompt, `messages.${at}.content`);
      const choices = sample(ids, b);
      const completionTokens = choices.reduce((a, c) => a + c.tokens, 0);
      return {
        id: `chatcmpl-${randomUUID()}`,
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model: modelName,
        choices: choices.map((c, index) => ({ index, message: { role: 'assistant', content: c.text }, logprobs: null, finish_reason: c.finish_reason })),
        usage: { prompt_tokens: ids.length, completion_tokens: completionTokens, total_tokens: ids.length + completionTokens },
      };
    },
  );

  app.post<{ Body: CompletionBody }>(
    '/v1/completions',
    {
      schema: {
        body: {
          type: 'object',
          required: ['model', 'prompt'],
          properties: {
            model: { type: 'string', minLength: 1 },
            prompt: { anyOf: [{ type: 'string' }, { type: 'array', minItems: 1, maxItems: maxN, items: { type: 'string' } }] },
            ...samplingSchema(maxN),
          },
        },
      },
    },
    async (req) => {
      const b = req.body;
      checkModel(b.model);
      checkUnsupported(b);
      const prompts = typeof b.prompt === 'string' ? [b.prompt] : b.prompt;
      if (prompts.length * (b.n ?? 1) > maxN) throw new ApiError(400, 'invalid_request', `prompts x n is ${prompts.length * (b.n ?? 1)}; at most ${maxN} completions per request`, 'n');
      // an env observation goes through the task prompt; anything else is taken as the model's own format (`7*8=`)
      const encoded = prompts.map((p, i) => {
        let prompt = p;
        try {
          prompt = task.prompt(p);
        } catch {
          // not an observation of the task: a raw prompt
        }
        return encode(prompt, typeof b.prompt === 'string' ? 'prompt' : `prompt.${i}`);
      });
      const choices = encoded.flatMap((ids) => sample(ids, b));
      const promptTokens = encoded.reduce((a, ids) => a + ids.length, 0);
      const completionTokens = choices.reduce((a, c) => a + c.tokens, 0);
      return {
        id: `cmpl-${randomUUID()}`,
        object: 'text_completion',
        created: Math.floor(Date.now() / 1000),
        model: modelName,
        choices: choices.map((c, index) => ({ index, text: c.text, logprobs: null, finish_reason: c.finish_reason })),
        usage: { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens },
      };
    },
  );
  return app;
}

/** Loads the checkpoint (if given a path), builds the app and listens. */
export async function startPolicyServer(opts: PolicyServerOptions): Promise<PolicyServer> {
  const policy = typeof opts.checkpoint === 'string' ? await loadCheckpointPolicy(opts.checkpoint) : opts.checkpoint;
  const app = buildPolicyServer(policy, opts);
  const host = opts.host ?? '127.0.0.1';
  const port = opts.port ?? 8000;
  if (!Number.isSafeInteger(port) || port < 0 || port > 65535) throw new ConfigError(`--port must be an integer from 0 to 65535, got ${port}`);
  try {
    await app.listen({ host, port });
  } catch (e) {
    await app.close();
    throw new ConfigError(`cannot listen on ${host}:${port}: ${(e as Error).message}`, { cause: e });
  }
  const addr = app.server.address();
  const bound = typeof addr === 'object' && addr ? addr.port : port;
  return { app, url: `http://${host.includes(':') ? `[${host}]` : host}:${bound}`, port: bound, modelName: opts.modelName ?? 'mathgym-policy', close: () => app.close() };
}
