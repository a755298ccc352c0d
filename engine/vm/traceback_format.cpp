// The text of an uncaught exception from its description (VM stage): the traceback
// entries with their source lines and ~~~^^^ markers (traceback.c's tb_printinternal and
// tb_displayline), chained exceptions, notes, SyntaxError's location and exception
// groups' boxes (pythonrun.c's print_exception_recursive), as CPython 3.11 prints them.
#include "vm/traceback_format.h"

#include <set>

#include "ast/ast.h"
#include "parse/parser.h"
#include "parse/syntax_error.h"
#include "text/utf8.h"
#include "vm/traceback_print.h"

namespace glasspy::vm {

namespace {

constexpr int kRecursiveCutoff = 3;  // identical entries shown before "[Previous line repeated"
constexpr int kMaxGroupWidth = 15;
constexpr int kMaxGroupDepth = 10;

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\f'; }

// _PyPegen_byte_offset_to_character_offset: code points in the first `byte_offset` bytes
// (one more past the end, where CPython decodes the terminating NUL).
long char_offset(std::string_view line, long byte_offset) {
  long len = static_cast<long>(line.size());
  if (byte_offset > len + 1) byte_offset = len + 1;
  if (byte_offset > len) return static_cast<long>(text::count_code_points(line)) + 1;
  return static_cast<long>(text::count_code_points(line.substr(0, static_cast<size_t>(byte_offset))));
}

// The byte offset of code point `cp` in `line` (its end when past it).
size_t byte_of_char(std::string_view line, long cp) {
  size_t pos = 0;
  for (long i = 0; i < cp && pos < line.size(); ++i) pos += text::decode_utf8(line, pos).length;
  return pos;
}

// extract_anchors_from_line: the operator of a binary operation or the brackets of a
// subscript, in the segment's bytes, when the segment parses as one such expression.
bool segment_anchors(std::string_view segment, long* left, long* right, char* primary, char* secondary) {
  parse::ParseResult parsed = parse::parse_module(segment, parse::SourceKind::kString);
  if (parsed.module == nullptr || parsed.module->body.size() != 1) return false;
  const auto* statement = ast::node_cast<ast::Expr>(parsed.module->body[0]);
  if (statement == nullptr) return false;
  const ast::Node* expr = statement->value;
  long len = static_cast<long>(segment.size());
  if (const auto* binop = ast::node_cast<ast::BinOp>(expr)) {
    long stop = binop->right->pos.col_offset;
    for (long i = binop->left->pos.end_col_offset; i < stop; ++i) {
      if (is_blank(segment[i])) continue;
      *left = i;
      *right = i + 1;
      if (i + 1 < stop && !is_blank(segment[i + 1])) ++*right;  // a two-character operator
      if (i + 1 < stop && segment[i] == ')') continue;           // a closing parenthesis
      *primary = '~';
      *secondary = '^';
      break;
    }
    return true;
  }
  if (const auto* subscript = ast::node_cast<ast::Subscript>(expr)) {
    long l = subscript->value->pos.end_col_offset;
    long r = subscript->slice->pos.end_col_offset + 1;
    while (l < len && (is_blank(segment[l]) || segment[l] != '[')) ++l;
    while (r < len && (is_blank(segment[r]) || segment[r] != ']')) ++r;
    if (r < len) ++r;
    *left = l;
    *right = r;
    *primary = '~';
    *secondary = '^';
    return true;
  }
  return false;
}

void append_indent(std::string* out, int indent, std::string_view margin) {
  out->append(static_cast<size_t>(indent), ' ');
  out->append(margin);
}

}  // namespace

bool compute_carets(std::string_view line, const bytecode::Location& loc, CaretSpan* out) {
  if (loc.lineno < 0 || loc.end_lineno < 0 || loc.col < 0 || loc.end_col < 0) return false;
  CaretSpan span;
  span.start = char_offset(line, loc.col);
  span.end = char_offset(line, loc.end_col);
  if (loc.lineno == loc.end_lineno) {
    size_t from = byte_of_char(line, span.start), to = byte_of_char(line, span.end);
    std::string_view segment = from < to ? line.substr(from, to - from) : std::string_view();
    long left = -1, right = -1;
    if (!segment.empty() && segment_anchors(segment, &left, &right, &span.primary, &span.secondary)) {
      span.left_anchor = char_offset(segment, left) + span.start;
      span.right_anchor = char_offset(segment, right) + span.start;
    }
  } else {
    // A range over several lines is marked to the last non-blank byte of its first line
    // (a byte count used as a code point count, as CPython does).
    long i = static_cast<long>(line.size());
    while (--i >= 0)
      if (!is_blank(line[i])) break;
    span.end = i + 1;
  }
  long leading = 0;
  while (leading < static_cast<long>(line.size()) && is_blank(line[leading])) ++leading;
  long stripped_length = static_cast<long>(text::count_code_points(line)) - leading;
  bool secondary_ranges = span.left_anchor != -1 || span.right_anchor != -1;
  // No markers when they would underline the whole (stripped) line.
  if (span.end - span.start == stripped_length && !secondary_ranges) return false;
  *out = span;
  return true;
}

namespace {

// tb_displayline: the File line, the source line and its markers.
void display_line(const TracebackEntry& e, SourceLines& sources, int indent, std::string_view margin, std::string* out) {
  append_indent(out, indent, margin);
  *out += "  File \"" + e.filename + "\", line " + std::to_string(e.lineno) + ", in " + e.name + "\n";
  std::string line;
  if (!sources.line(e.filename, e.lineno, &line)) return;
  size_t leading = 0;
  while (leading < line.size() && is_blank(line[leading])) ++leading;
  append_indent(out, indent, margin);
  *out += "    ";
  out->append(line, leading, std::string::npos);
  *out += '\n';
  CaretSpan span;
  if (!compute_carets(line, e.loc, &span)) return;
  append_indent(out, indent, margin);
  *out += "    ";
  bool special = span.left_anchor != -1 || span.right_anchor != -1;
  for (long column = static_cast<long>(leading); column < span.end; ++column) {
    if (column < span.start) *out += ' ';
    else if (special && span.left_anchor <= column && column < span.right_anchor) *out += span.secondary;
    else *out += span.primary;
  }
  *out += '\n';
}

void repeated_line(long count, int indent, std::string_view margin, std::string* out) {
  count -= kRecursiveCutoff;
  append_indent(out, indent, margin);
  *out += "  [Previous line repeated " + std::to_string(count) + " more time" + (count > 1 ? "s" : "") + "]\n";
}

}  // namespace

void format_traceback(const std::vector<TracebackEntry>& entries, SourceLines& sources, int indent,
                      std::string_view margin, std::string* out, long limit) {
  size_t first = 0;
  if (static_cast<long>(entries.size()) > limit) first = entries.size() - static_cast<size_t>(limit);
  const TracebackEntry* last = nullptr;
  long count = 0;
  for (size_t i = first; i < entries.size(); ++i) {
    const TracebackEntry& e = entries[i];
    if (last == nullptr || e.filename != last->filename || last->lineno == -1 || e.lineno != last->lineno ||
        e.name != last->name) {
      if (count > kRecursiveCutoff) repeated_line(count, indent, margin, out);
      last = &e;
      count = 0;
    }
    ++count;
    if (count <= kRecursiveCutoff) display_line(e, sources, indent, margin, out);
  }
  if (count > kRecursiveCutoff) repeated_line(count, indent, margin, out);
}

namespace {

// pythonrun.c's exception_print_context and the functions that use it.
class Printer {
 public:
  Printer(const ExceptionGraph& graph, SourceLines& sources, std::string* out)
      : graph_(graph), sources_(sources), out_(*out) {}

  void print_recursive(int id) {
    if (++nesting_ > kMaxNesting) return;  // a native-stack guard (CPython: RecursionError)
    print_cause_and_context(id);
    const ExceptionNode& n = graph_.nodes[id];
    if (n.is_exception && n.is_group) print_group(id);
    else print_one(id);
    --nesting_;
  }

 private:
  static constexpr int kMaxNesting = 200;

  int indent() const { return 2 * depth_; }
  std::string_view margin() const { return depth_ > 0 ? "| " : ""; }
  void indented_margin() { append_indent(&out_, indent(), margin()); }

  void print_cause_and_context(int id) {
    seen_.insert(id);
    const ExceptionNode& n = graph_.nodes[id];
    if (!n.is_exception) return;
    if (n.cause != ExceptionNode::kNone) {
      if (!seen_.count(n.cause))
        print_chained(n.cause, "The above exception was the direct cause of the following exception:\n");
      return;
    }
    if (n.suppress_context) return;
    if (n.context != ExceptionNode::kNone && !seen_.count(n.context))
      print_chained(n.context, "During handling of the above exception, another exception occurred:\n");
  }

  void print_chained(int id, const char* message) {
    bool need_close = need_close_;
    print_recursive(id);
    need_close_ = need_close;
    indented_margin();
    out_ += '\n';
    indented_margin();
    out_ += message;
    indented_margin();
    out_ += '\n';
  }

  void print_one(int id) {
    const ExceptionNode& n = graph_.nodes[id];
    if (!n.is_exception) {
      indented_margin();
      out_ += "TypeError: print_exception(): Exception expected for value, " + n.invalid_type_name + " found\n";
      return;
    }
    if (n.has_traceback) {
      append_indent(&out_, indent(), n.is_group && depth_ == 1 ? "+ " : margin());
      out_ += n.is_group ? "Exception Group Traceback (most recent call last):\n" : "Traceback (most recent call last):\n";
      format_traceback(n.traceback, sources_, indent(), margin(), &out_);
    }
    if (n.syntax) print_syntax_location(*n.syntax);
    indented_margin();
    out_ += n.type_name;
    if (n.str_failed) {
      out_ += ": <exception str() failed>";
    } else if (!n.message.empty()) {
      out_ += ": ";
      out_ += n.message;
    }
    if (!n.suggestion.empty()) out_ += ". Did you mean: '" + n.suggestion + "'?";
    out_ += '\n';
    print_notes(n);
  }

  // print_exception_file_and_line: the File line (after the margin), then the source line
  // and carets as compile errors print them (parse/syntax_error.h; no margin, as CPython).
  void print_syntax_location(const SyntaxLocation& s) {
    parse::CompileError error;
    error.type = s.exact_syntax_error ? parse::ErrorType::kSyntaxError : parse::ErrorType::kIndentationError;
    error.lineno = static_cast<int>(s.lineno);
    error.offset = static_cast<int>(s.offset);
    error.end_lineno = static_cast<int>(s.end_lineno);
    error.end_offset = static_cast<int>(s.end_offset);
    error.has_text = s.text.has_value();
    if (s.text) error.text = *s.text;
    std::string text = parse::format_compile_error(error, s.filename);
    // Drop the final "SyntaxError" line: the message line is printed by print_one.
    size_t end = text.size() - 1;
    size_t last = text.rfind('\n', end - 1);
    text.resize(last == std::string::npos ? 0 : last + 1);
    indented_margin();
    out_ += text;
  }

  void print_notes(const ExceptionNode& n) {
    if (n.notes_kind == ExceptionNode::Notes::kRepr) {
      indented_margin();
      out_ += n.notes_repr ? *n.notes_repr : "<__notes__ repr() failed>";  // no newline (3.11)
      return;
    }
    if (n.notes_kind != ExceptionNode::Notes::kSequence) return;
    for (const auto& note : n.notes) {
      if (!note) {
        out_ += "<note str() failed>";
      } else {
        for (std::string_view line : split_lines_keep_ends(*note)) {
          indented_margin();
          out_.append(line);
        }
      }
      out_ += '\n';
    }
  }

  // str.splitlines(keepends=True): \n, \r, \r\n, \v, \f, \x1c-\x1e, \x85, \u2028, \u2029.
  static std::vector<std::string_view> split_lines_keep_ends(std::string_view s) {
    std::vector<std::string_view> lines;
    size_t start = 0, pos = 0;
    while (pos < s.size()) {
      text::Decoded d = text::decode_utf8(s, pos);
      char32_t c = d.code_point;
      size_t next = pos + d.length;
      bool boundary = c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || (c >= 0x1c && c <= 0x1e) || c == 0x85 ||
                      c == 0x2028 || c == 0x2029;
      if (boundary) {
        if (c == '\r' && next < s.size() && s[next] == '\n') ++next;
        lines.push_back(s.substr(start, next - start));
        start = next;
      }
      pos = next;
    }
    if (start < s.size()) lines.push_back(s.substr(start));
    return lines;
  }

  void print_group(int id) {
    if (depth_ > kMaxGroupDepth) {
      indented_margin();
      out_ += "... (max_group_depth is " + std::to_string(kMaxGroupDepth) + ")\n";
      return;
    }
    if (depth_ == 0) depth_ = 1;
    print_one(id);
    const ExceptionNode& n = graph_.nodes[id];
    int64_t count = n.child_count;
    int64_t shown = count <= kMaxGroupWidth ? count : kMaxGroupWidth + 1;
    need_close_ = false;
    for (int64_t i = 0; i < shown; ++i) {
      bool last = i == shown - 1;
      if (last) need_close_ = true;  // a nested group may print the closing line itself
      out_.append(static_cast<size_t>(indent()), ' ');
      bool truncated = i >= kMaxGroupWidth;
      out_ += i == 0 ? "+-" : "  ";
      out_ += "+---------------- " + (truncated ? std::string("...") : std::to_string(i + 1)) + " ----------------\n";
      ++depth_;
      if (!truncated) {
        if (static_cast<size_t>(i) < n.children.size()) print_recursive(n.children[static_cast<size_t>(i)]);
      } else {
        int64_t remaining = count - kMaxGroupWidth;
        indented_margin();
        out_ += "and " + std::to_string(remaining) + " more exception" + (remaining > 1 ? "s" : "") + "\n";
      }
      if (last && need_close_) {
        out_.append(static_cast<size_t>(indent()), ' ');
        out_ += "+------------------------------------\n";
        need_close_ = false;
      }
      --depth_;
    }
    if (depth_ == 1) depth_ = 0;
  }

  const ExceptionGraph& graph_;
  SourceLines& sources_;
  std::string& out_;
  int depth_ = 0;  // exception_group_depth
  bool need_close_ = false;
  int nesting_ = 0;
  std::set<int> seen_;
};

}  // namespace

void format_exception_graph(const ExceptionGraph& graph, SourceLines& sources, std::string* out) {
  if (graph.nodes.empty()) return;
  Printer printer(graph, sources, out);
  printer.print_recursive(graph.root);
}

}  // namespace glasspy::vm
