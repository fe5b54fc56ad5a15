import { ConfigError, readConfig } from '@caseflow/config';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { intakeConfig } from './config';
import { installErrorHandling } from './errors';
import { hostOf, installHostCheck, parseAllowedHosts } from './hosts';

describe('ALLOWED_HOSTS', () => {
  it('defaults to localhost and 127.0.0.1', () => {
    expect(readConfig(intakeConfig, {}).allowedHosts).toEqual(['localhost', '127.0.0.1']);
  });

  it('takes names and addresses, IPv6 with or without brackets, in any case', () => {
    expect(parseAllowedHosts('Intake, caseflow.example.com,::1,[fe80::1],10.0.0.7')).toEqual(['intake', 'caseflow.example.com', '[::1]', '[fe80::1]', '10.0.0.7']);
  });

  it('refuses ports, schemes, wildcards and empty entries, naming the variable', () => {
    for (const value of ['localhost:8080', 'http://intake', '*', 'a,,b', 'bad_name']) {
      expect(() => readConfig(intakeConfig, { ALLOWED_HOSTS: value }), value).toThrow(ConfigError);
      expect(() => readConfig(intakeConfig, { ALLOWED_HOSTS: value }), value).toThrow(/ALLOWED_HOSTS/);
    }
  });
});

describe('the Host header', () => {
  it('names a host with or without a port; host:port matches on the name', () => {
    expect(hostOf('localhost:8080')).toBe('localhost');
    expect(hostOf('LOCALHOST.')).toBe('localhost');
    expect(hostOf('[::1]:8080')).toBe('[::1]');
    expect(hostOf('127.0.0.1')).toBe('127.0.0.1');
  });

  it('is nothing when malformed', () => {
    for (const header of [undefined, '', 'localhost:', 'localhost:http', '[::1', '[evil]:80', 'a:b:c', 'localhost:evil.example']) expect(hostOf(header), String(header)).toBeUndefined();
  });

  it('is refused with 421 in the error format before any route runs, probes excepted', async () => {
    const app = Fastify();
    installErrorHandling(app);
    installHostCheck(app, ['caseflow.example.com', '[::1]']);
    let reached = 0;
    app.get('/v1/thing', async () => ({ reached: ++reached }));
    app.get('/healthz', async () => ({ status: 'ok' }));
    const refused = await app.inject({ method: 'GET', url: '/v1/thing', headers: { host: 'localhost:8080' } });
    expect(refused.statusCode).toBe(421);
    expect(refused.json().error).toMatchObject({ code: 'misdirected_request' });
    expect(reached).toBe(0);
    expect((await app.inject({ method: 'GET', url: '/v1/thing', headers: { host: 'CaseFlow.example.com:443' } })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/v1/thing', headers: { host: '[::1]:8080' } })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/healthz', headers: { host: '10.1.2.3:8080' } })).statusCode).toBe(200);
    await app.close();
  });
});
