# The bdb module (frozen stdlib): the debugger framework over sys.settrace — stepping
# (set_step / set_next / set_return / set_until / set_continue), breakpoints with
# conditions, ignore counts and temporary ones, and the user_* hooks a debugger
# overrides. CPython 3.11's interface and behaviour; written for Glasspy.
"""The debugger framework: tracing-driven stepping and breakpoints."""

import sys
import os

__all__ = ["BdbQuit", "Bdb", "Breakpoint"]

# co_flags of generators, coroutines and async generators.
GENERATOR_AND_COROUTINE_FLAGS = 0x20 | 0x80 | 0x200


class BdbQuit(Exception):
    """Raised to leave the debugged program."""


def _glob_match(name, pattern):
    # fnmatch.fnmatchcase: * ? and [...] as shell patterns.
    import re
    parts = []
    i = 0
    while i < len(pattern):
        c = pattern[i]
        i += 1
        if c == '*':
            parts.append('.*')
        elif c == '?':
            parts.append('.')
        elif c == '[':
            end = pattern.find(']', i + 1 if i < len(pattern) and pattern[i] == '!' else i)
            if end < 0:
                parts.append('\\[')
            else:
                body = pattern[i:end]
                i = end + 1
                if body.startswith('!'):
                    body = '^' + body[1:]
                parts.append('[' + body.replace('\\', '\\\\') + ']')
        else:
            parts.append(re.escape(c))
    return re.fullmatch(''.join(parts), name, re.DOTALL) is not None


def _getline(filename, lineno):
    try:
        import linecache
    except ImportError:
        linecache = None
    if linecache is not None:
        return linecache.getline(filename, lineno)
    try:
        with open(filename) as f:
            lines = f.readlines()
    except (OSError, UnicodeDecodeError):
        return ''
    return lines[lineno - 1] if 1 <= lineno <= len(lines) else ''


class Bdb:
    """The base of debuggers: turns trace events into user_* calls where stepping or a
    breakpoint says to stop. `skip`: glob patterns of module names never stopped in."""

    def __init__(self, skip=None):
        self.skip = set(skip) if skip else None
        self.breaks = {}
        self.fncache = {}
        self.frame_returning = None
        self._load_breaks()

    def canonic(self, filename):
        """The absolute, normalised form of a file name ("<...>" names as they are)."""
        if filename == "<" + filename[1:-1] + ">":
            return filename
        canonic = self.fncache.get(filename)
        if not canonic:
            canonic = os.path.normcase(os.path.abspath(filename))
            self.fncache[filename] = canonic
        return canonic

    def reset(self):
        """Forget the stack bottom and any stepping state."""
        self.botframe = None
        self._set_stopinfo(None, None)

    # --- the trace function: one dispatch per event ---

    def trace_dispatch(self, frame, event, arg):
        """The trace function: hands each event to its dispatch_* method."""
        if self.quitting:
            return None
        if event == 'line':
            return self.dispatch_line(frame)
        if event == 'call':
            return self.dispatch_call(frame, arg)
        if event == 'return':
            return self.dispatch_return(frame, arg)
        if event == 'exception':
            return self.dispatch_exception(frame, arg)
        if event in ('c_call', 'c_exception', 'c_return'):
            return self.trace_dispatch
        print('bdb.Bdb.dispatch: unknown debugging event:', repr(event))
        return self.trace_dispatch

    def dispatch_line(self, frame):
        """A new line: stop there if stepping or a breakpoint says so."""
        if self.stop_here(frame) or self.break_here(frame):
            self.user_line(frame)
            if self.quitting:
                raise BdbQuit
        return self.trace_dispatch

    def dispatch_call(self, frame, arg):
        """A new frame: trace it only if it may stop (stepping or breakpoints in its file)."""
        if self.botframe is None:
            # The first call: the frame of the code being debugged.
            self.botframe = frame.f_back
            return self.trace_dispatch
        if not (self.stop_here(frame) or self.break_anywhere(frame)):
            return None  # no need to trace this function
        if self.stopframe and frame.f_code.co_flags & GENERATOR_AND_COROUTINE_FLAGS:
            return self.trace_dispatch
        self.user_call(frame, arg)
        if self.quitting:
            raise BdbQuit
        return self.trace_dispatch

    def dispatch_return(self, frame, arg):
        """A frame returning: report it where stepping stops or a return was asked for."""
        if self.stop_here(frame) or frame == self.returnframe:
            if self.stopframe and frame.f_code.co_flags & GENERATOR_AND_COROUTINE_FLAGS:
                return self.trace_dispatch
            try:
                self.frame_returning = frame
                self.user_return(frame, arg)
            finally:
                self.frame_returning = None
            if self.quitting:
                raise BdbQuit
            # A 'next' or 'until' that returned from its frame stops in the caller.
            if self.stopframe is frame and self.stoplineno != -1:
                self._set_stopinfo(None, None)
        return self.trace_dispatch

    def dispatch_exception(self, frame, arg):
        """An exception in a frame: report it where stepping stops."""
        if self.stop_here(frame):
            # A generator's normal end (StopIteration without traceback) is not reported.
            if not (frame.f_code.co_flags & GENERATOR_AND_COROUTINE_FLAGS
                    and arg[0] is StopIteration and arg[2] is None):
                self.user_exception(frame, arg)
                if self.quitting:
                    raise BdbQuit
        elif (self.stopframe and frame is not self.stopframe
                and self.stopframe.f_code.co_flags & GENERATOR_AND_COROUTINE_FLAGS
                and arg[0] in (StopIteration, GeneratorExit)):
            # Stepping out of a generator: stop in the caller that ended it.
            self.user_exception(frame, arg)
            if self.quitting:
                raise BdbQuit
        return self.trace_dispatch

    # --- whether to stop ---

    def is_skipped_module(self, module_name):
        """True if the module name matches a skip pattern."""
        if module_name is None:
            return False
        return any(_glob_match(module_name, pattern) for pattern in self.skip)

    def stop_here(self, frame):
        """True if stepping stops in this frame now."""
        if self.skip and self.is_skipped_module(frame.f_globals.get('__name__')):
            return False
        if frame is self.stopframe:
            if self.stoplineno == -1:
                return False
            return frame.f_lineno >= self.stoplineno
        if not self.stopframe:
            return True
        return False

    def break_here(self, frame):
        """True if an effective breakpoint is on the frame's line (or its def line)."""
        filename = self.canonic(frame.f_code.co_filename)
        if filename not in self.breaks:
            return False
        lineno = frame.f_lineno
        if lineno not in self.breaks[filename]:
            # A breakpoint on a function's "def" line stops at its first line.
            lineno = frame.f_code.co_firstlineno
            if lineno not in self.breaks[filename]:
                return False
        bp, flag = effective(filename, lineno, frame)
        if bp:
            self.currentbp = bp.number
            if flag and bp.temporary:
                self.do_clear(str(bp.number))
            return True
        return False

    def do_clear(self, arg):
        """Removes a temporary breakpoint that was hit; debuggers define it."""
        raise NotImplementedError("subclass of bdb must implement do_clear()")

    def break_anywhere(self, frame):
        """True if the frame's file has breakpoints."""
        return self.canonic(frame.f_code.co_filename) in self.breaks

    # --- what a derived debugger overrides ---

    def user_call(self, frame, argument_list):
        """A debugger hook: a function that may stop was called."""

    def user_line(self, frame):
        """A debugger hook: execution stopped at a line."""

    def user_return(self, frame, return_value):
        """A debugger hook: a frame being watched returns."""

    def user_exception(self, frame, exc_info):
        """A debugger hook: an exception where execution stopped."""

    # --- stepping ---

    def _set_stopinfo(self, stopframe, returnframe, stoplineno=0):
        # stopframe: stop in it (at or after stoplineno; -1: never) and below it;
        # returnframe: stop when it returns.
        self.stopframe = stopframe
        self.returnframe = returnframe
        self.quitting = False
        self.stoplineno = stoplineno

    def set_until(self, frame, lineno=None):
        """Stop at a line past the current one (or `lineno`) in this frame, or on its return."""
        if lineno is None:
            lineno = frame.f_lineno + 1
        self._set_stopinfo(frame, frame, lineno)

    def set_step(self):
        """Stop at the very next event."""
        # Stepping out of a returning frame needs its caller traced.
        if self.frame_returning:
            caller_frame = self.frame_returning.f_back
            if caller_frame and not caller_frame.f_trace:
                caller_frame.f_trace = self.trace_dispatch
        self._set_stopinfo(None, None)

    def set_next(self, frame):
        """Stop at the next line of this frame (or of a frame it returns to)."""
        self._set_stopinfo(frame, None)

    def set_return(self, frame):
        """Stop when this frame returns."""
        if frame.f_code.co_flags & GENERATOR_AND_COROUTINE_FLAGS:
            self._set_stopinfo(frame, None, -1)
        else:
            self._set_stopinfo(frame.f_back, frame)

    def set_trace(self, frame=None):
        """Start debugging in `frame` (default: the caller) and every frame below it."""
        if frame is None:
            frame = sys._getframe().f_back
        self.reset()
        while frame:
            frame.f_trace = self.trace_dispatch
            self.botframe = frame
            frame = frame.f_back
        self.set_step()
        sys.settrace(self.trace_dispatch)

    def set_continue(self):
        """Run on to the next breakpoint; with none, stop tracing altogether."""
        self._set_stopinfo(self.botframe, None, -1)
        if not self.breaks:
            sys.settrace(None)
            frame = sys._getframe().f_back
            while frame and frame is not self.botframe:
                del frame.f_trace
                frame = frame.f_back

    def set_quit(self):
        """Stop debugging: the next event raises BdbQuit."""
        self.stopframe = self.botframe
        self.returnframe = None
        self.quitting = True
        sys.settrace(None)

    # --- breakpoints (self.breaks: canonic filename -> line numbers) ---

    def _add_to_breaks(self, filename, lineno):
        lines = self.breaks.setdefault(filename, [])
        if lineno not in lines:
            lines.append(lineno)

    def set_break(self, filename, lineno, temporary=False, cond=None, funcname=None):
        """Add a breakpoint at filename:lineno; a message if that line does not exist."""
        filename = self.canonic(filename)
        if not _getline(filename, lineno):
            return 'Line %s:%d does not exist' % (filename, lineno)
        self._add_to_breaks(filename, lineno)
        Breakpoint(filename, lineno, temporary, cond, funcname)
        return None

    def _load_breaks(self):
        for filename, lineno in Breakpoint.bplist.keys():
            self._add_to_breaks(filename, lineno)

    def _prune_breaks(self, filename, lineno):
        if (filename, lineno) not in Breakpoint.bplist:
            self.breaks[filename].remove(lineno)
        if not self.breaks[filename]:
            del self.breaks[filename]

    def clear_break(self, filename, lineno):
        """Remove the breakpoints at filename:lineno; a message if there are none."""
        filename = self.canonic(filename)
        if filename not in self.breaks:
            return 'There are no breakpoints in %s' % filename
        if lineno not in self.breaks[filename]:
            return 'There is no breakpoint at %s:%d' % (filename, lineno)
        for bp in Breakpoint.bplist[filename, lineno][:]:
            bp.deleteMe()
        self._prune_breaks(filename, lineno)
        return None

    def clear_bpbynumber(self, arg):
        """Remove breakpoint number `arg`; a message if there is no such breakpoint."""
        try:
            bp = self.get_bpbynumber(arg)
        except ValueError as err:
            return str(err)
        bp.deleteMe()
        self._prune_breaks(bp.file, bp.line)
        return None

    def clear_all_file_breaks(self, filename):
        """Remove the breakpoints of a file; a message if there are none."""
        filename = self.canonic(filename)
        if filename not in self.breaks:
            return 'There are no breakpoints in %s' % filename
        for line in self.breaks[filename]:
            for bp in Breakpoint.bplist[filename, line]:
                bp.deleteMe()
        del self.breaks[filename]
        return None

    def clear_all_breaks(self):
        """Remove every breakpoint; a message if there are none."""
        if not self.breaks:
            return 'There are no breakpoints'
        for bp in Breakpoint.bpbynumber:
            if bp:
                bp.deleteMe()
        self.breaks = {}
        return None

    def get_bpbynumber(self, arg):
        """The breakpoint numbered `arg` (ValueError if there is none)."""
        if not arg:
            raise ValueError('Breakpoint number expected')
        try:
            number = int(arg)
        except ValueError:
            raise ValueError('Non-numeric breakpoint number %s' % arg) from None
        try:
            bp = Breakpoint.bpbynumber[number]
        except IndexError:
            raise ValueError('Breakpoint number %d out of range' % number) from None
        if bp is None:
            raise ValueError('Breakpoint %d already deleted' % number)
        return bp

    def get_break(self, filename, lineno):
        """True if filename:lineno has a breakpoint."""
        filename = self.canonic(filename)
        return filename in self.breaks and lineno in self.breaks[filename]

    def get_breaks(self, filename, lineno):
        """The breakpoints at filename:lineno (a list, maybe empty)."""
        filename = self.canonic(filename)
        return filename in self.breaks and lineno in self.breaks[filename] and \
            Breakpoint.bplist[filename, lineno] or []

    def get_file_breaks(self, filename):
        """The lines of a file that have breakpoints."""
        filename = self.canonic(filename)
        return self.breaks.get(filename, [])

    def get_all_breaks(self):
        """Every breakpoint line, by file."""
        return self.breaks

    # --- stack inspection ---

    def get_stack(self, f, t):
        """[(frame, lineno)] from the bottom frame to `f` then down the traceback `t`,
        and the index of `f` in it."""
        stack = []
        if t and t.tb_frame is f:
            t = t.tb_next
        while f is not None:
            stack.append((f, f.f_lineno))
            if f is self.botframe:
                break
            f = f.f_back
        stack.reverse()
        i = max(0, len(stack) - 1)
        while t is not None:
            stack.append((t.tb_frame, t.tb_lineno))
            t = t.tb_next
        if f is None:
            i = max(0, len(stack) - 1)
        return stack, i

    def format_stack_entry(self, frame_lineno, lprefix=': '):
        """A one-line description of a (frame, lineno) stack entry."""
        frame, lineno = frame_lineno
        filename = self.canonic(frame.f_code.co_filename)
        s = '%s(%r)' % (filename, lineno)
        s += (frame.f_code.co_name or "<lambda>") + '()'
        if '__return__' in frame.f_locals:
            s += '->' + repr(frame.f_locals['__return__'])
        if lineno is not None:
            line = _getline(filename, lineno)
            if line:
                s += lprefix + line.strip()
        else:
            s += f'{lprefix}Warning: lineno is None'
        return s

    # --- running code under the debugger ---

    def run(self, cmd, globals=None, locals=None):
        """Debug a statement (a string or code) run by exec()."""
        if globals is None:
            import __main__
            globals = __main__.__dict__
        if locals is None:
            locals = globals
        self.reset()
        if isinstance(cmd, str):
            cmd = compile(cmd, "<string>", "exec")
        sys.settrace(self.trace_dispatch)
        try:
            exec(cmd, globals, locals)
        except BdbQuit:
            pass
        finally:
            self.quitting = True
            sys.settrace(None)

    def runeval(self, expr, globals=None, locals=None):
        """Debug an expression evaluated by eval(); its value is returned."""
        if globals is None:
            import __main__
            globals = __main__.__dict__
        if locals is None:
            locals = globals
        self.reset()
        sys.settrace(self.trace_dispatch)
        try:
            return eval(expr, globals, locals)
        except BdbQuit:
            pass
        finally:
            self.quitting = True
            sys.settrace(None)

    def runctx(self, cmd, globals, locals):
        """As run() (kept for old callers)."""
        self.run(cmd, globals, locals)

    def runcall(self, func, /, *args, **kwds):
        """Debug one call of func; its result is returned."""
        self.reset()
        sys.settrace(self.trace_dispatch)
        res = None
        try:
            res = func(*args, **kwds)
        except BdbQuit:
            pass
        finally:
            self.quitting = True
            sys.settrace(None)
        return res


def set_trace():
    """Start debugging in `frame` (default: the caller) and every frame below it."""
    Bdb().set_trace()


class Breakpoint:
    """A breakpoint: file and line (or function), condition, ignore count, hits,
    enabled or not, temporary or not. Numbered from 1; listed by number and by place."""

    next = 1             # the number of the next breakpoint
    bplist = {}          # (file, line) -> [Breakpoint]
    bpbynumber = [None]  # number -> Breakpoint or None (deleted)

    def __init__(self, file, line, temporary=False, cond=None, funcname=None):
        self.funcname = funcname
        self.func_first_executable_line = None
        self.file = file
        self.line = line
        self.temporary = temporary
        self.cond = cond
        self.enabled = True
        self.ignore = 0
        self.hits = 0
        self.number = Breakpoint.next
        Breakpoint.next += 1
        self.bpbynumber.append(self)
        self.bplist.setdefault((file, line), []).append(self)

    @staticmethod
    def clearBreakpoints():
        Breakpoint.next = 1
        Breakpoint.bplist = {}
        Breakpoint.bpbynumber = [None]

    def deleteMe(self):
        """Remove this breakpoint from both lists."""
        index = (self.file, self.line)
        self.bpbynumber[self.number] = None
        self.bplist[index].remove(self)
        if not self.bplist[index]:
            del self.bplist[index]

    def enable(self):
        """Enable the breakpoint."""
        self.enabled = True

    def disable(self):
        """Disable the breakpoint."""
        self.enabled = False

    def bpprint(self, out=None):
        """Print bpformat() to `out` (default: sys.stdout)."""
        print(self.bpformat(), file=out if out is not None else sys.stdout)

    def bpformat(self):
        """The breakpoint's description as debuggers list it."""
        disp = 'del  ' if self.temporary else 'keep '
        disp += 'yes  ' if self.enabled else 'no   '
        text = '%-4dbreakpoint   %s at %s:%d' % (self.number, disp, self.file, self.line)
        if self.cond:
            text += '\n\tstop only if %s' % (self.cond,)
        if self.ignore:
            text += '\n\tignore next %d hits' % (self.ignore,)
        if self.hits:
            text += '\n\tbreakpoint already hit %d time%s' % (self.hits, 's' if self.hits > 1 else '')
        return text

    def __str__(self):
        """breakpoint N at FILE:LINE"""
        return 'breakpoint %s at %s:%s' % (self.number, self.file, self.line)


def checkfuncname(b, frame):
    """True if breakpoint b applies at the frame's current line."""
    if not b.funcname:
        return b.line == frame.f_lineno
    if frame.f_code.co_name != b.funcname:
        return False
    if not b.func_first_executable_line:
        b.func_first_executable_line = frame.f_lineno
    return b.func_first_executable_line == frame.f_lineno


def effective(file, line, frame):
    """The breakpoint at file:line that fires now and whether a temporary one may be
    deleted, or (None, None)."""
    for b in Breakpoint.bplist[file, line]:
        if not b.enabled or not checkfuncname(b, frame):
            continue
        b.hits += 1
        if not b.cond:
            if b.ignore > 0:
                b.ignore -= 1
                continue
            return (b, True)
        try:
            val = eval(b.cond, frame.f_globals, frame.f_locals)
        except:
            # A condition that cannot be evaluated stops, keeping a temporary breakpoint.
            return (b, False)
        if val:
            if b.ignore > 0:
                b.ignore -= 1
            else:
                return (b, True)
    return (None, None)
