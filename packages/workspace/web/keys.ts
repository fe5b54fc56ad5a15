export interface KeyActions {
  move: (step: number) => void;
  open: () => void;
  reply: () => void;
  note: () => void;
  assignToMe: () => void;
  resolve: () => void;
  search: () => void;
  help: () => void;
  back: () => void;
}

/**
 * The single-key shortcuts. They never fire while one types in a field (Escape leaves the
 * field), nor with a modifier, so browser and screen-reader keys keep working.
 */
export function installKeys(actions: KeyActions): void {
  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement;
    const typing = target.closest('input, textarea, select, [contenteditable]') !== null;
    if (typing) {
      if (event.key === 'Escape') target.blur();
      return;
    }
    if (document.querySelector('dialog[open]') !== null) return;
    const run: Record<string, () => void> = {
      j: () => actions.move(1),
      k: () => actions.move(-1),
      r: actions.reply,
      n: actions.note,
      a: actions.assignToMe,
      e: actions.resolve,
      '/': actions.search,
      '?': actions.help,
      Escape: actions.back,
    };
    // Enter on a focused link or button does what it says already; on the page itself it opens the selection.
    if (event.key === 'Enter' && target.closest('a, button') === null) run['Enter'] = actions.open;
    const action = run[event.key];
    if (action === undefined) return;
    event.preventDefault();
    action();
  });
}
