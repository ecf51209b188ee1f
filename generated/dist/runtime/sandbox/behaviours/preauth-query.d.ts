/**
 * The Pre-authorized order status query: answers with the status code of the sandbox's record of
 * the pre-authorisation (state/preauths.ts), which capture and cancel keep current. Its ret_msg is
 * the code's meaning in the spec (the status codes are not in LianLian's return-code list).
 */
import { type SandboxBehaviour } from '../behaviour.js';
export declare const preauthQuery: SandboxBehaviour;
