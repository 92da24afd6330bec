import { chmod, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { DbExecutor } from './db/client.ts';
import { API_KEY_SCOPES, issueApiKey } from './domain/api-keys.ts';

export interface DemoPartner {
  id: string;
  name: string;
  kind: string;
}

/**
 * Issues one test-environment key per demo partner and writes them, readable by the owner only,
 * to `<dataDir>/demo-credentials.json`. Returns the path: the path is logged, never a secret.
 */
export async function writeDemoCredentials(db: DbExecutor, dataDir: string, partners: DemoPartner[]): Promise<string> {
  const credentials = [];
  for (const partner of partners) {
    const issued = await issueApiKey(db, {
      partnerId: partner.id,
      name: 'demo key',
      environment: 'test',
      scopes: API_KEY_SCOPES,
      createdBy: 'demo-data',
    });
    credentials.push({ partnerId: partner.id, partnerName: partner.name, kind: partner.kind, apiKeyId: issued.id, apiKey: issued.key });
  }
  const path = resolve(dataDir, 'demo-credentials.json');
  await writeFile(path, `${JSON.stringify({ partners: credentials }, null, 2)}\n`, { mode: 0o600 });
  await chmod(path, 0o600); // writeFile's mode applies only when it creates the file
  return path;
}
