// Printing an uncaught exception (VM stage): describes the exception objects (type name,
// str(), traceback entries with their instruction's source range, notes, SyntaxError
// fields, causes, contexts, group members) as an ExceptionGraph, then formats it with
// traceback_format.cpp exactly as CPython 3.11 does.
#include "vm/traceback_print.h"

#include <deque>
#include <unordered_map>

#include "bytecode/line_table.h"
#include "objects/exception_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/ops.h"
#include "objects/str_object.h"
#include "parse/source_decode.h"
#include "vm/suggestions.h"
#include "vm/traceback_format.h"
#include "vm/vm.h"

namespace glasspy::vm {

using namespace objects;

namespace {

// A cap on the exceptions described (chains and groups can be huge; CPython prints at most
// 15 members per group and 10 levels of groups).
constexpr size_t kMaxNodes = 4000;
constexpr int64_t kChildrenNeeded = 16;

bytecode::Location instruction_location(const CodeObject* code, int code_unit) {
  if (code == nullptr || code->unit == nullptr) return {};
  const bytecode::CodeUnit& unit = *code->unit;
  for (const bytecode::LocationRange& r : bytecode::decode_locations(unit.linetable, unit.firstlineno))
    if (code_unit >= r.start && code_unit < r.end) return r.loc;
  return {};
}

std::string utf8_of(StrObject* s) { return s == nullptr ? std::string() : std::string(str_utf8(s)); }

std::vector<TracebackEntry> traceback_entries(TracebackObject* tb) {
  std::vector<TracebackEntry> entries;
  for (; tb != nullptr; tb = tb->next) {
    TracebackEntry e;
    if (tb->code != nullptr) {
      e.filename = utf8_of(tb->code->filename);
      e.name = utf8_of(tb->code->name);
    }
    e.lineno = traceback_lineno(tb);
    e.loc = instruction_location(tb->code, tb->lasti / 2);
    entries.push_back(std::move(e));
  }
  return entries;
}

// "module.Qualname" as print_exception_message writes it (builtins and __main__ omitted).
std::string printed_type_name(TypeObject* t) {
  std::string module = "builtins";
  if (has_flag(t, kTypeHeap)) module = is_str(t->module_name) ? utf8_of(as_str(t->module_name)) : "<unknown>";
  std::string qualname = is_str(t->qualname_object) ? utf8_of(as_str(t->qualname_object)) : std::string(t->name);
  if (module == "builtins" || module == "__main__") return qualname;
  return module + "." + qualname;
}

class GraphBuilder {
 public:
  explicit GraphBuilder(VM& vm) : vm_(vm) {}

  ExceptionGraph build(Value root) {
    graph_.root = id_of(root);
    while (!pending_.empty()) {
      int id = pending_.front().first;
      Ref value = std::move(pending_.front().second);
      pending_.pop_front();
      describe(id, value.get());
    }
    return std::move(graph_);
  }

 private:
  int id_of(Value v) {
    Object* key = v.as_object();
    auto found = ids_.find(key);
    if (found != ids_.end()) return found->second;
    int id = static_cast<int>(graph_.nodes.size());
    graph_.nodes.emplace_back();
    ids_[key] = id;
    pending_.emplace_back(id, Ref::borrow(v));
    return id;
  }

  // Text of str(v) or repr(v); false (error cleared) if it raised.
  bool text(Value v, bool use_repr, std::string* out) {
    bool ok = use_repr ? repr_utf8(vm_, v, out) : str_utf8(vm_, v, out);
    if (!ok) vm_.clear_error();
    return ok;
  }

  void describe(int id, Value v) {
    ExceptionNode n;
    if (!is_exception(v)) {
      n.is_exception = false;
      n.invalid_type_name = type_of(v)->name;
      graph_.nodes[id] = std::move(n);
      return;
    }
    ExceptionObject* e = as_exception(v);
    TypeObject* t = type_of(v);
    if (is_traceback(e->traceback)) {
      n.has_traceback = true;
      n.traceback = traceback_entries(as_traceback(e->traceback));
    }
    n.type_name = printed_type_name(t);
    if (!(is_subtype(t, &exc_SyntaxError) && describe_syntax_error(e, &n))) {
      n.str_failed = !text(v, false, &n.message);
      offer_suggestion(vm_, v, &n.suggestion);
    }
    describe_notes(v, &n);
    n.suppress_context = e->suppress_context;
    bool room = graph_.nodes.size() < kMaxNodes;
    if (room && !e->cause.is_null()) n.cause = id_of(e->cause);
    if (room && !e->context.is_null()) n.context = id_of(e->context);
    Value excs = e->fields[kExceptionGroupExceptions];
    if (is_exception_group(v) && is_tuple(excs)) {
      n.is_group = true;
      TupleObject* members = as_tuple(excs);
      n.child_count = members->size;
      for (int64_t i = 0; i < members->size && i < kChildrenNeeded && room; ++i)
        n.children.push_back(id_of(members->items()[i]));
    }
    graph_.nodes[id] = std::move(n);
  }

  // parse_syntax_error: the location fields, or false when they have the wrong types (the
  // exception then prints as any other).
  bool describe_syntax_error(ExceptionObject* e, ExceptionNode* n) {
    auto field = [&](int i) { return e->fields[i].is_null() ? none() : e->fields[i]; };
    auto as_long = [](Value v, long* out) {
      int64_t x = 0;
      if (!is_int(v) || !int_to_int64(v, &x)) return false;
      *out = static_cast<long>(x);
      return true;
    };
    SyntaxLocation s;
    Value filename = field(kSyntaxErrorFilename);
    if (is_none(filename)) s.filename = "<string>";
    else if (!text(filename, false, &s.filename)) return false;
    if (!as_long(field(kSyntaxErrorLineno), &s.lineno)) return false;
    Value offset = field(kSyntaxErrorOffset);
    if (!is_none(offset) && !as_long(offset, &s.offset)) return false;
    s.exact_syntax_error = e->type == &exc_SyntaxError;
    s.end_lineno = s.lineno;
    if (s.exact_syntax_error) {
      Value end_lineno = field(kSyntaxErrorEndLineno), end_offset = field(kSyntaxErrorEndOffset);
      if (!is_none(end_lineno) && !as_long(end_lineno, &s.end_lineno)) return false;
      if (!is_none(end_offset) && !as_long(end_offset, &s.end_offset)) return false;
    }
    Value line = field(kSyntaxErrorText);
    if (is_str(line)) s.text = utf8_of(as_str(line));
    // The message line shows str(exc.msg).
    n->str_failed = !text(field(kSyntaxErrorMsg), false, &n->message);
    n->syntax = std::move(s);
    return true;
  }

  void describe_notes(Value v, ExceptionNode* n) {
    Ref notes = Ref::steal(get_attribute_optional(vm_, v, vm_.intern("__notes__")));
    if (!notes) {
      vm_.clear_error();
      return;
    }
    Value nv = notes.get();
    bool sequence = type_of(nv)->getitem != nullptr && !is_dict(nv);
    if (!sequence) {
      n->notes_kind = ExceptionNode::Notes::kRepr;
      std::string r;
      if (text(nv, true, &r)) n->notes_repr = std::move(r);
      return;
    }
    n->notes_kind = ExceptionNode::Notes::kSequence;
    int64_t count = length(vm_, nv);
    if (count < 0) {
      vm_.clear_error();
      return;
    }
    for (int64_t i = 0; i < count; ++i) {
      Ref index_value = Ref::steal(make_int(i));
      Ref note = Ref::steal(getitem(vm_, nv, index_value.get()));
      std::string s;
      if (!note) {
        vm_.clear_error();
        break;
      }
      if (text(note.get(), false, &s)) n->notes.emplace_back(std::move(s));
      else n->notes.emplace_back(std::nullopt);
    }
  }

  VM& vm_;
  ExceptionGraph graph_;
  std::unordered_map<Object*, int> ids_;
  std::deque<std::pair<int, Ref>> pending_;  // owned: a __str__ may drop a cause or context
};

}  // namespace

void format_exception(VM& vm, Value exception, SourceLines& sources, std::string* out) {
  Value saved = vm.fetch_error();
  if (!exception.is_object()) {
    *out += std::string("TypeError: print_exception(): Exception expected for value, ") + type_of(exception)->name +
            " found\n";
  } else {
    Ref keep = Ref::borrow(exception);
    ExceptionGraph graph = GraphBuilder(vm).build(exception);
    format_exception_graph(graph, sources, out);
  }
  if (vm.has_error()) vm.clear_error();
  if (!saved.is_null()) vm.restore_error(saved);
}

namespace {

std::vector<std::string> split_text_lines(std::string_view text) {
  std::vector<std::string> lines;
  size_t start = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\n' && text[i] != '\r') continue;
    lines.emplace_back(text.substr(start, i - start));
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
    start = i + 1;
  }
  if (start < text.size()) lines.emplace_back(text.substr(start));
  return lines;
}

}  // namespace

void ProgramSources::add(const std::string& filename, std::string_view text) {
  files_[filename] = split_text_lines(text);
  unreadable_.erase(filename);
}

const std::vector<std::string>* ProgramSources::lines_of(std::string_view filename) {
  auto found = files_.find(filename);
  if (found != files_.end()) return &found->second;
  if (host_ == nullptr || unreadable_.count(filename) || filename.empty() || filename.front() == '<') return nullptr;
  std::string error;
  std::optional<std::string> bytes = host_->read_file(std::string(filename), &error);
  parse::DecodedSource decoded;
  if (bytes) decoded = parse::decode_source_file(*bytes, filename);
  if (!bytes || !decoded.ok) {
    unreadable_[std::string(filename)] = true;
    return nullptr;
  }
  return &(files_[std::string(filename)] = split_text_lines(decoded.text));
}

bool ProgramSources::line(std::string_view filename, int lineno, std::string* out) {
  const std::vector<std::string>* lines = lines_of(filename);
  if (lines == nullptr || lineno < 1 || static_cast<size_t>(lineno) > lines->size()) return false;
  *out = (*lines)[static_cast<size_t>(lineno) - 1];
  return true;
}

void format_traceback_entries(VM&, TracebackObject* tb, SourceLines& sources, std::string_view margin,
                              std::string* out) {
  format_traceback(traceback_entries(tb), sources, 0, margin, out);
}

}  // namespace glasspy::vm
