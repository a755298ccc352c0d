# errno's Linux values and errorcode.
import errno
print(errno.ENOENT, errno.EACCES, errno.EEXIST, errno.EINVAL, errno.EAGAIN, errno.EPIPE)
print(errno.errorcode[errno.ENOENT], errno.errorcode[13], errno.EWOULDBLOCK == errno.EAGAIN)
print(len(errno.errorcode), errno.errorcode[35], errno.EDEADLK)
print(sorted(errno.errorcode)[:10])
e = OSError(errno.ENOENT, 'No such file or directory')
print(type(e).__name__, e.errno == errno.ENOENT)
