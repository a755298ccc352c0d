// Running programs with the in-thread interpreter (loadGlasspy): results and errors as
// data (checked against python3's, fixtures/*.run.json), streamed output, Stop, input() in
// both modes, isolation between interpreters, deep recursion.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';

import {
  canRunPrograms,
  kSlowProgram,
  loadBuiltEngine,
  loadBuiltModule,
  outputRecorder,
  readFixture,
  readJsonFixture,
} from './helpers/engine.mjs';

const runs = await canRunPrograms();
const hasReset = typeof (await loadBuiltModule()).native.Interpreter.prototype.reset === 'function';
const skip = runs ? false : 'this wasm build cannot run programs (front-end only)';

describe('in-thread runs', { skip }, () => {
  let py;
  let out;
  before(async () => {
    out = outputRecorder();
    py = await loadBuiltEngine({ stdout: (t) => out.sink('stdout')(t), stderr: (t) => out.sink('stderr')(t) });
  });
  after(() => py?.dispose());

  // Runs `source` with fresh recorders; returns { result, stdout, stderr, chunks }.
  function run(source, options = {}) {
    out = outputRecorder();
    const result = py.run(source, options);
    return { result, ...out };
  }

  test('print("hi") writes hi and succeeds', () => {
    const { result, stdout, stderr } = run('print("hi")\n');
    assert.deepEqual(result, { ok: true, exitCode: 0, error: null });
    assert.equal(stdout, 'hi\n');
    assert.equal(stderr, '');
  });

  test('a runtime error comes back as data, as python3 reports it', async () => {
    const expected = await readJsonFixture('divide.run.json');
    const { result, stdout, stderr } = run(await readFixture('divide.py'), { filename: 'main.py' });
    assert.equal(stdout, expected.stdout);
    assert.equal(stderr, expected.stderr);
    assert.equal(result.ok, false);
    assert.equal(result.exitCode, expected.exitCode);
    assert.equal(result.error.type, expected.error.type);
    assert.equal(result.error.message, expected.error.message);
    assert.equal(result.error.traceback, expected.stderr);
    assert.deepEqual(result.error.frames, expected.error.frames);
  });

  test('a syntax error comes back as data with its position', async () => {
    const expected = await readJsonFixture('typo.run.json');
    const { result, stdout, stderr } = run(await readFixture('typo.py'));
    assert.equal(stdout, '');
    assert.equal(stderr, expected.stderr);
    assert.equal(result.ok, false);
    assert.equal(result.exitCode, 1);
    assert.equal(result.error.type, 'SyntaxError');
    assert.ok(
      [expected.error.message, expected.error.msg].includes(result.error.message),
      `message ${JSON.stringify(result.error.message)}`,
    );
    assert.equal(result.error.traceback, expected.stderr);
    const [frame] = result.error.frames.slice(-1);
    assert.equal(frame.filename, 'main.py');
    assert.equal(frame.line, expected.error.lineno);
    assert.equal(frame.column, expected.error.offset - 1); // columns from 0, offsets from 1
  });

  test('the file name shows in tracebacks', () => {
    const { result } = run('1/0\n', { filename: 'lesson.py' });
    assert.match(result.error.traceback, /File "lesson\.py", line 1, in <module>/);
    assert.equal(result.error.frames[0].filename, 'lesson.py');
  });

  test('SystemExit ends the program with its code, not as an error', () => {
    const { result, stdout } = run('import sys\nprint("bye")\nsys.exit(3)\nprint("never")\n');
    assert.equal(stdout, 'bye\n');
    assert.equal(result.exitCode, 3);
    assert.equal(result.error, null);
  });

  test('output reaches the callback while the program runs (streaming)', () => {
    const started = performance.now();
    const { result, chunks } = run(kSlowProgram);
    const ended = performance.now();
    assert.equal(result.ok, true);
    assert.deepEqual(chunks.map((c) => c.text).join(''), 'first\nlast\n');
    assert.ok(ended - started >= 1000, `ran ${ended - started} ms`);
    assert.ok(chunks[0].at - started < 400, `first chunk after ${chunks[0].at - started} ms`);
    assert.ok(ended - chunks[0].at > 600, `first chunk only ${ended - chunks[0].at} ms before the end`);
  });

  test('runAsync streams too, and lets the event loop run between slices', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 20);
    out = outputRecorder();
    const started = performance.now();
    try {
      const result = await py.runAsync(kSlowProgram);
      assert.equal(result.ok, true);
    } finally {
      clearInterval(timer);
    }
    assert.equal(out.stdout, 'first\nlast\n');
    assert.ok(out.chunks[0].at - started < 400, `first chunk after ${out.chunks[0].at - started} ms`);
    assert.ok(ticks >= 20, `the event loop ran only ${ticks} timer ticks in about a second`);
  });

  test('an AbortSignal stops an infinite loop with KeyboardInterrupt within 100 ms', async () => {
    const controller = new AbortController();
    out = outputRecorder();
    const running = py.runAsync('print("looping")\nwhile True:\n    pass\n', { signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(py.running, true);
    const stopAt = performance.now();
    controller.abort();
    const result = await running;
    const took = performance.now() - stopAt;
    assert.ok(took < 100, `stopped after ${took} ms`);
    assert.equal(result.ok, false);
    assert.equal(result.error.type, 'KeyboardInterrupt');
    assert.equal(result.exitCode, 130);
    assert.match(out.stderr, /KeyboardInterrupt\n$/);
    // The interpreter is still usable.
    assert.equal(run('print(6 * 7)\n').stdout, '42\n');
  });

  test('input() in blocking mode: a synchronous callback answers', () => {
    const prompts = [];
    const answers = ['Ada', 'Lovelace'];
    const { result, stdout } = run('a = input("First? ")\nb = input("Last? ")\nprint("Hello", a, b)\n', {
      input: (prompt) => {
        prompts.push(prompt);
        return answers.shift();
      },
    });
    assert.equal(result.ok, true);
    assert.deepEqual(prompts, ['First? ', 'Last? ']);
    assert.equal(stdout, 'First? Last? Hello Ada Lovelace\n');
  });

  test('input() without an answer sees end of file (EOFError), as python3 < /dev/null', () => {
    const { result, stdout } = run('try:\n    input("? ")\nexcept EOFError as e:\n    print("EOF:", e)\n');
    assert.equal(result.ok, true);
    assert.equal(stdout, '? EOF: EOF when reading a line\n');
  });

  test('input() in suspend mode: runAsync waits for a promise', async () => {
    out = outputRecorder();
    const prompts = [];
    const result = await py.runAsync('n = int(input("n? "))\nprint(n * 2)\nprint(input())\n', {
      input: async (prompt) => {
        prompts.push(prompt);
        await new Promise((resolve) => setTimeout(resolve, 50));
        return prompts.length === 1 ? '21' : null;
      },
    });
    assert.deepEqual(prompts, ['n? ', '']);
    assert.equal(out.stdout, 'n? 42\n');
    assert.equal(result.error.type, 'EOFError');
  });

  test('start/step with a budget: the program suspends and resumes to the same output', () => {
    out = outputRecorder();
    py.start('t = 0\nfor i in range(200000):\n    t += i\nprint(t)\n');
    let steps = 0;
    let state;
    do {
      state = py.step(1000);
      steps++;
    } while (state.state === 'running');
    assert.equal(state.state, 'done');
    assert.ok(steps > 10, `${steps} steps`);
    assert.equal(out.stdout, `${(199999 * 200000) / 2}\n`);
  });

  test('recursion 100,000 deep with a raised limit', () => {
    const { result, stdout, stderr } = run(
      'import sys\nsys.setrecursionlimit(100050)\ndef depth(n):\n    return 0 if n == 0 else 1 + depth(n - 1)\nprint(depth(100000))\n',
    );
    assert.equal(stderr, '');
    assert.equal(result.ok, true);
    assert.equal(stdout, '100000\n');
  });

  test('the default limit still gives RecursionError, not a crash', () => {
    const { result } = run('def f(n):\n    return f(n + 1)\nf(0)\n');
    assert.equal(result.error.type, 'RecursionError');
    assert.equal(result.error.message, 'maximum recursion depth exceeded');
  });

  test('each run gets a fresh __main__; modules persist until reset()', { skip: hasReset ? false : 'no reset() in this build' }, () => {
    run('import sys\nsys.kept = 1\nx = 1\n');
    const { result, stdout } = run('import sys\nprint(hasattr(sys, "kept"))\nprint(x)\n');
    assert.equal(stdout, 'True\n');
    assert.equal(result.error.type, 'NameError');
    py.reset();
    assert.equal(run('import sys\nprint(hasattr(sys, "kept"))\n').stdout, 'False\n');
  });

  test('a callback that throws does not break the interpreter', () => {
    assert.throws(
      () =>
        py.run('print("x")\n', {
          stdout: () => {
            throw new Error('sink failed');
          },
        }),
      /sink failed/,
    );
    const own = outputRecorder();
    const result = py.run('print("again")\n', { stdout: own.sink('stdout') });
    assert.equal(result.ok, true);
    assert.equal(own.stdout, 'again\n');
    // A run's own callbacks last for that run only.
    assert.equal(run('print("back")\n').stdout, 'back\n');
    assert.equal(own.stdout, 'again\n');
  });

  test('a forgotten interpreter can be collected (its callbacks do not hold it)', async () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc'); // this process was not started with --expose-gc
    let collected = false;
    const registry = new FinalizationRegistry(() => (collected = true));
    (() => {
      const lost = py.createInterpreter({ stdout: () => {} });
      lost.run('print(1)\n');
      registry.register(lost, null);
    })();
    for (let i = 0; i < 20 && !collected; i++) {
      gc();
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    assert.equal(collected, true);
  });
});

describe('several interpreters', { skip }, () => {
  test('two interpreters have isolated globals and modules', async () => {
    const outA = outputRecorder();
    const outB = outputRecorder();
    const a = await loadBuiltEngine({ stdout: outA.sink('stdout'), stderr: outA.sink('stderr') });
    const b = a.createInterpreter({ stdout: outB.sink('stdout'), stderr: outB.sink('stderr') });
    try {
      assert.equal(a.module, b.module); // one wasm instance
      // Interleaved: both programs are suspended halfway at the same time.
      const program = (name) => `x = "${name}"\nimport sys\nsys.marker = x\nfor i in range(30000):\n    pass\nprint(x, sys.marker)\n`;
      a.start(program('a'));
      b.start(program('b'));
      let sa = a.step(500);
      let sb = b.step(500);
      assert.equal(sa.state, 'running');
      assert.equal(sb.state, 'running');
      while (sa.state === 'running' || sb.state === 'running') {
        if (sa.state === 'running') sa = a.step(500);
        if (sb.state === 'running') sb = b.step(500);
      }
      assert.equal(outA.stdout, 'a a\n');
      assert.equal(outB.stdout, 'b b\n');
      // A third one never saw x.
      const outC = outputRecorder();
      const c = a.createInterpreter({ stdout: outC.sink('stdout'), stderr: outC.sink('stderr') });
      const result = c.run('import sys\nprint(hasattr(sys, "marker"))\nprint(x)\n');
      c.dispose();
      assert.equal(outC.stdout, 'False\n');
      assert.equal(result.error.type, 'NameError');
      assert.equal(result.error.message, "name 'x' is not defined");
    } finally {
      a.dispose();
      b.dispose();
    }
  });
});

describe('engine crashes', { skip }, () => {
  // Allocations past wasm32's 4 GiB: today an engine abort (a MemoryError would be CPython's
  // answer; either is accepted here, the point is that nothing else breaks).
  const kHuge = 'x = [0] * (10**9)\n';

  test('a trap or abort becomes an exception; a new load gives a fresh instance', async () => {
    const out = outputRecorder();
    const py = await loadBuiltEngine({ stdout: out.sink('stdout'), stderr: out.sink('stderr') });
    let result = null;
    try {
      result = py.run(kHuge);
    } catch (error) {
      assert.match(error.message, /the engine crashed/);
      assert.ok(py.module.crashed);
      assert.throws(() => py.run('print(1)\n'), /crashed earlier/);
      const fresh = await loadBuiltEngine({ stdout: out.sink('stdout'), stderr: out.sink('stderr') });
      assert.notEqual(fresh.module, py.module);
      assert.equal(fresh.run('print("fresh")\n').ok, true);
      assert.match(out.stdout, /fresh\n$/);
      fresh.dispose();
      return;
    }
    assert.equal(result.error.type, 'MemoryError');
    py.dispose();
  });
});
