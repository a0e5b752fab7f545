/** The red team: an adversarial policy suite that tries to earn reward without solving (docs/reward-integrity.md). */
export { EXPLOIT_FAMILIES, type Exploit, type ExploitContext, infoLeaves, questionNumbers, textExploits } from './exploits.js';
export { REDTEAM_HEADER, redteamHtml, redteamTable } from './report.js';
export { type AfterEndResult, difficultyLevels, type EnvRedteamReport, type ExploitResult, redteam, type RedteamOptions, threshold } from './run.js';
