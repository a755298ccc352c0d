// The parse through the wasm module: ast.dump text and syntax errors as CPython 3.11 gives
// them (fixtures/regenerate.sh writes NAME.ast.txt and NAME.run.err from python3), and the
// tree as data for the page's AST pane.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { loadBuiltEngine, readFixture } from './helpers/engine.mjs';

let interpreter;
before(async () => {
  interpreter = await loadBuiltEngine();
});
after(() => interpreter?.dispose());

for (const name of ['assign', 'unicode', 'function']) {
  test(`${name}.py: ast.dump matches CPython`, async () => {
    const result = interpreter.ast(await readFixture(`${name}.py`));
    assert.equal(result.error, null);
    // print() adds the newline that ends the expected file.
    assert.equal(result.dump + '\n', await readFixture(`${name}.ast.txt`));
  });
}

test('the tree carries node types, positions and fields', () => {
  const { tree } = interpreter.ast('x = 1 + y\n');
  assert.equal(tree.type, 'Module');
  const assign = tree.fields.body[0];
  assert.equal(assign.type, 'Assign');
  assert.deepEqual(assign.pos, [1, 0, 1, 9]);
  const binop = assign.fields.value;
  assert.equal(binop.fields.op, 'Add');
  assert.deepEqual(binop.fields.left.fields.value, { repr: '1', kind: 'int' });
  assert.equal(binop.fields.right.fields.id, 'y');
});

test('a syntax error comes back as data, printed as python3 prints it', async () => {
  const result = interpreter.ast(await readFixture('unterminated.py'));
  assert.equal(result.tree, null);
  assert.equal(result.error.type, 'SyntaxError');
  assert.equal(result.error.formatted, await readFixture('unterminated.run.err'));
  assert.equal(result.error.lineno, 2);  // fixtures/unterminated.py opens the string on line 2
});

test('a tree too deep for ast.dump gives the tree without the text, never a crash', () => {
  // 100,000 terms: CPython's ast.dump raises RecursionError on it; the indented text
  // would be quadratic in the depth (gigabytes), so only the tree comes back.
  const source = 'x = ' + Array(100000).fill('a').join(' + ') + '\n';
  const result = interpreter.ast(source);
  assert.equal(result.error, null);
  assert.equal(result.dump, null);
  assert.equal(result.tree.type, 'Module');
  // The interpreter is still usable afterwards.
  assert.equal(interpreter.ast('y = 2\n').error, null);
});
