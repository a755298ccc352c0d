# dis writes to file= objects.
import dis

class Collect:
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)

def f(x):
    return -x

out = Collect()
dis.dis(f, file=out)
text = ''.join(out.parts)
print(text.count('\n'), repr(text.splitlines()[0]))
out2 = Collect()
dis.disassemble(f.__code__, file=out2)
print(''.join(out2.parts) == text)
out3 = Collect()
dis.show_code(f, file=out3)
print(''.join(out3.parts).splitlines()[0])
dis.disassemble(f.__code__, lasti=4)
