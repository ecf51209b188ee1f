export declare const cardBindApply: import("../behaviour.js").SandboxBehaviour;
