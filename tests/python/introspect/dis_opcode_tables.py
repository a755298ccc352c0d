# opcode / dis module tables.
import dis
import opcode

print(dis.HAVE_ARGUMENT, dis.EXTENDED_ARG, dis.cmp_op)
print(dis.hasconst, dis.hasname)
print(dis.hasjrel)
print(dis.hasjabs, dis.haslocal, dis.hasfree, dis.hascompare, dis.hasnargs)
print(len(dis.opname), dis.opname[:12])
print(dis.opmap['LOAD_CONST'], dis.opmap['RETURN_VALUE'], dis.opmap['BINARY_OP'])
print(sorted(dis.opmap.items())[:8])
print(len(dis.opmap))
print(opcode._nb_ops[:3], opcode._nb_ops[-1])
print(opcode._inline_cache_entries[dis.opmap['LOAD_GLOBAL']], opcode._inline_cache_entries[dis.opmap['CALL']])
print(sorted(opcode._specializations)[:5], len(opcode._specialized_instructions))
print([n for n in opcode.__all__])
