# dis.stack_effect values and errors.
import dis

for name, arg in [('POP_TOP', None), ('LOAD_CONST', 0), ('BINARY_OP', 0), ('BUILD_LIST', 3),
                  ('CALL', 2), ('PRECALL', 2), ('FOR_ITER', 5), ('UNPACK_SEQUENCE', 3),
                  ('POP_JUMP_FORWARD_IF_TRUE', 4), ('RETURN_VALUE', None)]:
    op = dis.opmap[name]
    print(name, dis.stack_effect(op, arg), dis.stack_effect(op, arg, jump=True),
          dis.stack_effect(op, arg, jump=False))
for args, kwargs in [((dis.opmap['LOAD_CONST'],), {}), ((dis.opmap['POP_TOP'], 1), {}),
                     ((dis.opmap['POP_TOP'],), {'jump': 1}), ((3,), {})]:
    try:
        dis.stack_effect(*args, **kwargs)
    except ValueError as e:
        print('ValueError:', e)
