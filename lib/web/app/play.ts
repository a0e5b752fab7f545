/** Playing an environment by hand: reset with a seed, type an action, see reward, info and the verdict's reason. */
import type { Env } from '../../core/env.js';
import { registry } from '../../core/registry.js';
import { verify } from '../../verify/verify.js';
import { byId, errorText, showError } from './dom.js';

/** Ids of the registered envs that this page can make (the rest need Node.js; their reason is returned too). */
export async function browserEnvs(): Promise<{ ids: string[]; nodeOnly: Map<string, string> }> {
  const ids: string[] = [];
  const nodeOnly = new Map<string, string>();
  for (const spec of registry.list()) {
    try {
      const env = await registry.make(spec.id);
      await env.close();
      ids.push(spec.id);
    } catch (e) {
      nodeOnly.set(spec.id, errorText(e));
    }
  }
  return { ids, nodeOnly };
}

/** Number for a Discrete action space when the text is an integer it contains, else the text. */
function parseAction(env: Env, text: string): unknown {
  const n = Number(text.trim());
  return /^\s*-?\d+\s*$/.test(text) && env.actionSpace.contains(n) ? n : text;
}

const show = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v, null, 2));

export function setupPlay(ids: readonly string[]): void {
  const select = byId<HTMLSelectElement>('env');
  for (const id of ids) select.append(new Option(id, id, id === 'mathgym/Arithmetic-v0', id === 'mathgym/Arithmetic-v0'));
  let env: Env | undefined;
  const obs = byId('observation'), out = byId('step-result'), reason = byId('verdict-reason');
  const reset = async (): Promise<void> => {
    try {
      await env?.close();
      env = await registry.make(select.value);
      const seed = Number(byId<HTMLInputElement>('seed').value) || 0;
      const r = await env.reset({ seed });
      obs.textContent = show(r.observation);
      out.textContent = `info: ${show(r.info)}`;
      reason.textContent = '';
    } catch (e) {
      showError(`reset ${select.value}: ${errorText(e)}`);
    }
  };
  byId('reset').addEventListener('click', () => void reset());
  select.addEventListener('change', () => void reset());
  byId('play-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    void (async () => {
      if (!env) await reset();
      try {
        const text = byId<HTMLInputElement>('action').value;
        const r = await env!.step(parseAction(env!, text));
        obs.textContent = show(r.observation);
        out.textContent = `reward: ${r.reward}  terminated: ${r.terminated}  truncated: ${r.truncated}\ninfo: ${show(r.info)}`;
        const why = (r.info as Record<string, unknown>).reason ?? (r.info as Record<string, unknown>).error;
        reason.textContent = why === undefined ? '' : `verdict: ${show(why)}`;
      } catch (e) {
        showError(`step: ${errorText(e)}`);
      }
    })();
  });
  byId('verify-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const v = verify(byId<HTMLInputElement>('gold').value, byId<HTMLInputElement>('pred').value);
    byId('verify-result').textContent = `${v.correct ? 'correct' : 'wrong'} (rule ${v.rule}): ${v.reason}${v.error ? `\nverifier error ${v.error.code}: ${v.error.message}` : ''}`;
  });
  void reset();
}
