/**
 * Environment variables are read once, at start, into one typed object per process.
 * Every problem is reported together, each naming its variable, so a bad deploy fails
 * fast with a message an operator can act on.
 */
export type Env = Readonly<Record<string, string | undefined>>;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: readonly string[]) {
    super(`invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
}

class VariableError extends Error {}

export type Field<T> = (env: Env) => T;
export type ConfigOf<S> = { [K in keyof S]: S[K] extends Field<infer T> ? T : never };

export function readConfig<S extends Record<string, Field<unknown>>>(spec: S, env: Env = process.env): ConfigOf<S> {
  const problems: string[] = [];
  const result: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(spec)) {
    try {
      result[key] = field(env);
    } catch (error) {
      if (!(error instanceof VariableError)) throw error;
      problems.push(error.message);
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return result as ConfigOf<S>;
}

function raw(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function required<T>(name: string, fallback: T | undefined): T {
  if (fallback === undefined) throw new VariableError(`${name} is required`);
  return fallback;
}

export function string(name: string, fallback?: string): Field<string> {
  return (env) => raw(env, name) ?? required(name, fallback);
}

export function optionalString(name: string): Field<string | undefined> {
  return (env) => raw(env, name);
}

export function integer(name: string, options: { fallback?: number; min?: number; max?: number } = {}): Field<number> {
  return (env) => {
    const value = raw(env, name);
    if (value === undefined) return required(name, options.fallback);
    if (!/^-?\d+$/.test(value)) throw new VariableError(`${name} must be an integer, got "${value}"`);
    const parsed = Number(value);
    if (options.min !== undefined && parsed < options.min) throw new VariableError(`${name} must be ≥ ${options.min}, got ${parsed}`);
    if (options.max !== undefined && parsed > options.max) throw new VariableError(`${name} must be ≤ ${options.max}, got ${parsed}`);
    return parsed;
  };
}

export function port(name: string, fallback?: number): Field<number> {
  return integer(name, { ...(fallback === undefined ? {} : { fallback }), min: 0, max: 65_535 });
}

export function number(name: string, options: { fallback?: number; min?: number; max?: number } = {}): Field<number> {
  return (env) => {
    const value = raw(env, name);
    if (value === undefined) return required(name, options.fallback);
    const parsed = Number(value);
    if (!Number.isFinite(parsed)) throw new VariableError(`${name} must be a number, got "${value}"`);
    if (options.min !== undefined && parsed < options.min) throw new VariableError(`${name} must be ≥ ${options.min}, got ${parsed}`);
    if (options.max !== undefined && parsed > options.max) throw new VariableError(`${name} must be ≤ ${options.max}, got ${parsed}`);
    return parsed;
  };
}

export function oneOf<const T extends string>(name: string, values: readonly T[], fallback?: T): Field<T> {
  return (env) => {
    const value = raw(env, name);
    if (value === undefined) return required(name, fallback);
    if (!(values as readonly string[]).includes(value)) {
      throw new VariableError(`${name} must be one of ${values.join(', ')}, got "${value}"`);
    }
    return value as T;
  };
}

function parseUrl(name: string, value: string, protocols: readonly string[]): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new VariableError(`${name} must be a URL, got "${value}"`);
  }
  if (!protocols.includes(url.protocol)) {
    throw new VariableError(`${name} must use ${protocols.join(' or ')}, got "${url.protocol}"`);
  }
  return url;
}

export function url(name: string, protocols: readonly string[], fallback?: string): Field<string> {
  return (env) => parseUrl(name, raw(env, name) ?? required(name, fallback), protocols).toString();
}

/** A comma-separated list of URLs; empty when unset. */
export function urlList(name: string, protocols: readonly string[]): Field<string[]> {
  return (env) =>
    (raw(env, name) ?? '')
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item !== '')
      .map((item) => parseUrl(name, item, protocols).toString());
}

/** host:port, as Temporal's client takes it. */
export function hostPort(name: string, fallback?: string): Field<string> {
  return (env) => {
    const value = raw(env, name) ?? required(name, fallback);
    if (!/^[\w.-]+:\d{1,5}$/.test(value) && !/^\[[\d:a-fA-F]+\]:\d{1,5}$/.test(value)) {
      throw new VariableError(`${name} must be host:port, got "${value}"`);
    }
    return value;
  };
}

/**
 * Where a process serves something on the side (its Prometheus metrics): host:port, or
 * `off` (undefined) to serve nothing. Unset means the fallback.
 */
export function listenAddress(name: string, fallback: string): Field<string | undefined> {
  return (env) => (raw(env, name)?.toLowerCase() === 'off' ? undefined : hostPort(name, fallback)(env));
}

export function secret(name: string, options: { fallback?: string; minLength?: number } = {}): Field<string> {
  return (env) => {
    const value = raw(env, name) ?? required(name, options.fallback);
    if (options.minLength !== undefined && value.length < options.minLength) {
      throw new VariableError(`${name} must be at least ${options.minLength} characters`);
    }
    return value;
  };
}

/** For a process's main: a bad configuration prints its problems and exits, without a stack trace. */
export function readConfigOrExit<S extends Record<string, Field<unknown>>>(spec: S, env: Env = process.env): ConfigOf<S> {
  try {
    return readConfig(spec, env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

/**
 * A variable of a shape the fields above do not cover: `parse` gets the trimmed value
 * (undefined when unset) and throws an Error whose message says what is wrong with it.
 */
export function custom<T>(name: string, parse: (value: string | undefined) => T): Field<T> {
  return (env) => {
    try {
      return parse(raw(env, name));
    } catch (error) {
      throw new VariableError(`${name} ${error instanceof Error ? error.message : String(error)}`);
    }
  };
}

/**
 * A key ring: comma-separated `id:base64` entries, each key exactly `bytes` long; empty
 * when unset. The first entry is the key new data is sealed with; the others only read.
 */
export function keyRing(name: string, bytes = 32): Field<{ id: string; key: Uint8Array }[]> {
  return (env) => {
    const entries = (raw(env, name) ?? '').split(',').map((item) => item.trim()).filter((item) => item !== '');
    const seen = new Set<string>();
    return entries.map((entry, index) => {
      const match = /^([A-Za-z0-9._-]{1,64}):([A-Za-z0-9+/]+={0,2})$/.exec(entry);
      if (match === null) throw new VariableError(`${name} entry ${index + 1} must be <id>:<base64 key>`);
      const [, id = '', encoded = ''] = match;
      const key = Buffer.from(encoded, 'base64');
      if (key.byteLength !== bytes) throw new VariableError(`${name} key "${id}" must be ${bytes} bytes (base64 of ${bytes} random bytes), got ${key.byteLength}`);
      if (seen.has(id)) throw new VariableError(`${name} names key "${id}" twice`);
      seen.add(id);
      return { id, key: new Uint8Array(key) };
    });
  };
}

/** A variable that no longer exists: setting it is a configuration error saying why, never silently ignored. */
export function retired(name: string, why: string): Field<undefined> {
  return (env) => {
    if (raw(env, name) !== undefined) throw new VariableError(`${name} is no longer supported: ${why}`);
    return undefined;
  };
}
