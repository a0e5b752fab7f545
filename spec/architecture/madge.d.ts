/** Types for the part of madge's programmatic API that spec/architecture uses (madge ships none). */
declare module 'madge' {
  interface MadgeResult {
    /** Each module (path relative to the base directory) with the modules it imports. */
    obj(): Record<string, string[]>;
    /** Every import cycle, as the list of modules on it. */
    circular(): string[][];
  }
  interface MadgeConfig {
    fileExtensions?: string[];
    tsConfig?: string;
    detectiveOptions?: Record<string, Record<string, unknown>>;
  }
  export default function madge(paths: string | string[], config?: MadgeConfig): Promise<MadgeResult>;
}
