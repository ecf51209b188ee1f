export declare const easypayH5Payment: import("../behaviour.js").SandboxFormBehaviour;
