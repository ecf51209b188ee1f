/**
 * Error classes of the LianLian runtime. Every error carries a stable `code` and, where one
 * applies, the `field` it concerns. Messages never include key material, signatures' inputs,
 * card, ID or phone numbers: they name the field and the rule, not the value.
 */
import { maskDigits } from './validation.js';
/** Base class of every error the runtime throws on purpose. */
export class LianLianError extends Error {
    /** Stable machine-readable code, e.g. `ENVELOPE_MAC_MISMATCH`. */
    code;
    /**
     * The parameter, envelope field or option the error concerns, when there is one. A received
     * field name can be anything, a phone number too, so long numbers in it are masked.
     */
    field;
    constructor(code, message, field) {
        super(message);
        this.name = new.target.name;
        this.code = code;
        this.field = field === undefined ? undefined : maskDigits(field);
    }
}
/** A parameter map cannot be turned into the string LianLian signs. */
export class SignSourceError extends LianLianError {
    constructor(code, message, field) {
        // The messages quote parameter names, which a caller or a received message may make digits.
        super(code, maskDigits(message), field);
    }
}
/** A key could not be loaded or is not an RSA key LianLian accepts. Never echoes the input. */
export class KeyFormatError extends LianLianError {
    constructor(code, message, field) {
        super(code, message, field);
    }
}
/** Signing was asked for with a missing, unknown or contradictory `sign_type`. */
export class SignatureError extends LianLianError {
    constructor(code, message, field) {
        super(code, message, field);
    }
}
/** A `pay_load` envelope could not be built, parsed, authenticated or decrypted. */
export class EnvelopeError extends LianLianError {
    constructor(code, message, field) {
        super(code, message, field);
    }
}
/** The runtime was configured with options it cannot work with. */
export class ConfigurationError extends LianLianError {
    constructor(code, message, field) {
        super(code, message, field);
    }
}
