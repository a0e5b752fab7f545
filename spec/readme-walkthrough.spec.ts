/**
 * The README walkthrough, as a newcomer does it: every shell line of the README (the CLI tour, the
 * policy examples) and the run command of each code example, executed as written in a fresh project
 * folder that has mathgym installed (node_modules/mathgym -> this checkout). `npx mathgym` runs the
 * CLI from source. Each `mathgym` line is first checked against the CLI itself (the command exists,
 * every option is one it takes), so a README that drifts from the CLI fails here. Lines that train
 * get a small budget; benchmarks, servers, remote endpoints and the full set.mm are checked
 * against the CLI only (listed in HELP_ONLY with the reason). `play` lines are fed the backquoted
 * moves of their comment, and must then solve the episode.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import type { Command } from 'commander';
import { buildProgram } from '../lib/cli/main.js';
import { CLI, tsxNode } from './fixtures/run-cli.js';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** Lines not run, only checked against the CLI: [pattern on the words after `mathgym`, why]. */
const HELP_ONLY: ReadonlyArray<readonly [RegExp, string]> = [
  [/^bench\b/, 'benchmarks take minutes (npm run bench)'],
  [/^(serve|serve-policy|web)\b/, 'servers run until stopped'],
  [/--endpoint/, 'needs an OpenAI-compatible model server'],
  [/\/usr\/share\/metamath\//, 'the full set.mm (Debian metamath-databases): minutes'],
  [/^redteam all\b/, 'every env against every exploit: minutes'],
  [/^mm prove section:/, 'hundreds of theorems'],
];

/** Extra options appended to lines that would run for minutes (commander keeps the last value). */
const BUDGET: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/^train\b/, ['--sft-steps', '20', '--updates', '2', '--num-prompts', '2', '--num-generations', '2', '--eval-episodes', '4', '--backend', 'js']],
  [/^eval --checkpoint\b/, ['--n', '8']],
  [/^prover train\b/, ['--train-count', '40', '--search-count', '10', '--budget', '20', '--epochs', '2']],
];

/** Shell lines that are not run here, with the reason. */
const NOT_RUN: ReadonlyArray<readonly [RegExp, string]> = [[/^npm ci && npm (start|test)\b/, 'the test runs inside an installed checkout; npm start is `mathgym train`, run below with a small budget']];

interface Line {
  readonly text: string;
  readonly words: readonly string[];
  readonly comment: string;
}

/** Splits a shell line into words (single and double quotes, `#` comments); enough for the README. */
export function shellWords(line: string): Line {
  const words: string[] = [];
  let word: string | undefined;
  let quote: string | undefined;
  let i = 0;
  for (; i < line.length; i++) {
    const c = line[i] as string;
    if (quote) {
      if (c === quote) quote = undefined;
      else word = (word ?? '') + c;
    } else if (c === "'" || c === '"') {
      quote = c;
      word ??= '';
    } else if (c === '#' && word === undefined) break;
    else if (/\s/.test(c)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else word = (word ?? '') + c;
  }
  if (quote) throw new Error(`unclosed quote in README line: ${line}`);
  if (word !== undefined) words.push(word);
  return { text: line.trim(), words, comment: line.slice(i + 1).trim() };
}

/** The README's fenced blocks: language and body. */
function fencedBlocks(md: string): { lang: string; body: string }[] {
  return [...md.matchAll(/^```(\w*)\n([\s\S]*?)^```/gm)].map((m) => ({ lang: m[1] as string, body: m[2] as string }));
}

/** The subcommand a `mathgym` word list names (descending into `mm verify`, `datasets stats`, ...), or a reason it names none. */
function resolveCommand(program: Command, words: readonly string[]): { cmd: Command; rest: string[] } | string {
  const rest = [...words];
  // global options first
  while (rest[0] === '-r' || rest[0] === '--require') rest.splice(0, 2);
  let cmd = program.commands.find((c) => c.name() === rest[0]);
  if (!cmd) return `no command "${rest[0]}" (commands: ${program.commands.map((c) => c.name()).join(', ')})`;
  rest.shift();
  for (;;) {
    const sub: Command | undefined = cmd.commands.find((c) => c.name() === rest[0]);
    if (!sub) break;
    cmd = sub;
    rest.shift();
  }
  return { cmd, rest };
}

/** Options in `rest` that `cmd` does not take. */
function unknownOptions(cmd: Command, rest: readonly string[]): string[] {
  const known = new Set(['-h', '--help', '-r', '--require']);
  for (let c: Command | null = cmd; c; c = c.parent) for (const o of c.options) for (const f of [o.long, o.short]) if (f) known.add(f);
  return rest.filter((w) => /^--?[a-zA-Z]/.test(w)).map((w) => w.split('=')[0] as string).filter((w) => !known.has(w));
}

describe('README walkthrough: every command as written', function () {
  this.timeout(240_000);
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const blocks = fencedBlocks(readme);
  let project = '';
  before(() => {
    project = mkdtempSync(join(tmpdir(), 'mathgym-readme-'));
    mkdirSync(join(project, 'node_modules'));
    symlinkSync(ROOT, join(project, 'node_modules/mathgym'), 'dir');
    symlinkSync(join(ROOT, 'examples'), join(project, 'examples'), 'dir');
  });
  after(() => rmSync(project, { recursive: true, force: true }));

  /** Code examples that name their file in a first-line comment (`// example.mts: run it with `cmd``), and those commands. */
  const examples = blocks.flatMap((b) => {
    const m = /^\/\/ (\S+\.m?[jt]s)\b(.*)$/m.exec(b.body.split('\n')[0] ?? '');
    if (!m) return [];
    return [{ file: m[1] as string, body: b.body, commands: [...(m[2] as string).matchAll(/`(npx [^`]+)`/g)].map((c) => c[1] as string) }];
  });
  const shellLines = blocks
    .filter((b) => b.lang === 'sh')
    .flatMap((b) => b.body.split('\n'))
    .filter((l) => l.trim() !== '');

  it('names its code examples and how to run them', () => {
    expect(examples.map((e) => e.file)).to.include.members(['example.mts', 'my-envs.mjs']);
    for (const e of examples) expect(e.commands, `${e.file} says how to run it`).to.not.be.empty;
    expect(shellLines.length).to.be.greaterThan(25);
    // "npm start (= mathgym train)"
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.start).to.match(/mathgym\.js train$/);
  });

  it('every mathgym line names a command and options the CLI has', async () => {
    const program = await buildProgram(['node', 'mathgym']);
    const problems: string[] = [];
    for (const text of [...shellLines, ...examples.flatMap((e) => e.commands)]) {
      const { words } = shellWords(text);
      if (words[0] !== 'npx' || words[1] !== 'mathgym') continue;
      const found = resolveCommand(program, words.slice(2).filter((w) => w !== '&'));
      if (typeof found === 'string') problems.push(`${text}: ${found}`);
      else for (const o of unknownOptions(found.cmd, found.rest)) problems.push(`${text}: mathgym ${found.cmd.name()} has no option ${o}`);
    }
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('runs every line and example, and each exits 0 (play lines solve their episode)', async () => {
    for (const e of examples) writeFileSync(join(project, e.file), e.body);
    interface Job {
      readonly text: string;
      readonly args: string[];
      readonly input: string;
      readonly stdoutTo?: string;
      readonly mustSolve: boolean;
    }
    const jobs: Job[] = [];
    const unknown: string[] = [];
    for (const text of [...shellLines, ...examples.flatMap((e) => e.commands)]) {
      const line = shellWords(text);
      if (NOT_RUN.some(([re]) => re.test(line.text))) continue;
      const words = [...line.words];
      if (words[0] === 'npx' && words[1] === 'tsx') {
        jobs.push({ text, args: words.slice(2), input: '', mustSolve: false });
        continue;
      }
      if (words[0] !== 'npx' || words[1] !== 'mathgym') {
        unknown.push(text);
        continue;
      }
      const rest = words.slice(2);
      const joined = rest.join(' ');
      if (rest[rest.length - 1] === '&' || HELP_ONLY.some(([re]) => re.test(joined))) continue;
      let stdoutTo: string | undefined;
      const redirect = rest.indexOf('>');
      if (redirect >= 0) [, stdoutTo] = rest.splice(redirect, 2);
      const budget = BUDGET.find(([re]) => re.test(joined))?.[1] ?? [];
      // play: the backquoted moves of the comment, typed one a line
      const moves = rest[0] === 'play' ? [...line.comment.matchAll(/`([^`]+)`/g)].map((m) => m[1] as string).filter((m) => m !== 'undo') : [];
      jobs.push({ text, args: [CLI, ...rest, ...budget], input: moves.map((m) => `${m}\n`).join(''), ...(stdoutTo ? { stdoutTo } : {}), mustSolve: moves.length > 0 });
    }
    expect(unknown, `README lines this walkthrough cannot run (add them to NOT_RUN with a reason, or make them runnable):\n${unknown.join('\n')}`).to.deep.equal([]);
    // lines that read a trained checkpoint wait for the training lines; the rest run three at a time
    const needsRun = (j: Job): boolean => j.args.some((a) => a.startsWith('runs/') && a.endsWith('checkpoint.bin'));
    const failures: string[] = [];
    const runAll = async (list: readonly Job[]): Promise<void> => {
      const queue = [...list];
      const worker = async (): Promise<void> => {
        for (let j = queue.shift(); j; j = queue.shift()) {
          const t0 = performance.now();
          const r = await tsxNode(j.args, j.input, { cwd: project, timeoutMs: 120_000 });
          if (process.env.WALKTHROUGH_TIMES) process.stderr.write(`${((performance.now() - t0) / 1000).toFixed(1)} s  ${j.text}\n`);
          if (j.stdoutTo) writeFileSync(join(project, j.stdoutTo), r.stdout);
          const solved = !j.mustSolve || /reward 1 \(terminated\)/.test(r.stdout);
          if (r.code !== 0 || !solved) failures.push(`${j.text}\n  exit ${r.code}${solved ? '' : ', episode not solved by the moves in its comment'}\n  stdout: ${r.stdout.slice(-1500)}\n  stderr: ${r.stderr.slice(-1500)}`);
        }
      };
      await Promise.all([worker(), worker(), worker()]);
    };
    await runAll(jobs.filter((j) => !needsRun(j)));
    await runAll(jobs.filter(needsRun));
    expect(failures, failures.join('\n\n')).to.deep.equal([]);
    expect(jobs.length).to.be.greaterThan(15);
  });
});
