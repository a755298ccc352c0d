trace = []

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        trace.append(f"prepare {name}")
        return {}
    def __new__(mcls, name, bases, ns):
        trace.append(f"new {name} keys={sorted(k for k in ns if not k.startswith('__'))}")
        return super().__new__(mcls, name, bases, ns)

class Example(metaclass=Meta):
    a = 1
    def f(self):
        return self.a
    b = a + 1

print(trace)
print(Example.b, Example().f(), type(Example).__name__)
print(Example.__module__, Example.__qualname__)

class Loopy:
    for i in range(3):
        locals()["attr%d" % i] = i
    del i
print(Loopy.attr0, Loopy.attr2, hasattr(Loopy, "i"))

class WithCondition:
    flag = True
    if flag:
        def method(self):
            return "defined conditionally"
print(WithCondition().method())
