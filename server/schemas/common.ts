import { Type, type TSchema } from '@sinclair/typebox';
import { problemTitles, type ProblemCode } from '../domain/errors.ts';
import { StringEnum } from './enum.ts';

/** One invalid field of a request; `path` is a JSON Pointer into the request part (`/query/limit`). */
export const ValidationIssue = Type.Object(
  {
    path: Type.String(),
    message: Type.String(),
    code: Type.String(),
  },
  { $id: 'ValidationIssue', additionalProperties: false },
);

/** RFC 9457 problem details, the body of every error response. */
export const Problem = Type.Object(
  {
    type: Type.String({ format: 'uri-reference' }),
    title: Type.String(),
    status: Type.Integer({ minimum: 400, maximum: 599 }),
    detail: Type.String(),
    code: StringEnum(Object.keys(problemTitles) as ProblemCode[]),
    requestId: Type.String(),
    errors: Type.Optional(Type.Array(Type.Ref(ValidationIssue))),
    conflicts: Type.Optional(Type.Array(Type.String())),
    /** `best_available_unavailable`: the best-available requests that would be met instead (`BestAvailableAlternative`). */
    alternatives: Type.Optional(Type.Array(Type.Object(
      { category: Type.String(), quantity: Type.Integer({ minimum: 1 }), together: Type.Boolean() },
      { additionalProperties: false },
    ))),
    /** A hold's `seats_unavailable`: free seats of the same categories nearest those asked for. */
    availableNearby: Type.Optional(Type.Array(Type.String(), { maxItems: 20 })),
  },
  { $id: 'Problem', additionalProperties: false },
);

export const Money = Type.Object(
  {
    amount: Type.Integer({ minimum: 0 }),
    currency: Type.String({ pattern: '^[A-Z]{3}$' }),
  },
  { $id: 'Money', additionalProperties: false },
);

export const NextCursor = Type.Union([Type.String(), Type.Null()]);

/** The list envelope every collection endpoint returns. */
export function listOf<T extends TSchema>(item: T, $id: string) {
  return Type.Object(
    { data: Type.Array(Type.Ref(item)), nextCursor: NextCursor },
    { $id, additionalProperties: false },
  );
}

export const PaginationQuery = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
  cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 512 })),
};

export const LocalDate = Type.String({ format: 'date' });
export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** Headers of every state-changing POST: other headers pass, so no `additionalProperties: false`. */
export const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.Optional(
    Type.String({
      pattern: '^[\\x21-\\x7e]{1,255}$',
      description: 'Makes a retry of this request safe: the first response is replayed for 24 hours.',
    }),
  ),
});

/** Headers of partner updates: `If-Match` makes the write conditional on an ETag. */
export const IfMatchHeaders = Type.Object({
  'if-match': Type.Optional(
    Type.String({ maxLength: 1000, description: 'The ETag last read: the write applies only if the resource still has it.' }),
  ),
});
