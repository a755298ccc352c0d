from contextlib import suppress, closing, nullcontext, ExitStack, redirect_stdout, AbstractContextManager
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print('suppressed')
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print('not suppressed:', e)
class Conn:
    def __init__(self, name):
        self.name = name
    def close(self):
        print('closing', self.name)
with closing(Conn('db')) as c:
    print('using', c.name)
with nullcontext('value') as v:
    print(v)
with nullcontext() as v:
    print(v)
class Managed(AbstractContextManager):
    def __exit__(self, *exc):
        print('exit', exc[0])
with Managed() as m:
    print(type(m).__name__)
print(isinstance(open, AbstractContextManager), issubclass(Managed, AbstractContextManager))
class Sink:
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)
    def flush(self):
        pass
sink = Sink()
with redirect_stdout(sink):
    print('hidden', 42)
print('captured:', sink.parts)
