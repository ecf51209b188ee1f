import type { BundledSpec } from '../framework/types.js';
import type { Json } from './pointer.js';

/**
 * The API model: the bundled spec read once into typed facts (in the spirit of
 * @hey-api/openapi-ts's intermediate representation). Generators, the docs build, the tests'
 * helpers and the bench read operations, messages, examples and return codes from here instead
 * of walking the document themselves. Schema bodies stay JSON Schema: readers that need their
 * keywords (validators, types) follow `schemaPointer` into `spec`.
 *
 * The model is lenient: it records what the spec says, including what is missing or malformed
 * (an absent server, a message schema that is not a component), and each generator rejects
 * what it cannot express, naming the place.
 */
export interface ApiModel {
  /** The bundle the model was read from. Do not modify it afterwards: the model is cached on it. */
  readonly spec: BundledSpec;
  /** Operations under `paths`, then webhooks, each in document order. */
  readonly all: readonly ApiOperation[];
  /** Operations under `paths`, in document order. */
  readonly operations: readonly ApiOperation[];
  /** Operations under `webhooks`, in document order. */
  readonly webhooks: readonly ApiOperation[];
  /** The documented return codes (`x-lianlian-return-codes`) and their categories. */
  readonly returnCodes: ReturnCodeTable;
  /** Names under `components/schemas`, in document order. */
  readonly schemaNames: readonly string[];
  /** Fields the signed string leaves out (`x-lianlian-signature-scheme.signedString.excludedFields`). */
  readonly signatureExcludedFields: readonly string[];
  /** The report file formats (`x-lianlian-reports`), in document order. */
  readonly reports: readonly ApiReport[];
}

/**
 * How an operation is used, which decides what is generated for it:
 * - `json`: a server-to-server JSON request and answer (a client method);
 * - `enveloped-json`: the same, with the signed request sealed in an `x-lianlian-envelope`;
 * - `browser-form`: a form the payer's browser posts (a form builder, no client method);
 * - `webhook`: a message LianLian sends to the merchant (a notification verifier and handler);
 * - `other`: none of these (no request body a generator knows); generators that need a kind refuse it.
 */
export type OperationKind = 'json' | 'enveloped-json' | 'browser-form' | 'webhook' | 'other';

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';

/** One operation or webhook operation. */
export interface ApiOperation {
  kind: OperationKind;
  /** `operationId` (for a webhook without one, its name). */
  id: string;
  /** Under `paths` or under `webhooks`. */
  location: 'path' | 'webhook';
  /**
   * The path for operations (as the spec's `paths` key, a URI fragment included), the webhook
   * name for webhooks.
   */
  key: string;
  /**
   * The path a request is sent to: `key` without its URI fragment. Two documented APIs that share
   * one URL are two path keys told apart by a fragment (`/v1/bankcardprepay#apply`), which HTTP
   * never sends. Webhooks: the same as `key`.
   */
  requestPath: string;
  /** The URI fragment of the path key naming the API at a shared URL (`apply`), when it has one. */
  pathFragment?: string;
  /**
   * `x-lianlian-product`: the product an operation or webhook belongs to (`mpay`, `easypay`), by
   * which the sandbox tells apart the operations of one URL whose requests look alike.
   */
  product?: string;
  /**
   * `x-lianlian-redirect`: the answer field holding a LianLian page the payer's browser is posted
   * to and the origins it may have, as written (checked by the generator).
   */
  redirect?: { field: unknown; origins: unknown };
  method: HttpMethod;
  /** JSON pointer of the operation object, e.g. `#/paths/~1v1~1bankcardprepay/post`. */
  pointer: string;
  /** `servers[0].url` of the operation, its path item or the document, when there is one. */
  serverUrl?: string;
  summary?: string;
  description?: string;
  tags: string[];
  /**
   * The request body's media types, in document order; for a message carried in one query
   * parameter's `content` (see `queryParameter`), that parameter's media types.
   */
  request: ApiMedia[];
  /** The query parameter carrying the message (`res_data` of `GET {url}?res_data={json}`). */
  queryParameter?: string;
  /**
   * For a browser form that posts its signed message as JSON text in one input (Easypay H5's
   * `req_data`): that input, the form schema's one property whose `contentSchema` is the signed
   * schema. Undefined when the form posts the signed fields themselves.
   */
  jsonCarrier?: string;
  /** Every response with its media types, in document order. */
  responses: ApiResponse[];
  /** `x-lianlian-signature`, read per message role. */
  signature: {
    request?: ApiSignedMessage;
    response?: ApiSignedMessage;
    notification?: ApiSignedMessage;
  };
  /** `x-lianlian-envelope`, when the request is sealed. */
  envelope?: ApiEnvelope;
  /**
   * `x-lianlian-source`: the LianLian docs pages the operation or webhook encodes, as paths
   * relative to the docs root (`docs/MPAY-verify-direct-api.md`); empty when it names none.
   */
  sources: string[];
  /** Every example of the operation: media-type examples, then envelope plaintext examples. */
  examples: ApiExample[];
  /** The raw operation object, for extensions the model does not read. */
  node: Json;
}

/** One media type of a request body or a response. */
export interface ApiMedia {
  mediaType: string;
  /** Pointer of the media type's `schema` node (not followed), when it has one. */
  schemaPointer?: string;
  /** The raw `schema` node. */
  schemaNode?: Json;
  /** The component the schema is a `$ref` to, when it is one. */
  schema?: string;
  /** Its examples, in document order. */
  examples: ApiExample[];
}

export interface ApiResponse {
  status: string;
  media: ApiMedia[];
}

export type MessageRole = 'request' | 'response' | 'notification';

/** What `x-lianlian-signature` says of one message of an operation. */
export interface ApiSignedMessage {
  role: MessageRole;
  /** `signed`, default `required`. */
  signed: string;
  /**
   * `keyOrder`, default `byte`: the order of the sign source's keys, `case-insensitive` for a
   * message LianLian signs in Java's `String.CASE_INSENSITIVE_ORDER` (errata E441).
   */
  keyOrder: 'byte' | 'case-insensitive';
  /** `signTypes` as declared (undefined when the spec gives none). */
  signTypes?: string[];
  /** `schema` as declared (a JSON pointer). */
  schemaPointer?: string;
  /** The component that pointer names, when it names one. */
  schema?: string;
  /**
   * The branches of a `oneOf` message schema, in document order; empty for a single message.
   * `signed` per branch is `branches.<name>`, else the message's `signed`.
   */
  branches: ApiBranch[];
  /** The raw declaration. */
  declared: Json;
}

export interface ApiBranch {
  /** `x-lianlian-branch` of the branch schema (undefined when it has none). */
  name?: string;
  /** The component the branch is a `$ref` to (undefined for an inline branch). */
  schema?: string;
  signed: string;
  /** The branch schema after following `$ref`s. */
  node: Json;
}

/** `x-lianlian-envelope`, the parts generators read; `declared` holds the rest. */
export interface ApiEnvelope {
  version?: string;
  /** The body field carrying the sealed text. */
  field?: string;
  /** Pointer of the plaintext schema, and its component name. */
  plaintextPointer?: string;
  plaintext?: string;
  declared: Json;
}

/** Where an example sits: a request body (a webhook's is its notification), a response, or an envelope's plaintext. */
export type ExampleRole = 'request' | 'response' | 'plaintext';

export interface ApiExample {
  role: ExampleRole;
  /** The key in its media type's `examples` (for plaintext examples: the component name). */
  name: string;
  /** The `components/examples` name the example is a `$ref` to, when it is one. */
  ref?: string;
  /** Pointer of the example object after following `$ref`. */
  pointer: string;
  /** The example object after following `$ref` (`value`, `summary`, `x-lianlian-seed`, …). */
  node: Json;
  /** `node.value`. */
  value: unknown;
  /** `x-lianlian-doc`, for an example taken from a docs page: the page, its code block, the errata applied. */
  doc?: ApiExampleDoc;
  /** The media type (absent for plaintext examples). */
  mediaType?: string;
  /** The response status (responses only). */
  status?: string;
  /** Pointer of the schema the example illustrates: the media type's schema node, or the envelope's plaintext. */
  schemaPointer: string;
  /** Its component name, when it is one. */
  schema?: string;
}

/** Where a docs example came from: `sample` is the 0-based index among the page's fenced code blocks. */
export interface ApiExampleDoc {
  file: string;
  sample: number;
  errata: string[];
}

/** A documented return code. */
export interface ReturnCodeInfo {
  message: string;
  category: string;
  description: string;
}

/** `x-lianlian-return-codes` and `x-lianlian-return-code-categories` of the return-code schema. */
export interface ReturnCodeTable {
  /** The schema that carries them (undefined when the spec has none). */
  schema?: string;
  /** Categories in the spec's order (good news first), with what the caller should do. */
  categories: { name: string; action: string }[];
  /** Code → info, in document order; raw entries, generators check their shape. */
  codes: [string, Json][];
}

/** One column of a report file, in file order. */
export interface ApiReportColumn {
  /** The row schema's property. */
  readonly name: string;
  /** The name as LianLian's header line prints it (differs only where the docs misspell it). */
  readonly printed: string;
  /** The last column takes the rest of the line, separators included. */
  readonly rest: boolean;
}

/** A report file format (`x-lianlian-reports`). */
export interface ApiReport {
  readonly id: string;
  readonly title: string;
  /** The doc page, relative to LianLian's docs root. */
  readonly source: string;
  /** What one file covers: a settle day or a month. */
  readonly period: 'day' | 'month';
  /** File name pattern; its named groups are matched against the row columns of the same name. */
  readonly fileNamePattern: string;
  readonly fileNameExample: string;
  /** Row columns that must agree with the file name's group of the same name. */
  readonly fileNameRows: Readonly<Record<string, 'equal' | 'prefix'>>;
  /** The file name group holding the period (settle date or month) the file covers. */
  readonly fileNamePeriodGroup: string;
  readonly separator: string;
  /** Whether the first line is the header line. */
  readonly header: 'optional' | 'required' | 'none';
  readonly encodings: readonly ('UTF-8' | 'GBK')[];
  readonly schemaName: string;
  readonly schemaPointer: string;
  readonly columns: readonly ApiReportColumn[];
  /** Detail reports: the columns reconciliation reads. */
  readonly reconcile?: ApiReportReconcile;
  /** Summary reports: the columns that total the detail report's rows. */
  readonly totals?: ApiReportTotals;
  readonly errata: readonly string[];
}

/** Which columns of a detail report tie a row to the merchant's records. */
export interface ApiReportReconcile {
  /** The merchant's order number. */
  readonly order: string;
  /** LianLian's transaction number. */
  readonly transaction?: string;
  /** The row's signed amount. */
  readonly amount: string;
  readonly currency?: string;
  readonly fee?: string;
  /** The column whose value says whether a row is a payment or a refund. */
  readonly status: string;
  readonly kinds: Readonly<Record<string, 'payment' | 'refund'>>;
}

/** The count and amount columns of a summary report. */
export interface ApiReportTotals {
  /** The currency of the amount columns. */
  readonly currency: string;
  readonly count: string;
  readonly payment: { readonly count: string; readonly amount: string };
  readonly refund: { readonly count: string; readonly amount: string };
  /** Transactions the detail report does not list (cancelled ones). */
  readonly other?: { readonly count: string; readonly amount: string };
}
