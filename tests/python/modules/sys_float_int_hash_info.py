# sys.float_info, sys.int_info, sys.hash_info.
import sys
print(sys.float_info)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.int_info)
print(sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.width, sys.hash_info.algorithm)
print(hash(float('inf')) == sys.hash_info.inf)
