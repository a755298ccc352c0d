#!/usr/bin/env python3
# Writes the C++ table of the frozen modules (engine/lib/**/*.py as source text) with what
# Python code cannot observe stripped out, every line kept in place so tracebacks through
# frozen modules name the same line numbers. Used by cmake/frozen_lib.cmake.
#
# Stripped: comments, trailing blanks, block indentation (one space per level), leading
# blanks of continuation lines, and docstrings past their first line (their __doc__ is
# then that line). String literals and line numbers are never changed; each file is
# checked by comparing its syntax tree with the original's.
#
# Usage: frozen_lib_gen.py LIB_DIR OUTPUT [--stats]
import ast
import io
import os
import sys
import tokenize


def _docstring_nodes(tree):
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) \
                    and isinstance(body[0].value.value, str):
                yield body[0].value


def _short_doc(text):
    lines = text.strip().splitlines()
    return lines[0].strip() if lines else ''


def strip_source(source):
    """The stripped text of one module (same number of lines)."""
    lines = source.split('\n')
    tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    # Rows whose start is inside a string literal (keep them byte for byte), rows where a
    # logical line starts (their indentation is significant), and comment columns.
    in_string = set()
    logical_start = {}
    comment_col = {}
    depth = 0
    at_line_start = True
    for tok in tokens:
        kind = tok.type
        if kind == tokenize.STRING and tok.end[0] > tok.start[0]:
            in_string.update(range(tok.start[0] + 1, tok.end[0] + 1))
        if kind == tokenize.COMMENT:
            comment_col[tok.start[0]] = tok.start[1]
        elif kind == tokenize.INDENT:
            depth += 1
        elif kind == tokenize.DEDENT:
            depth -= 1
        elif kind in (tokenize.NEWLINE, tokenize.NL):
            if kind == tokenize.NEWLINE:
                at_line_start = True
        elif kind in (tokenize.ENCODING, tokenize.ENDMARKER):
            pass
        elif at_line_start:
            logical_start[tok.start[0]] = depth
            at_line_start = False
    out = []
    for row, line in enumerate(lines, 1):
        if row in in_string:
            out.append(line)
            continue
        if row in comment_col:
            line = line[:comment_col[row]]
        line = line.rstrip(' \t\f')
        body = line.lstrip(' \t\f')
        if not body:
            out.append('')
        elif row in logical_start:
            out.append(' ' * logical_start[row] + body)
        else:
            out.append(body)  # inside brackets or after a backslash: blanks do not count
    # Docstrings: the first line only, the rest of their rows left empty.
    tree = ast.parse(source)
    for node in sorted(_docstring_nodes(tree), key=lambda n: -n.lineno):
        first, last = node.lineno, node.end_lineno
        line = lines[first - 1]
        if node.col_offset != len(line[:len(line) - len(line.lstrip())].encode('utf-8')):
            continue  # "def f(): 'doc'" on one line: leave it alone
        if first == last and '\n' not in node.value and node.value == node.value.strip():
            continue
        start = out[first - 1]
        prefix = start[:len(start) - len(start.lstrip(' '))]
        end_line = lines[last - 1].encode('utf-8')
        rest = end_line[node.end_col_offset:].decode('utf-8')
        if last in comment_col:
            rest = rest[:len(rest) - (len(lines[last - 1]) - comment_col[last])]
        rest = rest.strip()
        if rest and not rest.startswith(';'):
            continue  # something unusual after the literal: leave it alone
        out[first - 1] = prefix + repr(_short_doc(node.value)) + rest
        for row in range(first + 1, last + 1):
            out[row - 1] = ''
    text = '\n'.join(out).rstrip('\n') + '\n'
    _check_same_program(source, text)
    return text


class _DocstringShortener(ast.NodeTransformer):
    def visit(self, node):
        node = self.generic_visit(node)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            for doc in _docstring_nodes(ast.Module(body=node.body[:1], type_ignores=[])):
                doc.value = _short_doc(doc.value)
        return node


def _check_same_program(original, stripped):
    a = _DocstringShortener().visit(ast.parse(original))
    b = _DocstringShortener().visit(ast.parse(stripped))
    if ast.dump(a) != ast.dump(b):
        raise SystemExit('frozen_lib_gen: stripping changed the program')
    lines_a = [(type(n).__name__, n.lineno) for n in ast.walk(a) if isinstance(n, ast.stmt)]
    lines_b = [(type(n).__name__, n.lineno) for n in ast.walk(b) if isinstance(n, ast.stmt)]
    if lines_a != lines_b:
        raise SystemExit('frozen_lib_gen: stripping moved a statement to another line')


def c_string(text):
    """A C++ string literal for UTF-8 `text`, one source line per Python line."""
    parts = []
    for line in text.encode('utf-8').split(b'\n'):
        chars = []
        for byte in line:
            if byte in (0x22, 0x5c) or byte < 0x20 or byte >= 0x7f or byte == 0x3f:
                chars.append('\\%03o' % byte)  # octal: never swallows the next character
            else:
                chars.append(chr(byte))
        parts.append('"' + ''.join(chars) + '\\n"')
    parts[-1] = parts[-1][:-3] + '"'  # the text ends with "\n": the last piece is empty
    return '\n    '.join(parts)


def main():
    lib_dir, output = sys.argv[1], sys.argv[2]
    files = []
    for root, _, names in os.walk(lib_dir):
        for name in names:
            if name.endswith('.py'):
                files.append(os.path.relpath(os.path.join(root, name), lib_dir).replace(os.sep, '/'))
    files.sort()
    out = ['// Generated by cmake/frozen_lib_gen.py from engine/lib/: do not edit.',
           '#include "modules/module_registry.h"', '', 'namespace glasspy::modules {', 'namespace {']
    table = []
    raw_total = stripped_total = 0
    for index, path in enumerate(files):
        with open(os.path.join(lib_dir, path), encoding='utf-8') as f:
            source = f.read()
        text = strip_source(source)
        raw_total += len(source.encode('utf-8'))
        stripped_total += len(text.encode('utf-8'))
        out.append('const char kSource%d[] =\n    %s;' % (index, c_string(text)))
        name = path[:-3]
        package = name == '__init__' or name.endswith('/__init__')
        if package:
            name = name[:-len('__init__')].rstrip('/')
        table.append('    {"%s", "%s", kSource%d, %s},' % (name.replace('/', '.'), path, index,
                                                        'true' if package else 'false'))
    out.append('}  // namespace\n\n// Sorted by path, so packages come before their submodules.')
    out.append('extern const FrozenModule kFrozenModules[] = {')
    out.extend(table)
    out.append('    {nullptr, nullptr, nullptr, false},\n};\n\n}  // namespace glasspy::modules\n')
    text = '\n'.join(out)
    old = None
    if os.path.exists(output):
        with open(output, encoding='utf-8') as f:
            old = f.read()
    if old != text:
        with open(output, 'w', encoding='utf-8') as f:
            f.write(text)
    if '--stats' in sys.argv:
        print('frozen modules: %d files, %d bytes of source, %d after stripping' % (len(files), raw_total, stripped_total))


if __name__ == '__main__':
    main()
