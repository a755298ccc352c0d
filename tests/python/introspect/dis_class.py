# dis.dis of a class disassembles its methods in name order.
import dis

class Shape:
    sides = 0
    def __init__(self, name):
        self.name = name
    def describe(self):
        return f"{self.name} with {self.sides} sides"
    @staticmethod
    def unit():
        return 1
    @classmethod
    def make(cls):
        return cls('x')

dis.dis(Shape)
