// Compile-time errors and warnings as Python prints them (parsing stage): CPython 3.11's
// print_exception for SyntaxError (print_exception_file_and_line, print_error_text) and
// warnings.formatwarning.
#include "parse/syntax_error.h"

namespace glasspy::parse {
namespace {

// print_error_text: the line without its leading blanks, then carets under
// [offset, end_offset) (1-based), where offsets count code points but the line is
// measured in bytes, exactly as CPython mixes them.
void print_error_text(std::string& out, long offset, long end_offset, std::string_view text) {
  long carets = end_offset > 0 && end_offset > offset ? end_offset - offset : 1;
  --offset;
  while (!text.empty() && (text[0] == ' ' || text[0] == '\t' || text[0] == '\f')) {
    text.remove_prefix(1);
    --offset;
  }
  size_t nul = text.find('\0');
  if (nul != std::string_view::npos) text = text.substr(0, nul);
  long len = static_cast<long>(text.size());
  if (len > 0 && text[len - 1] == '\n') --len;
  if (offset > len) offset = len;
  for (;;) {
    size_t nl = text.find('\n');
    if (nl == std::string_view::npos) break;
    long inl = static_cast<long>(nl);
    if (inl >= offset) break;
    inl += 1;
    text.remove_prefix(static_cast<size_t>(inl));
    len -= inl;
    offset -= inl;
  }
  out += "    ";
  out.append(text);
  if (static_cast<size_t>(len) >= text.size() || text[len] != '\n') out += '\n';
  if (offset < 0) return;
  out += "    ";
  out.append(static_cast<size_t>(offset), ' ');
  out.append(static_cast<size_t>(carets), '^');
  out += '\n';
}

std::string_view strip(std::string_view s) {
  auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
  while (!s.empty() && blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && blank(s.back())) s.remove_suffix(1);
  return s;
}

}  // namespace

std::string_view error_type_name(ErrorType type) {
  switch (type) {
    case ErrorType::kSyntaxError: return "SyntaxError";
    case ErrorType::kIndentationError: return "IndentationError";
    case ErrorType::kTabError: return "TabError";
    case ErrorType::kMemoryError: return "MemoryError";
    case ErrorType::kRecursionError: return "RecursionError";
  }
  return "SyntaxError";
}

std::string format_compile_error(const CompileError& error, std::string_view display_name) {
  std::string out;
  if (error.has_location) {
    out += "  File \"";
    out.append(display_name);
    out += "\", line ";
    out += std::to_string(error.lineno);
    out += '\n';
    if (error.has_text) {
      long offset = error.offset;
      long end_offset = error.end_offset;
      long end_lineno = error.end_lineno;
      if (error.type != ErrorType::kSyntaxError) {
        // SyntaxError's subclasses print no range.
        end_lineno = error.lineno;
        end_offset = -1;
      }
      long line_size = static_cast<long>(error.text.size());
      if (end_lineno > error.lineno) end_offset = line_size;
      if (end_offset > line_size + 1) end_offset = line_size + 1;
      print_error_text(out, offset, end_offset, error.text);
    }
  }
  out.append(error_type_name(error.type));
  if (!error.message.empty()) {
    out += ": ";
    out += error.message;
  }
  out += '\n';
  return out;
}

std::string format_compile_warning(const CompileWarning& warning, std::string_view display_name,
                                   std::string_view line_text) {
  std::string out(display_name);
  out += ':';
  out += std::to_string(warning.lineno);
  out += ": ";
  out += warning.category;
  out += ": ";
  out += warning.message;
  out += '\n';
  std::string_view line = strip(line_text);
  if (!line.empty()) {
    out += "  ";
    out.append(line);
    out += '\n';
  }
  return out;
}

}  // namespace glasspy::parse
