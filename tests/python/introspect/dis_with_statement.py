# with statements: BEFORE_WITH and the exception table of the exit path.
import dis

def use(manager):
    with manager as value:
        print(value)
    return 1

dis.dis(use)
