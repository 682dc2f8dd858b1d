export declare const CLI_FILE: string;
export declare function ensureCliBuilt(): Promise<boolean>;
