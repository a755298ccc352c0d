// Exceptions as objects (object model): the BaseException layout every built-in and user
// exception shares, and the static exception types (listed in exceptions.def).
#pragma once
#include <string_view>

#include "objects/builtin_types.h"
#include "objects/dict_object.h"
#include "objects/object.h"
#include "objects/tuple_object.h"

namespace glasspy::objects {

struct ExceptionObject : Object {
  TupleObject* args = nullptr;  // .args
  Value traceback;              // __traceback__: traceback object or null (None)
  Value cause;                  // __cause__
  Value context;                // __context__
  bool suppress_context = false;
  DictObject* dict = nullptr;   // __dict__ (holds __notes__ when add_note is used)
  // Fields of particular exception types, by position (see exception_object.cpp):
  // StopIteration.value, SystemExit.code, NameError.name, AttributeError.name/obj,
  // ImportError.msg/name/path, OSError.errno/strerror/filename/filename2/winerror,
  // SyntaxError.msg/filename/lineno/offset/text/end_lineno/end_offset/print_file_and_line,
  // UnicodeError.encoding/object/start/end/reason, BaseExceptionGroup.message/exceptions.
  static constexpr int kFieldCount = 8;
  Value fields[kFieldCount];
};

#define GP_EXCEPTION(NAME, BASE) extern TypeObject exc_##NAME;
#include "objects/exceptions.def"
#undef GP_EXCEPTION

inline bool is_exception_type(const TypeObject* t) { return has_flag(t, kTypeExceptionSubclass); }
inline bool is_exception(Value v) { return v.is_object() && is_exception_type(v.as_object()->type); }
inline ExceptionObject* as_exception(Value v) { return static_cast<ExceptionObject*>(v.as_object()); }

// A new exception of `type` with args (borrowed tuple), as type(*args) makes it for the
// built-in types (no Python __init__ runs). New reference.
ExceptionObject* exception_new(TypeObject* type, TupleObject* args);
// A new exception of `type` with one str argument.
ExceptionObject* exception_with_message(TypeObject* type, std::string_view message);

// The static exception types, in exceptions.def order, for the builtins module.
struct ExceptionTypeEntry {
  const char* name;
  TypeObject* type;
};
const ExceptionTypeEntry* exception_types(size_t* count);

}  // namespace glasspy::objects
