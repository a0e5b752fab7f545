/**
 * Registers the built-in environments in the default registry, once per process, when imported:
 * by lib/index.ts (the library) and by the CLI, which does not load the whole library to start.
 */
import { registry } from '../lib/core/registry.js';
import { registerEnvs } from './index.js';

registerEnvs(registry);
