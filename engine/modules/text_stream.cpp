// The standard streams (modules stage): write() goes straight to the host's stdout/stderr
// sink (unbuffered, so output interleaves as the program runs); reads ask the host's stdin
// source a line at a time and may stop the VM until the host answers (as input() does).
// Attributes and messages follow CPython's _io.TextIOWrapper.
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
  std::string unread;  // stdin: text from the host not yet returned (see read_line_from)
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

bool check_readable(VM& vm, TextStreamObject* s) {
  if (!check_open(vm, s)) return false;
  if (s->kind != StreamKind::kStdin) {
    unsupported(vm, "not readable");
    return false;
  }
  // A read that the VM stopped for the host's answer runs again on resume: the flag that
  // says so is input()'s prompt marker, not for this call to keep.
  (void)vm.take_input_resumed();
  return true;
}

// What one attempt to get more stdin from the host gave.
enum class Fill : uint8_t { kMore, kEof, kStopped };  // kStopped: raised, or waits for the host

// Appends one line from the host to s->unread. `can_wait`: this call may stop the VM until
// the host answers (called straight from the outermost loop); elsewhere RuntimeError.
Fill fill_line(VM& vm, TextStreamObject* s, bool can_wait) {
  // Stop while waiting ends the read with KeyboardInterrupt, as Ctrl-C does.
  if (!vm.poll_interrupt()) return Fill::kStopped;
  std::string line;
  host::Host::InputStatus status = vm.host().read_stdin(&line);
  if (!vm.poll_interrupt()) return Fill::kStopped;
  switch (status) {
    case host::Host::InputStatus::kLine: s->unread += line; return Fill::kMore;
    case host::Host::InputStatus::kEof: return Fill::kEof;
    case host::Host::InputStatus::kPending: break;
  }
  if (!can_wait) {
    vm.raise(&exc_RuntimeError,
             "sys.stdin: cannot wait for input here (called from inside another call, such as a __repr__ or a "
             "key function); the host gives input only to reads called directly");
    return Fill::kStopped;
  }
  vm.request_input_wait();
  return Fill::kStopped;
}

// Bytes of the first `chars` code points of UTF-8 `text` (all of it if shorter).
size_t utf8_prefix(std::string_view text, int64_t chars) {
  size_t i = 0;
  for (; i < text.size() && chars > 0; --chars) {
    ++i;
    while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
  }
  return i;
}

// The first `bytes` of s->unread as a str, removed from it.
Value take_unread(TextStreamObject* s, size_t bytes) {
  Value out = Value::from_object(str_from_utf8(std::string_view(s->unread).substr(0, bytes)));
  s->unread.erase(0, bytes);
  return out;
}

// Code points in UTF-8 `text`.
int64_t utf8_chars(std::string_view text) {
  int64_t n = 0;
  for (char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// A line (at most `limit` code points when >= 0) from s->unread and the host; "" at end of
// input; null if it raised or waits for the host.
Value read_line_from(VM& vm, TextStreamObject* s, int64_t limit, bool can_wait) {
  size_t scanned = 0;  // bytes of s->unread known to hold no newline
  while (true) {
    size_t newline = s->unread.find('\n', scanned);
    size_t end = newline == std::string::npos ? s->unread.size() : newline + 1;
    std::string_view line = std::string_view(s->unread).substr(0, end);
    if (limit >= 0 && utf8_chars(line) >= limit) return take_unread(s, utf8_prefix(line, limit));
    if (newline != std::string::npos) return take_unread(s, end);
    scanned = s->unread.size();
    switch (fill_line(vm, s, can_wait)) {
      case Fill::kMore: continue;
      case Fill::kEof: return take_unread(s, s->unread.size());
      case Fill::kStopped: return Value();
    }
  }
}

// readline(size=-1, /) and read(size=-1, /): the size as int64 (-1: no limit), or false if
// it raised. read() takes None too, readline() only an index.
bool size_argument(VM& vm, CallArgs args, bool none_ok, int64_t* out) {
  *out = -1;
  if (args.nargs == 0) return true;
  Value v = args.args[0];
  if (none_ok && is_none(v)) return true;
  if (none_ok && !is_int(v) && type_lookup(vm, type_of(v), "__index__").is_null()) {
    vm.raise(&exc_TypeError, std::string("argument should be integer or None, not '") + type_name(v) + "'");
    return false;
  }
  if (!index_int64(vm, v, out)) return false;
  if (*out < 0) *out = -1;
  return true;
}

Value stream_readline(VM& vm, Value self, CallArgs args) {
  TextStreamObject* s = as_stream(self);
  if (!vm::check_positional(vm, "readline", args.nargs, 0, 1)) return Value();
  int64_t limit;
  if (!size_argument(vm, args, false, &limit)) return Value();
  if (!check_readable(vm, s)) return Value();
  return read_line_from(vm, s, limit, vm.is_direct_outer_call(stream_readline));
}

Value stream_read(VM& vm, Value self, CallArgs args) {
  TextStreamObject* s = as_stream(self);
  if (!vm::check_positional(vm, "read", args.nargs, 0, 1)) return Value();
  int64_t limit;
  if (!size_argument(vm, args, true, &limit)) return Value();
  if (!check_readable(vm, s)) return Value();
  bool can_wait = vm.is_direct_outer_call(stream_read);
  // What was read before the VM stopped for more stays in s->unread for the call again.
  while (limit < 0 || utf8_chars(s->unread) < limit) {
    Fill got = fill_line(vm, s, can_wait);
    if (got == Fill::kEof) break;
    if (got == Fill::kStopped) return Value();
  }
  return take_unread(s, limit < 0 ? s->unread.size() : utf8_prefix(s->unread, limit));
}

Value stream_readlines(VM& vm, Value self, CallArgs args) {
  TextStreamObject* s = as_stream(self);
  if (!vm::check_positional(vm, "readlines", args.nargs, 0, 1)) return Value();
  int64_t hint;
  if (!size_argument(vm, args, true, &hint)) return Value();
  if (hint == 0) hint = -1;
  if (!check_readable(vm, s)) return Value();
  // Lines read are kept in s->unread until the whole list is ready: a call that stopped
  // for the host's answer starts over on resume and finds them there.
  bool can_wait = vm.is_direct_outer_call(stream_readlines);
  size_t lines_end = 0;  // bytes of s->unread in complete lines
  int64_t chars = 0;
  while (hint < 0 || chars < hint) {
    size_t newline = s->unread.find('\n', lines_end);
    if (newline != std::string::npos) {
      chars += utf8_chars(std::string_view(s->unread).substr(lines_end, newline + 1 - lines_end));
      lines_end = newline + 1;
      continue;
    }
    Fill got = fill_line(vm, s, can_wait);
    if (got == Fill::kStopped) return Value();
    if (got == Fill::kEof) {
      lines_end = s->unread.size();
      break;
    }
  }
  Ref list = Ref::steal(Value::from_object(list_new()));
  std::string_view text = std::string_view(s->unread).substr(0, lines_end);
  while (!text.empty()) {
    size_t newline = text.find('\n');
    size_t end = newline == std::string_view::npos ? text.size() : newline + 1;
    list_append_owned(as_list(list.get()), Value::from_object(str_from_utf8(text.substr(0, end))));
    text.remove_prefix(end);
  }
  s->unread.erase(0, lines_end);
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
  Value line = read_line_from(vm, s, -1, vm.is_direct_outer_iteration(self));
  if (line.is_null() || as_str(line)->length != 0) return line;
  decref(line);
  return Value();
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

void text_stream_forget_input(VM& vm) {
  Value sys = dict_get_utf8(vm.modules(), "sys");
  if (sys.is_null() || !is_module(sys)) return;
  Value stdin_stream = dict_get_utf8(as_module(sys)->dict, "__stdin__");
  if (!stdin_stream.is_null() && type_of(stdin_stream) == &text_stream_type) as_stream(stdin_stream)->unread.clear();
}

void init_text_stream_type() {
  if (has_flag(&text_stream_type, kTypeReady)) return;
  TypeObject& t = text_stream_type;
  t.name = "_io.TextIOWrapper";
  t.basic_size = sizeof(TextStreamObject);
  t.dealloc = [](Object* o) {
    static_cast<TextStreamObject*>(o)->~TextStreamObject();
    free_object(o);
  };
  t.repr = stream_repr;
  t.iter = stream_iter;
  t.iternext = stream_iternext;
  t.methods = kStreamMethods;
  t.getsets = kStreamGetSets;
  t.doc = "Character and line based layer over a BufferedIOBase object, buffer.";
  ready_static_type(&t);
}

}  // namespace glasspy::modules
