import type { DbExecutor } from '../db/client.ts';
import { newId } from '../db/ids.ts';
import * as queries from '../db/queries/partners.ts';
import { revokePartnerKey } from '../db/queries/api-keys.ts';
import type { AllTenants, PartnerScope } from '../db/scope.ts';
import { issueApiKey, type ApiKeyEnvironment, type ApiKeyScope } from './api-keys.ts';
import type { AuditWriter } from './audit.ts';
import { notFound } from './errors.ts';
import { decodeCursor, pageOf } from './pagination.ts';
import type { Partner, PartnerIn } from '../schemas/generated/components.ts';

type PartnerKind = Partner['kind'];
type PartnerStatus = Partner['status'];

const iso = (value: Date | null) => (value === null ? null : value.toISOString());

export function toPartner(row: queries.PartnerRow) {
  return { ...row, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() };
}

type KeyRow = NonNullable<Awaited<ReturnType<typeof queries.findKey>>>;

export function toApiKey(row: KeyRow) {
  return {
    ...row,
    scopes: row.scopes as ApiKeyScope[],
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: iso(row.lastUsedAt),
    revokedAt: iso(row.revokedAt),
  };
}

export async function createPartner(tx: DbExecutor, audit: AuditWriter, admin: AllTenants, input: PartnerIn) {
  const partner = await queries.insertPartner(tx, admin, { id: newId('ptn'), ...input });
  await audit({ action: 'partner.created', targetType: 'partner', targetIds: [partner.id], partnerId: partner.id, details: input });
  return toPartner(partner);
}

export async function getPartner(db: DbExecutor, scope: PartnerScope | AllTenants, partnerId: string) {
  const partner = await queries.findPartner(db, scope, partnerId);
  if (!partner) throw notFound('partner', partnerId);
  return toPartner(partner);
}

export async function listPartners(
  db: DbExecutor,
  admin: AllTenants,
  params: { kind?: PartnerKind; status?: PartnerStatus; limit: number; cursor?: string },
) {
  const before = decodeCursor(params.cursor, 1) as [string] | undefined;
  const rows = await queries.listPartners(db, admin, { ...params, before: before?.[0] });
  return pageOf(rows, params.limit, (row) => [row.id], toPartner);
}

/** Suspension takes effect on the partner's next request: every request reads the status. */
export async function setPartnerStatus(tx: DbExecutor, audit: AuditWriter, admin: AllTenants, partnerId: string, status: PartnerStatus) {
  const partner = await queries.changePartnerStatus(tx, admin, partnerId, status);
  // Asking for the status it already has changes nothing, and so records nothing.
  if (!partner) return getPartner(tx, admin, partnerId);
  await audit({
    action: status === 'suspended' ? 'partner.suspended' : 'partner.reinstated',
    targetType: 'partner',
    targetIds: [partnerId],
    partnerId,
  });
  return toPartner(partner);
}

export async function issuePartnerKey(
  tx: DbExecutor,
  audit: AuditWriter,
  admin: AllTenants,
  params: { partnerId: string; name: string; scopes: ApiKeyScope[]; environment: ApiKeyEnvironment; createdBy: string },
) {
  await getPartner(tx, admin, params.partnerId);
  const issued = await issueApiKey(tx, admin, params);
  const key = (await queries.findKey(tx, admin, issued.id))!;
  // The secret goes to the caller once and nowhere else: not into the audit record, not into logs.
  await audit({
    action: 'api_key.issued',
    targetType: 'api_key',
    targetIds: [issued.id],
    partnerId: params.partnerId,
    details: { name: params.name, prefix: issued.prefix, scopes: params.scopes },
  });
  return { ...toApiKey(key), secret: issued.key };
}

export async function listPartnerKeys(db: DbExecutor, admin: AllTenants, params: { partnerId: string; limit: number; cursor?: string }) {
  await getPartner(db, admin, params.partnerId);
  const before = decodeCursor(params.cursor, 1) as [string] | undefined;
  const rows = await queries.listKeysOfPartner(db, admin, { ...params, before: before?.[0] });
  return pageOf(rows, params.limit, (row) => [row.id], toApiKey);
}

export async function revokeKey(tx: DbExecutor, audit: AuditWriter, admin: AllTenants, partnerId: string, keyId: string) {
  const key = await revokePartnerKey(tx, admin, partnerId, keyId);
  if (!key) throw notFound('API key', keyId);
  await audit({ action: 'api_key.revoked', targetType: 'api_key', targetIds: [keyId], partnerId, details: { prefix: key.prefix } });
  return toApiKey(key);
}

/** The calling partner's own record and the key it called with. */
export async function describeCaller(db: DbExecutor, scope: PartnerScope, keyId: string) {
  const [partner, key] = await Promise.all([getPartner(db, scope, scope.partnerId), queries.findKey(db, scope, keyId)]);
  return { partner, apiKey: toApiKey(key!) };
}
