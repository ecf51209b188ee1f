export declare const easypayQuery: import("../behaviour.js").SandboxBehaviour;
