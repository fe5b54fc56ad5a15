import { describe, expect, it } from 'vitest';
import { ConfigError, integer, keyRing, listenAddress, port, readConfig, string, url, urlList } from './config';
import { commonConfig } from './common';
import { tracingConfig } from './tracing';

describe('readConfig', () => {
  it('uses defaults when variables are unset', () => {
    const config = readConfig(commonConfig, {});
    expect(config.temporalAddress).toBe('127.0.0.1:7233');
    expect(config.logLevel).toBe('info');
  });

  it('names every bad variable in one error', () => {
    const spec = { port: port('PORT', 8080), db: url('DATABASE_URL', ['postgres:']), name: string('NAME') };
    let error: unknown;
    try {
      readConfig(spec, { PORT: '80a', DATABASE_URL: 'http://x' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const { problems } = error as ConfigError;
    expect(problems).toHaveLength(3);
    expect(problems[0]).toContain('PORT must be an integer');
    expect(problems[1]).toContain('DATABASE_URL must use postgres:');
    expect(problems[2]).toBe('NAME is required');
  });

  it('enforces integer bounds', () => {
    expect(() => readConfig({ n: integer('N', { min: 1, max: 3 }) }, { N: '4' })).toThrow('N must be ≤ 3');
    expect(() => readConfig({ p: port('PORT') }, { PORT: '70000' })).toThrow('PORT must be ≤ 65535');
  });

  it('parses a comma-separated URL list and rejects a non-http entry', () => {
    const spec = { hooks: urlList('HOOKS', ['http:', 'https:']) };
    expect(readConfig(spec, { HOOKS: 'http://a.test/x, https://b.test' }).hooks).toEqual(['http://a.test/x', 'https://b.test/']);
    expect(readConfig(spec, {}).hooks).toEqual([]);
    expect(() => readConfig(spec, { HOOKS: 'ftp://a.test' })).toThrow('HOOKS must use http: or https:');
  });
});

describe('listenAddress', () => {
  const spec = { metrics: listenAddress('METRICS_ADDRESS', '127.0.0.1:9401') };

  it('takes host:port, falls back when unset and turns into undefined for off', () => {
    expect(readConfig(spec, {}).metrics).toBe('127.0.0.1:9401');
    expect(readConfig(spec, { METRICS_ADDRESS: '0.0.0.0:9500' }).metrics).toBe('0.0.0.0:9500');
    expect(readConfig(spec, { METRICS_ADDRESS: 'off' }).metrics).toBeUndefined();
    expect(readConfig(spec, { METRICS_ADDRESS: 'OFF' }).metrics).toBeUndefined();
  });

  it('rejects anything else, naming the variable', () => {
    expect(() => readConfig(spec, { METRICS_ADDRESS: '9500' })).toThrow('METRICS_ADDRESS must be host:port, got "9500"');
  });
});

describe('keyRing', () => {
  const key = (byte: number) => Buffer.alloc(32, byte).toString('base64');

  it('parses id:base64 entries in order, newest first, and is empty when unset', () => {
    const ring = readConfig({ ring: keyRing('KEYS') }, { KEYS: `k2:${key(2)}, k1:${key(1)}` }).ring;
    expect(ring.map((entry) => entry.id)).toEqual(['k2', 'k1']);
    expect(ring[0]?.key).toEqual(new Uint8Array(32).fill(2));
    expect(readConfig({ ring: keyRing('KEYS') }, {}).ring).toEqual([]);
  });

  it('rejects short keys, malformed entries and repeated ids, naming the variable', () => {
    expect(() => readConfig({ ring: keyRing('KEYS') }, { KEYS: `k1:${Buffer.alloc(16).toString('base64')}` })).toThrow('KEYS key "k1" must be 32 bytes');
    expect(() => readConfig({ ring: keyRing('KEYS') }, { KEYS: 'no-colon' })).toThrow('KEYS entry 1 must be <id>:<base64 key>');
    expect(() => readConfig({ ring: keyRing('KEYS') }, { KEYS: `a:${key(1)},a:${key(2)}` })).toThrow('KEYS names key "a" twice');
  });
});

describe('tracingConfig', () => {
  it('is off without OTEL_EXPORTER_OTLP_ENDPOINT and names the process by default', () => {
    expect(readConfig(tracingConfig('caseflow-intake'), {}).tracing).toEqual({ otlpEndpoint: undefined, serviceName: 'caseflow-intake' });
  });

  it('takes an OTLP/HTTP base URL and a service name', () => {
    const { tracing } = readConfig(tracingConfig('caseflow-intake'), { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_SERVICE_NAME: 'intake-eu' });
    expect(tracing).toEqual({ otlpEndpoint: 'http://collector:4318/', serviceName: 'intake-eu' });
  });

  it('rejects an endpoint that is no HTTP URL, naming the variable', () => {
    expect(() => readConfig(tracingConfig('x'), { OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4317' })).toThrow('OTEL_EXPORTER_OTLP_ENDPOINT must use http: or https:');
    expect(() => readConfig(tracingConfig('x'), { OTEL_EXPORTER_OTLP_ENDPOINT: 'not a url' })).toThrow('OTEL_EXPORTER_OTLP_ENDPOINT must be a URL');
  });
});
