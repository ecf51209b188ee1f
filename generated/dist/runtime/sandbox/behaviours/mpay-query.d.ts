export declare const mpayQuery: import("../behaviour.js").SandboxBehaviour;
