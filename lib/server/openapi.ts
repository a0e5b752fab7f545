/** The OpenAPI 3.1 document of the server, built from the same schemas the routes validate with. */
import * as S from './schemas.js';
import { VERSION } from '../paths.js';

const json = (schema: unknown) => ({ content: { 'application/json': { schema } } });
const errors = {
  400: { description: 'malformed JSON or a failed validation: `error.fields` lists each failing field path (reset: also KWARG_PATH_REFUSED, a kwarg naming a server file)', ...json(S.errorSchema) },
  401: { description: 'missing or wrong bearer token', ...json(S.errorSchema) },
  413: { description: 'request body over the size limit', ...json(S.errorSchema) },
  429: { description: 'queue or session cap full; retry after `Retry-After` seconds', ...json(S.errorSchema) },
  503: { description: 'shutting down; retry on another replica', ...json(S.errorSchema) },
};
const post = (summary: string, req: unknown, res: unknown, extra: Record<string, unknown> = {}, bodyRequired = true) => ({
  post: { summary, requestBody: { required: bodyRequired, ...json(req) }, responses: { 200: { description: 'scored', ...json(res) }, ...errors, ...extra } },
});
const envParam = [{ name: 'id', in: 'path', required: true, description: 'environment id, URL-encoded (mathgym%2FArithmetic-v0)', schema: { type: 'string' } }];
const sessionErrors = { 404: { description: 'unknown environment or session', ...json(S.errorSchema) }, 409: { description: 'session busy', ...json(S.errorSchema) }, 504: { description: 'step timed out; session closed', ...json(S.errorSchema) } };

export function openApiDocument(): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: { title: 'mathgym reward server', version: VERSION, description: 'Verifiable math rewards and remote environments for RL trainers (TRL, verl, OpenRLHF, slime, NeMo Gym).' },
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    security: [{ bearer: [] }],
    paths: {
      '/get_reward': post('OpenRLHF remote reward model: {query, prompts, labels} -> {rewards, scores, extra_logs}', S.openrlhfRequest, S.openrlhfResponse),
      '/v1/score': post('Batch scoring (TRL reward functions): reward null where the verifier failed', S.scoreRequest, S.scoreResponse),
      '/v1/compute_score': post('verl compute_score items: {score, acc, pred, rule, error}', S.computeScoreRequest, S.computeScoreResponse),
      '/v1/slime/reward': post('slime remote reward model: {prompt, response, label} -> a bare float (?format=dict: {score, acc, pred, verifier_error, error})', S.slimeRequest, S.slimeResponse),
      '/verify': post('NeMo Gym resources server: {response (Responses API), expected_answer, ...} -> the body plus reward', S.nemoVerifyRequest, S.nemoVerifyResponse),
      '/seed_session': post('NeMo Gym resources server: nothing to seed; answers {}', { type: 'object' }, { type: 'object' }, {}, false),
      // no body (or {}) opens a session with the defaults
      '/v1/envs/{id}/reset': { ...post('Open a session (or reset session_id); the body is optional', S.resetRequest, S.resetResponse, sessionErrors, false), parameters: envParam },
      '/v1/envs/{id}/step': { ...post('Step a session', S.stepRequest, S.stepResponse, sessionErrors), parameters: envParam },
      '/v1/envs/{id}/close': { ...post('Close a session', S.closeRequest, { type: 'object', properties: { closed: { type: 'boolean' } } }, sessionErrors), parameters: envParam },
      '/healthz': { get: { summary: 'liveness (no auth)', security: [], responses: { 200: { description: 'alive' } } } },
      '/readyz': { get: { summary: 'readiness (no auth): 503 while draining or when the queue is full', security: [], responses: { 200: { description: 'ready' }, 503: { description: 'not ready' } } } },
      '/metrics': { get: { summary: 'Prometheus metrics (text exposition format)', responses: { 200: { description: 'metrics', content: { 'text/plain': {} } } } } },
      '/openapi.json': { get: { summary: 'this document', security: [], responses: { 200: { description: 'OpenAPI 3.1' } } } },
    },
  };
}
