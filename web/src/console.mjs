// The output console: streams a program's stdout and stderr (styled apart), asks for
// input() inline, turns traceback "File ..., line N" entries into links, and keeps its
// size bounded so that a program printing forever cannot exhaust the page.

const kMaxChars = 300_000; // text kept; older output is dropped first
const kBlockChars = 4_000; // output per block (see #append)
const kMaxChunkChars = kMaxChars * 0.8; // of one batch (a 5 MB line): room left for what follows
const kTracebackLine = /^(\s*File ")([^"]+)(", line )(\d+)(.*)$/;

export class Console {
  constructor(root, { onLineLink, fileName }) {
    this.root = root;
    this.onLineLink = onLineLink;
    this.fileName = fileName;
    this.chars = 0;
    this.blockChars = 0;
    this.blockFull = false;
    this.pending = []; // [stream, text] chunks waiting for the next frame
    this.partial = { stderr: '' }; // stderr text after its last newline (for links)
    this.dropped = { lines: 0, chars: 0 }; // output trimmed from the top (see #markTrimmed)
    this.scheduled = false;
    root.addEventListener('click', (event) => {
      const link = event.target.closest('.tb-link');
      if (link) this.onLineLink(Number(link.dataset.line));
    });
  }

  get text() {
    return this.root.textContent;
  }

  clear() {
    this.#flush();
    this.root.replaceChildren();
    this.chars = 0;
    this.blockChars = 0;
    this.blockFull = false;
    this.partial.stderr = '';
    this.dropped = { lines: 0, chars: 0 };
  }

  // A chunk of output; rendering is batched per animation frame.
  write(stream, text) {
    if (!text) return;
    this.pending.push([stream, text]);
    if (!this.scheduled) {
      this.scheduled = true;
      requestAnimationFrame(() => this.#flush());
    }
  }

  // A line of the page's own (not the program's) in the console: "stopped", timings.
  note(text, kind = 'info') {
    this.#flush();
    this.#endStderr();
    const div = document.createElement('div');
    div.className = `note note-${kind}`;
    div.textContent = text;
    this.root.append(div);
  }

  // Asks for a line of input; resolves with it. The program has already printed `prompt`
  // (input() writes it to stdout), so the field sits right after it.
  ask(prompt = '') {
    this.#flush();
    return new Promise((resolve) => {
      const field = document.createElement('input');
      field.className = 'console-input';
      field.type = 'text';
      field.autocomplete = 'off';
      field.spellcheck = false;
      field.setAttribute('aria-label', prompt ? `Input: ${prompt.trim()}` : 'Input for the program');
      field.title = 'Enter sends the line; Ctrl+D on an empty line ends the input (end of file)';
      field.addEventListener('keydown', (event) => {
        if (event.key === 'd' && event.ctrlKey && !event.altKey && !event.metaKey && field.value === '') {
          // End of file, as Ctrl+D in a terminal: input() raises EOFError, reads return ''.
          event.preventDefault();
          const echo = document.createElement('span');
          echo.className = 'stdin eof';
          echo.textContent = '^D\n';
          field.replaceWith(echo);
          this.current = null;
          resolve(null);
          return;
        }
        if (event.key !== 'Enter') return;
        event.preventDefault();
        const answer = field.value;
        const echo = document.createElement('span');
        echo.className = 'stdin';
        echo.textContent = `${answer}\n`;
        field.replaceWith(echo);
        this.current = null;
        resolve(answer);
      });
      this.current = { field, resolve };
      this.#append(field, 0);
      field.focus({ preventScroll: true });
      this.#scroll();
    });
  }

  // Withdraws an unanswered input field (the program was stopped).
  cancelInput() {
    if (!this.current) return;
    this.current.field.remove();
    this.current = null;
  }

  // Ends the run's output: the last stderr line gets its link too.
  finish() {
    this.#flush();
    this.#endStderr();
  }

  #flush() {
    this.scheduled = false;
    const chunks = this.pending;
    if (!chunks.length) return;
    this.pending = [];
    let stdout = ''; // consecutive stdout chunks become one span
    for (const [stream, text] of chunks) {
      if (stream === 'stdout') {
        stdout += text;
        continue;
      }
      this.#stdout(stdout);
      stdout = '';
      this.#stderr(text);
    }
    this.#stdout(stdout);
    this.#trim();
    this.#scroll();
  }

  // stdout goes in spans of at most a block's size, cut after newlines, so that lines never
  // straddle two blocks; text beyond what the console keeps is dropped before it costs DOM.
  #stdout(text) {
    if (!text) return;
    if (text.length > kMaxChunkChars) {
      // Keep the end: from a line's start if one is near, else the tail of a long line.
      let cut = text.length - kMaxChunkChars;
      const newline = text.indexOf('\n', cut);
      if (newline >= 0 && newline - cut < kMaxChunkChars / 10) cut = newline + 1;
      this.#markTrimmed(text.slice(0, cut));
      text = text.slice(cut);
    }
    while (text) {
      const room = Math.max(0, kBlockChars - this.blockChars);
      const cut = text.length > room ? text.indexOf('\n', room) + 1 : 0;
      const piece = cut > 0 ? text.slice(0, cut) : text;
      this.#append(this.#span('stdout', piece), piece.length, piece.endsWith('\n'));
      text = text.slice(piece.length);
    }
  }

  // stderr is split at newlines so that each complete traceback line can become a link;
  // an incomplete last line is shown at once and replaced when its newline arrives.
  #stderr(text) {
    const lines = (this.partial.stderr + text).split('\n');
    this.partial.stderr = lines.pop();
    this.root.querySelector('.stderr.partial')?.remove();
    for (const line of lines) this.#append(this.#stderrLine(`${line}\n`), line.length + 1, true);
    if (this.partial.stderr) {
      const span = this.#span('stderr', this.partial.stderr);
      span.classList.add('partial');
      this.#append(span, 0, false);
    }
  }

  #endStderr() {
    if (!this.partial.stderr) return;
    this.root.querySelector('.stderr.partial')?.remove();
    this.#append(this.#stderrLine(this.partial.stderr), this.partial.stderr.length, false);
    this.partial.stderr = '';
  }

  #stderrLine(line) {
    const match = kTracebackLine.exec(line.replace(/\n$/, ''));
    if (!match || match[2] !== this.fileName) return this.#span('stderr', line);
    const [, before, file, middle, lineNo, after] = match;
    const span = this.#span('stderr', before);
    const link = document.createElement('button');
    link.type = 'button';
    link.className = 'tb-link';
    link.dataset.line = lineNo;
    link.textContent = `${file}${middle}${lineNo}`;
    link.title = `Select line ${lineNo} in the editor`;
    span.append(link, `${after}${line.endsWith('\n') ? '\n' : ''}`);
    return span;
  }

  #span(stream, text) {
    const span = document.createElement('span');
    span.className = stream;
    span.textContent = text;
    return span;
  }

  // Output goes into blocks of bounded size that start at line boundaries: appending then
  // lays out the last block, not everything printed so far, and trimming drops whole
  // blocks from the top. `endsLine`: the node's text ends with a newline.
  #append(node, size, endsLine) {
    const field = this.current?.field;
    if (field && field.isConnected) {
      field.before(node);
    } else {
      let block = this.root.lastElementChild;
      if (!block?.classList.contains('block') || this.blockFull) {
        block = document.createElement('div');
        block.className = 'block';
        this.root.append(block);
        this.blockChars = 0;
        this.blockLines = 0;
      }
      block.append(node);
      this.blockChars += size;
      const text = node.textContent;
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.blockLines++;
      this.blockFull = endsLine && this.blockChars >= kBlockChars;
      if (this.blockFull) block.style.setProperty('--lines', String(Math.max(1, this.blockLines)));
    }
    this.chars += size;
  }

  #trim() {
    const field = this.current?.field;
    while (this.chars > kMaxChars && this.root.children.length > 1) {
      let first = this.root.firstElementChild;
      if (first.classList.contains('trimmed')) first = first.nextElementSibling;
      if (!first || first === this.root.lastElementChild || (field && first.contains(field))) break;
      const gone = first.textContent;
      this.chars -= gone.length;
      first.remove();
      this.#markTrimmed(gone);
    }
  }

  // Counts `text` as dropped and says so at the top: "… 12,345 lines dropped".
  #markTrimmed(text) {
    let lines = 0;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
    this.dropped.lines += lines;
    this.dropped.chars += text.length;
    let note = this.root.querySelector('.trimmed');
    if (!note) {
      note = document.createElement('div');
      note.className = 'note note-info trimmed';
      this.root.prepend(note);
    }
    const { lines: n, chars } = this.dropped;
    const count = (value, unit) => `${value.toLocaleString('en-US')} ${unit}${value === 1 ? '' : 's'}`;
    note.textContent =
      n > 0
        ? `… ${count(n, 'line')} dropped (${count(chars, 'character')}): the console keeps the last ones`
        : `… ${count(chars, 'character')} dropped: the console keeps the last ones`;
  }

  // To the end; once more on the next frame, when the blocks now in view have their real
  // sizes (the others count at an estimate: content-visibility).
  #scroll() {
    const box = this.root.parentElement;
    box.scrollTop = box.scrollHeight;
    if (this.rescroll) return;
    this.rescroll = requestAnimationFrame(() => {
      this.rescroll = 0;
      box.scrollTop = box.scrollHeight;
    });
  }
}
