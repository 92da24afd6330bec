import { Type } from '@sinclair/typebox';
import { Nullable, listOf } from './common.ts';
import { StringEnum } from './enum.ts';
import { API_KEY_SCOPES } from '../domain/api-keys.ts';

const Timestamp = Type.String({ format: 'date-time' });

export const PartnerIn = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    kind: StringEnum(['theatre', 'aggregator']),
  },
  { $id: 'PartnerIn', additionalProperties: false },
);

export const Partner = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    kind: StringEnum(['theatre', 'aggregator']),
    status: StringEnum(['active', 'suspended']),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  { $id: 'Partner', additionalProperties: false },
);
export const PartnerList = listOf(Partner, 'PartnerList');

const Scope = StringEnum(API_KEY_SCOPES);

export const ApiKeyIn = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 100 }),
    scopes: Type.Array(Scope, { minItems: 1, uniqueItems: true }),
  },
  { $id: 'ApiKeyIn', additionalProperties: false },
);

const apiKeyProperties = {
  id: Type.String(),
  partnerId: Type.String(),
  name: Type.String(),
  prefix: Type.String(),
  scopes: Type.Array(Scope),
  environment: StringEnum(['live', 'test']),
  createdAt: Timestamp,
  lastUsedAt: Nullable(Timestamp),
  revokedAt: Nullable(Timestamp),
};

export const ApiKey = Type.Object(apiKeyProperties, { $id: 'ApiKey', additionalProperties: false });
export const ApiKeyList = listOf(ApiKey, 'ApiKeyList');

/**
 * The only response that ever carries a key's secret. An idempotent replay answers `secret: null`:
 * the secret is never stored, so a client that lost the first answer revokes this key and issues
 * another.
 */
export const IssuedApiKey = Type.Object(
  { ...apiKeyProperties, secret: Nullable(Type.String()) },
  { $id: 'IssuedApiKey', additionalProperties: false },
);

export const CallingPartner = Type.Object(
  {
    partner: Type.Ref(Partner),
    apiKey: Type.Ref(ApiKey),
  },
  { $id: 'CallingPartner', additionalProperties: false },
);

export const AuditRecord = Type.Object(
  {
    id: Type.String(),
    actorType: StringEnum(['admin', 'partner', 'customer', 'system']),
    actorId: Nullable(Type.String()),
    partnerId: Nullable(Type.String()),
    apiKeyId: Nullable(Type.String()),
    action: Type.String(),
    targetType: Type.String(),
    targetIds: Type.Array(Type.String()),
    requestId: Nullable(Type.String()),
    details: Nullable(Type.Object({}, { additionalProperties: true })),
    createdAt: Timestamp,
  },
  { $id: 'AuditRecord', additionalProperties: false },
);
export const AuditRecordList = listOf(AuditRecord, 'AuditRecordList');
