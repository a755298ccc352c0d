// sys.stdin in the JavaScript API: readline(), read(), readlines() and `for line in
// sys.stdin` ask the input callback as input() does (blocking mode: through the reader;
// suspend mode: the VM stops at the read), with CPython's results: readline keeps the "\n",
// read() goes to end of input (the callback's null), "" at the end.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { GlasspyWorker, loadGlasspy } from '../../js/glasspy.mjs';
import { canRunPrograms, outputRecorder, wasmDir } from './helpers/engine.mjs';

const skip = (await canRunPrograms()) ? false : 'this wasm build cannot run programs (front-end only)';

// [source, answers (null: end of input), expected stdout]
const kCases = {
  'readline keeps the newline, "" at end of input': [
    'import sys\nprint(repr(sys.stdin.readline()))\nprint(repr(sys.stdin.readline()))\n',
    ['hello', null],
    "'hello\\n'\n''\n",
  ],
  'read() reads to end of input': ['import sys\nprint(repr(sys.stdin.read()))\n', ['a', 'b c', null], "'a\\nb c\\n'\n"],
  'for line in sys.stdin': [
    'import sys\nfor line in sys.stdin:\n    print(line.upper(), end="")\nprint("end")\n',
    ['x', 'yz', null],
    'X\nYZ\nend\n',
  ],
  'readlines()': ['import sys\nprint(sys.stdin.readlines())\n', ['1', '2', null], "['1\\n', '2\\n']\n"],
  'readline(size) and read(size) take what is buffered first': [
    'import sys\nprint(repr(sys.stdin.readline(3)), repr(sys.stdin.readline()), repr(sys.stdin.read(4)), repr(sys.stdin.read(2)))\n',
    ['héllo', 'abc', 'def'],
    "'hél' 'lo\\n' 'abc\\n' 'de'\n",
  ],
  'input() after a read still writes its prompt': [
    'import sys\nsys.stdin.readline()\nname = input("name? ")\nprint("hi", name)\n',
    ['ignored', 'Ada'],
    'name? hi Ada\n',
  ],
};

function answering(answers) {
  const queue = [...answers];
  return () => (queue.length ? queue.shift() : null);
}

for (const inputMode of ['blocking', 'suspend']) {
  describe(`sys.stdin in a worker, ${inputMode} mode`, { skip }, () => {
    let worker;
    let out;
    let answer;
    before(async () => {
      worker = new GlasspyWorker({
        baseUrl: wasmDir,
        inputMode,
        stdout: (t) => out.sink('stdout')(t),
        stderr: (t) => out.sink('stderr')(t),
        input: () => answer(),
      });
      await worker.ready;
    });
    after(() => worker?.terminate());

    for (const [name, [source, answers, expected]] of Object.entries(kCases)) {
      test(name, async () => {
        out = outputRecorder();
        answer = answering(answers);
        const result = await worker.run(source);
        assert.equal(out.stderr, '');
        assert.equal(result.ok, true);
        assert.equal(out.stdout, expected);
      });
    }
  });
}

describe('sys.stdin in-thread', { skip }, () => {
  for (const [name, [source, answers, expected]] of Object.entries(kCases)) {
    test(`runAsync: ${name}`, async () => {
      const out = outputRecorder();
      const py = await loadGlasspy({ baseUrl: wasmDir, stdout: out.sink('stdout'), stderr: out.sink('stderr') });
      const next = answering(answers);
      const result = await py.runAsync(source, { input: async () => next() });
      assert.equal(out.stderr, '');
      assert.equal(result.ok, true);
      assert.equal(out.stdout, expected);
    });
    test(`run: ${name}`, async () => {
      const out = outputRecorder();
      const py = await loadGlasspy({ baseUrl: wasmDir, stdout: out.sink('stdout'), stderr: out.sink('stderr') });
      const result = py.run(source, { input: answering(answers) });
      assert.equal(result.ok, true);
      assert.equal(out.stdout, expected);
    });
  }

  test('a read that cannot wait (inside a key function) says so in suspend mode', async () => {
    const out = outputRecorder();
    const py = await loadGlasspy({ baseUrl: wasmDir, stdout: out.sink('stdout'), stderr: out.sink('stderr') });
    const result = await py.runAsync('import sys\nsorted([1, 2], key=lambda x: sys.stdin.readline())\n', { input: async () => 'x' });
    assert.equal(result.error?.type, 'RuntimeError');
    assert.match(result.error.message, /cannot wait for input here/);
  });
});

describe('sys.stdin, CPython semantics checked against python3', { skip }, () => {
  test('the same program fed the same lines prints what python3 prints', async () => {
    const { execFileSync } = await import('node:child_process');
    const source = 'import sys\nprint(repr(sys.stdin.readline(2)), repr(sys.stdin.readline()), sys.stdin.readlines(1), repr(sys.stdin.read()))\n';
    let expected;
    try {
      expected = execFileSync('python3', ['-c', source], { input: 'ab\ncd\nef\ngh\n' }).toString();
    } catch {
      return; // no python3 here: the cases above still hold
    }
    const out = outputRecorder();
    const py = await loadGlasspy({ baseUrl: wasmDir, stdout: out.sink('stdout'), stderr: out.sink('stderr') });
    const result = py.run(source, { input: answering(['ab', 'cd', 'ef', 'gh', null]) });
    assert.equal(result.ok, true, out.stderr);
    assert.equal(out.stdout, expected);
  });
});
