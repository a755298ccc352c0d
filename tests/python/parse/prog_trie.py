# A prefix tree of nested dicts: insert, exact lookup, prefix listing in order,
# deletion with pruning, and longest common prefix.
END = "$"


class Trie:
    def __init__(self, words=()):
        self.root = {}
        self.count = 0
        for w in words:
            self.add(w)

    def add(self, word):
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        if END not in node:
            node[END] = True
            self.count += 1

    def __contains__(self, word):
        node = self.root
        for ch in word:
            if (node := node.get(ch)) is None:
                return False
        return END in node

    def starting_with(self, prefix):
        node = self.root
        for ch in prefix:
            if ch not in node:
                return []
            node = node[ch]
        out = []

        def walk(n, path):
            for key in sorted(n):
                if key == END:
                    out.append(prefix + path)
                else:
                    walk(n[key], path + key)

        walk(node, "")
        return out

    def remove(self, word):
        def rec(node, i):
            if i == len(word):
                if END not in node:
                    return False
                del node[END]
                return not node
            child = node.get(word[i])
            if child is None:
                return False
            if rec(child, i + 1):
                del node[word[i]]
            return not node
        rec(self.root, 0)

    def common_prefix(self):
        node, prefix = self.root, ""
        while len(node) == 1 and END not in node:
            (ch, node), = node.items()
            prefix += ch
        return prefix


t = Trie(["car", "card", "care", "cart", "cat", "dog", "do"])
print(t.count, "car" in t, "ca" in t, "dog" in t, "dot" in t)
print(t.starting_with("car"), t.starting_with("d"), t.starting_with("x"))
t.remove("card")
t.remove("dog")
t.remove("nothing")
print(t.starting_with(""), t.root["d"])
print(Trie(["interview", "internet", "interval"]).common_prefix(), repr(Trie(["a", "b"]).common_prefix()))
