# dis.dis of bound methods, static and class methods, and the code object itself.
import dis

class A:
    def m(self, v):
        self.v = v
    @staticmethod
    def s():
        return 0
    @classmethod
    def c(cls):
        return cls

dis.dis(A().m)
dis.dis(A.s)
dis.dis(A.c)
dis.dis(A.m.__code__)
