import { DomainError } from './errors.ts';

/**
 * Optimistic concurrency for partner resources. The ETag names the resource and its version
 * column, so an update guarded by `If-Match` is one statement: `… WHERE id = $1 AND version = $2`.
 */
export function etagOf(resource: { id: string; version: number }): string {
  return `"${resource.id}.${resource.version}"`;
}

/**
 * The version an `If-Match` header expects for this resource: undefined when there is no
 * condition (`*` or no header). An ETag of another resource or another shape can never match.
 */
export function expectedVersion(ifMatch: string | undefined, resourceId: string): number | undefined {
  if (ifMatch === undefined || ifMatch.trim() === '*') return undefined;
  for (const candidate of ifMatch.split(',')) {
    const match = /^\s*(?:W\/)?"([^".]+)\.(\d{1,9})"\s*$/.exec(candidate);
    if (match && match[1] === resourceId) return Number(match[2]);
  }
  throw staleEtag(resourceId);
}

export function staleEtag(resourceId: string): DomainError {
  return new DomainError('precondition_failed', { detail: `'${resourceId}' has changed since that ETag was read; fetch it again and retry.` });
}
