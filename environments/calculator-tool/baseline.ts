/**
 * A scripted policy for CalculatorTool-v0: it calls the calculator with the problem's own expression
 * (`metadata.expression` of procedural problems, read from `env.current`: it is never in the info
 * before the episode ends), then answers with the result.
 * It shows that reward 1 is reachable and exercises the whole protocol; it is not a solver.
 */
import { TOOL_NAME } from './protocol.js';

/** A policy for one episode: call it with each observation, it returns the next message. */
export function calculatorBaseline(expression: string): (observation: string) => string {
  let called = false;
  return (observation) => {
    if (!called) {
      called = true;
      return `Let me compute it. <tool>${TOOL_NAME}: ${expression}</tool>`;
    }
    const result = /<result>([\s\S]*?)<\/result>/.exec(observation)?.[1];
    return result === undefined ? 'The calculator failed. <answer>unknown</answer>' : `The answer is <answer>${result}</answer>`;
  };
}
