import { t } from './i18n';

/**
 * Elements built from data. Text always goes in as text nodes, never as HTML: customer text
 * (subjects, bodies, names) cannot become markup, whatever it contains.
 */
type Child = Node | string | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | ((event: Event) => void)>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.slice(2).toLowerCase(), value);
    else if (name === 'className') element.className = String(value);
    else if (name === 'value' && 'value' in element) (element as HTMLInputElement).value = String(value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

export const $ = <T extends HTMLElement>(id: string): T => {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`#${id} is missing from index.html`);
  return element as T;
};

/** Short relative durations: "2 h 05 min", "35 min", "40 s". */
export function duration(ms: number): string {
  const minutes = Math.floor(Math.abs(ms) / 60_000);
  if (minutes < 1) return `${Math.floor(Math.abs(ms) / 1000)} ${t('unitSeconds')}`;
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  if (days > 0) return `${days} ${t('unitDays')} ${hours} ${t('unitHours')}`;
  return hours > 0 ? `${hours} ${t('unitHours')} ${String(rest).padStart(2, '0')} ${t('unitMinutes')}` : `${rest} ${t('unitMinutes')}`;
}
