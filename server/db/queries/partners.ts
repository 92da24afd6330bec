import { and, desc, eq, sql } from 'drizzle-orm';
import type { DbExecutor } from '../client.ts';
import type { AllTenants, PartnerScope } from '../scope.ts';
import { apiKeys, partners } from '../schema/partners.ts';
import { apiKeyColumns } from './api-keys.ts';

const partnerColumns = {
  id: partners.id,
  name: partners.name,
  kind: partners.kind,
  status: partners.status,
  createdAt: partners.createdAt,
  updatedAt: partners.updatedAt,
};

export type PartnerRow = Awaited<ReturnType<typeof findPartner>> & {};

/**
 * Partners and their keys are the platform admin's to manage (`AllTenants`); a partner reads its
 * own record and keys only (`PartnerScope`, filtered in the statement).
 */
const ownPartner = (scope: PartnerScope | AllTenants) => (scope.kind === 'partner' ? eq(partners.id, scope.partnerId) : undefined);

export function insertPartner(db: DbExecutor, _tenants: AllTenants, values: { id: string; name: string; kind: 'theatre' | 'aggregator' }) {
  return db.insert(partners).values(values).returning(partnerColumns).then((rows) => rows[0]!);
}

export function findPartner(db: DbExecutor, scope: PartnerScope | AllTenants, partnerId: string) {
  return db.select(partnerColumns).from(partners).where(and(eq(partners.id, partnerId), ownPartner(scope))).then((rows) => rows[0]);
}

export function listPartners(
  db: DbExecutor,
  _tenants: AllTenants,
  params: { kind?: 'theatre' | 'aggregator'; status?: 'active' | 'suspended'; limit: number; before?: string },
) {
  return db
    .select(partnerColumns)
    .from(partners)
    .where(
      and(
        params.kind === undefined ? undefined : eq(partners.kind, params.kind),
        params.status === undefined ? undefined : eq(partners.status, params.status),
        params.before === undefined ? undefined : sql`${partners.id} < ${params.before}`,
      ),
    )
    .orderBy(desc(partners.id))
    .limit(params.limit + 1);
}

/** Changes the status; undefined when the partner is missing or already had it. */
export function changePartnerStatus(db: DbExecutor, _tenants: AllTenants, partnerId: string, status: 'active' | 'suspended') {
  return db
    .update(partners)
    .set({ status, version: sql`${partners.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(partners.id, partnerId), sql`${partners.status} <> ${status}`))
    .returning(partnerColumns)
    .then((rows) => rows[0]);
}

export function listKeysOfPartner(db: DbExecutor, _tenants: AllTenants, params: { partnerId: string; limit: number; before?: string }) {
  return db
    .select(apiKeyColumns)
    .from(apiKeys)
    .where(and(eq(apiKeys.partnerId, params.partnerId), params.before === undefined ? undefined : sql`${apiKeys.id} < ${params.before}`))
    .orderBy(desc(apiKeys.id))
    .limit(params.limit + 1);
}

export function findKey(db: DbExecutor, scope: PartnerScope | AllTenants, keyId: string) {
  const ownKey = scope.kind === 'partner' ? eq(apiKeys.partnerId, scope.partnerId) : undefined;
  return db.select(apiKeyColumns).from(apiKeys).where(and(eq(apiKeys.id, keyId), ownKey)).then((rows) => rows[0]);
}
