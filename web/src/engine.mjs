// The page's two uses of the engine, behind one small interface:
//  - analysis (tokens, AST, bytecode of the editor's text): a worker of its own, so that a
//    long file never blocks the page and the panes update while a program runs;
//  - running programs: a GlasspyWorker (streamed output, Stop, input()).
import { GlasspyWorker } from '../../js/glasspy.mjs';

// Where the site serves glasspy.js and glasspy.wasm (vite.config.mjs copies them there).
// Absolute, because the worker resolves relative URLs against its own script.
export const engineBaseUrl = new URL('engine/', document.baseURI).href;

/**
 * Downloads the engine's .wasm once, reporting progress (`onProgress(loaded, total)`), so
 * that the page can show it and the two instances (the panes' and the worker's) then get
 * it from the HTTP cache (or the service worker's) instead of downloading it twice.
 * Failures are left to the loaders, which report them properly.
 */
export async function downloadEngine(onProgress) {
  try {
    const response = await fetch(new URL('glasspy.wasm', engineBaseUrl), { credentials: 'same-origin' });
    if (!response.ok || !response.body) return;
    const total = Number(response.headers.get('Content-Length')) || 0;
    const reader = response.body.getReader();
    let loaded = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      loaded += value.byteLength;
      onProgress(loaded, total);
    }
  } catch {
    // reported by the loaders
  }
}

// The analysis runs in a worker of its own: a 5,000-line file takes the engine a second or
// two (tokens, tree, bytecode), which on the page's thread would freeze typing and
// scrolling; results arrive as promises, and the page drops those of outdated texts.
export async function loadAnalysis() {
  const worker = new GlasspyWorker({ baseUrl: engineBaseUrl, inputMode: 'suspend', stdout: () => {}, stderr: () => {} });
  const { version } = await worker.ready;
  return new Analysis(worker, version);
}

// Tokens, AST and bytecode, each as { ..., error } with error = { message, lineno,
// offset, end_lineno, end_offset } or null, whatever way the engine reports failure.
class Analysis {
  constructor(worker, version) {
    this.worker = worker;
    this.version = version;
  }

  async tokens(source) {
    let tokens = [];
    let error = null;
    try {
      tokens = JSON.parse(await this.worker.tokensJson(source));
    } catch (e) {
      error = { message: String(e.message ?? e) };
    }
    // tokens() stops at a tokenizer error without saying why: tokenDump() has the message
    // (`main.py:LINE:COL: error: ...`, as python3 -m tokenize prints it).
    if (!error && tokens.at(-1)?.type !== 'ENDMARKER') {
      const err = (await safely(() => this.worker.tokenDump(source), null))?.err ?? '';
      const match = /:(\d+):(\d+): error: (.*)/.exec(err);
      error = match
        ? { message: `line ${match[1]}: ${match[3]}`, lineno: Number(match[1]), column: Number(match[2]) }
        : { message: err.trim() || 'the tokenizer stopped early' };
    }
    return { tokens, error };
  }

  // What `python3 -m tokenize main.py` prints (errors included, as it writes them).
  async tokenText(source) {
    const dump = await safely(() => this.worker.tokenDump(source), null);
    return dump ? dump.out + dump.err : '';
  }

  async ast(source) {
    try {
      const result = JSON.parse(await this.worker.astJson(source));
      return { tree: result.tree, dump: result.dump, error: syntaxError(result.error) };
    } catch (e) {
      return { tree: null, error: { message: String(e.message ?? e) } };
    }
  }

  async dis(source) {
    try {
      const result = JSON.parse(await this.worker.disJson(source));
      return { code: result.code ?? null, text: result.text ?? null, error: syntaxError(result.error ?? null) };
    } catch (e) {
      const message = String(e.message ?? e);
      // A build without bytecode export is not the user's error.
      if (/no bytecode|disJson/.test(message)) return { code: null, unavailable: 'This engine build has no bytecode view yet.' };
      return { code: null, error: { message } };
    }
  }
}

// A SyntaxError as the panes show it: CPython's own formatting, plus its position.
function syntaxError(error) {
  if (!error) return null;
  const frame = error.frames?.[0];
  return {
    message: (error.formatted ?? error.traceback)?.trimEnd() || `${error.type}: ${error.message}`,
    lineno: error.lineno ?? frame?.line,
    offset: error.offset,
    end_lineno: error.end_lineno,
    end_offset: error.end_offset,
    short: `${error.type}: ${error.message}`,
  };
}

async function safely(fn, fallback) {
  try {
    return await fn();
  } catch {
    return fallback;
  }
}

/**
 * Starts the worker that runs programs. `handlers`: stdout(text), stderr(text),
 * input(prompt) -> Promise<string | null>.
 */
export function createRunner(handlers) {
  return new GlasspyWorker({
    baseUrl: engineBaseUrl,
    stdout: handlers.stdout,
    stderr: handlers.stderr,
    input: handlers.input,
  });
}
