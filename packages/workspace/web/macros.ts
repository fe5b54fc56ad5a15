import { api, type Macro, unwrap, unwrapNoContent } from './api';
import { $, h } from './dom';
import { t } from './i18n';

/**
 * Canned responses for leads and admins: list, add, change, delete (POST/PATCH/DELETE
 * /v1/macros, which refuse anyone else). Agents only insert them, with '/' in the composer.
 */
export async function showMacros(onChanged: (macros: Macro[]) => void): Promise<void> {
  const pane = $('request-pane');
  const macros = (await unwrap(api.GET('/v1/macros'))).items;
  onChanged(macros);
  const status = h('p', { id: 'macros-status', role: 'status', className: 'notice', hidden: true });
  const report = async (call: () => Promise<unknown>) => {
    try {
      await call();
      await showMacros(onChanged);
    } catch (error) {
      status.textContent = error instanceof Error ? error.message : String(error);
      status.dataset['kind'] = 'error';
      status.hidden = false;
    }
  };
  const row = (macro: Macro) => {
    const name = h('input', { id: `macro-name-${macro.id}`, value: macro.name, maxlength: 80, required: true, 'aria-label': `${t('name')}: ${macro.name}` });
    const body = h('textarea', { id: `macro-body-${macro.id}`, rows: 3, required: true, 'aria-label': `${t('macroBody')}: ${macro.name}` });
    body.value = macro.body;
    return h(
      'li',
      { className: 'macro', 'data-id': macro.id },
      name,
      body,
      h('div', { className: 'inline' },
        h('button', { type: 'button', onclick: () => void report(() => unwrap(api.PATCH('/v1/macros/{id}', { params: { path: { id: macro.id } }, body: { name: name.value, body: body.value } }))) }, t('save')),
        h('button', { type: 'button', className: 'danger', onclick: () => void report(() => unwrapNoContent(api.DELETE('/v1/macros/{id}', { params: { path: { id: macro.id } } }))) }, `${t('delete')}: ${macro.name}`),
      ),
    );
  };
  const newName = h('input', { id: 'macro-new-name', maxlength: 80, required: true });
  const newBody = h('textarea', { id: 'macro-new-body', rows: 3, required: true, 'aria-describedby': 'macro-placeholders' });
  const form = h(
    'form',
    { id: 'macro-new', className: 'text-action' },
    h('h2', {}, t('newMacro')),
    h('label', { for: newName.id }, t('name')),
    newName,
    h('label', { for: newBody.id }, t('macroBody')),
    newBody,
    h('p', { id: 'macro-placeholders', className: 'hint' }, t('macroPlaceholders')),
    h('button', { type: 'submit', className: 'primary' }, t('add')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void report(() => unwrap(api.POST('/v1/macros', { body: { name: newName.value.trim(), body: newBody.value } })));
  });
  pane.replaceChildren(
    h('section', { className: 'macros request-main', 'aria-labelledby': 'macros-title' }, h('h1', { id: 'macros-title', tabindex: -1 }, t('macros')), status, macros.length === 0 ? h('p', { className: 'muted' }, t('empty')) : h('ul', { className: 'macro-list' }, macros.map(row)), form),
  );
}
