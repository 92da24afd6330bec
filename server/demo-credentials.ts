import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { DbExecutor } from './db/client.ts';
import { jobAcrossTenants } from './db/scope.ts';
import { API_KEY_SCOPES, issueApiKey } from './domain/api-keys.ts';

/**
 * `<dataDir>/demo-credentials.json`, readable by its owner only: the credentials a local start
 * makes for itself (the admin key when ADMIN_API_KEY is unset, the demo partners' keys). Callers
 * log its path, never its contents.
 */
export interface DemoPartner {
  id: string;
  name: string;
  kind: string;
}

interface CredentialsFile {
  adminApiKey?: string;
  partners?: { partnerId: string; partnerName: string; kind: string; apiKeyId: string; apiKey: string }[];
}

export const credentialsPath = (dataDir: string) => resolve(dataDir, 'demo-credentials.json');

async function readCredentials(dataDir: string): Promise<CredentialsFile> {
  try {
    return JSON.parse(await readFile(credentialsPath(dataDir), 'utf8')) as CredentialsFile;
  } catch {
    return {};
  }
}

async function mergeCredentials(dataDir: string, update: CredentialsFile): Promise<string> {
  const path = credentialsPath(dataDir);
  await mkdir(dataDir, { recursive: true });
  const merged = { ...(await readCredentials(dataDir)), ...update };
  await writeFile(path, `${JSON.stringify(merged, null, 2)}\n`, { mode: 0o600 });
  await chmod(path, 0o600); // writeFile's mode applies only when it creates the file
  return path;
}

/** The admin key of a local start without ADMIN_API_KEY: made once, then read back. */
export async function localAdminApiKey(dataDir: string): Promise<{ key: string; path: string; created: boolean }> {
  const existing = (await readCredentials(dataDir)).adminApiKey;
  if (existing) return { key: existing, path: credentialsPath(dataDir), created: false };
  const key = `mq_admin_${randomBytes(40).toString('base64url')}`;
  return { key, path: await mergeCredentials(dataDir, { adminApiKey: key }), created: true };
}

/** Issues one test-environment key per demo partner and records them in the credentials file. */
export async function writeDemoCredentials(db: DbExecutor, dataDir: string, partners: DemoPartner[]): Promise<string> {
  const issued = [];
  for (const partner of partners) {
    const key = await issueApiKey(db, jobAcrossTenants, {
      partnerId: partner.id,
      name: 'demo key',
      environment: 'test',
      scopes: API_KEY_SCOPES,
      createdBy: 'demo-data',
    });
    issued.push({ partnerId: partner.id, partnerName: partner.name, kind: partner.kind, apiKeyId: key.id, apiKey: key.key });
  }
  return mergeCredentials(dataDir, { partners: issued });
}
