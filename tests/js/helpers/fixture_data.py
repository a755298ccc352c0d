# Writes what CPython 3.11 gives for one program as JSON, for the Node tests' fixtures
# (fixtures/regenerate.sh runs it on main.py, a copy of each fixture):
#   python3 fixture_data.py run main.py   -> how `python3 main.py` ends: stdout, stderr, exit
#                                            code and the uncaught exception as data
#   python3 fixture_data.py code main.py  -> the code objects dis sees, as data (code object
#                                            addresses written 0x...)
import dis
import io
import json
import re
import subprocess
import sys
import traceback
import types


def frame_data(frame):
    return {"filename": frame.filename, "line": frame.lineno, "column": frame.colno,
            "endLine": frame.end_lineno, "endColumn": frame.end_colno, "name": frame.name}


def run_data(path):
    completed = subprocess.run([sys.executable, path], capture_output=True, text=True,
                               stdin=subprocess.DEVNULL)
    result = {"stdout": completed.stdout, "stderr": completed.stderr,
              "exitCode": completed.returncode, "error": None}
    source = open(path, encoding="utf-8").read()
    try:
        code = compile(source, path, "exec")
    except SyntaxError as error:
        result["error"] = {"type": type(error).__name__, "message": str(error), "msg": error.msg,
                           "lineno": error.lineno, "offset": error.offset,
                           "end_lineno": error.end_lineno, "end_offset": error.end_offset}
        return result
    saved = sys.stdin, sys.stdout, sys.stderr
    sys.stdin, sys.stdout, sys.stderr = io.StringIO(), io.StringIO(), io.StringIO()
    try:
        exec(code, {"__name__": "__main__"})
    except BaseException as error:  # the program's own uncaught exception
        frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename == path]
        result["error"] = {"type": type(error).__name__, "message": str(error),
                           "frames": [frame_data(f) for f in frames]}
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved
    return result


def code_data(code):
    instructions = [{"offset": i.offset, "opname": i.opname, "opcode": i.opcode, "arg": i.arg,
                     "argrepr": re.sub(r" at 0x[0-9a-f]+", " at 0x...", i.argrepr), "starts_line": i.starts_line,
                     "positions": [i.positions.lineno, i.positions.col_offset, i.positions.end_lineno,
                                   i.positions.end_col_offset],
                     "is_jump_target": i.is_jump_target}
                    for i in dis.get_instructions(code)]
    children = [code_data(c) for c in code.co_consts if isinstance(c, types.CodeType)]
    return {"name": code.co_name, "qualname": code.co_qualname, "firstlineno": code.co_firstlineno,
            "instructions": instructions, "children": children}


def main():
    what, path = sys.argv[1], sys.argv[2]
    if what == "run":
        data = run_data(path)
    else:
        data = code_data(compile(open(path, encoding="utf-8").read(), path, "exec"))
    print(json.dumps(data, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
