# An exception class defined inside another class is printed with its qualified name.
class Parser:
    class Error(Exception):
        pass

    def parse(self, text):
        if not text:
            raise Parser.Error("empty input")
        return text.split()

print(Parser().parse("a b"))
Parser().parse("")
