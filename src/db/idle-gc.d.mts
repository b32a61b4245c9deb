/** Types of idle-gc.mjs (plain JavaScript, shared with the embedded database's thread). */
export declare function compactHeap(gc?: () => void): void;
export declare function collectWhenIdle(): () => void;
