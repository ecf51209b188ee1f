export declare const mpayVerify: import("../behaviour.js").SandboxBehaviour;
