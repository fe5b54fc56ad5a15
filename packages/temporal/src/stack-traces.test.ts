import { runInContext, createContext } from 'node:vm';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { limitWorkflowStackFrames } from './stack-traces';

const limitInAThread = () =>
  new Promise<{ thread: number; sandbox: number }>((resolve, reject) => {
    const thread = new Worker("const { parentPort } = require('node:worker_threads'); const vm = require('node:vm'); parentPort.postMessage({ thread: Error.stackTraceLimit, sandbox: vm.runInContext('Error.stackTraceLimit', vm.createContext({})) });", { eval: true });
    thread.once('message', resolve);
    thread.once('error', reject);
  });

describe('limitWorkflowStackFrames', () => {
  const own = Error.stackTraceLimit;
  afterAll(() => limitWorkflowStackFrames(own));

  it('limits the sandboxes and worker threads made afterwards, and leaves the calling context its own limit', async () => {
    limitWorkflowStackFrames(1);
    expect(runInContext('Error.stackTraceLimit', createContext({}))).toBe(1);
    expect(runInContext('new Error("x").stack.split("\\n").length', createContext({}))).toBeLessThanOrEqual(2);
    expect(await limitInAThread()).toEqual({ thread: 1, sandbox: 1 });
    expect(Error.stackTraceLimit).toBe(own);
  });

  it('refuses a count that is not a whole number of frames from 0 to 200', () => {
    expect(() => limitWorkflowStackFrames(-1)).toThrow(/from 0 to 200/);
    expect(() => limitWorkflowStackFrames(1.5)).toThrow(/from 0 to 200/);
    expect(() => limitWorkflowStackFrames(201)).toThrow(/from 0 to 200/);
  });
});
