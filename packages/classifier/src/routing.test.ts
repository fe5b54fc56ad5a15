import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultRoutingPath, loadRouting, needsTriage, outOfScopeLabel, parseRouting, route, routingFor, unroutedLabels } from './routing';
import type { Prediction } from './types';

const prediction = (label: string, confidence: number): Prediction => ({
  label,
  confidence,
  alternatives: [{ label, confidence }],
});

describe('banking77 routing', () => {
  const routing = loadRouting(defaultRoutingPath);

  it('routes every banking77 category to a queue', async () => {
    const categories = JSON.parse(await readFile(new URL('../../../data/banking77/categories.json', import.meta.url), 'utf8')) as string[];
    expect(categories).toHaveLength(77);
    expect(unroutedLabels(categories, routing)).toEqual([]);
    expect(routing.triageQueue).toBe('triage');
  });

  it('makes a lost or stolen card urgent in the security queue', () => {
    expect(route(prediction('lost_or_stolen_card', 0.93), routing)).toMatchObject({ queue: 'security', priority: 'urgent', category: 'lost_or_stolen_card' });
  });

  it('sends a prediction below the threshold to triage, keeping the category and priority', () => {
    const r = route(prediction('compromised_card', routing.threshold - 0.01), routing);
    expect(r).toMatchObject({ queue: 'triage', priority: 'urgent', category: 'compromised_card' });
  });

  it('sends a prediction of the out-of-scope class to triage however confident, also at the model\'s own threshold', () => {
    // A default route that is not triage: only the out-of-scope rule can send it there.
    const elsewhere = { ...routing, defaultRoute: { queue: 'general', priority: 'normal' as const } };
    expect(route(prediction(outOfScopeLabel, 0.99), elsewhere)).toMatchObject({ queue: 'triage', category: outOfScopeLabel });
    expect(route(prediction(outOfScopeLabel, 0.99), routingFor(elsewhere, { threshold: 0 })).queue).toBe('triage');
    expect(route(prediction('brand_new_intent', 0.99), elsewhere).queue).toBe('general');
    expect(needsTriage(prediction(outOfScopeLabel, 0.99), routing)).toBe(true);
    expect(needsTriage(prediction('lost_or_stolen_card', 0.99), routing)).toBe(false);
  });

  it('uses the default route for a category the file does not list', () => {
    expect(route(prediction('brand_new_intent', 0.99), routing)).toMatchObject(routing.defaultRoute);
  });
});

describe('routing validation', () => {
  const valid = { threshold: 0.5, triageQueue: 'triage', defaultRoute: { queue: 'triage', priority: 'normal' }, categories: { a: { queue: 'q', priority: 'low' } } };

  it('accepts a valid document', () => {
    expect(parseRouting(valid).categories.a).toEqual({ queue: 'q', priority: 'low' });
  });

  it.each([
    [{ ...valid, threshold: 1.5 }, /threshold must be a number in \[0, 1\]/],
    [{ ...valid, triageQueue: '' }, /triageQueue/],
    [{ ...valid, categories: { a: { queue: 'q', priority: 'asap' } } }, /categories\["a"\]\.priority must be one of low, normal, high, urgent/],
    [{ ...valid, categories: {} }, /categories is empty/],
    [{ ...valid, defaultRoute: undefined }, /defaultRoute must be an object/],
    [{ ...valid, useModelThreshold: 'yes' }, /useModelThreshold must be a boolean/],
  ])('rejects an invalid document with a message naming the field (%#)', (doc, message) => {
    expect(() => parseRouting(doc, 'r.json')).toThrow(message);
  });

  it("takes the model's own threshold only when the routing allows it and the model carries one", () => {
    const fixed = parseRouting(valid);
    const byModel = parseRouting({ ...valid, useModelThreshold: true });
    expect(fixed.useModelThreshold).toBe(false);
    expect(routingFor(fixed, { threshold: 0.2 }).threshold).toBe(0.5);
    expect(routingFor(byModel, { threshold: 0.2 }).threshold).toBe(0.2);
    expect(routingFor(byModel, { threshold: undefined }).threshold).toBe(0.5);
    expect(route(prediction('a', 0.3), routingFor(byModel, { threshold: 0.2 })).queue).toBe('q');
    expect(route(prediction('a', 0.3), routingFor(fixed, { threshold: 0.2 })).queue).toBe('triage');
  });

  it('names the file when it is missing or not JSON', async () => {
    expect(() => loadRouting('/nonexistent/routing.json')).toThrow(/cannot read routing file \/nonexistent\/routing.json/);
    const dir = await mkdtemp(join(tmpdir(), 'caseflow-routing-'));
    try {
      await writeFile(join(dir, 'bad.json'), '{ nope');
      expect(() => loadRouting(join(dir, 'bad.json'))).toThrow(/bad.json: not JSON/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
