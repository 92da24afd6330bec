import t from 'tap';
import { isPublicAddress, resolveSafeTarget, UnsafeTargetError } from '../../webhooks/target-guard.ts';

const strict = { allowHttp: false, allowPrivateTargets: false };
const relaxed = { allowHttp: true, allowPrivateTargets: true };

async function refusal(url: string, policy = strict): Promise<string> {
  try {
    await resolveSafeTarget(url, policy);
  } catch (error) {
    if (error instanceof UnsafeTargetError) return error.reason;
    throw error;
  }
  return 'accepted';
}

/** One address from each range that is not a public web server. */
const forbidden: Array<[string, string]> = [
  ['0.0.0.0', 'unspecified'],
  ['0.1.2.3', 'this network'],
  ['10.1.2.3', 'RFC 1918 10/8'],
  ['100.64.0.1', 'CGNAT'],
  ['100.127.255.254', 'CGNAT top'],
  ['127.0.0.1', 'loopback'],
  ['127.255.0.9', 'loopback /8'],
  ['169.254.169.254', 'cloud metadata'],
  ['169.254.1.1', 'link-local'],
  ['172.16.0.1', 'RFC 1918 172.16/12'],
  ['172.31.255.255', 'RFC 1918 172.16/12 top'],
  ['192.0.0.170', 'IETF assignments'],
  ['192.0.2.1', 'TEST-NET-1'],
  ['192.168.1.1', 'RFC 1918 192.168/16'],
  ['198.18.0.1', 'benchmarking'],
  ['198.51.100.7', 'TEST-NET-2'],
  ['203.0.113.9', 'TEST-NET-3'],
  ['224.0.0.1', 'multicast'],
  ['239.255.255.250', 'multicast SSDP'],
  ['240.0.0.1', 'reserved'],
  ['255.255.255.255', 'broadcast'],
  ['[::]', 'IPv6 unspecified'],
  ['[::1]', 'IPv6 loopback'],
  ['[::ffff:127.0.0.1]', 'IPv4-mapped loopback'],
  ['[::ffff:169.254.169.254]', 'IPv4-mapped metadata'],
  ['[::ffff:10.0.0.1]', 'IPv4-mapped private'],
  ['[::ffff:a9fe:a9fe]', 'IPv4-mapped metadata, hex form'],
  ['[::127.0.0.1]', 'IPv4-compatible'],
  ['[64:ff9b::7f00:1]', 'NAT64 of loopback'],
  ['[2002:7f00:1::1]', '6to4 of loopback'],
  ['[2001:db8::1]', 'documentation'],
  ['[2001::1]', 'Teredo'],
  ['[fc00::1]', 'unique local fc00::/7'],
  ['[fd12:3456::1]', 'unique local fd'],
  ['[fd00:ec2::254]', 'AWS metadata over IPv6'],
  ['[fe80::1]', 'link-local'],
  ['[febf::1]', 'link-local top'],
  ['[fec0::1]', 'site-local'],
  ['[ff02::1]', 'multicast'],
  ['[100::1]', 'discard-only'],
  ['[4000::1]', 'unallocated, outside 2000::/3'],
];

t.test('every forbidden range is refused, and allowed once private targets are', async (t) => {
  for (const [host, label] of forbidden) {
    t.equal(await refusal(`https://${host}/hooks`), 'private_address', `${label} (${host})`);
    const target = await resolveSafeTarget(`https://${host}/hooks`, relaxed);
    t.equal(target.url.pathname, '/hooks', `${label} passes with WEBHOOK_ALLOW_PRIVATE_TARGETS`);
  }
});

t.test('public addresses pass and come back to be pinned', async (t) => {
  const v4 = await resolveSafeTarget('https://93.184.215.14:8443/hooks?x=1', strict);
  t.same({ address: v4.address, family: v4.family, host: v4.url.host, href: v4.url.href },
    { address: '93.184.215.14', family: 4, host: '93.184.215.14:8443', href: 'https://93.184.215.14:8443/hooks?x=1' });
  const v6 = await resolveSafeTarget('https://[2606:4700::6810:84e5]/', strict);
  t.same({ address: v6.address, family: v6.family }, { address: '2606:4700::6810:84e5', family: 6 });
  for (const address of ['8.8.8.8', '100.63.255.255', '100.128.0.0', '172.32.0.1', '169.253.255.255', '198.20.0.1', '223.255.255.255']) {
    t.ok(isPublicAddress(address, 4), `${address} is just outside a forbidden range`);
  }
  t.ok(isPublicAddress('::ffff:8.8.8.8', 6), 'a mapped public IPv4 address is public');
  t.ok(isPublicAddress('2a00:1450:4001::200e', 6), 'global unicast IPv6');
});

t.test('hostnames are resolved and every address they give is checked', async (t) => {
  t.equal(await refusal('https://localhost/hooks'), 'private_address', 'localhost resolves to loopback');
  t.equal(await refusal('https://LocalHost/hooks'), 'private_address', 'the case of the name changes nothing');
  const local = await resolveSafeTarget('http://localhost:8080/hooks', relaxed);
  t.ok(['127.0.0.1', '::1'].includes(local.address), `pinned to ${local.address}`);
  t.equal(local.url.hostname, 'localhost', 'the hostname stays for the Host header and SNI');
  t.equal(await refusal('https://does-not-exist.invalid/hooks'), 'unresolvable', 'RFC 6761 .invalid never resolves');
  // Alternative spellings of 127.0.0.1 that URL parsing normalises before any lookup.
  for (const spelling of ['0x7f000001', '2130706433', '017700000001', '127.1']) {
    t.equal(await refusal(`https://${spelling}/`), 'private_address', spelling);
  }
});

t.test('the URL itself must be absolute https without credentials', async (t) => {
  t.equal(await refusal('http://93.184.215.14/hooks'), 'scheme_not_allowed', 'http without the flag');
  t.equal(await refusal('http://93.184.215.14/hooks', { allowHttp: false, allowPrivateTargets: true }), 'scheme_not_allowed', 'relaxing addresses does not relax the scheme');
  t.equal((await resolveSafeTarget('http://93.184.215.14/hooks', { allowHttp: true, allowPrivateTargets: false })).address, '93.184.215.14', 'http with WEBHOOK_ALLOW_HTTP');
  t.equal(await refusal('http://127.0.0.1/hooks', { allowHttp: true, allowPrivateTargets: false }), 'private_address', 'allowing http does not allow private targets');
  for (const scheme of ['ftp://93.184.215.14/', 'file:///etc/passwd', 'gopher://93.184.215.14/', 'javascript:alert(1)', 'data:text/plain,hi']) {
    t.equal(await refusal(scheme, relaxed), 'scheme_not_allowed', scheme);
  }
  t.equal(await refusal('https://user:pw@93.184.215.14/'), 'credentials_not_allowed', 'user and password');
  t.equal(await refusal('https://user@93.184.215.14/'), 'credentials_not_allowed', 'user only');
  for (const relative of ['/hooks', 'example.com/hooks', '', 'https://']) {
    t.equal(await refusal(relative), 'invalid_url', JSON.stringify(relative));
  }
  const error = await resolveSafeTarget('https://10.0.0.5/', strict).catch((e: unknown) => e);
  t.ok(error instanceof UnsafeTargetError);
  t.notMatch((error as Error).message, '10.0.0.5', 'the message never echoes the address');
});
