// Stop reaching a busy engine: time.sleep() wakes at once (blocking mode: it waits on the
// shared Stop flag; suspend mode: the VM stops at the call and the worker waits on a timer),
// and long native calls (sum over a huge range, max of an endless iterator, a big sort with
// a key) poll the flag in blocking mode. Either way the worker is kept, with its modules.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { GlasspyWorker, loadGlasspy } from '../../js/glasspy.mjs';
import { canRunPrograms, outputRecorder, wasmDir } from './helpers/engine.mjs';

const skip = (await canRunPrograms()) ? false : 'this wasm build cannot run programs (front-end only)';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Starts `source`, stops it after `afterMs`; resolves to { result, took } (took: stop() to
// the run's end, ms).
async function stopDuring(worker, source, afterMs = 150) {
  const running = worker.run(source);
  await sleep(afterMs);
  const stopAt = performance.now();
  await worker.stop();
  const result = await running;
  return { result, took: performance.now() - stopAt };
}

for (const inputMode of ['blocking', 'suspend']) {
  describe(`Stop of a sleeping program, ${inputMode} mode`, { skip }, () => {
    let worker;
    let out;
    let restarts = 0;
    before(async () => {
      out = outputRecorder();
      worker = new GlasspyWorker({ baseUrl: wasmDir, inputMode, stdout: (t) => out.sink('stdout')(t), stderr: (t) => out.sink('stderr')(t) });
      worker.addEventListener('restart', () => restarts++);
      await worker.ready;
    });
    after(() => worker?.terminate());

    test('time.sleep(30) stops within 300 ms; the worker and its modules stay', async () => {
      out = outputRecorder();
      assert.equal((await worker.run('import sys\nsys.marker = 42\n')).ok, true);
      const { result, took } = await stopDuring(worker, 'import time\nprint("before")\ntime.sleep(30)\nprint("after")\n');
      assert.equal(result.error?.type, 'KeyboardInterrupt');
      assert.ok(took < 300, `stopped after ${took} ms`);
      assert.match(result.error.traceback, /time\.sleep\(30\)/);
      assert.equal(restarts, 0);
      assert.equal((await worker.run('import sys\nprint(sys.marker)\n')).ok, true);
      assert.equal(out.stdout, 'before\n42\n');
    });

    test('time.sleep really waits, and output printed before it shows before its end', async () => {
      out = outputRecorder();
      const started = performance.now();
      const result = await worker.run('import time\nprint("a")\ntime.sleep(0.3)\nprint("b")\n');
      const ended = performance.now();
      assert.equal(result.ok, true);
      assert.equal(out.stdout, 'a\nb\n');
      assert.ok(ended - started >= 290, `slept ${ended - started} ms`);
      assert.ok(ended - out.chunks[0].at >= 250, `"a" came ${ended - out.chunks[0].at} ms before the end`);
    });

    test('KeyboardInterrupt from a stopped sleep can be caught, and the program goes on', async () => {
      out = outputRecorder();
      const source = 'import time\ntry:\n    time.sleep(30)\nexcept KeyboardInterrupt:\n    print("caught")\nprint("done")\n';
      const { result, took } = await stopDuring(worker, source);
      assert.equal(result.ok, true);
      assert.ok(took < 300, `stopped after ${took} ms`);
      assert.equal(out.stdout, 'caught\ndone\n');
    });
  });
}

describe('Stop of long native calls (blocking mode: the engine polls the shared flag)', { skip }, () => {
  let worker;
  let restarts = 0;
  before(async () => {
    worker = new GlasspyWorker({ baseUrl: wasmDir, inputMode: 'blocking', stdout: () => {}, stderr: () => {} });
    worker.addEventListener('restart', () => restarts++);
    await worker.ready;
  });
  after(() => worker?.terminate());

  const programs = {
    'sum(range(10**15))': 'print(sum(range(10**15)))\n',
    'max(itertools.count())': 'import itertools\nprint(max(itertools.count()))\n',
    'any(itertools.repeat(0))': 'import itertools\nprint(any(itertools.repeat(0)))\n',
    'sum of floats': 'import itertools\nprint(sum(itertools.repeat(0.5)))\n',
    'sorted with a key (a nested loop)': 'print(len(sorted(range(10**8), key=lambda x: -x)))\n',
    'list(map(...)) of a huge range': 'print(len(list(map(abs, range(10**12)))))\n',
  };
  for (const [name, source] of Object.entries(programs)) {
    test(`${name} stops within 300 ms without a new worker`, async () => {
      const { result, took } = await stopDuring(worker, source, 200);
      assert.equal(result.error?.type, 'KeyboardInterrupt', JSON.stringify(result));
      assert.ok(took < 300, `stopped after ${took} ms`);
      assert.equal(restarts, 0);
    });
  }
});

describe('in-thread runAsync and time.sleep', { skip }, () => {
  test('sleeps on a timer (the event loop goes on) and an abort ends it at once', async () => {
    const py = await loadGlasspy({ baseUrl: wasmDir, stdout: () => {}, stderr: () => {} });
    let ticks = 0;
    const timer = setInterval(() => ticks++, 10);
    try {
      const started = performance.now();
      const ok = await py.runAsync('import time\ntime.sleep(0.2)\n');
      assert.equal(ok.ok, true);
      assert.ok(performance.now() - started >= 190);
      assert.ok(ticks >= 5, `the event loop ran ${ticks} times meanwhile`);
      const controller = new AbortController();
      const running = py.runAsync('import time\ntime.sleep(30)\n', { signal: controller.signal });
      await sleep(50);
      const stopAt = performance.now();
      controller.abort();
      const result = await running;
      assert.equal(result.error?.type, 'KeyboardInterrupt');
      assert.ok(performance.now() - stopAt < 100);
    } finally {
      clearInterval(timer);
    }
  });

  test('run() (blocking, to the end) sleeps on the calling thread', async () => {
    const py = await loadGlasspy({ baseUrl: wasmDir, stdout: () => {}, stderr: () => {} });
    const started = performance.now();
    assert.equal(py.run('import time\ntime.sleep(0.1)\n').ok, true);
    assert.ok(performance.now() - started >= 95);
  });
});
