/** The last `\boxed{...}` (or `\fbox{...}`) of a LaTeX solution: the MATH dataset's answer convention. */
export { lastBoxed } from '../lib/verify/boxed.js';
