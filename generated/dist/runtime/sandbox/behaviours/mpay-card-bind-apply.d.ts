export declare const mpayCardBindApply: import("../behaviour.js").SandboxBehaviour;
