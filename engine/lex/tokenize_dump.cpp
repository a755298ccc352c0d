// What `python3 -m tokenize [-e] FILE` prints (lexing stage): the token table, and the
// messages and tracebacks of its errors as CPython 3.11 writes them to stderr.
#include "lex/tokenize_compat.h"

#include <algorithm>
#include <charconv>
#include <optional>

#include "lex/tokenize_decoding.h"
#include "lex/tokenize_machine.h"
#include "text/utf8.h"
#include "unicode/char_props.h"

namespace glasspy::lex {
namespace {

using tokenize_detail::Codec;
using tokenize_detail::decode_line;
using tokenize_detail::DecodeFailure;
using tokenize_detail::RawToken;
using tokenize_detail::Run;
using tokenize_detail::tokenize_file;
using tokenize_detail::tokenize_stdin;
using Line = std::u32string_view;

// Appends repr(s) as Python writes it; returns its length in code points (for padding).
size_t append_repr(std::string& out, Line s) {
  bool has_single = std::find(s.begin(), s.end(), U'\'') != s.end();
  bool has_double = std::find(s.begin(), s.end(), U'"') != s.end();
  char quote = has_single && !has_double ? '"' : '\'';
  size_t width = 2;
  out += quote;
  for (char32_t c : s) {
    const char* digits = "0123456789abcdef";
    auto escape = [&](char letter, int hex_digits) {
      out += '\\';
      out += letter;
      for (int shift = 4 * (hex_digits - 1); shift >= 0; shift -= 4) out += digits[(c >> shift) & 15];
      width += 2 + hex_digits;
    };
    if (c == static_cast<char32_t>(quote) || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
      width += 2;
    } else if (c == '\t' || c == '\n' || c == '\r') {
      out += '\\';
      out += c == '\t' ? 't' : c == '\n' ? 'n' : 'r';
      width += 2;
    } else if (c < 0x7F && c >= 0x20) {
      out += static_cast<char>(c);
      width += 1;
    } else if (unicode::is_printable(c)) {
      text::append_utf8(out, c);
      width += 1;
    } else if (c <= 0xFF) {
      escape('x', 2);
    } else if (c <= 0xFFFF) {
      escape('u', 4);
    } else {
      escape('U', 8);
    }
  }
  out += quote;
  return width;
}

void append_int(std::string& out, int value) {
  char buffer[16];
  auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  out.append(buffer, result.ptr);
}

void pad(std::string& out, size_t width, size_t min_width) {
  if (width < min_width) out.append(min_width - width, ' ');
}

// One line of `python3 -m tokenize`: "%-20s%-15s%-15r" % (range, type name, string).
void append_token_line(std::string& out, const Run& run, const RawToken& token, bool exact_types) {
  size_t mark = out.size();
  append_int(out, token.start_row);
  out += ',';
  append_int(out, token.start_col);
  out += '-';
  append_int(out, token.end_row);
  out += ',';
  append_int(out, token.end_col);
  out += ':';
  pad(out, out.size() - mark, 20);
  std::string_view name = token_kind_name(exact_types ? token.exact_type : token.type);
  out += name;
  pad(out, name.size(), 15);
  size_t width;
  if (token.type == TokenKind::ENCODING) {
    std::u32string encoding(run.encoding.begin(), run.encoding.end());  // an ASCII name
    width = append_repr(out, encoding);
  } else {
    width = append_repr(out, Line(run.text).substr(token.text_begin, token.text_end - token.text_begin));
  }
  pad(out, width, 15);
  out += '\n';
}

// The traceback of an unexpected exception in tokenize's main(), down to the decode() call.
constexpr std::string_view kDecodeTraceback =
    "Traceback (most recent call last):\n"
    "  File \"<frozen runpy>\", line 198, in _run_module_as_main\n"
    "  File \"<frozen runpy>\", line 88, in _run_code\n"
    "  File \"{lib}/tokenize.py\", line 694, in <module>\n"
    "    main()\n"
    "  File \"{lib}/tokenize.py\", line 656, in main\n"
    "    tokens = list(tokenize(f.readline))\n"
    "             ^^^^^^^^^^^^^^^^^^^^^^^^^^\n"
    "  File \"{lib}/tokenize.py\", line 459, in _tokenize\n"
    "    line = line.decode(encoding)\n"
    "           ^^^^^^^^^^^^^^^^^^^^^\n";

// The 'undefined' codec's error is chained to the one it wraps, which is printed first.
constexpr std::string_view kUndefinedCause =
    "Traceback (most recent call last):\n"
    "  File \"{lib}/encodings/undefined.py\", line 22, in decode\n"
    "    raise UnicodeError(\"undefined encoding\")\n"
    "UnicodeError: undefined encoding\n\n"
    "The above exception was the direct cause of the following exception:\n\n";

constexpr std::string_view kPythonLib = "/root/.pyenv/versions/3.11.7/lib/python3.11";

// Appends a traceback template with "{lib}" replaced by kPythonLib.
void append_traceback(std::string& out, std::string_view lines) {
  for (size_t at; (at = lines.find("{lib}")) != std::string_view::npos; lines.remove_prefix(at + 5)) {
    out.append(lines.substr(0, at)).append(kPythonLib);
  }
  out.append(lines);
}

// Bytes decoded as UTF-8 with surrogateescape, as Python decodes argv and standard input.
std::u32string decode_escaped(std::string_view bytes) {
  std::u32string text;
  DecodeFailure unused;
  (void)decode_line(bytes, tokenize_detail::LineCodec{Codec::kUtf8Escaped}, "utf-8", text, unused);
  return text;
}

// A file name as Python writes it to stderr: decoded with surrogateescape (as argv is), then
// encoded with backslashreplace, so undecodable bytes show as \udcXX.
std::string stderr_text(std::string_view name) {
  std::string text;
  for (char32_t c : decode_escaped(name)) {
    if (c >= 0xDC80 && c <= 0xDCFF) {
      const char* digits = "0123456789abcdef";
      text.append("\\udc").append(1, digits[(c >> 4) & 15]).append(1, digits[c & 15]);
    } else {
      text::append_utf8(text, c);
    }
  }
  return text;
}

// python3 -m tokenize's report of an error on stderr.
std::string format_error(const Run& run, std::string_view display_name) {
  const TokenizeError& error = run.error;
  std::string file = stderr_text(display_name);
  std::string text;
  if (error.type == "TokenError" || error.type == "IndentationError") {
    text.append(file).append(":").append(std::to_string(error.line)).append(":").append(std::to_string(error.col));
    return text.append(": error: ").append(error.message).append("\n");
  }
  if (error.type == "SyntaxError" || error.type == "UnsupportedEncoding") {
    return text.append(file).append(": error: ").append(error.message).append("\n");
  }
  text.append("unexpected error: ").append(error.message).append("\n");
  if (error.type == "UnicodeError") append_traceback(text, kUndefinedCause);
  append_traceback(text, kDecodeTraceback);
  append_traceback(text, run.codec_frame);
  return text.append(error.type).append(": ").append(error.message).append("\n");
}

}  // namespace

TokenizeDump tokenize_dump(std::string_view source, std::string_view display_name, bool exact_types) {
  bool from_stdin = display_name == "<stdin>";
  std::string file_repr;
  append_repr(file_repr, decode_escaped(display_name));
  Run run = from_stdin ? tokenize_stdin(source) : tokenize_file(source, &file_repr);
  TokenizeDump dump;
  // A file's tokens are collected in a list before printing, so an error prints none of them;
  // standard input is printed as it is tokenized.
  if (!run.failed || from_stdin) {
    dump.out.reserve(run.tokens.size() * 64);
    for (const RawToken& token : run.tokens) append_token_line(dump.out, run, token, exact_types);
  }
  if (run.failed) {
    dump.err = format_error(run, display_name);
    dump.exit_status = 1;
  }
  return dump;
}

TokenizeDump tokenize_os_error(int errno_value, std::string_view strerror_text,
                               std::optional<std::string_view> file_name) {
  // str(OSError): "[Errno N] message", then ": " and repr(filename) when it has one.
  TokenizeDump dump;
  dump.err.append("error: [Errno ").append(std::to_string(errno_value)).append("] ").append(strerror_text);
  if (file_name) append_repr(dump.err.append(": "), decode_escaped(*file_name));
  dump.err += '\n';
  dump.exit_status = 1;
  return dump;
}

}  // namespace glasspy::lex
