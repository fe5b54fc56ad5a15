/** One line of a Prometheus text exposition: `name{label="value",…} number`. */
export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

const line = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})?\s+(\S+)/;
const label = /(\w+)="((?:[^"\\]|\\.)*)"/g;

/** The samples of a text exposition; comments (# HELP, # TYPE) are skipped. */
export function parsePrometheus(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const raw of text.split('\n')) {
    const match = line.exec(raw.trim());
    if (match === null) continue;
    const [, name = '', labelText = '', value = ''] = match;
    const labels = Object.fromEntries([...labelText.matchAll(label)].map(([, key = '', text = '']) => [key, text.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c))]));
    samples.push({ name, labels, value: Number(value) });
  }
  return samples;
}

/** GETs a /metrics endpoint and parses it; throws on a non-2xx answer. */
export async function scrapeMetrics(url: string): Promise<Sample[]> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return parsePrometheus(await response.text());
}

/** The sum of the samples named `name` whose labels include every one of `labels`. */
export function metricTotal(samples: readonly Sample[], name: string, labels: Record<string, string> = {}): number {
  return samples
    .filter((sample) => sample.name === name && Object.entries(labels).every(([key, value]) => sample.labels[key] === value))
    .reduce((sum, sample) => sum + sample.value, 0);
}
