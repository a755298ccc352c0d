# Tab indentation, used consistently: a tree printed with its depth.

class Node:
	def __init__(self, name, *children):
		self.name = name
		self.children = list(children)

	def walk(self, depth=0):
		yield depth, self.name
		for child in self.children:
			for item in child.walk(depth + 1):
				yield item


tree = Node("root",
	Node("a", Node("a1"), Node("a2")),
	Node("b", Node("b1", Node("b1x"))))

for depth, name in tree.walk():
	if depth == 0:
		print(name)
	else:
		print("  " * depth + "- " + name)
