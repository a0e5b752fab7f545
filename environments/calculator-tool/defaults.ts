/** Defaults of CalculatorTool-v0 that the registry needs without loading the environment (and mathjs). */
export const DEFAULT_MAX_TURNS = 8;
