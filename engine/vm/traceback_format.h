// The text of an uncaught exception, from a plain description of it (VM stage): CPython
// 3.11's print_exception_recursive / print_exception_group (pythonrun.c) and
// PyTraceBack_Print (traceback.c) without any object model, so that it can be tested
// against python3's output alone. traceback_print.cpp describes real exceptions this way.
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bytecode/line_table.h"

namespace glasspy::vm {

class SourceLines;

// One traceback entry: the frame's file, function (co_name) and line (tb_lineno), and the
// source range of the instruction (co_positions; lineno -1: none).
struct TracebackEntry {
  std::string filename;
  std::string name;
  int lineno = -1;
  bytecode::Location loc;
};

// SyntaxError's location, as print_exception_file_and_line reads it (parse_syntax_error).
struct SyntaxLocation {
  std::string filename;  // "<string>" when None
  long lineno = 0, offset = -1, end_lineno = 0, end_offset = -1;
  std::optional<std::string> text;
  bool exact_syntax_error = true;  // subclasses show no range
};

// One exception as the printer needs it. Nodes form a graph (cause/context may loop): they
// live in an ExceptionGraph and point at each other by index.
struct ExceptionNode {
  static constexpr int kNone = -1;
  bool is_exception = true;      // false: print_exception_invalid_type ("... found")
  std::string invalid_type_name;  // for is_exception == false
  bool has_traceback = false;
  std::vector<TracebackEntry> traceback;
  std::string type_name;         // as printed: "ValueError", "mod.Error", "<unknown>..."
  bool str_failed = false;       // str(exc) raised: ": <exception str() failed>"
  std::string message;           // str(exc) (for a SyntaxError: str(exc.msg))
  std::string suggestion;        // "Did you mean" name, empty: none
  std::optional<SyntaxLocation> syntax;
  // __notes__: absent, a sequence (each note's str, nullopt where str() failed), or not a
  // sequence (its repr, nullopt if repr() failed).
  enum class Notes : uint8_t { kNone, kSequence, kRepr };
  Notes notes_kind = Notes::kNone;
  std::vector<std::optional<std::string>> notes;
  std::optional<std::string> notes_repr;
  int cause = kNone, context = kNone;
  bool suppress_context = false;
  bool is_group = false;
  std::vector<int> children;     // the group's exceptions (only the first 16 are needed)
  int64_t child_count = 0;       // len(exceptions)
};

struct ExceptionGraph {
  std::vector<ExceptionNode> nodes;
  int root = 0;
};

// Appends the text CPython 3.11 prints for the graph's root.
void format_exception_graph(const ExceptionGraph& graph, SourceLines& sources, std::string* out);

// The "  File ..." lines of a traceback (with source lines and markers), each line after
// `indent` spaces and `margin`; at most the last `limit` entries.
void format_traceback(const std::vector<TracebackEntry>& entries, SourceLines& sources, int indent,
                      std::string_view margin, std::string* out, long limit = 1000);

// The marker line's columns for a source line and an instruction's range on it (CPython's
// tb_displayline): false when no markers are shown. Offsets are in code points of `line`.
struct CaretSpan {
  long start = 0, end = 0;             // [start, end): marked
  long left_anchor = -1, right_anchor = -1;  // [left, right): the secondary marks, -1: none
  char primary = '^', secondary = '^';
};
bool compute_carets(std::string_view line, const bytecode::Location& loc, CaretSpan* out);

}  // namespace glasspy::vm
