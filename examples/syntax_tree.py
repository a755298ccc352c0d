# The syntax tree: the parser turns tokens into a tree of nodes (the AST),
# which is what the compiler reads.
import ast

source = "total = price * (1 + rate)"
tree = ast.parse(source)
print(ast.dump(tree, indent=2))

# Walk the tree and count what kinds of node it contains.
counts = {}
for node in ast.walk(tree):
    name = type(node).__name__
    counts[name] = counts.get(name, 0) + 1
print(sorted(counts.items()))

# The tree is ordinary data: we can evaluate a small expression ourselves.
def evaluate(node, env):
    if isinstance(node, ast.Expression):
        return evaluate(node.body, env)
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Name):
        return env[node.id]
    if isinstance(node, ast.BinOp):
        left, right = evaluate(node.left, env), evaluate(node.right, env)
        if isinstance(node.op, ast.Add):
            return left + right
        if isinstance(node.op, ast.Mult):
            return left * right
    raise ValueError(f"unsupported node {type(node).__name__}")


expr = ast.parse("price * (1 + rate)", mode="eval")
print(evaluate(expr, {"price": 200, "rate": 0.25}))
