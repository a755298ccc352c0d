// Exceptions as objects (object model): the BaseException layout every built-in and user
// exception shares, and the static exception types (listed in exceptions.def).
// The types: exception_object.cpp (BaseException and the simple ones), exception_os_error.cpp,
// exception_syntax_unicode.cpp, exception_group.cpp.
#pragma once
#include <cstddef>
#include <string_view>

#include "objects/builtin_types.h"
#include "objects/dict_object.h"
#include "objects/object.h"
#include "objects/tuple_object.h"

namespace glasspy::objects {

struct ExceptionObject : Object {
  TupleObject* args = nullptr;  // .args (never null once created)
  Value traceback;              // __traceback__: traceback object or null (None)
  Value cause;                  // __cause__: null (None) or an exception
  Value context;                // __context__: null (None) or an exception
  bool suppress_context = false;
  DictObject* dict = nullptr;   // __dict__ (holds __notes__ when add_note is used)
  // Fields of particular exception types, by position (the k...Field constants below);
  // null reads as None.
  static constexpr int kFieldCount = 8;
  Value fields[kFieldCount];
};

// Positions in ExceptionObject::fields.
enum ExceptionField : int {
  kStopIterationValue = 0,
  kSystemExitCode = 0,
  kNameErrorName = 0,
  kAttributeErrorName = 0,
  kAttributeErrorObj = 1,
  kImportErrorMsg = 0,
  kImportErrorName = 1,
  kImportErrorPath = 2,
  kOSErrorErrno = 0,
  kOSErrorStrerror = 1,
  kOSErrorFilename = 2,
  kOSErrorFilename2 = 3,
  kOSErrorWinerror = 4,          // parsed but not an attribute (as CPython off Windows)
  kOSErrorCharactersWritten = 5, // BlockingIOError's characters_written (null: unset)
  kSyntaxErrorMsg = 0,
  kSyntaxErrorFilename = 1,
  kSyntaxErrorLineno = 2,
  kSyntaxErrorOffset = 3,
  kSyntaxErrorText = 4,
  kSyntaxErrorEndLineno = 5,
  kSyntaxErrorEndOffset = 6,
  kSyntaxErrorPrintFileAndLine = 7,
  kUnicodeErrorEncoding = 0,
  kUnicodeErrorObject = 1,
  kUnicodeErrorStart = 2,
  kUnicodeErrorEnd = 3,
  kUnicodeErrorReason = 4,
  kExceptionGroupMessage = 0,
  kExceptionGroupExceptions = 1,  // a tuple
};

#define GP_EXCEPTION(NAME, BASE, DOC) extern TypeObject exc_##NAME;
#include "objects/exceptions.def"
#undef GP_EXCEPTION

// Fills the fields of every exception type and of the traceback type (slots, methods,
// attributes, bases). Called with the other init functions, before readying.
void init_exception_types();
// Readies every exception type and the traceback type (ready_static_type), then gives
// ExceptionGroup its second base, Exception (__bases__ and __mro__ as CPython's). Called
// once object, type, str, tuple, dict and the descriptor types are ready. Idempotent.
void ready_exception_types();

inline bool is_exception_type(const TypeObject* t) { return has_flag(t, kTypeExceptionSubclass); }
inline bool is_exception(Value v) { return v.is_object() && is_exception_type(v.as_object()->type); }
inline ExceptionObject* as_exception(Value v) { return static_cast<ExceptionObject*>(v.as_object()); }
// isinstance(v, BaseExceptionGroup).
bool is_exception_group(Value v);

// A new exception of `type` with args (borrowed tuple), as type(*args) makes it for the
// built-in types (no Python __init__ runs; fields such as StopIteration.value, OSError.errno
// are filled from args when they have the expected form). OSError(errno, ...) gives the
// errno's subclass (FileNotFoundError...), as CPython. New reference.
ExceptionObject* exception_new(TypeObject* type, TupleObject* args);
// A new exception of `type` with one str argument.
ExceptionObject* exception_with_message(TypeObject* type, std::string_view message);
// A new exception of `type` with one argument (borrowed), e.g. KeyError(key), StopIteration(value).
ExceptionObject* exception_with_arg(TypeObject* type, Value arg);

// Sets __traceback__, __context__, __cause__ (borrowed values, null: None); setting the
// cause also sets __suppress_context__, as `raise ... from` does.
void exception_set_traceback(ExceptionObject* e, Value traceback);
void exception_set_context(ExceptionObject* e, Value context);
void exception_set_cause(ExceptionObject* e, Value cause);

// The OSError subclass CPython 3.11 on Linux picks for an errno (OSError itself when
// none). Errno values are Linux's on every target.
TypeObject* os_error_type_for_errno(long error_number);

// BaseExceptionGroup.split(condition) as except* uses it: *match and *rest get new
// references (null for None). False with an error pending on failure.
[[nodiscard]] bool exception_group_split(VM& vm, Value group, Value condition, Value* match, Value* rest);

// BaseExceptionGroup("", list): ExceptionGroup when every member is an Exception (what
// except* wraps a naked exception in). New reference or null.
[[nodiscard]] Value exception_group_from_list(VM& vm, Value list);
// What an except* statement re-raises at its end (CPython's _PyExc_PrepReraiseStar):
// `orig` is the exception caught, `excs` a list of what each clause raised or re-raised
// (None where it did neither). None when nothing is left; new reference or null.
[[nodiscard]] Value exception_prep_reraise_star(VM& vm, Value orig, Value excs);

// The static exception types, in exceptions.def order (then the aliases EnvironmentError
// and IOError of OSError), for the builtins module.
struct ExceptionTypeEntry {
  const char* name;
  TypeObject* type;
};
const ExceptionTypeEntry* exception_types(size_t* count);

}  // namespace glasspy::objects
