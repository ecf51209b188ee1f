/**
 * What the sandbox needs to know about the spec, handed to it by the generated
 * `src/sandbox-catalogue.ts`: the runtime cannot import generated modules itself.
 */
import type { ValidationResult } from '../shared/validation.js';
import type { ClosedSignMessage } from '../crypto/verify.js';
import type { SignKeyOrder } from '../crypto/canonical.js';
import type { ReportFormat } from '../reports/format.js';
/** A generated validator. */
export type SandboxValidator = (value: unknown) => ValidationResult<unknown>;
/** One operation whose request is a JSON body. */
export interface SandboxJsonOperation {
    readonly operationId: string;
    /** The URL path requests arrive at; operations sharing one are dispatched by json.ts. */
    readonly path: string;
    /** `x-lianlian-product` (`mpay`, `easypay`), or null: which product's orders it handles. */
    readonly product: string | null;
    /** The ret_code of each success branch of the answer (`success`, `paid`), from its `const`. */
    readonly branchCodes: Readonly<Record<string, string>>;
    /**
     * The meaning of each ret_code an answer branch enumerates with `x-enum-descriptions` (status
     * codes such as PR07-PR16, which LianLian's return-code list lacks): the ret_msg the sandbox
     * gives them.
     */
    readonly codeMeanings: Readonly<Record<string, string>>;
    /** Answer fields LianLian leaves out of its signature (`x-lianlian-signature.response.unsignedFields`). */
    readonly unsignedAnswerFields: readonly string[];
    /** The answer's sign-source key order (`x-lianlian-signature.response.keyOrder`, errata E441). */
    readonly answerKeyOrder?: SignKeyOrder;
    /** The signed request schema (the plaintext inside the envelope when there is one). */
    readonly requestSchema: string;
    /**
     * Request fields the docs call required that LianLian accepts a request without
     * (`x-lianlian-unenforced`): missing, they draw a warning, or a refusal in strict mode.
     */
    readonly unenforcedRequired: readonly string[];
    readonly validateRequest: SandboxValidator;
    /** Validator of the HTTP body: the envelope body, or the request itself. */
    readonly validateBody: SandboxValidator;
    /** `sign_type` values the request may use. */
    readonly signTypes: readonly string[];
    /** The request's signing ordering and URL fields: its signature is checked by the closed rule. */
    readonly signMessage: ClosedSignMessage;
    readonly envelope?: {
        readonly version: string;
        readonly field: string;
    };
    /**
     * The spec's `x-lianlian-sandbox.generic`: what the generic default behaviour answers when no
     * behaviour is registered for the operation (behaviours/generic.ts).
     */
    readonly generic?: SandboxGenericAnswer;
}
/** The data the generic default behaviour runs on, all from the spec. */
export interface SandboxGenericAnswer {
    /** The success example's fields: the answer, before the request's echo fields are set. */
    readonly answer: Readonly<Record<string, string>>;
    /** The request fields the answer carries back (`x-lianlian-correlation.echo`). */
    readonly echo: readonly string[];
    /** Notifications a success sends: the webhook's example, with its `match` fields from the request. */
    readonly emits: readonly {
        readonly webhook: string;
        readonly urlField: string;
        readonly notification: Readonly<Record<string, string>>;
        readonly match: readonly string[];
    }[];
}
/** A field's `pattern` (compiled with the `u` flag, as JSON Schema does), `maxLength` in code points, and rule in words. */
export interface SandboxFieldRule {
    readonly pattern?: RegExp;
    readonly maxLength?: number;
    readonly rule: string;
    /** `x-lianlian-sensitive`: what kind of personal value the field holds (`card`, `id`, ...). */
    readonly sensitive?: string | true;
}
/** Whether `value` is a non-empty string the rule allows. */
export declare function followsFieldRule(rule: SandboxFieldRule | undefined, value: unknown): boolean;
/** One browser-form operation: its form is checked like a JSON request, then opens a cashier. */
export interface SandboxFormOperation {
    readonly operationId: string;
    readonly path: string;
    readonly requestSchema: string;
    readonly validateRequest: SandboxValidator;
    /** Fields the schema types as integers; form values are text and are converted to check them. */
    readonly integerFields: readonly string[];
    readonly signTypes: readonly string[];
    /**
     * The one input carrying the signed fields as JSON text (Easypay H5's `req_data`); absent when
     * the form posts the signed fields themselves.
     */
    readonly jsonField?: string;
    /** The form's signing ordering and URL fields: its signature is checked by the closed rule. */
    readonly signMessage: ClosedSignMessage;
}
/** Everything the sandbox serves and checks. */
export interface SandboxCatalogue {
    readonly jsonOperations: readonly SandboxJsonOperation[];
    /** The browser-form operations: forms the payer's browser posts, answered with HTML pages. */
    readonly forms: readonly SandboxFormOperation[];
    /** Validators of the notifications the sandbox sends, to check its own output. */
    /**
     * By webhook name, generated for every webhook of the spec; a name the spec lacks is undefined,
     * which sandboxCheckNotification reports as a sandbox bug.
     */
    readonly notifications: Readonly<Record<string, SandboxValidator | undefined>>;
    /**
     * Each webhook's `x-lianlian-correlation.orderKey`, the field naming the order it reports: log
     * lines show that field of a notification, and of a request any field some webhook keys on.
     */
    readonly orderKeys: Readonly<Record<string, string>>;
    /**
     * The query parameter of each notification the browser carries in a URL (`?res_data={json}`);
     * the others are form POSTs.
     */
    readonly notificationQueryParameters: Readonly<Record<string, string | undefined>>;
    /**
     * How the spec constrains each message field, by name (the first message declaring it wins),
     * for the sandbox's own endpoints, which take part of an order.
     */
    readonly fieldRules: Readonly<Record<string, SandboxFieldRule>>;
    /** ret_code to LianLian's exact ret_msg. */
    readonly returnMessages: Readonly<Record<string, string>>;
    /** The report file formats (`x-lianlian-reports`, generated `reportFormats`): what the sandbox writes its report files in. */
    readonly reports?: Readonly<Record<string, ReportFormat<unknown>>>;
}
/**
 * `name=value` for each field of `fields` that names an order (some webhook's orderKey), for log
 * lines; empty when none is present.
 */
export declare function sandboxOrderLabel(catalogue: SandboxCatalogue, fields: Readonly<Record<string, unknown>>): string | undefined;
/**
 * The fields the spec marks `x-lianlian-sensitive: card`, in the catalogue's order: where a log
 * line finds the card number it shows masked.
 */
export declare function sandboxCardFields(catalogue: SandboxCatalogue): string[];
