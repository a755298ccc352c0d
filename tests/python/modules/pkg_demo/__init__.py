# A package for the import tests.
print("pkg_demo init, __name__ =", __name__)
TOP = "top"
