export declare const cardBindVerify: import("../behaviour.js").SandboxBehaviour;
