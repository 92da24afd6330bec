import { isDeepStrictEqual } from 'node:util';
import type { DbExecutor } from '../db/client.ts';
import { newId } from '../db/ids.ts';
import { violatedUniqueConstraint } from '../db/constraint-violations.ts';
import * as queries from '../db/queries/catalogue-admin.ts';
import type { AuditWriter } from './audit.ts';
import { DomainError, notFound, type FieldIssue } from './errors.ts';
import type { CityIn, MovieIn, MoviePatch as MoviePatchIn } from '../schemas/generated/components.ts';

/** The platform's catalogue, edited by the platform admin: cities and movies. */

export type CityInput = CityIn;
export type MovieInput = MovieIn;
export type MoviePatch = MoviePatchIn;

type Changes = Record<string, { from: unknown; to: unknown }>;

/** The fields of `patch` whose value differs from `current`, as `{ field: { from, to } }`. */
function changesOf(current: Record<string, unknown>, patch: Record<string, unknown>): Changes {
  const changes: Changes = {};
  for (const [field, value] of Object.entries(patch)) {
    if (value !== undefined && !isDeepStrictEqual(current[field], value)) changes[field] = { from: current[field], to: value };
  }
  return changes;
}

function newValues(changes: Changes) {
  return Object.fromEntries(Object.entries(changes).map(([field, change]) => [field, change.to]));
}

function conflict(detail: string, issue: FieldIssue): DomainError {
  return new DomainError('conflict', { detail, issues: [issue] });
}

/**
 * Runs a write whose uniqueness the database enforces, turning a violation into a `conflict` that names
 * the field: the check is the constraint itself, so two racing requests cannot both succeed.
 */
async function rejectingDuplicates<T>(write: () => Promise<T>, describe: (constraint: string) => DomainError): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const constraint = violatedUniqueConstraint(error);
    if (constraint === undefined) throw error;
    throw describe(constraint);
  }
}

function duplicateCity(name: string, country: string) {
  return () =>
    conflict(`A city named '${name}' already exists in ${country}.`, {
      field: ['name'],
      message: 'is already the name of another city in this country',
      code: 'already_exists',
    });
}

function duplicateMovie(externalId: string | null | undefined) {
  return (constraint: string) =>
    constraint === 'movies_external_id_unique'
      ? conflict(`A movie with externalId '${externalId}' already exists.`, {
          field: ['externalId'],
          message: 'is already the external id of another movie',
          code: 'already_exists',
        })
      : new DomainError('conflict', { detail: 'The movie conflicts with an existing one.' });
}

export async function createCity(tx: DbExecutor, audit: AuditWriter, input: CityInput) {
  const city = await rejectingDuplicates(
    () => queries.insertCity(tx, { id: newId('cty'), ...input }),
    duplicateCity(input.name, input.country),
  );
  await audit({ action: 'city.created', targetType: 'city', targetIds: [city.id], details: { ...input } });
  return city;
}

/** A patch that changes nothing writes nothing: no update, no audit record. */
export async function updateCity(tx: DbExecutor, audit: AuditWriter, cityId: string, patch: Partial<Omit<CityInput, 'country'>>) {
  const current = await queries.findCityForUpdate(tx, cityId);
  if (!current) throw notFound('city', cityId);
  const changes = changesOf(current, patch);
  if (Object.keys(changes).length === 0) return current;
  const city = await rejectingDuplicates(
    () => queries.updateCity(tx, cityId, newValues(changes)),
    duplicateCity(patch.name ?? current.name, current.country),
  );
  await audit({ action: 'city.updated', targetType: 'city', targetIds: [cityId], details: changes });
  return city;
}

export function toAdminMovie(row: queries.AdminMovieRow) {
  return { ...row, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() };
}

export async function getAdminMovie(db: DbExecutor, movieId: string) {
  const movie = await queries.findAdminMovie(db, movieId);
  if (!movie) throw notFound('movie', movieId);
  return toAdminMovie(movie);
}

export async function createMovie(tx: DbExecutor, audit: AuditWriter, input: MovieInput) {
  const { localizedTitles = {}, ...fields } = input;
  const id = newId('mov');
  await rejectingDuplicates(
    () =>
      queries.insertMovie(tx, {
        id,
        ...fields,
        certification: fields.certification ?? null,
        releaseDate: fields.releaseDate ?? null,
        synopsis: fields.synopsis ?? null,
        externalId: fields.externalId ?? null,
      }),
    duplicateMovie(fields.externalId),
  );
  await queries.replaceMovieTitles(tx, id, localizedTitles);
  await audit({ action: 'movie.created', targetType: 'movie', targetIds: [id], details: { ...input } });
  return getAdminMovie(tx, id);
}

/**
 * Fields not in the patch keep their value; `localizedTitles` replaces the whole map. A real change
 * bumps the version and `updated_at` once, whatever it touched; a patch that changes nothing
 * writes nothing.
 */
export async function updateMovie(tx: DbExecutor, audit: AuditWriter, movieId: string, patch: MoviePatch) {
  const current = await queries.findAdminMovie(tx, movieId, { forUpdate: true });
  if (!current) throw notFound('movie', movieId);
  const changes = changesOf(current, patch);
  if (Object.keys(changes).length === 0) return toAdminMovie(current);
  const { localizedTitles, ...fields } = newValues(changes) as MoviePatch;
  await rejectingDuplicates(() => queries.updateMovie(tx, movieId, fields), duplicateMovie(patch.externalId));
  if (localizedTitles !== undefined) await queries.replaceMovieTitles(tx, movieId, localizedTitles);
  await audit({ action: 'movie.updated', targetType: 'movie', targetIds: [movieId], details: changes });
  return getAdminMovie(tx, movieId);
}
