import { describe, expect, it } from 'vitest';
import { allowedActions, InvalidTransition, nextStatus, requestStatuses, transitionTable } from './lifecycle';

describe('request lifecycle', () => {
  it('walks the happy path from pending to closed', () => {
    let status = nextStatus('pending', 'classify');
    expect(status).toBe('classified');
    status = nextStatus(status, 'assign');
    status = nextStatus(status, 'start');
    expect(status).toBe('in_progress');
    status = nextStatus(status, 'resolve');
    expect(status).toBe('resolved');
    expect(nextStatus(status, 'close')).toBe('closed');
  });

  it('rejects resolve on a closed request with the from-state and action', () => {
    const error = (() => {
      try {
        nextStatus('closed', 'resolve');
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(InvalidTransition);
    expect(error).toMatchObject({ from: 'closed', action: 'resolve' });
  });

  it('keeps the status when work in progress is re-assigned', () => {
    expect(nextStatus('in_progress', 'assign')).toBe('in_progress');
  });

  it('allows nothing on a closed request but a satisfaction score', () => {
    expect(allowedActions('closed')).toEqual(['feedback']);
  });

  it('only ever moves to a known status', () => {
    for (const targets of Object.values(transitionTable)) {
      for (const target of Object.values(targets)) {
        expect([...requestStatuses, 'keep']).toContain(target);
      }
    }
  });
});

describe('actions that keep the status', () => {
  it('takes comments until the request closes', () => {
    expect(nextStatus('pending', 'comment')).toBe('pending');
    expect(nextStatus('resolved', 'comment')).toBe('resolved');
    expect(() => nextStatus('closed', 'comment')).toThrow(InvalidTransition);
  });

  it('takes a satisfaction score only once there is a resolution', () => {
    expect(nextStatus('resolved', 'feedback')).toBe('resolved');
    expect(nextStatus('closed', 'feedback')).toBe('closed');
    expect(() => nextStatus('in_progress', 'feedback')).toThrow(InvalidTransition);
  });

  it('re-routes and re-prioritises only open requests', () => {
    expect(allowedActions('resolved')).not.toContain('reclassify');
    expect(allowedActions('pending')).not.toContain('priority');
    expect(nextStatus('waiting_on_customer', 'priority')).toBe('waiting_on_customer');
  });
});

describe('merging a duplicate', () => {
  it('folds any request nobody has finished with into another', () => {
    for (const from of ['pending', 'classified', 'assigned', 'in_progress', 'waiting_on_customer', 'reopened'] as const) {
      expect(nextStatus(from, 'merge')).toBe('merged');
    }
  });

  it('refuses to merge a resolved, closed or already merged request', () => {
    for (const from of ['resolved', 'closed', 'merged'] as const) expect(() => nextStatus(from, 'merge')).toThrow(InvalidTransition);
  });

  it('allows nothing at all on a merged request', () => {
    expect(allowedActions('merged')).toEqual([]);
  });
});
