// Types for glasspy.mjs, Glasspy's JavaScript API (Node and browsers).

/** Where and how to load the engine. */
export interface LoadOptions {
  /**
   * The folder holding glasspy.js and glasspy.wasm. Default: the folder of glasspy.mjs.
   * A relative string is resolved against the page (browser) or the working directory (Node).
   * In Node it must be a file: URL or path.
   */
  baseUrl?: string | URL;
  /** Receives lines the engine writes to standard output (default: console.log). */
  print?: (text: string) => void;
  /** Receives lines the engine writes to standard error (default: console.warn). */
  printErr?: (text: string) => void;
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

/** One isolated interpreter. Several can share one loaded engine. */
export declare class Interpreter {
  private constructor();
  /** The engine's version string. */
  readonly version: string;
  /** True after dispose(). */
  readonly disposed: boolean;
  /** What `python3 -m tokenize main.py` prints on standard output, main.py holding `source`. */
  tokens(source: string): string;
  /**
   * The whole `python3 -m tokenize [-e] FILENAME` result, errors included. `exact` is -e;
   * `filename` (default "main.py") only appears in error messages.
   */
  tokenDump(source: string, options?: { exact?: boolean; filename?: string }): TokenDump;
  /** The tokens tokenize yields for `source`. */
  tokenize(source: string): TokenInfo[];
  /** The parse of `source`: ast.dump text, the tree as data, or the syntax error. */
  ast(source: string): ParseResult;
  /** Frees the interpreter; using it afterwards throws. */
  dispose(): void;
}

/** A syntax-tree node: class name, position (1-based lines, 0-based UTF-8 byte columns)
 * for classes that have one, and the fields in ASDL order. */
export interface AstNode {
  type: string;
  pos?: [number, number, number, number];
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

/** What ast() returns: either dump and tree, or error. */
export interface ParseResult {
  dump: string | null;
  tree: AstNode | null;
  error: SyntaxErrorInfo | null;
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
  delete(): void;
  isDeleted(): boolean;
}

/** The raw Emscripten module with its Embind exports. */
export interface NativeModule {
  Interpreter: new () => NativeInterpreter;
  version(): string;
}

/** A loaded engine: one wasm instance. */
export interface Glasspy {
  /** The engine's version string. */
  readonly version: string;
  /** A new, independent interpreter. */
  createInterpreter(): Interpreter;
  /** The Embind bindings underneath, for tools and tests. */
  readonly native: NativeModule;
}

/** Loads the engine once per baseUrl; later calls return the same promise. */
export declare function loadGlasspy(options?: LoadOptions): Promise<Glasspy>;
