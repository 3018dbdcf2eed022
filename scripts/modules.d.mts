/** Absolute path of the repository root, with a trailing slash. */
export declare const root: string;
/** The module folders under src/ that are subpath exports, sorted. */
export declare function listModules(): string[];
/** The package.json#exports map for the given modules. */
export declare function exportsFor(modules: readonly string[]): Record<string, unknown>;
