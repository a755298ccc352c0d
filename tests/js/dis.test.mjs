// Bytecode as data through the wasm module: py.dis(source) gives the `python3 -m dis` text
// and the code objects with their instructions, checked against python3's
// (fixtures/NAME.dis.txt and NAME.code.json, written by fixtures/regenerate.sh).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { loadBuiltEngine, loadBuiltModule, readFixture, readJsonFixture } from './helpers/engine.mjs';

const { native } = await loadBuiltModule();
const skip = typeof native.Interpreter.prototype.disJson === 'function' ? false : 'this wasm build has no disJson';

// Code object addresses differ from run to run.
const withoutAddresses = (text) => text.replace(/ at 0x[0-9a-f]+/g, ' at 0x...');

describe('py.dis()', { skip }, () => {
  let py;
  before(async () => {
    py = await loadBuiltEngine();
  });
  after(() => py?.dispose());

  for (const name of ['assign', 'function', 'divide', 'unicode']) {
    test(`${name}.py: the text is what python3 -m dis prints`, async () => {
      const result = py.dis(await readFixture(`${name}.py`));
      assert.equal(result.error, null);
      assert.equal(withoutAddresses(result.text), withoutAddresses(await readFixture(`${name}.dis.txt`)));
    });

    test(`${name}.py: code objects and instructions as dis sees them`, async () => {
      const { code } = py.dis(await readFixture(`${name}.py`));
      checkCode(code, await readJsonFixture(`${name}.code.json`), code.qualname);
    });
  }

  test('a syntax error comes back as data', async () => {
    const result = py.dis(await readFixture('typo.py'));
    assert.equal(result.text, null);
    assert.equal(result.code, null);
    const expected = await readJsonFixture('typo.run.json');
    assert.equal(result.error.type, 'SyntaxError');
    assert.equal(result.error.traceback, expected.stderr);
    assert.equal(result.error.frames[0].line, expected.error.lineno);
    assert.equal(result.error.frames[0].column, expected.error.offset - 1);
  });
});

function checkCode(actual, expected, where) {
  assert.equal(actual.name, expected.name, `${where}: name`);
  assert.equal(actual.qualname, expected.qualname, `${where}: qualname`);
  assert.equal(actual.firstlineno, expected.firstlineno, `${where}: firstlineno`);
  const pick = (i) => ({
    offset: i.offset,
    opname: i.opname,
    arg: i.arg ?? null,
    argrepr: withoutAddresses(i.argrepr),
    positions: i.positions,
    is_jump_target: i.is_jump_target,
  });
  assert.deepEqual(actual.instructions.filter((i) => i.opname !== 'CACHE').map(pick), expected.instructions.map(pick), `${where}: instructions`);
  // Where dis says a line starts, the instruction carries that line.
  for (const [index, instruction] of expected.instructions.entries()) {
    if (instruction.starts_line !== null) {
      assert.equal(actual.instructions.filter((i) => i.opname !== 'CACHE')[index].line, instruction.starts_line, `${where}: line at ${instruction.offset}`);
    }
  }
  assert.equal(actual.children.length, expected.children.length, `${where}: nested code objects`);
  actual.children.forEach((child, index) => checkCode(child, expected.children[index], `${where}.${child.qualname}`));
}
