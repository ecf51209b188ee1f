import { DIAGNOSE_MAX_MESSAGE_BYTES, DIAGNOSE_MAX_MESSAGE_FIELDS, DIAGNOSE_MAX_PUBLIC_KEYS, DIAGNOSE_MAX_RECOMPUTATIONS, diagnoseSignature, } from '../diagnose/diagnose.js';
import { formatDiagnosis } from '../diagnose/format.js';
import { loadPrivateKey, loadPublicKey } from '../crypto/keys.js';
const USAGE = `Usage: lianlian diagnose request FILE --key PRIVATE [--public-key PUBLIC] [--content-type TYPE]
       lianlian diagnose notification FILE --public-key LIANLIAN [--public-key ANOTHER ...] [--content-type TYPE]

Explains why a signature does not verify. FILE (or stdin when FILE is "-" or absent) holds the
message as you have it: a JSON body, a form-encoded body, or a raw HTTP request dump (request
line, headers, blank line, body). Prints "valid", or each cause that explains the failure, most
likely first, each proven by a recomputation under which the signature verifies, or, when
nothing explains it, the sign source character by character with the hex of every non-ASCII and
invisible character. Card, ID and phone numbers are masked; keys are never printed.

Causes tried: "+" in sign turned into a space; sign still URL-encoded or wrapped in lines; your
public key not belonging to your private key (request); sign_type naming another algorithm than
the one used; LianLian's other key after a rotation (notification); a field added after signing;
query and body parameters merged (HTTP dumps with a query string); an amount re-rendered by a
JSON library (10.00 sent as 10); a JSON value such as risk_item re-serialised with other spacing
or escaping; an empty value included in the signed string.

Bounded work: at most ${DIAGNOSE_MAX_RECOMPUTATIONS} recomputations (one hash of a candidate sign source each)
and 33 RSA operations, for messages of at most ${DIAGNOSE_MAX_MESSAGE_BYTES} bytes and ${DIAGNOSE_MAX_MESSAGE_FIELDS} fields and at most
${DIAGNOSE_MAX_PUBLIC_KEYS} public keys.

  request              a request you signed that LianLian answered with 1001
  notification         a response or notification from LianLian that does not verify
  --key PRIVATE        request: your private key (PEM PKCS#1/PKCS#8, bare base64 PKCS#8)
  --public-key FILE    request: the public key you uploaded to LianLian, checked against --key;
                       notification: LianLian's key your verifier uses, then any other
                       (rotation), repeatable
  --content-type TYPE  the body's content type (default: the dump's header, else JSON when the
                       body starts with "{", form otherwise)

Exit status: 0 valid, 1 not valid, 2 usage or input error.`;
/** Builds the command with the CLI's I/O. */
export function createDiagnoseCommand(io) {
    return {
        usage: USAGE,
        maxPositionals: 2,
        options: {
            help: { type: 'boolean', short: 'h' },
            key: { type: 'string', short: 'k' },
            'public-key': { type: 'string', short: 'p', multiple: true },
            'content-type': { type: 'string' },
        },
        run(values, _first, positionals) {
            const [mode, file] = positionals;
            const publicFiles = values['public-key'] ?? [];
            const contentType = values['content-type'];
            const typeOption = contentType === undefined ? {} : { contentType };
            let options;
            if (mode === 'request') {
                const keyFile = values.key;
                if (typeof keyFile !== 'string' || keyFile === '') {
                    throw io.usageError('--key PRIVATE is required in request mode', 'key');
                }
                if (publicFiles.length > 1) {
                    throw io.usageError('request mode takes at most one --public-key', 'public-key');
                }
                const privateKey = loadPrivateKey(io.readKeyFile(keyFile));
                const publicFile = publicFiles[0];
                options =
                    publicFile === undefined
                        ? { mode, privateKey, ...typeOption }
                        : {
                            mode,
                            privateKey,
                            publicKey: loadPublicKey(io.readKeyFile(publicFile)),
                            ...typeOption,
                        };
            }
            else if (mode === 'notification') {
                if (values.key !== undefined) {
                    throw io.usageError('notification mode takes --public-key, not --key', 'key');
                }
                if (publicFiles.length === 0) {
                    throw io.usageError('--public-key LIANLIAN is required in notification mode', 'public-key');
                }
                const publicKeys = publicFiles.map((path) => loadPublicKey(io.readKeyFile(path)));
                options = { mode, publicKeys, ...typeOption };
            }
            else {
                throw io.usageError('expected "request" or "notification"; run "lianlian diagnose --help"');
            }
            const diagnosis = diagnoseSignature(io.readInput(file === '-' ? undefined : file), options);
            process.stdout.write(formatDiagnosis(diagnosis));
            return diagnosis.ok ? 0 : 1;
        },
    };
}
