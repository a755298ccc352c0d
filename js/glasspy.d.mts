// Types for glasspy.mjs, Glasspy's JavaScript API (Node and browsers): loadGlasspy (an
// in-thread interpreter) and GlasspyWorker (the same in a worker).

/** Receives text as the program writes it (a chunk per write, not per line). */
export type OutputCallback = (text: string) => void;

/** Where and how to load the engine, and the new interpreter's callbacks. */
export interface LoadOptions extends InterpreterOptions {
  /**
   * The folder holding glasspy.js and glasspy.wasm. Default: build/wasm/ beside this
   * package's js/ folder. A relative string is resolved against the page (browser) or the
   * working directory (Node); in Node it must be a file: URL or path.
   */
  baseUrl?: string | URL;
  /** glasspy.wasm already compiled (e.g. another instance's `module.wasmModule`): not compiled again. */
  wasmModule?: WebAssembly.Module;
  /** Receives lines Emscripten's runtime itself prints (default: console.log). */
  print?: (text: string) => void;
  /** Receives lines Emscripten's runtime itself prints as errors, e.g. an abort (default: console.warn). */
  printErr?: (text: string) => void;
}

/** An interpreter's callbacks. */
export interface InterpreterOptions {
  /** Standard output (default: process.stdout in Node, console.log a line at a time in browsers). */
  stdout?: OutputCallback;
  /** Standard error (default: process.stderr in Node, console.error in browsers). */
  stderr?: OutputCallback;
  /**
   * Answers input(): the line without its "\n", or null for end of file (EOFError). run()
   * needs the answer synchronously; runAsync() also accepts a promise. Default: end of file.
   */
  input?: (prompt: string) => string | null | Promise<string | null>;
}

/** A position as Python's tokenize reports it: line from 1, column in code points from 0. */
export type Position = [line: number, column: number];

/** One token as tokenize.TokenInfo has it. */
export interface TokenInfo {
  /** Generic type name from token.tok_name: "NAME", "OP", "STRING", "NEWLINE", ... */
  type: string;
  /** Exact type name: the operator's own ("LPAR", "PLUS", ...) for OP, else equal to `type`. */
  exact_type: string;
  /** The token's text. */
  string: string;
  start: Position;
  end: Position;
}

/** What `python3 -m tokenize [-e] FILENAME` writes, FILENAME holding the source. */
export interface TokenDump {
  out: string;
  err: string;
  exitStatus: number;
}

/** A syntax-tree node: class name, position (1-based lines, 0-based UTF-8 byte columns)
 * for classes that have one, and the fields in ASDL order. */
export interface AstNode {
  type: string;
  pos?: [line: number, column: number, endLine: number, endColumn: number];
  fields: Record<string, AstValue>;
}
/** A field value: a node, a list, an identifier, an operator/context name, a number, a
 * constant ({ repr, kind }) or null (None). */
export type AstValue = AstNode | AstValue[] | string | number | { repr: string; kind: string } | null;

/** A compile-time error as CPython's SyntaxError carries it. */
export interface SyntaxErrorInfo {
  type: string;
  message: string;
  lineno: number;
  offset: number;
  end_lineno: number;
  end_offset: number | null;
  text: string | null;
  /** What python3 prints for it (file name main.py). */
  formatted: string;
}

/** What ast() returns: either dump and tree, or error. `dump` is null (with a tree) for a
 * tree too deep for ast.dump. */
export interface ParseResult {
  dump: string | null;
  tree: AstNode | null;
  error: SyntaxErrorInfo | null;
}

/** One instruction as dis.Instruction has it. */
export interface Instruction {
  offset: number;
  opname: string;
  opcode: number;
  arg: number | null;
  /** repr() of dis's argval. */
  argval?: string | null;
  argrepr: string;
  /** The source line it starts, or null. */
  line: number | null;
  /** co_positions(): 1-based lines, 0-based columns; null where unknown. */
  positions: [line: number | null, column: number | null, endLine: number | null, endColumn: number | null];
  is_jump_target: boolean;
  /** The offset a jump goes to, or null. */
  jump_target?: number | null;
  [more: string]: unknown;
}

/** A code object as data (the module's, with its nested functions, classes, ... as children). */
export interface CodeInfo {
  name: string;
  qualname: string;
  firstlineno: number;
  instructions: Instruction[];
  /** Nested code objects, in the order of their constants. */
  children: CodeInfo[];
  /** flags, argcount, consts (reprs), names, varnames, freevars, cellvars, ... */
  [more: string]: unknown;
}

/** What dis() returns: the `python3 -m dis` text and the code objects, or the syntax error
 * (as a run reports it: its frame holds the position). */
export interface DisResult {
  text: string | null;
  code: CodeInfo | null;
  error: ErrorInfo | null;
}

/** One entry of a traceback, innermost last. Lines from 1, columns from 0 (as co_positions). */
export interface FrameInfo {
  filename: string;
  line: number;
  column: number | null;
  endLine: number | null;
  endColumn: number | null;
  /** The function's name ("<module>" for the top level). */
  name: string;
}

/** An uncaught exception (a SyntaxError too) as data. */
export interface ErrorInfo {
  /** The exception's class name: "ZeroDivisionError", "SyntaxError", "KeyboardInterrupt", ... */
  type: string;
  /** str() of the exception (for a SyntaxError, its msg alone, without "(file, line N)"). */
  message: string;
  /** What python3 prints for it on standard error (also written to stderr). */
  traceback: string;
  /** The traceback's entries, innermost last; for a SyntaxError one, at the error's position. */
  frames: FrameInfo[];
}

/** How a program ended: ok is false after an uncaught exception (SystemExit counts as ok). */
export interface RunResult {
  ok: boolean;
  /** The process exit status python3 would have: SystemExit's code, 1 after an error, 130 after KeyboardInterrupt. */
  exitCode: number;
  error: ErrorInfo | null;
}

/** A step of a started program. */
export type StepState =
  | { state: 'running' }
  | { state: 'input'; prompt: string }
  /** time.sleep() in a suspending run: step again after `ms` (interrupt() first to stop it). */
  | { state: 'sleep'; ms: number }
  | { state: 'done'; result: RunResult };

export interface RunOptions extends InterpreterOptions {
  /** The file name tracebacks show (default "main.py"). */
  filename?: string;
}

export interface RunAsyncOptions extends RunOptions {
  /** Aborting it raises KeyboardInterrupt in the program. */
  signal?: AbortSignal;
  /** How long one slice runs before the event loop gets a turn (default 10 ms). */
  sliceMs?: number;
}

export interface StartOptions extends RunOptions {
  /**
   * input() and sys.stdin reads call `input` synchronously and time.sleep() waits on this
   * thread (true), or step() returns state "input" / "sleep" (false, the default).
   */
  blocking?: boolean;
  /** time.sleep(seconds) in a blocking run: wait, return true if the program should stop. */
  sleep?: (seconds: number) => boolean;
  /** Asked every so often while the engine is busy in one step: true stops the program. */
  stopRequested?: () => boolean;
}

/** The loaded wasm module: one instance, shared by every interpreter created from it. */
export interface GlasspyModule {
  /** The Embind bindings. */
  readonly native: NativeModule;
  /** The instance's linear memory (its buffer's byteLength is the wasm memory in use). */
  readonly memory: WebAssembly.Memory | null;
  /** The compiled glasspy.wasm, to give to a GlasspyWorker (`wasmModule`) or another load. */
  readonly wasmModule: WebAssembly.Module;
  /** Why the instance is unusable (a trap or an abort happened in it), or null. */
  readonly crashed: string | null;
  /** The folder it was loaded from. */
  readonly baseUrl: string;
}

/** One isolated interpreter (own globals, own callbacks); several share one wasm instance. */
export declare class Interpreter {
  private constructor();
  /** The engine's version string. */
  readonly version: string;
  /** The wasm module it lives in. */
  readonly module: GlasspyModule;
  /** The Embind interpreter underneath. */
  readonly native: NativeInterpreter;
  /** True after dispose(). */
  readonly disposed: boolean;
  /** True while a program runs. */
  readonly running: boolean;
  /** A new, independent interpreter in the same wasm instance. */
  createInterpreter(options?: InterpreterOptions): Interpreter;
  /** Runs `source` to the end on this thread (blocks it). */
  run(source: string, options?: RunOptions): RunResult;
  /** Runs `source` in time slices, yielding to the event loop; input() may wait for a promise. */
  runAsync(source: string, options?: RunAsyncOptions): Promise<RunResult>;
  /** Starts a program for step() to run. */
  start(source: string, options?: StartOptions): void;
  /** Runs the started program for at most `budget` VM ticks (0: until it ends or asks for input). */
  step(budget?: number): StepState;
  /** Answers the input() the last step stopped at (null: end of file). */
  provideInput(line: string | null): void;
  /** Raises KeyboardInterrupt in the running program at its next check. */
  interrupt(): void;
  /** Fresh modules (sys, imported ones) and globals; each run already gets a fresh __main__. */
  reset(): void;
  /** The tokens tokenize.tokenize() yields for `source`. */
  tokens(source: string): TokenInfo[];
  /** Old name of tokens(). */
  tokenize(source: string): TokenInfo[];
  /**
   * The whole `python3 -m tokenize [-e] FILENAME` result, errors included. `exact` is -e;
   * `filename` (default "main.py") only appears in error messages.
   */
  tokenDump(source: string, options?: { exact?: boolean; filename?: string }): TokenDump;
  /** The parse of `source`: ast.dump text, the tree as data, or the syntax error. */
  ast(source: string): ParseResult;
  /** The bytecode of `source`: dis text and code objects, or the syntax error. */
  dis(source: string): DisResult;
  /** Frees the interpreter; using it afterwards throws (also [Symbol.dispose] where it exists). */
  dispose(): void;
}

/** Loads the engine (once per baseUrl) and returns a new interpreter with these callbacks. */
export declare function loadGlasspy(options?: LoadOptions): Promise<Interpreter>;

/** Loads the engine (once per baseUrl) without creating an interpreter. */
export declare function loadGlasspyModule(
  options?: Pick<LoadOptions, 'baseUrl' | 'wasmModule' | 'print' | 'printErr'>,
): Promise<GlasspyModule>;

/** GlasspyWorker's options. */
export interface WorkerOptions {
  /** Standard output as it arrives (also the "stdout" event; nothing is printed by default). */
  stdout?: OutputCallback;
  /** Standard error as it arrives (also the "stderr" event). */
  stderr?: OutputCallback;
  /**
   * Answers input() (a line without "\n", or null for end of file), at once or later. Without
   * it, listen to the "input" event and answer with provideInput() or the event's respond().
   */
  input?: (prompt: string) => string | null | Promise<string | null>;
  /**
   * How input() waits: "blocking" (SharedArrayBuffer + Atomics.wait in the worker: needs a
   * cross-origin isolated page), "suspend" (the VM pauses at input() and resumes), or "auto"
   * (the default: blocking where possible).
   */
  inputMode?: 'auto' | 'blocking' | 'suspend';
  /** The engine's folder (default: build/wasm/ beside js/). */
  baseUrl?: string | URL;
  /** glasspy.wasm already compiled (e.g. `py.module.wasmModule` of an in-thread interpreter): the worker skips compiling it. */
  wasmModule?: WebAssembly.Module;
  /** worker-runtime.mjs, if it is not beside worker.mjs (e.g. after bundling). */
  workerUrl?: string | URL;
  /** After stop(), how long a program may take to end before its worker is replaced (default 500 ms). */
  stopTimeoutMs?: number;
}

/** The "input" event's detail. */
export interface InputRequest {
  /** The prompt input() was given (already written to stdout). */
  prompt: string;
  /** Answers this request (null: end of file). */
  respond(line: string | null): void;
}

export interface GlasspyWorkerEventMap {
  /** A chunk of standard output (detail: the text). */
  stdout: CustomEvent<string>;
  /** A chunk of standard error (detail: the text). */
  stderr: CustomEvent<string>;
  /** The program waits for input(). */
  input: CustomEvent<InputRequest>;
  /** The worker was replaced (after a crash or a stop that timed out). */
  restart: CustomEvent<{ reason: string }>;
}

/** The interpreter in a worker: a Web Worker in browsers, worker_threads in Node. */
export declare class GlasspyWorker extends EventTarget {
  constructor(options?: WorkerOptions);
  /** Resolves once the engine has loaded in the worker. */
  readonly ready: Promise<{ version: string; inputMode: 'blocking' | 'suspend' }>;
  /** The engine's version (null until ready). */
  readonly version: string | null;
  /** How input() waits in this worker. */
  readonly inputMode: 'blocking' | 'suspend';
  /** True while a program runs. */
  readonly running: boolean;
  /** True while the program waits for an answer to input(). */
  readonly waitingForInput: boolean;
  /**
   * Runs `source`; resolves when it ends (output arrives meanwhile). Runs queue up. Rejects
   * only if the worker failed (a wasm trap): the worker has then been restarted.
   */
  run(source: string, options?: { filename?: string }): Promise<RunResult>;
  /** Stops the running program with KeyboardInterrupt (and drops queued runs). */
  stop(): Promise<void>;
  /** Answers the pending input() (null: end of file); false if none is pending. */
  provideInput(line: string | null): boolean;
  tokens(source: string): Promise<TokenInfo[]>;
  tokenDump(source: string, options?: { exact?: boolean; filename?: string }): Promise<TokenDump>;
  ast(source: string): Promise<ParseResult>;
  dis(source: string): Promise<DisResult>;
  /** The same results as JSON text: parsing them on the page costs less for large sources. */
  tokensJson(source: string): Promise<string>;
  astJson(source: string): Promise<string>;
  disJson(source: string): Promise<string>;
  /** Fresh modules and globals for the next runs (not while a program runs). */
  reset(): Promise<void>;
  /** Ends the worker for good. */
  terminate(): void;
  /** Tests only: makes the worker fail as a wasm trap would. */
  crashForTesting(): void;
  addEventListener<K extends keyof GlasspyWorkerEventMap>(
    type: K,
    listener: (event: GlasspyWorkerEventMap[K]) => void,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof GlasspyWorkerEventMap>(
    type: K,
    listener: (event: GlasspyWorkerEventMap[K]) => void,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions): void;
}

/** The Embind-level interpreter (`native.Interpreter`); needs an explicit delete(). */
export interface NativeInterpreter {
  readonly version: string;
  tokens(source: string): string;
  tokenDump(source: string, exact: boolean, filename: string): TokenDump;
  /** JSON text of TokenInfo[]. */
  tokensJson(source: string): string;
  /** JSON text of a ParseResult. */
  astJson(source: string): string;
  /** JSON text: { text, code } or { error }. */
  disJson(source: string): string;
  setOutput(stdout: OutputCallback, stderr: OutputCallback): void;
  setInputReader(reader: ((prompt: string) => string | null) | null): void;
  /** time.sleep in blocking runs: waits `seconds`, returns true if Stop came meanwhile. */
  setSleeper(sleeper: ((seconds: number) => boolean) | null): void;
  /** Asked every so often while the engine is busy: true stops the program (KeyboardInterrupt). */
  setStopPoller(poller: (() => boolean) | null): void;
  start(source: string, filename: string): void;
  /** JSON text of the engine's step state. */
  step(budget: number): string;
  provideInput(line: string, eof: boolean): void;
  interrupt(): void;
  reset(): void;
  delete(): void;
  isDeleted(): boolean;
}

/** The raw Emscripten module with its Embind exports. */
export interface NativeModule {
  Interpreter: new () => NativeInterpreter;
  version(): string;
  /** Bytes of the C++ heap in use (malloc's total): what leak tests watch. */
  heapInUse(): number;
}
