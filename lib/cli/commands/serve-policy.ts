/**
 * `mathgym serve-policy`: serves a `mathgym train` checkpoint behind the OpenAI API (models, chat completions,
 * completions), so that `mathgym eval --endpoint` and other clients can query it.
 */
import type { Command } from 'commander';
import { loadCheckpointPolicy } from '../../policy/checkpoint-policy.js';
import { startPolicyServer } from '../../policy/serve.js';
import { parseIntOption } from '../util.js';

interface ServePolicyOpts {
  checkpoint: string;
  host: string;
  port: number;
  modelName: string;
  bodyLimit: number;
}

/** `mathgym serve-policy`: a trained checkpoint behind an OpenAI-compatible API, for `mathgym eval --endpoint` and other OpenAI clients. */
export function servePolicyCommand(program: Command): void {
  program
    .command('serve-policy')
    .description('serve a `mathgym train` checkpoint over the OpenAI API: GET /v1/models, POST /v1/chat/completions, POST /v1/completions')
    .requiredOption('--checkpoint <file>', 'checkpoint.bin from mathgym train')
    .option('--host <host>', 'address to bind (127.0.0.1: this machine only)', '127.0.0.1')
    .option('--port <n>', 'port (0: any free port)', parseIntOption('--port'), 8000)
    .option('--model-name <name>', 'model id clients must send', 'mathgym-policy')
    .option('--body-limit <bytes>', 'largest request body; larger answers 413', parseIntOption('--body-limit'), 1024 * 1024)
    .addHelpText(
      'after',
      '\nA chat request\'s first user message is read as the env observation (e.g. "Compute 7 × 8. Give ...") and mapped through the checkpoint\'s task prompt; /v1/completions also takes a prompt in the model\'s own format (7*8=). ' +
        'temperature, top_p, max_tokens, n, seed and stop are honoured; the same seed gives the same choices. Errors are OpenAI-shaped: {"error": {"message", "type", "param", "code"}}.\n' +
        'Try it: mathgym eval --endpoint http://127.0.0.1:8000/v1 --model mathgym-policy --n 100 --k 4. Details: docs/policy.md.',
    )
    .action(async (opts: ServePolicyOpts) => {
      const policy = await loadCheckpointPolicy(opts.checkpoint);
      const server = await startPolicyServer({ checkpoint: policy, host: opts.host, port: opts.port, modelName: opts.modelName, bodyLimit: opts.bodyLimit });
      if (!['127.0.0.1', '::1', 'localhost'].includes(opts.host)) console.error(`mathgym serve-policy: warning: listening on ${opts.host}, reachable from other machines; this server has no authentication`);
      console.log(`mathgym serve-policy: serving ${server.modelName} (${opts.checkpoint}, ${policy.env} difficulty ${policy.difficulty}) at ${server.url}/v1; POST /v1/chat/completions, /v1/completions; GET /v1/models`);
      await new Promise<void>((resolve) => {
        const stop = (sig: string): void => {
          console.log(`mathgym serve-policy: ${sig}: stopping`);
          void server.close().then(() => resolve());
        };
        process.once('SIGINT', () => stop('SIGINT'));
        process.once('SIGTERM', () => stop('SIGTERM'));
      });
    });
}
