// OSError and its subclasses (object model): OSError(errno, strerror[, filename[, winerror[,
// filename2]]]) with CPython 3.11's argument rules, the errno -> subclass mapping
// (OSError(2, 'x') is a FileNotFoundError), BlockingIOError.characters_written, and the str
// "[Errno 2] No such file or directory: 'x'".
#include <string>

#include "objects/exception_common.h"
#include "objects/int_object.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "vm/vm.h"

namespace glasspy::objects {

using namespace exception_detail;

// Linux's errno values whatever the build target (wasm's libc numbers them differently):
// programs see CPython-on-Linux behaviour, e.g. OSError(2, ...) is a FileNotFoundError.
TypeObject* os_error_type_for_errno(long error_number) {
  switch (error_number) {
    case 11:   // EAGAIN, EWOULDBLOCK
    case 114:  // EALREADY
    case 115:  // EINPROGRESS
      return &exc_BlockingIOError;
    case 10: return &exc_ChildProcessError;  // ECHILD
    case 32:                                 // EPIPE
    case 108:                                // ESHUTDOWN
      return &exc_BrokenPipeError;
    case 103: return &exc_ConnectionAbortedError;  // ECONNABORTED
    case 111: return &exc_ConnectionRefusedError;  // ECONNREFUSED
    case 104: return &exc_ConnectionResetError;    // ECONNRESET
    case 17: return &exc_FileExistsError;          // EEXIST
    case 2: return &exc_FileNotFoundError;         // ENOENT
    case 21: return &exc_IsADirectoryError;        // EISDIR
    case 20: return &exc_NotADirectoryError;       // ENOTDIR
    case 4: return &exc_InterruptedError;          // EINTR
    case 13:                                       // EACCES
    case 1:                                        // EPERM
      return &exc_PermissionError;
    case 3: return &exc_ProcessLookupError;  // ESRCH
    case 110: return &exc_TimeoutError;      // ETIMEDOUT
    default: return &exc_OSError;
  }
}

namespace exception_detail {

// Stores errno, strerror, filename... from args (2 to 5 of them, as CPython's
// oserror_parse_args/oserror_init) and drops the filename(s) from args. `written` gets
// BlockingIOError's third argument when it is a number. Never raises except through
// `vm` (null: ignore what cannot be converted).
bool os_error_parse(VM* vm, ExceptionObject* e) {
  TupleObject* args = e->args;
  int64_t n = args->size;
  if (n < 2 || n > 5) return true;
  Value errno_value = args->items()[0], strerror = args->items()[1];
  Value filename = n > 2 ? args->items()[2] : Value();
  Value winerror = n > 3 ? args->items()[3] : Value();
  Value filename2 = n > 4 ? args->items()[4] : Value();
  set_field(e, kOSErrorErrno, errno_value);
  set_field(e, kOSErrorStrerror, strerror);
  if (!winerror.is_null()) set_field(e, kOSErrorWinerror, winerror);
  if (!filename.is_null() && !is_none(filename)) {
    if (e->type == &exc_BlockingIOError && (is_int(filename) || filename.is_double())) {
      int64_t written = 0;
      if (vm != nullptr) {
        if (!index_int64(*vm, filename, &written)) return false;
      } else if (!int_to_int64(filename, &written)) {
        return true;
      }
      Value w = make_int(written);
      set_field(e, kOSErrorCharactersWritten, w);
      decref(w);
    } else {
      set_field(e, kOSErrorFilename, filename);
      if (!filename2.is_null() && !is_none(filename2)) set_field(e, kOSErrorFilename2, filename2);
      if (n > 2) {
        TupleObject* two = tuple_slice(args, 0, 2);
        set_args(e, two);
        decref(two);
      }
    }
  }
  return true;
}

void os_error_fill(ExceptionObject* e) { (void)os_error_parse(nullptr, e); }

}  // namespace exception_detail

namespace {

bool os_error_init(VM& vm, Value self, CallArgs args);
Value os_error_new(VM& vm, TypeObject* type, CallArgs args);

// CPython's oserror_use_init: a subclass that overrides __init__ but not __new__ gets its
// arguments parsed in __init__ (so that its own __init__ can change them first).
bool use_init(const TypeObject* type) { return type->init != os_error_init && type->new_instance == os_error_new; }

Value os_error_new(VM& vm, TypeObject* type, CallArgs args) {
  if (!use_init(type)) {
    if (!no_keywords(vm, type, args)) return Value();
    if (type == &exc_OSError && args.nargs >= 2 && args.nargs <= 5 && is_int(args.args[0])) {
      int64_t code = 0;
      if (int_to_int64(args.args[0], &code)) type = os_error_type_for_errno(static_cast<long>(code));
    }
  }
  ExceptionObject* e = alloc_exception(type);
  Ref result = Ref::steal(Value::from_object(e));
  TupleObject* t = positional_tuple(args);
  set_args(e, t);
  decref(t);
  if (!use_init(type) && !os_error_parse(&vm, e)) return Value();
  return result.release();
}

bool os_error_init(VM& vm, Value self, CallArgs args) {
  if (!use_init(type_of(self))) return true;  // __new__ did everything
  if (!no_keywords(vm, type_of(self), args)) return false;
  ExceptionObject* e = as_exception(self);
  TupleObject* t = positional_tuple(args);
  set_args(e, t);
  decref(t);
  return os_error_parse(&vm, e);
}

Value os_error_str(VM& vm, Value self) {
  ExceptionObject* e = as_exception(self);
  auto text = [&](Value v, bool as_repr, std::string* out) {
    return as_repr ? repr_utf8(vm, v, out) : str_utf8(vm, v, out);
  };
  auto or_none = [](Value v) { return v.is_null() ? none() : v; };
  Value filename = e->fields[kOSErrorFilename], filename2 = e->fields[kOSErrorFilename2];
  Value err = e->fields[kOSErrorErrno], strerror = e->fields[kOSErrorStrerror];
  if (!filename.is_null() || (!err.is_null() && !strerror.is_null())) {
    std::string a, b, out;
    if (!text(or_none(err), false, &a) || !text(or_none(strerror), false, &b)) return Value();
    out = "[Errno " + a + "] " + b;
    if (!filename.is_null()) {
      std::string f;
      if (!text(filename, true, &f)) return Value();
      out += ": " + f;
      if (!filename2.is_null()) {
        std::string f2;
        if (!text(filename2, true, &f2)) return Value();
        out += " -> " + f2;
      }
    }
    return Value::from_object(str_from_utf8(out));
  }
  return base_exception_str(vm, self);
}

Value characters_written_get(VM& vm, Value self) {
  Value v = as_exception(self)->fields[kOSErrorCharactersWritten];
  if (v.is_null()) return vm.raise(&exc_AttributeError, "characters_written");
  incref(v);
  return v;
}

bool characters_written_set(VM& vm, Value self, Value value) {
  ExceptionObject* e = as_exception(self);
  if (value.is_null()) {
    if (e->fields[kOSErrorCharactersWritten].is_null()) {
      vm.raise(&exc_AttributeError, "characters_written");
      return false;
    }
    set_field(e, kOSErrorCharactersWritten, Value());
    return true;
  }
  int64_t n = 0;
  if (!index_int64(vm, value, &n)) return false;
  Value w = make_int(n);
  set_field(e, kOSErrorCharactersWritten, w);
  decref(w);
  return true;
}

const GetSetDef kOSErrorGetSets[] = {
    {"errno", field_getter<kOSErrorErrno>, field_setter<kOSErrorErrno>, "POSIX exception code"},
    {"strerror", field_getter<kOSErrorStrerror>, field_setter<kOSErrorStrerror>, "exception strerror"},
    {"filename", field_getter<kOSErrorFilename>, field_setter<kOSErrorFilename>, "exception filename"},
    {"filename2", field_getter<kOSErrorFilename2>, field_setter<kOSErrorFilename2>, "second exception filename"},
    {"characters_written", characters_written_get, characters_written_set, nullptr},
    {nullptr, nullptr},
};

}  // namespace

namespace exception_detail {

void init_os_error_types() {
  exc_OSError.new_instance = os_error_new;
  exc_OSError.init = os_error_init;
  exc_OSError.str = os_error_str;
  exc_OSError.getsets = kOSErrorGetSets;
}

}  // namespace exception_detail

}  // namespace glasspy::objects
