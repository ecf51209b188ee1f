export declare const easypayVerify: import("../behaviour.js").SandboxBehaviour;
