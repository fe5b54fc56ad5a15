/**
 * Webhook destinations an attacker would try, each as a URL spelling and the rule that must
 * refuse it. Shared by the tests of the address policy, of subscription creation (intake)
 * and of delivery (notification), so all three refuse the same list.
 */
export interface RefusedDestination {
  url: string;
  rule: string;
}

export const refusedDestinations: readonly RefusedDestination[] = [
  // IPv4 loopback, in every spelling the WHATWG parser turns into 127.0.0.1
  { url: 'http://127.0.0.1:5433/', rule: 'loopback' },
  { url: 'http://127.0.0.1:7233/', rule: 'loopback' },
  { url: 'http://127.1/', rule: 'loopback' },
  { url: 'http://2130706433/', rule: 'loopback' },
  { url: 'http://0x7f.1/', rule: 'loopback' },
  { url: 'http://0x7f000001/', rule: 'loopback' },
  { url: 'http://0177.0.0.1/', rule: 'loopback' },
  { url: 'http://017700000001/', rule: 'loopback' },
  { url: 'http://127.000.000.001/', rule: 'loopback' },
  { url: 'http://127.255.255.254/', rule: 'loopback' },
  { url: 'https://127.0.0.1./', rule: 'loopback' },
  { url: 'http://%31%32%37.0.0.1/', rule: 'loopback' },
  { url: 'http://localhost:8080/', rule: 'loopback' },
  { url: 'http://LOCALHOST./', rule: 'loopback' },
  { url: 'http://api.localhost/', rule: 'loopback' },
  // unspecified and broadcast
  { url: 'http://0.0.0.0/', rule: 'unspecified' },
  { url: 'http://0/', rule: 'unspecified' },
  { url: 'http://255.255.255.255/', rule: 'broadcast' },
  // link-local, cloud metadata
  { url: 'http://169.254.169.254/latest/meta-data/', rule: 'linkLocal' },
  { url: 'http://0xa9fea9fe/', rule: 'linkLocal' },
  { url: 'http://2852039166/', rule: 'linkLocal' },
  // private, shared, multicast, reserved
  { url: 'http://10.0.0.1/', rule: 'private' },
  { url: 'http://172.16.0.1/', rule: 'private' },
  { url: 'http://172.31.255.255/', rule: 'private' },
  { url: 'http://192.168.1.1/', rule: 'private' },
  { url: 'http://100.64.0.1/', rule: 'carrierGradeNat' },
  { url: 'http://224.0.0.1/', rule: 'multicast' },
  { url: 'http://239.255.255.250/', rule: 'multicast' },
  { url: 'http://240.0.0.1/', rule: 'reserved' },
  { url: 'http://192.0.2.10/', rule: 'reserved' },
  { url: 'http://198.18.0.1/', rule: 'reserved' },
  // IPv6
  { url: 'http://[::1]/', rule: 'loopback' },
  { url: 'http://[0:0:0:0:0:0:0:1]/', rule: 'loopback' },
  { url: 'http://[::]/', rule: 'unspecified' },
  { url: 'http://[fe80::1]/', rule: 'linkLocal' },
  { url: 'http://[fc00::1]/', rule: 'uniqueLocal' },
  { url: 'http://[fd12:3456:789a::1]/', rule: 'uniqueLocal' },
  { url: 'http://[ff02::1]/', rule: 'multicast' },
  { url: 'http://[fec0::1]/', rule: 'deprecatedSiteLocal' },
  { url: 'http://[2001:db8::1]/', rule: 'reserved' },
  { url: 'http://[100::1]/', rule: 'discard' },
  // IPv6 spellings of refused IPv4 addresses: judged by the address inside
  { url: 'http://[::ffff:127.0.0.1]/', rule: 'loopback' },
  { url: 'http://[::ffff:7f00:1]/', rule: 'loopback' },
  { url: 'http://[::ffff:169.254.169.254]/', rule: 'linkLocal' },
  { url: 'http://[::ffff:10.1.2.3]/', rule: 'private' },
  { url: 'http://[::ffff:0:127.0.0.1]/', rule: 'loopback' },
  { url: 'http://[64:ff9b::127.0.0.1]/', rule: 'loopback' },
  { url: 'http://[64:ff9b::a9fe:a9fe]/', rule: 'linkLocal' },
  { url: 'http://[64:ff9b:1::808:808]/', rule: 'nat64LocalUse' },
  { url: 'http://[2002:7f00:1::]/', rule: 'loopback' },
  { url: 'http://[2002:c0a8:101::1]/', rule: 'private' },
  { url: 'http://[::127.0.0.1]/', rule: 'ipv4Compatible' },
  { url: 'http://[::8.8.8.8]/', rule: 'ipv4Compatible' },
  { url: 'http://[2001::1]/', rule: 'teredo' },
];

/** Public destinations that must stay allowed (literal addresses: nothing is resolved). */
export const allowedDestinations: readonly string[] = [
  'http://8.8.8.8/',
  'https://1.1.1.1/hooks',
  'http://93.184.215.14:8443/',
  'http://[2606:4700:4700::1111]/',
  'http://[2a00:1450:4001:82a::200e]/',
  'http://[::ffff:8.8.8.8]/',
  'http://[64:ff9b::808:808]/',
  'http://[2002:808:808::1]/',
];
