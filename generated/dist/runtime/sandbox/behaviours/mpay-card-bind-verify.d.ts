export declare const mpayCardBindVerify: import("../behaviour.js").SandboxBehaviour;
