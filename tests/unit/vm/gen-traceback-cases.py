#!/usr/bin/env python3
"""Regenerates the expected traceback texts for tests/unit/vm/traceback_test.cpp.

For each traceback_cases/NAME.py, runs it under python3 (CPython 3.11) in-process, takes
the uncaught exception, and writes:
  NAME.graph  the exception described as the printer sees it (types, str(), traceback
              entries with each instruction's co_positions, notes, chains, groups);
  NAME.txt    what CPython's own printer (sys.__excepthook__, pythonrun.c) writes for it.
The C++ test formats NAME.graph with vm/traceback_format.h and compares with NAME.txt.
Also writes suggestion_cases.txt: names, candidates and traceback.py's suggestion.
Run from anywhere: python3 tests/unit/vm/gen-traceback-cases.py
"""
import io
import json
import os
import random
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'traceback_cases')


def is_sequence(v):
    return hasattr(type(v), '__getitem__') and not isinstance(v, dict)


def describe(root):
    ids = {}
    order = []
    lines = []

    def node_id(v):
        if id(v) not in ids:
            ids[id(v)] = len(order)
            order.append(v)
        return ids[id(v)]

    node_id(root)
    i = 0
    while i < len(order):
        v = order[i]
        out = ['node %d' % i]
        i += 1
        if not isinstance(v, BaseException):
            out.append('invalid ' + json.dumps(type(v).__name__))
            lines += out + ['end']
            continue
        t = type(v)
        tb = v.__traceback__
        if tb is not None:
            out.append('tb')
            while tb is not None:
                code = tb.tb_frame.f_code
                pos = list(code.co_positions())[tb.tb_lasti // 2]
                pos = [-1 if p is None else p for p in pos]
                out.append('entry %s %d %s %d %d %d %d' % (json.dumps(code.co_filename), tb.tb_lineno,
                                                            json.dumps(code.co_name), *pos))
                tb = tb.tb_next
        module = getattr(t, '__module__', None)
        if not isinstance(module, str):
            name = '<unknown>.' + t.__qualname__
        elif module in ('builtins', '__main__'):
            name = t.__qualname__
        else:
            name = module + '.' + t.__qualname__
        out.append('type ' + json.dumps(name))
        syntax = None
        if isinstance(v, SyntaxError):
            syntax = syntax_location(v)
        if syntax is not None:
            out.append('syntax ' + syntax)
            target = v.msg
        else:
            target = v
        try:
            out.append('message ' + json.dumps(str(target)))
        except Exception:
            out.append('strfailed')
        if syntax is None and isinstance(v, (NameError, AttributeError)):
            s = printed_suggestion(v)
            if s:
                out.append('suggestion ' + json.dumps(s))
        try:
            notes = v.__notes__
        except Exception:
            notes = None
            has_notes = False
        else:
            has_notes = True
        if has_notes:
            if is_sequence(notes):
                out.append('notes_seq')
                for n in notes:
                    try:
                        out.append('note ' + json.dumps(str(n)))
                    except Exception:
                        out.append('note_failed')
            else:
                try:
                    out.append('notes_repr ' + json.dumps(repr(notes)))
                except Exception:
                    out.append('notes_repr_failed')
        if v.__cause__ is not None:
            out.append('cause %d' % node_id(v.__cause__))
        if v.__context__ is not None:
            out.append('context %d' % node_id(v.__context__))
        if v.__suppress_context__:
            out.append('suppress')
        if isinstance(v, BaseExceptionGroup):
            out.append('group %d' % len(v.exceptions))
            for e in v.exceptions[:16]:
                out.append('child %d' % node_id(e))
        lines += out + ['end']
    return lines


def printed_suggestion(v):
    # CPython 3.11 computes suggestions only in its C printer: read it from there.
    captured = io.StringIO()
    saved = sys.stderr
    sys.stderr = captured
    try:
        sys.__excepthook__(type(v), v, v.__traceback__)
    finally:
        sys.stderr = saved
    text = captured.getvalue()
    marker = ". Did you mean: '"
    last = text.rstrip('\n').split('\n')[-1]
    if marker not in last:
        return None
    return last[last.rindex(marker) + len(marker):-2]


def syntax_location(v):
    def as_int(x):
        if not isinstance(x, int):
            raise TypeError
        return x
    try:
        filename = '<string>' if v.filename is None else str(v.filename)
        lineno = as_int(v.lineno)
        offset = -1 if v.offset is None else as_int(v.offset)
        exact = type(v) is SyntaxError
        end_lineno, end_offset = lineno, -1
        if exact:
            if v.end_lineno is not None:
                end_lineno = as_int(v.end_lineno)
            if v.end_offset is not None:
                end_offset = as_int(v.end_offset)
        text = v.text if isinstance(v.text, str) else None
    except TypeError:
        return None
    return '%s %d %d %d %d %d %s' % (json.dumps(filename), lineno, offset, end_lineno, end_offset, int(exact),
                                     json.dumps(text))


def run_case(name):
    path = name + '.py'
    with open(path, encoding='utf-8') as f:
        source = f.read()
    code = compile(source, path, 'exec')
    namespace = {'__name__': '__main__', '__file__': path}
    try:
        exec(code, namespace)
    except BaseException as e:
        exc = e
    else:
        raise SystemExit(name + ': no uncaught exception')
    exc.__traceback__ = exc.__traceback__.tb_next  # this driver's frame
    graph = describe(exc)
    captured = io.StringIO()
    saved = sys.stderr
    sys.stderr = captured
    try:
        sys.__excepthook__(type(exc), exc, exc.__traceback__)
    finally:
        sys.stderr = saved
    with open(name + '.graph', 'w', encoding='utf-8') as f:
        f.write('\n'.join(graph) + '\nroot 0\n')
    with open(name + '.txt', 'w', encoding='utf-8') as f:
        f.write(captured.getvalue())


def suggestion_cases():
    rng = random.Random(1234)
    words = sorted(set(dir(__builtins__)) | set(dir(str)) | set(dir(list)) | set(dir(dict)) |
                   {'value', 'values', 'Value', 'VALUE', 'vaule', 'counter', 'count', 'Counter', 'élan', 'elan',
                    'a', 'b', 'ab', 'abc', 'x' * 41, 'x' * 40, 'y' * 45 + 'z', 'data_frame', 'dataframe'})
    out = []
    for i in range(400):
        name = rng.choice(words)
        mutated = list(name)
        for _ in range(rng.randint(0, 3)):
            op = rng.randint(0, 3)
            pos = rng.randint(0, len(mutated))
            if op == 0:
                mutated.insert(pos, rng.choice('abcxyzABC_é'))
            elif op == 1 and mutated and pos < len(mutated):
                del mutated[pos]
            elif op == 2 and mutated and pos < len(mutated):
                mutated[pos] = mutated[pos].swapcase()
            elif mutated and pos < len(mutated):
                mutated[pos] = rng.choice('abcxyz')
        query = ''.join(mutated) or 'q'
        candidates = rng.sample(words, rng.randint(1, 60))
        if i % 50 == 0:
            candidates = words * 3  # over the 750-candidate limit
        try:
            out.append(json.dumps([query, sorted(candidates), cpython_suggestion(query, candidates)]))
        except LookupError:
            pass  # the name is a real attribute of the probe
    with open(os.path.join(HERE, 'suggestion_cases.txt'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(out) + '\n')


def cpython_suggestion(name, candidates):
    class Probe:
        def __dir__(self):
            return candidates
    try:
        getattr(Probe(), name)
    except AttributeError as e:
        return printed_suggestion(e)
    raise LookupError(name)


def main():
    os.chdir(CASES)
    names = sorted(f[:-3] for f in os.listdir('.') if f.endswith('.py'))
    for name in names:
        run_case(name)
    suggestion_cases()
    print('%d traceback cases, suggestion cases written' % len(names))


if __name__ == '__main__':
    main()
