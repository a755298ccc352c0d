// The package as users see it: package.json's entry points resolve, and the TypeScript
// declarations (js/glasspy.d.mts) name every export and every public member the modules
// really have (TypeScript is not installed here: this keeps the two in step).
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';

import * as api from '../../js/glasspy.mjs';

const repoRoot = new URL('../../', import.meta.url);
const declarations = await readFile(new URL('js/glasspy.d.mts', repoRoot), 'utf8');
const packageJson = JSON.parse(await readFile(new URL('package.json', repoRoot), 'utf8'));

// The members declared in `declare class NAME ... { ... }` (top-level lines of its body).
function declaredMembers(className) {
  const start = declarations.indexOf(`export declare class ${className}`);
  assert.notEqual(start, -1, `${className} is not declared`);
  const body = declarations.slice(declarations.indexOf('{', start) + 1, declarations.indexOf('\n}', start));
  return new Set([...body.matchAll(/^ {2}(?:readonly |private )?([A-Za-z_]\w*)[(<?:]/gm)].map((m) => m[1]));
}

// The public members a class really has: prototype methods and getters.
function realMembers(cls) {
  return Object.getOwnPropertyNames(cls.prototype).filter((name) => name !== 'constructor');
}

test('every export of glasspy.mjs is declared', () => {
  for (const name of Object.keys(api)) {
    assert.match(declarations, new RegExp(`export declare (function|class) ${name}\\b`), name);
  }
});

for (const name of ['Interpreter', 'GlasspyWorker']) {
  test(`${name}: every public member is declared`, () => {
    const declared = declaredMembers(name);
    for (const member of realMembers(api[name])) assert.ok(declared.has(member), `${name}.${member} is not declared`);
  });
}

test('package.json points at files that exist and load', async () => {
  assert.equal(packageJson.main, './js/glasspy.mjs');
  const root = packageJson.exports['.'];
  const worker = packageJson.exports['./worker'];
  for (const file of [root.types, root.default, worker.types, worker.default, packageJson.exports['./worker-runtime']]) {
    await readFile(new URL(file, repoRoot)); // throws if missing
  }
  const byName = await import('glasspy'); // the package resolves itself by its name
  assert.equal(byName.loadGlasspy, api.loadGlasspy);
  const workerEntry = await import('glasspy/worker');
  assert.equal(workerEntry.GlasspyWorker, api.GlasspyWorker);
});
