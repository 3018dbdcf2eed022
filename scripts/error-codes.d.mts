/** Map of module name → its sorted issue codes, read from the message catalogues under src/. */
export declare function collectErrorCodes(): Map<string, string[]>;
