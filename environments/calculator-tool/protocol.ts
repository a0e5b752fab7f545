/**
 * The text protocol of CalculatorTool-v0, in one place so prompts, parsing and tests agree.
 *
 *   policy:  ... <tool>calc: 347 * 28</tool> ...        one or more tool calls in a turn
 *   env:     <result>9716</result>                       one line per call, in order
 *            <error>syntax error: ...</error>            a failed call (the episode goes on)
 *   policy:  ... <answer>9716</answer>                   the final answer ends the episode
 *
 * A turn with an <answer> is final: tool calls in the same turn are not run. Calls past the env's
 * maxCallsPerTurn are not run either; they share one <error> line after the others. Tags are matched
 * case-insensitively; a tool call is `<tool>NAME: ARGUMENT</tool>` and the only tool is `calc`.
 */

export const TOOL_NAME = 'calc';

export interface ToolCall {
  /** Lower-cased tool name, or '' when the call has no `name:` prefix. */
  readonly name: string;
  readonly argument: string;
}

export interface ParsedTurn {
  /** Content of the last <answer>...</answer>, trimmed; undefined when there is none. */
  readonly answer: string | undefined;
  /** Every <answer>...</answer>, trimmed, in order (several different ones are a hedge). */
  readonly answers: readonly string[];
  readonly toolCalls: readonly ToolCall[];
  /** An opening <tool> or <answer> tag without its closing tag (reported in the format hint). */
  readonly unclosed: readonly string[];
}

const NAMED_RE = /^\s*([A-Za-z_][\w-]*)\s*:([\s\S]*)$/;

/**
 * What each `<tag>...</tag>` encloses, in order: the matches of /<tag>([\s\S]*?)<\/tag>/gi, found in
 * linear time (the regex itself rescans to the end from every unclosed opening tag, which takes
 * seconds on a long reply full of them).
 */
function enclosed(text: string, tag: string): string[] {
  const open = new RegExp(`<${tag}>`, 'gi');
  const close = new RegExp(`</${tag}>`, 'gi');
  const out: string[] = [];
  for (;;) {
    if (!open.exec(text)) return out;
    close.lastIndex = open.lastIndex;
    const c = close.exec(text);
    if (!c) return out; // no closing tag after this one, so none after any later opening tag either
    out.push(text.slice(open.lastIndex, c.index));
    open.lastIndex = close.lastIndex;
  }
}

export function parseTurn(text: string): ParsedTurn {
  const answers = enclosed(text, 'answer').map((a) => a.trim());
  const toolCalls = enclosed(text, 'tool').map((body): ToolCall => {
    const named = NAMED_RE.exec(body);
    return named ? { name: (named[1] as string).toLowerCase(), argument: (named[2] as string).trim() } : { name: '', argument: body.trim() };
  });
  const unclosed: string[] = [];
  for (const tag of ['tool', 'answer']) {
    const opens = text.match(new RegExp(`<${tag}>`, 'gi'))?.length ?? 0;
    const closes = text.match(new RegExp(`</${tag}>`, 'gi'))?.length ?? 0;
    if (opens > closes) unclosed.push(tag);
  }
  return { answer: answers.at(-1), answers, toolCalls, unclosed };
}

/** `<result>...</result>` / `<error>...</error>`; `<` and `>` inside are escaped so a result cannot close the tag. */
export function formatResult(ok: boolean, text: string): string {
  const safe = text.replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  return ok ? `<result>${safe}</result>` : `<error>${safe}</error>`;
}

export const EXAMPLE_CALL = `<tool>${TOOL_NAME}: 1234 * 56</tool>`;

/** What a turn with neither a tool call nor an answer gets back. */
export function formatHint(turnsLeft: number, unclosed: readonly string[]): string {
  const missing = unclosed.length > 0 ? ` (found ${unclosed.map((t) => `<${t}> without </${t}>`).join(' and ')})` : '';
  return (
    `Your message had no tool call and no final answer${missing}. ` +
    `To use the calculator, write ${EXAMPLE_CALL}; to finish, write <answer>your final answer</answer>. ` +
    `${turnsLeft} turn(s) left.`
  );
}

export const DEFAULT_CALC_PROMPT_TEMPLATE =
  'Solve the problem below. You may use a calculator: write ' +
  `${EXAMPLE_CALL} (any mathjs expression) and the next message will contain <result>...</result> or <error>...</error> ` +
  '(integers and fractions are exact; a result after ≈ is rounded). ' +
  'When you know the final answer, write it as <answer>...</answer>, as a value: a number such as 9716, 3.5 or 3/4 (in lowest terms), ' +
  'not an expression; you have {maxTurns} turns.\n\nProblem: {problem}';
