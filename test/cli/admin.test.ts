import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import t from 'tap';
import { buildTestApp } from '../helpers/app.ts';

/** The admin CLI against a real listening app: onboard a partner, then call the API with its key. */
const run = promisify(execFile);
const repository = fileURLToPath(new URL('../..', import.meta.url));
const { app, adminKey } = await buildTestApp(t);
const url = await app.listen({ host: '127.0.0.1', port: 0 });

async function admin(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'server/cli/admin.ts', ...args, '--url', url], {
      cwd: repository,
      env: { ...process.env, ADMIN_API_KEY: adminKey },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

t.test('onboard a partner from the shell and call the API with its key', async (t) => {
  const created = await admin('partners', 'create', '--name', 'Shell Cinemas', '--kind', 'theatre');
  t.equal(created.code, 0, created.stderr);
  const partner = JSON.parse(created.stdout);
  t.match(partner, { id: /^ptn_/, name: 'Shell Cinemas', status: 'active' });

  const issued = await admin('keys', 'issue', partner.id, '--name', 'pos', '--scopes', 'read,inventory:write');
  t.equal(issued.code, 0, issued.stderr);
  const key = JSON.parse(issued.stdout);
  t.same(key.scopes, ['read', 'inventory:write']);

  const me = await fetch(`${url}/v1/partner`, { headers: { authorization: `Bearer ${key.secret}` } });
  t.equal(me.status, 200);
  t.equal(((await me.json()) as { partner: { id: string } }).partner.id, partner.id);

  t.equal((await admin('partners', 'suspend', partner.id)).code, 0);
  t.equal((await fetch(`${url}/v1/partner`, { headers: { authorization: `Bearer ${key.secret}` } })).status, 403);

  const audit = JSON.parse((await admin('audit', '--partner', partner.id)).stdout);
  t.same(audit.data.map((record: { action: string }) => record.action), ['partner.suspended', 'api_key.issued', 'partner.created']);
});

t.test('errors say what is wrong and exit non-zero', async (t) => {
  const invalid = await admin('partners', 'create', '--name', 'X', '--kind', 'cinema');
  t.equal(invalid.code, 1);
  t.match(invalid.stderr, /400 validation_failed/);
  t.match(invalid.stderr, /\/body\/kind/);
  const unknown = await admin('partners', 'explode');
  t.equal(unknown.code, 2);
  t.match(unknown.stderr, /unknown command: partners explode/);
  const missing = await admin('partners', 'get', 'ptn_missing');
  t.equal(missing.code, 1);
  t.match(missing.stderr, /404 not_found/);
});
