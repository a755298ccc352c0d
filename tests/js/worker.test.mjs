// GlasspyWorker in Node (worker_threads): streamed output, stop() of an infinite loop within
// 100 ms, input() in both modes (blocking: SharedArrayBuffer + Atomics; suspend: the VM
// pauses at input()), recovery after a crash, and the front-end data through the worker.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { GlasspyWorker } from '../../js/glasspy.mjs';
import {
  canRunPrograms,
  kSlowProgram,
  loadBuiltModule,
  outputRecorder,
  readFixture,
  readJsonFixture,
  wasmDir,
} from './helpers/engine.mjs';

const skip = (await canRunPrograms()) ? false : 'this wasm build cannot run programs (front-end only)';
const hasReset = typeof (await loadBuiltModule()).native.Interpreter.prototype.reset === 'function';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

for (const inputMode of ['blocking', 'suspend']) {
  describe(`GlasspyWorker, ${inputMode} input`, { skip }, () => {
    let worker;
    let out;
    before(async () => {
      worker = new GlasspyWorker({
        baseUrl: wasmDir,
        inputMode,
        stdout: (text) => out.sink('stdout')(text),
        stderr: (text) => out.sink('stderr')(text),
      });
      const ready = await worker.ready;
      assert.equal(ready.inputMode, inputMode);
      assert.equal(worker.inputMode, inputMode);
    });
    after(() => worker?.terminate());

    async function run(source) {
      out = outputRecorder();
      const result = await worker.run(source);
      return { result, ...out };
    }

    test('runs a program: output, result', async () => {
      const { result, stdout } = await run('print("hi")\n');
      assert.deepEqual(result, { ok: true, exitCode: 0, error: null });
      assert.equal(stdout, 'hi\n');
      assert.equal(typeof worker.version, 'string');
    });

    test('output streams in before the program ends', async () => {
      const started = performance.now();
      const { result, chunks } = await run(kSlowProgram);
      const ended = performance.now();
      assert.equal(result.ok, true);
      assert.equal(chunks.map((c) => c.text).join(''), 'first\nlast\n');
      assert.ok(chunks[0].at - started < 500, `first chunk after ${chunks[0].at - started} ms`);
      assert.ok(ended - chunks[0].at > 600, `first chunk only ${ended - chunks[0].at} ms before the end`);
    });

    test('output printed before a long native call arrives before the call ends', async () => {
      const started = performance.now();
      const { result, chunks } = await run('print("start")\nprint("two")\nx = sum(range(3 * 10**7))\nprint("end")\n');
      const ended = performance.now();
      assert.equal(result.ok, true);
      // When the whole line "start\n" had arrived.
      let text = '';
      const line = chunks.find((chunk) => (text += chunk.text).startsWith('start\ntwo\n'));
      assert.ok(ended - line.at > 100, `"two" arrived ${line.at - started} ms after run(), ${ended - line.at} ms before the end`);
    });

    test('output is batched: many prints, few messages, nothing lost', async () => {
      const { result, stdout, chunks } = await run('for i in range(20000):\n    print(i)\n');
      assert.equal(result.ok, true);
      assert.equal(stdout, Array.from({ length: 20000 }, (_, i) => `${i}\n`).join(''));
      assert.ok(chunks.length < 200, `${chunks.length} chunks for 20000 prints`);
    });

    test('stdout and stderr keep their order, and events fire too', async () => {
      const events = [];
      const onOut = (event) => events.push(['out', event.detail]);
      const onErr = (event) => events.push(['err', event.detail]);
      worker.addEventListener('stdout', onOut);
      worker.addEventListener('stderr', onErr);
      try {
        await run('import sys\nprint("a")\nprint("b", file=sys.stderr)\nprint("c")\n');
      } finally {
        worker.removeEventListener('stdout', onOut);
        worker.removeEventListener('stderr', onErr);
      }
      // Chunks may be cut anywhere (a batch is posted every 16 ms): compare runs of a stream.
      const merged = [];
      for (const [stream, text] of events) {
        if (merged.at(-1)?.[0] === stream) merged.at(-1)[1] += text;
        else merged.push([stream, text]);
      }
      assert.deepEqual(merged, [
        ['out', 'a\n'],
        ['err', 'b\n'],
        ['out', 'c\n'],
      ]);
    });

    test('stop() ends while True: pass with KeyboardInterrupt within 100 ms', async () => {
      out = outputRecorder();
      const running = worker.run('print("looping")\nwhile True:\n    pass\n');
      await sleep(300);
      assert.equal(worker.running, true);
      const stopAt = performance.now();
      await worker.stop();
      const result = await running;
      const took = performance.now() - stopAt;
      assert.ok(took < 100, `stopped after ${took} ms`);
      assert.equal(result.error.type, 'KeyboardInterrupt');
      assert.match(out.stderr, /KeyboardInterrupt\n$/);
      assert.equal(out.stdout, 'looping\n');
      // Usable afterwards.
      assert.equal((await run('print(1 + 1)\n')).stdout, '2\n');
    });

    test('input(): the input event, answered with provideInput()', async () => {
      const prompts = [];
      const onInput = (event) => {
        prompts.push(event.detail.prompt);
        setTimeout(() => worker.provideInput(prompts.length === 1 ? 'Ada' : null), 30);
      };
      worker.addEventListener('input', onInput);
      try {
        const { result, stdout } = await run(
          'name = input("Name? ")\nprint("Hello,", name)\ntry:\n    input()\nexcept EOFError:\n    print("EOF")\n',
        );
        assert.equal(result.ok, true);
        assert.deepEqual(prompts, ['Name? ', '']);
        assert.equal(stdout, 'Name? Hello, Ada\nEOF\n');
      } finally {
        worker.removeEventListener('input', onInput);
      }
    });

    test('stop() while input() waits ends the program with KeyboardInterrupt', async () => {
      let asked;
      const waiting = new Promise((resolve) => (asked = resolve));
      worker.addEventListener('input', asked, { once: true });
      out = outputRecorder();
      const running = worker.run('input("? ")\nprint("never")\n');
      await waiting;
      assert.equal(worker.waitingForInput, true);
      const stopAt = performance.now();
      await worker.stop();
      const result = await running;
      assert.ok(performance.now() - stopAt < 100);
      assert.equal(result.error.type, 'KeyboardInterrupt');
      assert.equal(out.stdout, '? ');
      assert.equal((await run('print("after")\n')).stdout, 'after\n');
    });

    test('errors come back as data', async () => {
      const expected = await readJsonFixture('divide.run.json');
      const { result, stderr } = await run(await readFixture('divide.py'));
      assert.equal(stderr, expected.stderr);
      assert.equal(result.error.type, 'ZeroDivisionError');
      assert.deepEqual(result.error.frames, expected.error.frames);
    });

    test('recursion 100,000 deep with a raised limit, in a worker thread', async () => {
      const { result, stdout } = await run(
        'import sys\nsys.setrecursionlimit(100050)\ndef depth(n):\n    return 0 if n == 0 else 1 + depth(n - 1)\nprint(depth(100000))\n',
      );
      assert.equal(result.ok, true);
      assert.equal(stdout, '100000\n');
    });

    test('runs queue up and run in order', async () => {
      out = outputRecorder();
      const results = await Promise.all([worker.run('print(1)\n'), worker.run('print(2)\n'), worker.run('print(3)\n')]);
      assert.deepEqual(
        results.map((r) => r.ok),
        [true, true, true],
      );
      assert.equal(out.stdout, '1\n2\n3\n');
    });

    test('tokens, ast and dis through the worker', async () => {
      const tokens = await worker.tokens('x = 1\n');
      assert.deepEqual(
        tokens.map((t) => [t.type, t.string]).slice(1, 5), // after ENCODING
        [
          ['NAME', 'x'],
          ['OP', '='],
          ['NUMBER', '1'],
          ['NEWLINE', '\n'],
        ],
      );
      assert.equal((await worker.ast('x = 1\n')).tree.fields.body[0].type, 'Assign');
      const dis = await worker.dis('x = 1\n');
      assert.ok(dis.code.instructions.some((i) => i.opname === 'STORE_NAME' && i.argrepr === 'x'));
    });

    test('reset() gives fresh modules', { skip: hasReset ? false : 'no reset() in this build' }, async () => {
      await run('import sys\nsys.kept = 1\n');
      assert.equal((await run('import sys\nprint(hasattr(sys, "kept"))\n')).stdout, 'True\n');
      await worker.reset();
      assert.equal((await run('import sys\nprint(hasattr(sys, "kept"))\n')).stdout, 'False\n');
    });

    test('a crash rejects the run, and the worker restarts', async () => {
      const restarted = new Promise((resolve) => worker.addEventListener('restart', resolve, { once: true }));
      const running = worker.run('while True:\n    pass\n');
      await sleep(100);
      worker.crashForTesting();
      await assert.rejects(running, /worker failed .*unreachable.*restarted/);
      await restarted;
      await worker.ready;
      assert.equal((await run('print("alive")\n')).stdout, 'alive\n');
    });

    test('an engine abort (allocation past 4 GiB) does not kill the worker', async () => {
      let outcome;
      try {
        outcome = (await run('x = [0] * (10**9)\n')).result.error.type; // MemoryError, if the engine raises it
      } catch (error) {
        outcome = error.message;
        assert.match(outcome, /worker failed .*restarted/);
        await worker.ready;
      }
      assert.ok(/MemoryError|restarted/.test(outcome), outcome);
      assert.equal((await run('print("alive")\n')).stdout, 'alive\n');
    });
  });
}

describe('GlasspyWorker input callback', { skip }, () => {
  test('an async input callback answers in suspend mode, a sync one in blocking mode', async () => {
    for (const inputMode of ['suspend', 'blocking']) {
      const out = outputRecorder();
      const worker = new GlasspyWorker({
        baseUrl: wasmDir,
        inputMode,
        stdout: out.sink('stdout'),
        input: async (prompt) => {
          await sleep(20);
          return { 'a? ': '4', 'b? ': '5' }[prompt] ?? 'Zoë 🐍';
        },
      });
      try {
        const result = await worker.run('print(int(input("a? ")) * int(input("b? ")))\ns = input("é? ")\nprint(s, len(s))\n');
        assert.equal(result.ok, true, inputMode);
        assert.equal(out.stdout, 'a? b? 20\né? Zoë 🐍 5\n', inputMode);
      } finally {
        worker.terminate();
      }
    }
  });

  test('a worker whose engine cannot load rejects ready and runs, and does not loop', async () => {
    const worker = new GlasspyWorker({ baseUrl: new URL('./fixtures/', import.meta.url) });
    await assert.rejects(worker.ready, /did not load/);
    await assert.rejects(worker.run('print(1)\n'), /did not load/);
    worker.terminate();
  });
});

describe('GlasspyWorker stuck in native code', { skip }, () => {
  test('stop() replaces a worker that does not stop in time, and the next run works', async () => {
    const out = outputRecorder();
    // Suspend mode: without shared memory nothing reaches a busy engine (in blocking mode
    // the call polls the Stop flag: stop_native.test.mjs).
    const worker = new GlasspyWorker({ baseUrl: wasmDir, inputMode: 'suspend', stopTimeoutMs: 300, stdout: out.sink('stdout') });
    const restarted = new Promise((resolve) => worker.addEventListener('restart', resolve, { once: true }));
    try {
      await worker.ready;
      // One long call into C++ (no VM instruction in between to notice the interrupt).
      const running = worker.run('print(sum(range(10**15)))\n');
      await sleep(200);
      const stopAt = performance.now();
      await worker.stop();
      const result = await running;
      const took = performance.now() - stopAt;
      assert.ok(took < 500, `stopped after ${took} ms`);
      assert.equal(result.error.type, 'KeyboardInterrupt');
      await restarted;
      assert.equal((await worker.run('print("next")\n')).ok, true);
      assert.equal(out.stdout, 'next\n');
    } finally {
      worker.terminate();
    }
  });
});

describe('GlasspyWorker given a compiled module', { skip }, () => {
  test('the worker uses the page\'s WebAssembly.Module', async () => {
    const { wasmModule } = await loadBuiltModule();
    assert.ok(wasmModule instanceof WebAssembly.Module);
    const out = outputRecorder();
    const worker = new GlasspyWorker({ baseUrl: wasmDir, wasmModule, stdout: out.sink('stdout') });
    try {
      await worker.ready;
      assert.equal((await worker.run('print("shared")\n')).ok, true);
      assert.equal(out.stdout, 'shared\n');
    } finally {
      worker.terminate();
    }
  });
});

describe('GlasspyWorker stopped early', { skip }, () => {
  test('stop() before the engine has loaded drops the run; the worker then works', async () => {
    const out = outputRecorder();
    const worker = new GlasspyWorker({ baseUrl: wasmDir, stdout: out.sink('stdout') });
    try {
      const running = worker.run('print("never")\n');
      await worker.stop();
      const result = await running;
      assert.equal(result.error.type, 'KeyboardInterrupt');
      await worker.ready;
      assert.equal((await worker.run('print("later")\n')).ok, true);
      assert.equal(out.stdout, 'later\n');
    } finally {
      worker.terminate();
    }
  });
});
