# Exception tables in the listing.
import dis

def guarded(x):
    try:
        return 1 / x
    except ZeroDivisionError as e:
        print('zero', e)
    except (TypeError, ValueError):
        pass
    finally:
        print('done')

dis.dis(guarded)
