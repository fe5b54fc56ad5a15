import type { RegisteredRoute } from './scopes';

interface PathPattern {
  pattern: RegExp;
  methods: Set<string>;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `/v1/requests/:id/events` as a regular expression over concrete paths. */
function compile(url: string): RegExp {
  const parts = url.split('/').map((part) => (part.startsWith(':') ? '[^/]+' : part === '*' ? '.*' : escape(part)));
  return new RegExp(`^${parts.join('/')}$`);
}

/**
 * The methods the routes declare for each path: what a 405's Allow header lists. Built on
 * first use, after every route has registered, and kept: routes never change afterwards.
 */
export class DeclaredMethods {
  private patterns: PathPattern[] | undefined;

  constructor(private readonly routes: RegisteredRoute[]) {}

  /** The declared methods at this concrete path (none: no route has it), HEAD and OPTIONS only where a route declares them. */
  at(path: string): string[] {
    this.patterns ??= this.build();
    const methods = new Set<string>();
    for (const { pattern, methods: declared } of this.patterns) if (pattern.test(path)) for (const method of declared) methods.add(method);
    return [...methods].sort();
  }

  private build(): PathPattern[] {
    const byUrl = new Map<string, Set<string>>();
    for (const { method, url } of this.routes) {
      // Fastify adds a HEAD beside every GET; the document does not list them, so Allow does not either.
      if (method === 'HEAD') continue;
      const methods = byUrl.get(url) ?? new Set<string>();
      methods.add(method);
      byUrl.set(url, methods);
    }
    return [...byUrl].map(([url, methods]) => ({ pattern: compile(url), methods }));
  }
}
