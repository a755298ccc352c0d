# A submodule of pkg_demo.
NAME = "sibling"
