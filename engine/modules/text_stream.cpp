// The standard streams (modules stage): write() goes straight to the host's stdout/stderr
// sink (unbuffered, so output interleaves as the program runs); readline() asks the host's
// stdin source. Attributes and messages follow CPython's _io.TextIOWrapper.
#include "modules/text_stream.h"

#include <string>

#include "objects/alloc.h"
#include "objects/exception_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/ops.h"
#include "vm/arg_parse.h"
#include "vm/vm.h"

namespace glasspy::modules {

using namespace objects;

TypeObject text_stream_type;

namespace {

struct TextStreamObject : Object {
  StreamKind kind = StreamKind::kStdout;
  bool closed = false;
  bool at_eof = false;
};

TextStreamObject* as_stream(Value v) { return static_cast<TextStreamObject*>(v.as_object()); }

bool check_open(VM& vm, TextStreamObject* s) {
  if (!s->closed) return true;
  vm.raise(&exc_ValueError, "I/O operation on closed file.");
  return false;
}

// io.UnsupportedOperation is not a built-in here: OSError carries the same message.
Value unsupported(VM& vm, const char* what) { return vm.raise(&exc_OSError, what); }

Value stream_write(VM& vm, Value self, CallArgs args) {
  TextStreamObject* s = as_stream(self);
  Value text = args.args[0];
  if (!is_str(text)) return vm.raise(&exc_TypeError, std::string("write() argument must be str, not ") + type_name(text));
  if (!check_open(vm, s)) return Value();
  if (s->kind == StreamKind::kStdin) return unsupported(vm, "not writable");
  std::string_view utf8 = str_utf8(as_str(text));
  if (s->kind == StreamKind::kStdout)
    vm.host().write_stdout(utf8);
  else
    vm.host().write_stderr(utf8);
  return make_int(as_str(text)->length);
}

Value stream_writelines(VM& vm, Value self, CallArgs args) {
  Ref it = Ref::steal(iter(vm, args.args[0]));
  if (it.is_null()) return Value();
  while (true) {
    Ref line = Ref::steal(next(vm, it.get()));
    if (line.is_null()) break;
    Value item = line.get();
    Ref written = Ref::steal(stream_write(vm, self, CallArgs{&item, 1, nullptr}));
    if (written.is_null()) return Value();
  }
  if (vm.has_error()) return Value();
  return none();
}

Value stream_flush(VM& vm, Value self, CallArgs) {
  if (!check_open(vm, as_stream(self))) return Value();
  return none();
}

Value stream_close(VM&, Value self, CallArgs) {
  as_stream(self)->closed = true;
  return none();
}

Value stream_false(VM& vm, Value self, CallArgs) {
  if (!check_open(vm, as_stream(self))) return Value();
  return false_value();
}

Value stream_readable(VM& vm, Value self, CallArgs) {
  if (!check_open(vm, as_stream(self))) return Value();
  return boolean(as_stream(self)->kind == StreamKind::kStdin);
}

Value stream_writable(VM& vm, Value self, CallArgs) {
  if (!check_open(vm, as_stream(self))) return Value();
  return boolean(as_stream(self)->kind != StreamKind::kStdin);
}

Value stream_fileno(VM&, Value self, CallArgs) { return Value::from_small_int(static_cast<int>(as_stream(self)->kind)); }

// One line from the host (with its "\n"), "" at end of input.
bool read_one_line(VM& vm, TextStreamObject* s, std::string* out) {
  out->clear();
  if (s->at_eof) return true;
  std::optional<std::string> line = vm.host().read_line();
  if (!line) {
    s->at_eof = true;
    return true;
  }
  *out = std::move(*line);
  return true;
}

bool check_readable(VM& vm, TextStreamObject* s) {
  if (!check_open(vm, s)) return false;
  if (s->kind != StreamKind::kStdin) {
    unsupported(vm, "not readable");
    return false;
  }
  return true;
}

Value stream_readline(VM& vm, Value self, CallArgs args) {
  TextStreamObject* s = as_stream(self);
  if (!vm::check_positional(vm, "readline", args.nargs, 0, 1)) return Value();
  if (!check_readable(vm, s)) return Value();
  std::string line;
  if (!read_one_line(vm, s, &line)) return Value();
  return Value::from_object(str_from_utf8(line));
}

Value stream_read(VM& vm, Value self, CallArgs args) {
  TextStreamObject* s = as_stream(self);
  if (!vm::check_positional(vm, "read", args.nargs, 0, 1)) return Value();
  if (!check_readable(vm, s)) return Value();
  std::string all, line;
  while (true) {
    if (!read_one_line(vm, s, &line)) return Value();
    if (line.empty()) break;
    all += line;
  }
  return Value::from_object(str_from_utf8(all));
}

Value stream_readlines(VM& vm, Value self, CallArgs) {
  TextStreamObject* s = as_stream(self);
  if (!check_readable(vm, s)) return Value();
  Ref list = Ref::steal(Value::from_object(list_new()));
  std::string line;
  while (true) {
    if (!read_one_line(vm, s, &line)) return Value();
    if (line.empty()) break;
    list_append_owned(as_list(list.get()), Value::from_object(str_from_utf8(line)));
  }
  return list.release();
}

Value stream_iter(VM& vm, Value self) {
  if (!check_open(vm, as_stream(self))) return Value();
  incref(self);
  return self;
}

Value stream_iternext(VM& vm, Value self) {
  TextStreamObject* s = as_stream(self);
  if (!check_readable(vm, s)) return Value();
  std::string line;
  if (!read_one_line(vm, s, &line)) return Value();
  if (line.empty()) return Value();
  return Value::from_object(str_from_utf8(line));
}

Value stream_enter(VM& vm, Value self, CallArgs) {
  if (!check_open(vm, as_stream(self))) return Value();
  incref(self);
  return self;
}

Value stream_exit(VM&, Value self, CallArgs) {
  as_stream(self)->closed = true;
  return none();
}

const char* stream_name(const TextStreamObject* s) {
  switch (s->kind) {
    case StreamKind::kStdin: return "<stdin>";
    case StreamKind::kStdout: return "<stdout>";
    default: return "<stderr>";
  }
}

// Interned strs belong to the intern table: each getter returns a new reference.
Value owned(StrObject* s) {
  incref(s);
  return Value::from_object(s);
}
Value get_name(VM& vm, Value self) { return owned(vm.intern(stream_name(as_stream(self)))); }
Value get_mode(VM& vm, Value self) {
  return owned(vm.intern(as_stream(self)->kind == StreamKind::kStdin ? "r" : "w"));
}
Value get_encoding(VM& vm, Value) { return owned(vm.intern("utf-8")); }
Value get_errors(VM& vm, Value self) {
  return owned(
      vm.intern(as_stream(self)->kind == StreamKind::kStderr ? "backslashreplace" : "strict"));
}
Value get_closed(VM&, Value self) { return boolean(as_stream(self)->closed); }
Value get_line_buffering(VM&, Value) { return false_value(); }
Value get_newlines(VM&, Value) { return none(); }

Value stream_repr(VM&, Value self) {
  TextStreamObject* s = as_stream(self);
  std::string out = "<_io.TextIOWrapper name='";
  out += stream_name(s);
  out += s->kind == StreamKind::kStdin ? "' mode='r'" : "' mode='w'";
  out += " encoding='utf-8'>";
  return Value::from_object(str_from_utf8(out));
}

const MethodDef kStreamMethods[] = {
    {"write", stream_write, ArgShape::kOneArg, 1, 1, "Write string to stream.\nReturns the number of characters written."},
    {"writelines", stream_writelines, ArgShape::kOneArg, 1, 1, nullptr},
    {"flush", stream_flush, ArgShape::kNoArgs, 0, 0, nullptr},
    {"close", stream_close, ArgShape::kNoArgs, 0, 0, nullptr},
    {"isatty", stream_false, ArgShape::kNoArgs, 0, 0, nullptr},
    {"seekable", stream_false, ArgShape::kNoArgs, 0, 0, nullptr},
    {"readable", stream_readable, ArgShape::kNoArgs, 0, 0, nullptr},
    {"writable", stream_writable, ArgShape::kNoArgs, 0, 0, nullptr},
    {"fileno", stream_fileno, ArgShape::kNoArgs, 0, 0, nullptr},
    {"readline", stream_readline, ArgShape::kPositional, 0, 1, nullptr},
    {"read", stream_read, ArgShape::kPositional, 0, 1, nullptr},
    {"readlines", stream_readlines, ArgShape::kPositional, 0, 1, nullptr},
    {"__enter__", stream_enter, ArgShape::kNoArgs, 0, 0, nullptr},
    {"__exit__", stream_exit, ArgShape::kPositional, 0, -1, nullptr},
    {nullptr, nullptr},
};

const GetSetDef kStreamGetSets[] = {
    {"name", get_name},
    {"mode", get_mode},
    {"encoding", get_encoding},
    {"errors", get_errors},
    {"closed", get_closed},
    {"line_buffering", get_line_buffering},
    {"newlines", get_newlines},
    {nullptr, nullptr},
};

}  // namespace

Value text_stream_new(StreamKind kind) {
  TextStreamObject* s = alloc<TextStreamObject>(&text_stream_type);
  s->kind = kind;
  return Value::from_object(s);
}

void init_text_stream_type() {
  if (has_flag(&text_stream_type, kTypeReady)) return;
  TypeObject& t = text_stream_type;
  t.name = "_io.TextIOWrapper";
  t.basic_size = sizeof(TextStreamObject);
  t.dealloc = [](Object* o) { free_object(o); };
  t.repr = stream_repr;
  t.iter = stream_iter;
  t.iternext = stream_iternext;
  t.methods = kStreamMethods;
  t.getsets = kStreamGetSets;
  t.doc = "Character and line based layer over a BufferedIOBase object, buffer.";
  ready_static_type(&t);
}

}  // namespace glasspy::modules
