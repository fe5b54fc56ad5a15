import { isIP } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { ApiError } from './errors';

export const defaultAllowedHosts = ['localhost', '127.0.0.1'];

/** Probes come from orchestrators that address a container by its IP; they reveal nothing. */
const probes = new Set(['/healthz', '/readyz']);

/** A host name or IP address as compared: lower case, no trailing dot, IPv6 in brackets. */
function normalise(name: string): string {
  const lower = name.toLowerCase().replace(/\.$/, '');
  return isIP(lower) === 6 ? `[${lower}]` : lower;
}

/**
 * ALLOWED_HOSTS: comma-separated host names or IP addresses (IPv6 with or without
 * brackets), without ports or schemes. Throws naming the first bad entry.
 */
export function parseAllowedHosts(value: string | undefined): string[] {
  if (value === undefined || value.trim() === '') return defaultAllowedHosts;
  return value.split(',').map((item) => {
    const entry = item.trim();
    const bare = entry.startsWith('[') && entry.endsWith(']') ? entry.slice(1, -1) : entry;
    const hostName = /^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.?$/;
    if (isIP(bare) === 0 && !hostName.test(entry)) throw new Error(`must list host names or IP addresses without ports, got "${entry}"`);
    return normalise(bare);
  });
}

/** The name a Host header names, without its port; undefined when it is not a well-formed host[:port]. */
export function hostOf(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  const match = /^(?:\[([0-9A-Fa-f:.]+)\]|([^:[\]]+))(?::\d{1,5})?$/.exec(header);
  const name = match?.[1] ?? match?.[2];
  if (name === undefined || (match?.[1] !== undefined && isIP(name) !== 6)) return undefined;
  return normalise(name);
}

/**
 * Intake answers only for the names it is configured to serve: a web page that rebinds
 * its own DNS name to 127.0.0.1 reaches intake with that name in Host, and is refused
 * here, before authentication, before anything else looks at the request.
 */
export function installHostCheck(app: FastifyInstance, allowedHosts: readonly string[]): void {
  const allowed = new Set(allowedHosts.map(normalise));
  app.addHook('onRequest', async (request) => {
    if (probes.has(request.routeOptions.url ?? '')) return;
    const host = hostOf(request.headers.host);
    if (host === undefined || !allowed.has(host)) {
      throw new ApiError(421, 'misdirected_request', 'this server does not answer for that Host; ALLOWED_HOSTS lists the names it serves', null);
    }
  });
}
