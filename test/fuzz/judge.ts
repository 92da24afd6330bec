import { documentedStatus, type Contract, type ContractOperation } from './contract.ts';

/**
 * An answer judged against the contract: never a 5xx, a status the operation documents, a body
 * that validates against the schema documented for that status and media type (none for a 204 or
 * 304), a `request-id` header, and a problem's `requestId` equal to it.
 */

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

const NO_CONTENT = new Set([204, 304]);

export interface Verdict {
  reasons: string[];
}

/** What is wrong with an answer, by the contract; no reasons when nothing is. */
export function judge(contract: Contract, operation: ContractOperation, answer: Answer): Verdict {
  const reasons: string[] = [];
  if (answer.status >= 500) reasons.push(`answered ${answer.status}: a 5xx`);
  if (!/^req_[0-9A-Z]{26}$/.test(String(answer.headers['request-id'] ?? ''))) reasons.push('no request-id header');
  const contentType = answer.headers['content-type'];
  const mediaType = contentType === undefined ? undefined : String(contentType).split(';')[0]!.trim().toLowerCase();
  const documented = documentedStatus(operation, answer.status);
  if (documented === undefined) {
    reasons.push(`status ${answer.status} is not documented for ${operation.operationId} (documented: ${[...operation.responses.keys()].join(', ')})`);
    return { reasons };
  }
  const media = operation.responses.get(documented)!;
  if (NO_CONTENT.has(answer.status) || media.size === 0) {
    if (answer.body.length > 0) reasons.push(`a ${answer.status} with a body (${answer.body.length} bytes) where the contract documents none`);
    if (NO_CONTENT.has(answer.status) && mediaType !== undefined) reasons.push(`a ${answer.status} with content-type ${mediaType}`);
    return { reasons };
  }
  if (mediaType === undefined || !media.has(mediaType)) {
    reasons.push(`content-type ${String(mediaType)} is not documented for ${answer.status} (documented: ${[...media.keys()].join(', ')})`);
    return { reasons };
  }
  const validate = contract.bodyValidator(operation, documented, mediaType);
  let body: unknown;
  try {
    body = JSON.parse(answer.body);
  } catch {
    reasons.push(`the ${answer.status} body is not JSON`);
    return { reasons };
  }
  if (validate && !validate(body)) {
    const errors = (validate.errors ?? []).slice(0, 5).map((error) => `${error.instancePath || '/'} ${error.message}`);
    reasons.push(`the ${answer.status} body does not match the documented schema: ${errors.join('; ')}`);
  }
  // A replay is the first answer byte for byte, its requestId the first request's.
  const replayed = answer.headers['idempotent-replayed'] === 'true';
  if (answer.status >= 400 && !replayed && (body as { requestId?: unknown }).requestId !== answer.headers['request-id']) reasons.push('the problem\'s requestId is not the request-id header');
  return { reasons };
}
