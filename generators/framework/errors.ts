/** A failure the user can act on: printed as one line naming the place, without a stack trace. */
export class GenerateError extends Error {
  constructor(
    readonly code: 'SPEC_INVALID' | 'GENERATOR_FAILED' | 'COMPILE_FAILED',
    readonly place: string,
    message: string,
  ) {
    super(`${place}: ${message}`);
    this.name = 'GenerateError';
  }
}
