# bdb.Bdb driven by a scripted debugger: step / next / return / quit, generators,
# breakpoints (conditions, ignore counts, temporary, by function), skip patterns.
import bdb
import os
import sys


def inner(x):
    y = x * 2
    return y


def outer(n):
    total = 0
    for i in range(n):
        total += inner(i)
    return total


def gen():
    yield 1
    yield 2


def use_gen():
    return list(gen())


class Scripted(bdb.Bdb):
    """Runs a list of commands, one per stop, and logs where it stopped."""

    def __init__(self, commands, **kw):
        super().__init__(**kw)
        self.commands = list(commands)

    def where(self, frame):
        return f"{frame.f_code.co_name}:{frame.f_lineno}"

    def next_command(self, frame):
        cmd = self.commands.pop(0) if self.commands else 'continue'
        if cmd == 'step':
            self.set_step()
        elif cmd == 'next':
            self.set_next(frame)
        elif cmd == 'return':
            self.set_return(frame)
        elif cmd == 'until':
            self.set_until(frame)
        elif cmd == 'quit':
            self.set_quit()
        else:
            self.set_continue()

    def user_call(self, frame, args):
        print("  call", self.where(frame))
        self.next_command(frame)

    def user_line(self, frame):
        print("  line", self.where(frame))
        self.next_command(frame)

    def user_return(self, frame, value):
        print("  return", self.where(frame), repr(value))
        self.next_command(frame)

    def user_exception(self, frame, info):
        print("  exception", self.where(frame), info[0].__name__)
        self.next_command(frame)

    def do_clear(self, arg):
        print("  clear", arg)
        self.clear_bpbynumber(arg)


print("step into everything")
Scripted(['step'] * 12).runcall(outer, 2)
print("next over calls")
Scripted(['next'] * 8).runcall(outer, 2)
print("return from inner")
Scripted(['step', 'step', 'step', 'step', 'step', 'step', 'return', 'next', 'next']).runcall(outer, 1)
print("quit")
Scripted(['step', 'quit']).runcall(outer, 3)
print("generator")
Scripted(['step'] * 9).runcall(use_gen)

print("breakpoints")
here = __file__
db = Scripted([])
print(db.set_break(here, 9))
print(db.set_break(here, 16, cond='i == 1'))
print(db.set_break(here, 9999).replace(db.canonic(here), 'FILE'))
print(db.get_break(here, 9), db.get_break(here, 10))
print([str(b) .replace(db.canonic(here), 'FILE') for b in db.get_breaks(here, 9)])
print(db.get_file_breaks(here))
bp = db.get_bpbynumber('1')
bp.ignore = 1
db.runcall(outer, 3)
print(bp.hits, bp.bpformat().replace(db.canonic(here), 'FILE'))
for arg in ('', 'x', '99', '1'):
    print(repr(db.clear_bpbynumber(arg)))
print(repr(db.clear_bpbynumber('1')))
print(db.clear_break(here, 16), db.clear_break(here, 16).replace(db.canonic(here), 'FILE'))
print(db.clear_all_breaks())
db2 = Scripted([])
db2.set_break(here, 10, temporary=True)
db2.runcall(outer, 2)
print([b if b is None else str(b).replace(db.canonic(here), 'FILE') for b in bdb.Breakpoint.bpbynumber[3:]])
db3 = Scripted([])
db3.set_break(here, 9, funcname='inner')
db3.runcall(outer, 1)
db3.clear_all_file_breaks(here)
print(db3.get_all_breaks())

print("skip")
Scripted(['step'] * 5, skip=['__ma*']).runcall(outer, 1)
print("run string")
Scripted(['step'] * 2).run("x = 1\ny = x + 1\n", {})
print(sys.gettrace())
