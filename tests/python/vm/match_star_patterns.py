def parts(cmd):
    match cmd.split():
        case ["go", direction]:
            return f"going {direction}"
        case ["go", *_]:
            return "go where?"
        case ["pick", "up", *items] if items:
            return f"picking up {', '.join(items)}"
        case ["drop", *items, "carefully"]:
            return f"carefully dropping {items}"
        case [*words, "please"]:
            return f"polite request: {words}"
        case [single]:
            return f"single word {single!r}"
        case []:
            return "nothing"
        case _:
            return "unknown command"

for c in ("go north", "go", "go a b", "pick up key lamp", "pick up",
          "drop a b carefully", "dance now please", "look", "", "jump over"):
    print(repr(c), "->", parts(c))

match (1, 2, 3, 4, 5):
    case (first, *middle, last):
        print(first, middle, last)
match range(4):
    case [0, *rest]:
        print("range as sequence", rest)
