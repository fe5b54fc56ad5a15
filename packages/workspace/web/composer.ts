import type { Macro } from './api';
import { h } from './dom';
import { t, type TextKey } from './i18n';

export interface ComposerContext {
  requestId: string;
  customerName: string;
  /** Read at each '/', not once: a lead may have changed the canned responses since the page was drawn. */
  macros: () => Macro[];
  send: (kind: 'reply' | 'note', body: string) => Promise<boolean>;
}

/** A macro's body with its placeholders filled in ({{customer.name}}, {{request.id}}). */
export function fillMacro(body: string, context: { customerName: string; requestId: string }): string {
  return body.replaceAll('{{customer.name}}', context.customerName).replaceAll('{{request.id}}', context.requestId);
}

/**
 * The '/' picker: typing "/word" at a word start lists the macros whose name matches; arrows
 * move, Enter inserts, Escape closes. The list is a listbox tied to the textarea.
 */
function attachMacros(textarea: HTMLTextAreaElement, picker: HTMLUListElement, context: ComposerContext): void {
  let matches: Macro[] = [];
  let active = 0;
  const trigger = () => /(^|\s)\/([^\s/]*)$/.exec(textarea.value.slice(0, textarea.selectionStart));
  const close = () => {
    picker.hidden = true;
    matches = [];
    textarea.removeAttribute('aria-activedescendant');
    textarea.setAttribute('aria-expanded', 'false');
  };
  const draw = () => {
    picker.replaceChildren(
      ...(matches.length === 0
        ? [h('li', { className: 'muted' }, t('noMacros'))]
        : matches.map((macro, index) => h('li', { id: `${picker.id}-${index}`, role: 'option', 'aria-selected': String(index === active), onmousedown: (event: Event) => (event.preventDefault(), insert(index)) }, macro.name))),
    );
    picker.hidden = false;
    textarea.setAttribute('aria-expanded', 'true');
    if (matches.length > 0) textarea.setAttribute('aria-activedescendant', `${picker.id}-${active}`);
  };
  const insert = (index: number) => {
    const macro = matches[index];
    const found = trigger();
    if (macro === undefined || found === null) return close();
    const start = textarea.selectionStart - found[2]!.length - 1;
    const text = fillMacro(macro.body, context);
    textarea.setRangeText(text, start, textarea.selectionStart, 'end');
    close();
  };
  textarea.addEventListener('input', () => {
    const found = trigger();
    if (found === null || context.macros().length === 0) return close();
    const word = found[2]!.toLowerCase();
    matches = context.macros().filter((macro) => macro.name.toLowerCase().includes(word));
    active = 0;
    draw();
  });
  textarea.addEventListener('keydown', (event) => {
    if (picker.hidden) return;
    if (event.key === 'Escape') return (event.stopPropagation(), close());
    if (matches.length === 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      active = (active + (event.key === 'ArrowDown' ? 1 : matches.length - 1)) % matches.length;
      draw();
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault();
      insert(active);
    }
  });
  textarea.addEventListener('blur', () => setTimeout(close, 150));
}

function panel(kind: 'reply' | 'note', context: ComposerContext): HTMLFormElement {
  const id = `composer-${kind}`;
  const textarea = h('textarea', { id: `${id}-text`, name: 'body', rows: 4, required: true, 'aria-describedby': `${id}-hint`, role: 'combobox', 'aria-autocomplete': 'list', 'aria-controls': `${id}-macros`, 'aria-expanded': 'false' });
  const picker = h('ul', { id: `${id}-macros`, role: 'listbox', className: 'macro-picker', hidden: true, 'aria-label': t('macros') });
  const label: TextKey = kind === 'reply' ? 'reply' : 'note';
  const form = h(
    'form',
    { id, className: `composer-panel ${kind}`, role: 'tabpanel', 'aria-labelledby': `tab-${kind}`, hidden: kind === 'note' },
    h('label', { for: textarea.id }, t(label)),
    h('p', { id: `${id}-hint`, className: 'hint' }, t(kind === 'reply' ? 'replyHint' : 'internalHint'), context.macros().length > 0 ? ` ${t('macroHint')}` : ''),
    textarea,
    picker,
    h('button', { type: 'submit', className: kind === 'reply' ? 'primary' : 'note-button' }, t(kind === 'reply' ? 'send' : 'addNote')),
  );
  attachMacros(textarea, picker, context);
  textarea.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) form.requestSubmit();
  });
  // Each tab is its own form posting to its own route: what is sent never depends on the tab last shown.
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = textarea.value.trim();
    if (body === '') return;
    const button = form.querySelector('button');
    if (button !== null) button.disabled = true;
    try {
      if (await context.send(kind, body)) textarea.value = '';
    } finally {
      if (button !== null) button.disabled = false;
    }
  });
  return form;
}

export function composer(context: ComposerContext): HTMLElement {
  const reply = panel('reply', context);
  const note = panel('note', context);
  const show = (kind: 'reply' | 'note', focus: boolean) => {
    reply.hidden = kind !== 'reply';
    note.hidden = kind !== 'note';
    for (const tab of [replyTab, noteTab]) tab.setAttribute('aria-selected', String(tab.dataset['kind'] === kind));
    replyTab.tabIndex = kind === 'reply' ? 0 : -1;
    noteTab.tabIndex = kind === 'note' ? 0 : -1;
    if (focus) (kind === 'reply' ? reply : note).querySelector('textarea')?.focus();
  };
  const tabKeys = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    const next = (event.currentTarget as HTMLElement).dataset['kind'] === 'reply' ? 'note' : 'reply';
    show(next, false);
    (next === 'reply' ? replyTab : noteTab).focus();
  };
  const replyTab = h('button', { type: 'button', role: 'tab', id: 'tab-reply', 'data-kind': 'reply', 'aria-controls': 'composer-reply', 'aria-selected': 'true', onclick: () => show('reply', true), onkeydown: tabKeys as (e: Event) => void }, t('reply'));
  const noteTab = h('button', { type: 'button', role: 'tab', id: 'tab-note', 'data-kind': 'note', className: 'note-tab', tabindex: -1, 'aria-controls': 'composer-note', 'aria-selected': 'false', onclick: () => show('note', true), onkeydown: tabKeys as (e: Event) => void }, t('note'));
  const section = h('section', { className: 'composer', 'aria-labelledby': 'composer-title' }, h('h2', { id: 'composer-title' }, t('composer')), h('div', { role: 'tablist', className: 'tabs' }, replyTab, noteTab), reply, note);
  section.addEventListener('composer:customer', (event) => (context.customerName = (event as CustomEvent<string>).detail));
  section.addEventListener('composer:restore', (event) => show((event as CustomEvent<'reply' | 'note'>).detail, false));
  section.addEventListener('composer:show', (event) => show((event as CustomEvent<'reply' | 'note'>).detail, true));
  return section;
}
