/**
 * JSON Schemas of the server's request bodies (validated by fastify's ajv) and responses. The OpenAPI
 * document (openapi.ts) is assembled from the same objects, so the contract and the checks agree.
 */

/**
 * Most items one request may carry: a whole OpenRLHF rollout batch (0.8.x sends it to one URL) fits.
 * The items are streamed through the workers (scorer.ts), so the cost of a big batch is its body.
 */
export const MAX_ITEMS = 65_536;
/** Most accepted answers one `/v1/compute_score` ground_truth list may hold (each is one verification). */
export const MAX_GROUND_TRUTHS = 16;

const text = { type: 'string' } as const;
const message = {
  type: 'object',
  required: ['role', 'content'],
  properties: { role: text, content: { anyOf: [text, { type: 'null' }, { type: 'array' }] } },
} as const;
/** A completion or prompt: plain text, or a chat message list (TRL conversational data). */
const textOrMessages = { anyOf: [text, { type: 'array', items: message }] } as const;

export const errorSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: text,
        message: text,
        fields: { type: 'array', items: { type: 'object', properties: { path: text, message: text } } },
      },
    },
  },
} as const;

/** OpenRLHF remote reward model (`--reward.remote_url`, historically `--remote_rm_url`). */
export const openrlhfRequest = {
  type: 'object',
  required: ['query', 'labels'],
  properties: {
    query: { type: 'array', maxItems: MAX_ITEMS, items: text, description: 'prompt + response, as decoded by the trainer' },
    prompts: { type: 'array', maxItems: MAX_ITEMS, items: text, description: 'the prompts; the response is query[i] without its prompts[i] prefix' },
    labels: { type: 'array', maxItems: MAX_ITEMS, items: { type: ['string', 'number', 'null'] }, description: 'gold answers (numbers are read as their decimal text)' },
  },
} as const;

export const openrlhfResponse = {
  type: 'object',
  required: ['rewards', 'scores', 'extra_logs', 'errors'],
  properties: {
    rewards: { type: 'array', items: { type: 'number' } },
    scores: { type: 'array', items: { type: 'number' } },
    extra_logs: { type: 'object', additionalProperties: { type: 'array', items: { type: 'number' } } },
    errors: {
      type: 'array',
      description: 'items the verifier could not judge (or not scored: COMPLETION_TOO_LONG, CANCELLED): their reward is 0.0 but they were not judged wrong',
      items: { type: 'object', properties: { index: { type: 'integer' }, code: text, message: text } },
    },
  },
} as const;

/** Batch scoring, TRL reward-function style: null reward where the verifier failed. */
export const scoreRequest = {
  type: 'object',
  required: ['items'],
  properties: {
    reward: { ...text, description: 'a registered reward (default: the server\u2019s, `math`)' },
    items: {
      type: 'array',
      maxItems: MAX_ITEMS,
      items: {
        type: 'object',
        required: ['completion', 'answer'],
        properties: { completion: textOrMessages, answer: text, prompt: textOrMessages, info: { type: 'object' } },
      },
    },
  },
} as const;

const itemError = { type: ['object', 'null'], properties: { code: text, message: text } } as const;

export const scoreResponse = {
  type: 'object',
  required: ['results'],
  properties: {
    results: {
      type: 'array',
      items: {
        type: 'object',
        required: ['index', 'reward', 'error'],
        properties: {
          index: { type: 'integer' },
          reward: { type: ['number', 'null'], description: 'null when the verifier failed (see error)' },
          correct: { type: ['boolean', 'null'] },
          rule: { type: ['string', 'null'] },
          pred: { type: ['string', 'null'] },
          components: { type: 'object', additionalProperties: { type: 'number' } },
          error: itemError,
        },
      },
    },
  },
} as const;

/** verl custom reward (`compute_score(data_source, solution_str, ground_truth, extra_info)`) items. */
export const computeScoreRequest = {
  type: 'object',
  required: ['items'],
  properties: {
    items: {
      type: 'array',
      maxItems: MAX_ITEMS,
      items: {
        type: 'object',
        required: ['data_source', 'solution_str', 'ground_truth'],
        properties: {
          data_source: text,
          solution_str: text,
          ground_truth: {
            anyOf: [text, { type: 'number' }, { type: 'array', maxItems: MAX_GROUND_TRUTHS, items: { type: ['string', 'number'] } }],
            description: `the gold answer, or a list of up to ${MAX_GROUND_TRUTHS} accepted answers (the best score wins)`,
          },
          extra_info: { type: ['object', 'null'] },
        },
      },
    },
  },
} as const;

export const computeScoreResponse = {
  type: 'object',
  required: ['results'],
  properties: {
    results: {
      type: 'array',
      items: {
        type: 'object',
        required: ['score', 'acc', 'pred', 'rule', 'error'],
        properties: { score: { type: 'number' }, acc: { type: 'boolean' }, pred: text, rule: text, error: { ...text, description: "'' or `CODE: message` when the verifier failed" } },
      },
    },
  },
} as const;

export const resetRequest = {
  type: ['object', 'null'],
  properties: {
    session_id: { ...text, description: 'reset this existing session instead of opening a new one' },
    seed: { type: 'integer', minimum: 0 },
    options: { type: 'object' },
    kwargs: { type: 'object', description: 'constructor kwargs for a new session (as make(id, kwargs))' },
  },
} as const;

export const stepRequest = {
  type: 'object',
  required: ['session_id', 'action'],
  properties: { session_id: text, action: {} },
} as const;

export const closeRequest = {
  type: 'object',
  required: ['session_id'],
  properties: { session_id: text },
} as const;

export const resetResponse = {
  type: 'object',
  required: ['session_id', 'observation', 'info'],
  properties: { session_id: text, observation: {}, info: { type: 'object', additionalProperties: true }, expires_in_s: { type: 'number' } },
} as const;

export const stepResponse = {
  type: 'object',
  required: ['session_id', 'observation', 'reward', 'terminated', 'truncated', 'info'],
  properties: { session_id: text, observation: {}, reward: { type: 'number' }, terminated: { type: 'boolean' }, truncated: { type: 'boolean' }, info: { type: 'object', additionalProperties: true } },
} as const;

/** slime's remote reward model (`--rm-type remote_rm --rm-url`): one sample per request. */
export const slimeRequest = {
  type: 'object',
  required: ['response', 'label'],
  properties: {
    prompt: { anyOf: [text, { type: 'array', items: message }], description: 'the prompt (text or chat messages); not scored' },
    response: { ...text, description: 'the response alone' },
    label: { type: ['string', 'number', 'null'], description: 'the gold answer' },
  },
} as const;

export const slimeResponse = {
  anyOf: [
    { type: 'number', description: 'the reward (default): slime stores the JSON answer as the sample reward' },
    {
      type: 'object',
      description: 'with ?format=dict (slime --reward-key score)',
      required: ['score', 'acc', 'verifier_error', 'error'],
      properties: { score: { type: 'number' }, acc: { type: 'boolean' }, pred: text, verifier_error: { type: 'number' }, error: text },
    },
  ],
} as const;

/** NeMo Gym resources server `/verify` (BaseVerifyRequest plus the math servers' `expected_answer`). */
export const nemoVerifyRequest = {
  type: 'object',
  required: ['response', 'expected_answer'],
  properties: {
    responses_create_params: { type: 'object', description: 'the request the policy answered (echoed back)' },
    response: {
      type: 'object',
      required: ['output'],
      description: 'an OpenAI Responses API response: the output_text parts of its message items are the completion',
      properties: { output: { type: 'array', maxItems: 4096, items: { type: 'object' } } },
    },
    expected_answer: { type: ['string', 'number'] },
    question: text,
  },
} as const;

export const nemoVerifyResponse = {
  type: 'object',
  required: ['reward'],
  description: 'the request echoed back, plus the reward (BaseVerifyResponse)',
  properties: { reward: { type: 'number' }, extracted_answer: { type: ['string', 'null'] }, verifier_error: { type: 'number' }, error: { type: ['string', 'null'] } },
  additionalProperties: true,
} as const;
