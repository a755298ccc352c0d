import dis

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)

    @staticmethod
    def origin_dist(x):
        return x * x

dis.dis(Point.__init__)
dis.dis(Point.norm1)
dis.dis(Point.origin_dist)
print(Point(3, -4).norm1())
for ins in dis.get_instructions(Point.norm1):
    if ins.opname.startswith("LOAD"):
        print(ins.opname, ins.argrepr)
