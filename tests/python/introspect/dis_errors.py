# dis on objects it cannot disassemble.
import dis

for value in (5, 1.5, [1]):
    try:
        dis.dis(value)
    except TypeError as e:
        print('TypeError:', e)
try:
    dis.code_info(3)
except TypeError as e:
    print('TypeError:', e)
try:
    dis.Bytecode(object())
except TypeError as e:
    print('TypeError:', e)
try:
    dis.dis("1 +")
except SyntaxError as e:
    print('SyntaxError:', e.msg)
try:
    dis.dis()
except RuntimeError as e:
    print('RuntimeError:', e)
