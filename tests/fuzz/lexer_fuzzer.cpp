// libFuzzer target for the lexing stage: feeds arbitrary bytes to lex::Lexer (the parser's
// tokenizer) and to lex::tokenize_source / tokenize_dump (the stdlib tokenize emulation),
// checking invariants so that runaway loops, out-of-range positions and broken UTF-8 show
// up as crashes rather than as wrong output. ASan/UBSan catch the memory errors.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "lex/lexer.h"
#include "lex/token_kind.h"
#include "lex/tokenize_compat.h"
#include "fuzz_utf8.h"

namespace {

using glasspy::fuzz::is_valid_utf8;
using glasspy::lex::Lexer;
using glasspy::lex::Token;
using glasspy::lex::TokenInfo;
using glasspy::lex::TokenKind;

// A broken invariant: say which and abort, so libFuzzer keeps the input.
[[noreturn]] void fail(const char* stage, const char* what, size_t index) {
  std::fprintf(stderr, "\n*** %s invariant broken at token %zu: %s\n", stage, index, what);
  std::abort();
}

void require(bool ok, const char* stage, const char* what, size_t index) {
  if (!ok) fail(stage, what, index);
}

// Byte offsets of the code points of valid UTF-8 `s` (and of its end), so that Python's
// s[from:to] is a substring without rescanning per token.
void code_point_offsets(std::string_view s, std::vector<uint32_t>& out) {
  out.clear();
  for (size_t i = 0; i < s.size();) {
    out.push_back(static_cast<uint32_t>(i));
    unsigned char c = static_cast<unsigned char>(s[i]);
    i += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  }
  out.push_back(static_cast<uint32_t>(s.size()));
}

std::string_view code_point_slice(std::string_view s, const std::vector<uint32_t>& offsets, int from, int to) {
  int last = static_cast<int>(offsets.size()) - 1;  // the number of code points
  from = from < last ? from : last;
  to = to < last ? to : last;
  if (from >= to) return {};
  return s.substr(offsets[from], offsets[to] - offsets[from]);
}

// Upper bound on the tokens a source of `size` bytes can produce: a token that consumes no
// byte (NEWLINE at EOF, INDENT, DEDENT, ENDMARKER) is bounded by the number of lines, and
// every other token consumes at least one byte. Going past it means the lexer is looping.
size_t token_limit(size_t size) { return 4 * size + 16; }

bool before(int line_a, int col_a, int line_b, int col_b) {
  return line_a < line_b || (line_a == line_b && col_a < col_b);
}

// Pulls tokens until ENDMARKER or an error, checking each against Lexer::source() (the
// normalised copy that offsets index: newlines as "\n", a final newline added).
void fuzz_lexer(std::string_view input) {
  constexpr const char* kStage = "Lexer";
  Lexer lexer(input);
  std::string_view source = lexer.source();
  // The lexer takes UTF-8 text; raw bytes must not crash it, but only valid text promises
  // valid messages.
  bool valid_input = is_valid_utf8(input);
  require(source.size() <= 2 * input.size() + 2, kStage, "normalised source much larger than the input", 0);
  size_t limit = token_limit(source.size());
  uint32_t prev_end = 0;
  int prev_line = 1, prev_col = 0;
  // Where begin offsets are in lines: scanned forward as tokens advance (they are monotonic).
  uint32_t scan = 0, scan_line_start = 0;
  int scan_line = 1;
  size_t count = 0;
  for (;; ++count) {
    require(count <= limit, kStage, "more tokens than the source can hold (runaway lexer?)", count);
    Token t = lexer.next();
    if (t.kind == TokenKind::ERRORTOKEN || lexer.has_error()) {
      require(lexer.has_error(), kStage, "ERRORTOKEN without has_error()", count);
      require(t.kind == TokenKind::ERRORTOKEN, kStage, "has_error() but the token is not ERRORTOKEN", count);
      const auto& e = lexer.error();
      require(!e.message.empty(), kStage, "error with an empty message", count);
      require(!valid_input || is_valid_utf8(e.message), kStage, "error message is not valid UTF-8", count);
      require(!valid_input || is_valid_utf8(e.text), kStage, "error text is not valid UTF-8", count);
      require(e.line >= 0 && e.col >= -1 && e.end_col >= -1, kStage, "error at a negative line or column", count);
      // Sticky: once in error, always ERRORTOKEN.
      for (int k = 0; k < 3; ++k) {
        require(lexer.next().kind == TokenKind::ERRORTOKEN, kStage, "next() after an error is not ERRORTOKEN", count);
        require(lexer.has_error(), kStage, "has_error() went back to false", count);
      }
      return;
    }
    require(t.kind < TokenKind::kCount, kStage, "token kind out of range", count);
    require(t.kind != TokenKind::COMMENT && t.kind != TokenKind::NL && t.kind != TokenKind::ENCODING, kStage,
            "COMMENT / NL / ENCODING reached the parser's stream", count);
    require(t.begin <= t.end, kStage, "begin > end", count);
    require(t.end <= source.size(), kStage, "token ends past the source", count);
    require(t.begin >= prev_end, kStage, "token overlaps the previous one (offsets not monotonic)", count);
    require(t.line >= 1 && t.col >= 0 && t.end_col >= 0, kStage, "negative line or column", count);
    require(!before(t.line, t.col, prev_line, prev_col), kStage, "start position went backwards", count);
    require(!before(t.end_line, t.end_col, t.line, t.col), kStage, "end position before start", count);
    if (t.kind == TokenKind::INDENT || t.kind == TokenKind::DEDENT) {
      require(t.begin == t.end, kStage, "INDENT/DEDENT is not zero-width", count);
    }
    std::string_view text = lexer.text(t);
    require(text.size() == t.end - t.begin, kStage, "text() disagrees with offsets", count);
    // A token with text starts where its (line, col) says: col is the byte offset from the
    // start of its line, line counts the newlines before it.
    if (t.begin < t.end) {
      for (; scan < t.begin; ++scan) {
        if (source[scan] == '\n') { ++scan_line; scan_line_start = scan + 1; }
      }
      require(t.line == scan_line, kStage, "line does not match the begin offset", count);
      require(static_cast<uint32_t>(t.col) == t.begin - scan_line_start, kStage,
              "col does not match the begin offset", count);
      if (valid_input) {
        require(is_valid_utf8(text), kStage, "token text is not valid UTF-8", count);
      }
    }
    prev_end = t.end;
    prev_line = t.line;
    prev_col = t.col;
    if (t.kind == TokenKind::ENDMARKER) {
      require(lexer.next().kind == TokenKind::ENDMARKER, kStage, "next() after ENDMARKER is not ENDMARKER", count);
      return;
    }
  }
}

// Runs the tokenize emulation; its tokens obey what CPython's tokenize guarantees.
void fuzz_tokenize(std::string_view source) {
  constexpr const char* kStage = "tokenize_source";
  glasspy::lex::TokenizeResult result = glasspy::lex::tokenize_source(source);
  require(result.tokens.size() <= token_limit(source.size()), kStage, "more tokens than the source can hold", 0);
  int prev_line = 0, prev_col = 0;
  // Tokens of one line share its text: check and index it once (the lines are re-checked
  // only when they change, which keeps this harness linear in the input).
  std::string_view checked_line;
  bool have_line = false;
  std::vector<uint32_t> offsets;
  for (size_t i = 0; i < result.tokens.size(); ++i) {
    const TokenInfo& t = result.tokens[i];
    require(t.type < TokenKind::kCount && t.exact_type < TokenKind::kCount, kStage, "token type out of range", i);
    require(t.type == TokenKind::OP || t.exact_type == t.type, kStage, "exact_type differs from a non-OP type", i);
    require(t.start_line >= 0 && t.start_col >= 0 && t.end_col >= 0, kStage, "negative line or column", i);
    require(!before(t.start_line, t.start_col, prev_line, prev_col), kStage, "start position went backwards", i);
    require(!before(t.end_line, t.end_col, t.start_line, t.start_col), kStage, "end position before start", i);
    require(is_valid_utf8(t.string), kStage, "token string is not valid UTF-8", i);
    if (!have_line || t.line != checked_line) {
      require(is_valid_utf8(t.line), kStage, "token line is not valid UTF-8", i);
      code_point_offsets(t.line, offsets);
      checked_line = t.line;
      have_line = true;
    }
    // As in CPython: a one-line token's string is line[start_col:end_col].
    if (t.start_line == t.end_line && t.type != TokenKind::DEDENT && t.type != TokenKind::ENDMARKER &&
        t.type != TokenKind::ENCODING) {
      require(code_point_slice(t.line, offsets, t.start_col, t.end_col) == t.string, kStage,
              "string is not line[start_col:end_col]", i);
    }
    prev_line = t.start_line;
    prev_col = t.start_col;
  }
  if (result.failed) {
    require(!result.error.type.empty() && !result.error.message.empty(), kStage, "error without type or message", 0);
    require(is_valid_utf8(result.error.message), kStage, "error message is not valid UTF-8", 0);
  }

  // The printed form: pick -e or not from the input so both paths get exercised.
  constexpr const char* kDump = "tokenize_dump";
  bool exact = source.size() % 2 == 1;
  glasspy::lex::TokenizeDump dump = glasspy::lex::tokenize_dump(source, "fuzz.py", exact);
  require(is_valid_utf8(dump.out), kDump, "stdout is not valid UTF-8", 0);
  require(is_valid_utf8(dump.err), kDump, "stderr is not valid UTF-8", 0);
  require(dump.exit_status == 0 || dump.exit_status == 1, kDump, "exit status is neither 0 nor 1", 0);
  require(dump.exit_status == 0 || !dump.err.empty(), kDump, "failure without a message on stderr", 0);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view source(reinterpret_cast<const char*>(data), size);
  fuzz_lexer(source);
  fuzz_tokenize(source);
  return 0;
}
