# dis.dis of source strings: an expression compiles in eval mode, statements in exec.
import dis

dis.dis("a + b * c")
print()
dis.dis("x = [i for i in y]\nprint(x)")
print()
dis.dis(compile("z = 1", "<s>", "exec"))
