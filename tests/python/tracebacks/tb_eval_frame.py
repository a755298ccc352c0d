# An exception in an expression evaluated by eval() with a custom namespace.
namespace = {"values": [1, 2, 3]}
print(eval("sum(values)", namespace))
eval("values[10]", namespace)
