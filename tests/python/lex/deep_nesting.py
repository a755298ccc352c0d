# Deep nesting: 25 nested if blocks, then a dedent back to column 0, and
# 40 levels of nested brackets.
depth = 0
if depth == 0:
    depth += 1
    if depth == 1:
        depth += 1
        if depth == 2:
            depth += 1
            if depth == 3:
                depth += 1
                if depth == 4:
                    depth += 1
                    if depth == 5:
                        depth += 1
                        if depth == 6:
                            depth += 1
                            if depth == 7:
                                depth += 1
                                if depth == 8:
                                    depth += 1
                                    if depth == 9:
                                        depth += 1
                                        if depth == 10:
                                            depth += 1
                                            if depth == 11:
                                                depth += 1
                                                if depth == 12:
                                                    depth += 1
                                                    if depth == 13:
                                                        depth += 1
                                                        if depth == 14:
                                                            depth += 1
                                                            if depth == 15:
                                                                depth += 1
                                                                if depth == 16:
                                                                    depth += 1
                                                                    if depth == 17:
                                                                        depth += 1
                                                                        if depth == 18:
                                                                            depth += 1
                                                                            if depth == 19:
                                                                                depth += 1
                                                                                if depth == 20:
                                                                                    depth += 1
                                                                                    if depth == 21:
                                                                                        depth += 1
                                                                                        if depth == 22:
                                                                                            depth += 1
                                                                                            if depth == 23:
                                                                                                depth += 1
                                                                                                if depth == 24:
                                                                                                    depth += 1
                                                                                                    print('reached depth', depth)
nested = [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[42]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]
level = 0
while isinstance(nested, list):
    nested = nested[0]
    level += 1
print(level, nested)
print(((((((((((((((((((((((((((((((1 + 2)))))))))))))))))))))))))))))))
