export declare const easypayApply: import("../behaviour.js").SandboxBehaviour;
