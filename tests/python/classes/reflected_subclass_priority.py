# A subclass's reflected operator runs first when it overrides it.
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return f"Num.add({type(other).__name__})"
    def __radd__(self, other):
        return f"Num.radd({type(other).__name__})"
    def __lt__(self, other):
        return f"Num.lt({type(other).__name__})"
    def __gt__(self, other):
        return f"Num.gt({type(other).__name__})"
    def __eq__(self, other):
        return f"Num.eq({type(other).__name__})"
class Special(Num):
    def __radd__(self, other):
        return f"Special.radd({type(other).__name__})"
    def __gt__(self, other):
        return f"Special.gt({type(other).__name__})"
class Plain(Num):
    pass

n, s, p = Num(1), Special(2), Plain(3)
print(n + s, s + n, n + p, p + n)
print(n < s, s < n, n < p, p < n)
print(n == s, s == n, 1 == n, n == 1)
print(1 + n, 1 + s)

class MyInt(int):
    def __radd__(self, other):
        return "MyInt.radd"
    def __rsub__(self, other):
        return "MyInt.rsub"
    def __eq__(self, other):
        return "MyInt.eq"
    __hash__ = int.__hash__
print(1 + MyInt(2), MyInt(2) + 1, 5 - MyInt(1), 1 == MyInt(1), MyInt(1) == 1)
class MyFloat(float):
    def __rmul__(self, other):
        return "MyFloat.rmul"
print(2 * MyFloat(1.5), MyFloat(1.5) * 2)
class MyStr(str):
    def __radd__(self, other):
        return "MyStr.radd"
print("a" + MyStr("b"), MyStr("b") + "a")
class MyList(list):
    def __radd__(self, other):
        return "MyList.radd"
print([1] + MyList([2]))
