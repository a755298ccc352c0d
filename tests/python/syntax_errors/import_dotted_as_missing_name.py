# import ... as with no name after as.
import os.path as
