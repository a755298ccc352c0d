# A package with submodules and relative imports.
import pkg_demo.sub
print(pkg_demo.TOP, pkg_demo.sub.WHO)
print(pkg_demo.sub.__package__, pkg_demo.__package__, pkg_demo.sub.__name__)
print(hasattr(pkg_demo, '__path__'), hasattr(pkg_demo.sub, '__path__'))
from pkg_demo import sibling
print(sibling.NAME, sibling is pkg_demo.sibling)
import pkg_demo.sibling as s
print(s is sibling)
try:
    from pkg_demo import nothing_here
except ImportError as e:
    print(e.args[0].split(' (')[0])
try:
    import pkg_demo.nothing_here
except ModuleNotFoundError as e:
    print(e)
