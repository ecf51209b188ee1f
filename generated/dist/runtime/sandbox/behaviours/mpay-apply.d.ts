export declare const mpayApply: import("../behaviour.js").SandboxBehaviour;
