import { allowedActions, type LifecycleAction } from '@caseflow/lifecycle';
import { api, ApiFailure, type Agent, type Priority, type QueueSummary, type RequestDetail, unwrap } from './api';
import { h } from './dom';
import { t, type TextKey, valueName } from './i18n';

const priorities: Priority[] = ['urgent', 'high', 'normal', 'low'];

export interface ActionContext {
  request: RequestDetail;
  me: Agent;
  queues: QueueSummary[];
  /** Runs an action and reports it: a 409 becomes the clear "someone was first" message and a refresh. */
  perform: (call: () => Promise<unknown>) => Promise<boolean>;
}

/** POST /v1/requests/{id}/<action>, typed per route. */
export function actionCalls(id: string) {
  const path = { params: { path: { id } } };
  return {
    assign: (agentId: string) => unwrap(api.POST('/v1/requests/{id}/assign', { ...path, body: { agentId } })),
    unassign: () => unwrap(api.POST('/v1/requests/{id}/unassign', { ...path, body: {} })),
    start: () => unwrap(api.POST('/v1/requests/{id}/start', { ...path, body: {} })),
    wait: (reason: string) => unwrap(api.POST('/v1/requests/{id}/wait', { ...path, body: { reason } })),
    resume: () => unwrap(api.POST('/v1/requests/{id}/resume', { ...path, body: {} })),
    resolve: (resolution: string) => unwrap(api.POST('/v1/requests/{id}/resolve', { ...path, body: { resolution } })),
    reopen: (reason: string) => unwrap(api.POST('/v1/requests/{id}/reopen', { ...path, body: { reason } })),
    close: () => unwrap(api.POST('/v1/requests/{id}/close', { ...path, body: {} })),
    reclassify: (category: string) => unwrap(api.POST('/v1/requests/{id}/reclassify', { ...path, body: { category } })),
    confirmCategory: () => unwrap(api.POST('/v1/requests/{id}/confirm-category', { ...path, body: {} })),
    merge: (into: string) => unwrap(api.POST('/v1/requests/{id}/merge', { ...path, body: { into } })),
    priority: (priority: Priority) => unwrap(api.POST('/v1/requests/{id}/priority', { ...path, body: { priority } })),
    reply: (body: string) => unwrap(api.POST('/v1/requests/{id}/reply', { ...path, body: { body } })),
    note: (body: string) => unwrap(api.POST('/v1/requests/{id}/note', { ...path, body: { body } })),
  };
}

export function isConflict(error: unknown): error is ApiFailure {
  return error instanceof ApiFailure && error.status === 409;
}

/** A text field and a button: actions that need a reason or a resolution. */
function textAction(id: string, label: TextKey, field: TextKey, run: (text: string) => Promise<boolean>, multiline = false): HTMLFormElement {
  const input = multiline ? h('textarea', { id: `${id}-text`, rows: 2, required: true }) : h('input', { id: `${id}-text`, type: 'text', required: true, maxlength: 2000 });
  const form = h('form', { id, className: 'text-action' }, h('label', { for: input.id }, t(field)), input, h('button', { type: 'submit' }, t(label)));
  input.addEventListener('keydown', (event) => {
    if ((event as KeyboardEvent).key === 'Enter' && ((event as KeyboardEvent).ctrlKey || (event as KeyboardEvent).metaKey)) form.requestSubmit();
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (input.value.trim() !== '' && (await run(input.value.trim()))) input.value = '';
  });
  return form;
}

/**
 * Only what the lifecycle allows in the request's status (the transition table of
 * @caseflow/lifecycle, the one the workflow validates with), as buttons and small forms.
 */
export function actionPanel({ request, me, queues, perform }: ActionContext): HTMLElement {
  const allowed = new Set<LifecycleAction>(allowedActions(request.status));
  const call = actionCalls(request.id);
  const button = (id: string, label: TextKey, run: () => Promise<unknown>) => h('button', { type: 'button', id, onclick: () => void perform(run) }, t(label));
  const parts: (HTMLElement | null)[] = [];
  if (allowed.has('assign') && request.assignee?.id !== me.id) parts.push(button('action-assign-me', 'assignToMe', () => call.assign(me.id)));
  if (allowed.has('assign')) {
    const agents = queues.find((queue) => queue.queue === request.queue)?.agents.filter((agent) => agent.id !== request.assignee?.id) ?? [];
    if (agents.length > 0) {
      const select = h('select', { id: 'assign-to' }, agents.map((agent) => h('option', { value: agent.id }, `${agent.name} (${agent.load}/${agent.capacity}, ${agent.availability})`)));
      parts.push(h('div', { className: 'inline' }, h('label', { for: 'assign-to' }, t('assignTo')), select, h('button', { type: 'button', id: 'action-assign', onclick: () => void perform(() => call.assign(select.value)) }, t('assign'))));
    }
  }
  if (allowed.has('unassign') && request.assignee !== null) parts.push(button('action-unassign', 'unassign', call.unassign));
  if (allowed.has('start')) parts.push(button('action-start', 'start', call.start));
  if (allowed.has('resume')) parts.push(button('action-resume', 'resume', call.resume));
  if (allowed.has('close')) parts.push(button('action-close', 'close', call.close));
  if (allowed.has('priority')) {
    const select = h('select', { id: 'priority-select' }, priorities.map((p) => h('option', { value: p, selected: p === request.priority }, valueName(p))));
    parts.push(h('div', { className: 'inline' }, h('label', { for: 'priority-select' }, t('priority')), select, h('button', { type: 'button', id: 'action-priority', onclick: () => void perform(() => call.priority(select.value as Priority)) }, t('setPriority'))));
  }
  if (allowed.has('wait')) parts.push(textAction('action-wait', 'wait', 'waitReason', (text) => perform(() => call.wait(text))));
  if (allowed.has('reopen')) parts.push(textAction('action-reopen', 'reopen', 'reopenReason', (text) => perform(() => call.reopen(text))));
  if (allowed.has('resolve')) parts.push(textAction('action-resolve', 'resolve', 'resolutionText', (text) => perform(() => call.resolve(text)), true));
  const shown = parts.filter((part): part is HTMLElement => part !== null);
  return h('section', { className: 'actions', 'aria-labelledby': 'actions-title' }, h('h2', { id: 'actions-title' }, t('actions')), shown.length === 0 ? h('p', { className: 'muted' }, t('noActions')) : shown);
}
