import type { components, operations } from './generated/schema.ts';

/**
 * Request and response types of an operation, read off the contract's generated types by
 * operationId. Nothing here restates a schema: change the contract and these change with it.
 */
export type OperationId = keyof operations;
type Operation<Id extends OperationId> = operations[Id];

type JsonContent<Part> = Part extends { content: { 'application/json': infer Body } } ? Body : never;

/** The JSON body an operation accepts. */
export type RequestBody<Id extends OperationId> = Operation<Id> extends { requestBody: infer Part }
  ? JsonContent<NonNullable<Part>>
  : never;

/** The query parameters an operation accepts. */
export type QueryParams<Id extends OperationId> = Operation<Id>['parameters'] extends { query?: infer Query }
  ? NonNullable<Query>
  : never;

type SuccessStatus = 200 | 201 | 202 | 204;
/** The body of an operation's success answer (`undefined` for 204 No Content). */
export type ResponseBody<Id extends OperationId> = {
  [Status in keyof Operation<Id>['responses'] & SuccessStatus]: Status extends 204
    ? undefined
    : JsonContent<Operation<Id>['responses'][Status]>;
}[keyof Operation<Id>['responses'] & SuccessStatus];

/** The item type of a list operation's `data`. */
export type ListItem<Id extends OperationId> = ResponseBody<Id> extends { data: (infer Item)[] } ? Item : never;

export type Schemas = components['schemas'];
/** Every contract schema by name: `Schema<'Booking'>`. */
export type Schema<Name extends keyof Schemas> = Schemas[Name];
export type Problem = Schemas['Problem'];
/** Every stable error `code` the API may answer with. */
export type ProblemCode = Problem['code'];
export type ValidationIssue = Schemas['ValidationIssue'];
export type EventType = Schemas['EventTypeName'];

/** The type of one path parameter of an operation. */
export type PathParam<Id extends OperationId, Name extends string> = Operation<Id>['parameters'] extends {
  path: infer Path;
}
  ? Name extends keyof Path
    ? Path[Name]
    : never
  : never;
