import { Type } from '@sinclair/typebox';
import { StringEnum } from './enum.ts';

export const Health = Type.Object(
  { status: StringEnum(['ok']) },
  { $id: 'Health', additionalProperties: false },
);

const DependencyState = StringEnum(['up', 'down']);

export const Readiness = Type.Object(
  {
    status: StringEnum(['ready', 'not_ready']),
    checks: Type.Object(
      { database: DependencyState, redis: DependencyState },
      { additionalProperties: false },
    ),
  },
  { $id: 'Readiness', additionalProperties: false },
);
