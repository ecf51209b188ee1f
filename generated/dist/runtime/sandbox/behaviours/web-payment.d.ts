export declare const webPayment: import("../behaviour.js").SandboxFormBehaviour;
