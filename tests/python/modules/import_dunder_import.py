# builtins.__import__ called directly.
m = __import__('math')
print(m.sqrt(9))
top = __import__('pkg_demo.sibling')
print(top.__name__)
sub = __import__('pkg_demo.sibling', fromlist=['NAME'])
print(sub.__name__, sub.NAME)
for args in [(5,), ('',), ('math', None, None, (), -1)]:
    try:
        __import__(*args)
    except Exception as e:
        print(type(e).__name__, e)
