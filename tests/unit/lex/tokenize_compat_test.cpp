// Unit tests for the stdlib tokenize emulation (lex/tokenize_compat). Expected texts are what
// CPython 3.11's `python3 -m tokenize` prints; the differential script in the report checks
// whole files against python3 itself.
#include <doctest/doctest.h>

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "lex/token_kind.h"
#include "lex/tokenize_compat.h"

namespace {

using glasspy::lex::TokenInfo;
using glasspy::lex::TokenizeDump;
using glasspy::lex::TokenKind;
using glasspy::lex::tokenize_dump;
using glasspy::lex::tokenize_source;

// (type name, string) of every token, one per line: compact enough to compare whole streams.
std::string kinds_and_strings(std::string_view source) {
  std::string out;
  for (const TokenInfo& t : tokenize_source(source).tokens) {
    out.append(glasspy::lex::token_kind_name(t.type)).append(" ").append(t.string).append("\n");
  }
  return out;
}

std::string dump_out(std::string_view source, bool exact = false) { return tokenize_dump(source, "t.py", exact).out; }

}  // namespace

TEST_CASE("a simple statement prints as python3 -m tokenize prints it") {
  CHECK(dump_out("x = 'a'\n") ==
        "0,0-0,0:            ENCODING       'utf-8'        \n"
        "1,0-1,1:            NAME           'x'            \n"
        "1,2-1,3:            OP             '='            \n"
        "1,4-1,7:            STRING         \"'a'\"          \n"
        "1,7-1,8:            NEWLINE        '\\n'           \n"
        "2,0-2,0:            ENDMARKER      ''             \n");
  CHECK(dump_out("a **= b\n", true).find("1,2-1,5:            DOUBLESTAREQUAL'**='          \n") !=
        std::string::npos);
}

TEST_CASE("structured tokens carry positions, exact types and lines") {
  auto result = tokenize_source("if x:\n    y = (1,\n 2)\n");
  REQUIRE_FALSE(result.failed);
  const auto& t = result.tokens;
  REQUIRE(t.size() == 17);
  CHECK(t[0].type == TokenKind::ENCODING);
  CHECK(t[0].string == "utf-8");
  CHECK(t[5].type == TokenKind::INDENT);
  CHECK(t[5].string == "    ");
  CHECK(t[8].type == TokenKind::OP);
  CHECK(t[8].exact_type == TokenKind::LPAR);
  CHECK(t[11].type == TokenKind::NL);  // inside brackets
  CHECK(t[12].start_line == 3);
  CHECK(t[12].start_col == 1);
  CHECK(t[12].line == " 2)\n");
  CHECK(t[15].type == TokenKind::DEDENT);
  CHECK(t[16].type == TokenKind::ENDMARKER);
  CHECK(t[16].start_line == 4);
}

TEST_CASE("numbers split where tokenize's regex alternatives stop") {
  CHECK(kinds_and_strings("0777 0777j 1__0 0x 1if\n") ==
        "ENCODING utf-8\nNUMBER 0\nNUMBER 777\nNUMBER 0777j\nNUMBER 1\nNAME __0\nNUMBER 0\nNAME x\n"
        "NUMBER 1\nNAME if\nNEWLINE \n\nENDMARKER \n");
  CHECK(kinds_and_strings(".5j ..5 1.e5 0x_1\n") ==
        "ENCODING utf-8\nNUMBER .5j\nOP .\nNUMBER .5\nNUMBER 1.e5\nNUMBER 0x_1\nNEWLINE \n\nENDMARKER \n");
}

TEST_CASE("unmatched characters are ERRORTOKENs, and so is each blank before one") {
  CHECK(kinds_and_strings("x  $\n") == "ENCODING utf-8\nNAME x\nERRORTOKEN  \nERRORTOKEN  \nERRORTOKEN $\nNEWLINE \n\n"
                                      "ENDMARKER \n");
  // An unterminated string: its prefix is a name, the quote an ERRORTOKEN.
  CHECK(kinds_and_strings("rb'a\n") == "ENCODING utf-8\nNAME rb\nERRORTOKEN '\nNAME a\nNEWLINE \n\nENDMARKER \n");
}

TEST_CASE("non-ASCII: \\w runs that cannot start an identifier are OPs, columns count code points") {
  auto result = tokenize_source("\xC3\xA9 = \xC2\xB2\n");  // é = ²
  REQUIRE(result.tokens.size() == 6);
  CHECK(result.tokens[1].type == TokenKind::NAME);
  CHECK(result.tokens[2].start_col == 2);
  CHECK(result.tokens[3].type == TokenKind::OP);
  CHECK(result.tokens[3].exact_type == TokenKind::OP);
  CHECK(result.tokens[3].string == "\xC2\xB2");
}

TEST_CASE("a multi-line string is one token whose line holds every line") {
  auto result = tokenize_source("x = '''a\nb''' + 1\n");
  REQUIRE(result.tokens.size() >= 4);
  const TokenInfo& s = result.tokens[3];
  CHECK(s.type == TokenKind::STRING);
  CHECK(s.string == "'''a\nb'''");
  CHECK(s.start_line == 1);
  CHECK(s.start_col == 4);
  CHECK(s.end_line == 2);
  CHECK(s.end_col == 4);
  CHECK(s.line == "x = '''a\nb''' + 1\n");
}

TEST_CASE("input without a final newline gets an empty NEWLINE token, except after a comment") {
  CHECK(dump_out("x").find("1,1-1,2:            NEWLINE        ''             \n") != std::string::npos);
  CHECK(kinds_and_strings("# c") == "ENCODING utf-8\nCOMMENT # c\nNL \nENDMARKER \n");
  CHECK(kinds_and_strings("") == "ENCODING utf-8\nENDMARKER \n");
}

TEST_CASE("CR alone does not end a line; CRLF does") {
  CHECK(kinds_and_strings("a\rb\r\n") == "ENCODING utf-8\nNAME a\nERRORTOKEN \r\nNAME b\nNEWLINE \r\n\nENDMARKER \n");
}

TEST_CASE("errors stop the file's listing and are reported like python3 does") {
  TokenizeDump string_eof = tokenize_dump("x = '''\n", "t.py", false);
  CHECK(string_eof.out.empty());
  CHECK(string_eof.err == "t.py:1:4: error: EOF in multi-line string\n");
  CHECK(string_eof.exit_status == 1);
  CHECK(tokenize_dump("x = (\n", "t.py", false).err == "t.py:2:0: error: EOF in multi-line statement\n");
  CHECK(tokenize_dump("if x:\n    a\n  b\n", "t.py", false).err ==
        "t.py:3:2: error: unindent does not match any outer indentation level\n");
  auto result = tokenize_source("if x:\n    a\n  b\n");
  CHECK(result.failed);
  CHECK(result.error.type == "IndentationError");
  CHECK(result.tokens.size() == 8);  // what was yielded before the error
}

TEST_CASE("standard input: no ENCODING token, tokens printed up to the error") {
  TokenizeDump dump = tokenize_dump("x = (\n", "<stdin>", false);
  CHECK(dump.out.substr(0, 9) == "1,0-1,1: ");
  CHECK(dump.err == "<stdin>:2:0: error: EOF in multi-line statement\n");
  // Undecodable bytes become lone surrogates, which repr() escapes.
  CHECK(tokenize_dump("\xFF\n", "<stdin>", false).out.find("ERRORTOKEN     '\\udcff'") != std::string::npos);
}

TEST_CASE("coding cookies, BOMs and undecodable bytes") {
  CHECK(kinds_and_strings("# coding: latin-1\nx = '\xE9'\n").find("ENCODING iso-8859-1\n") == 0);
  CHECK(kinds_and_strings("# coding: latin-1\nx = '\xE9'\n").find("STRING '\xC3\xA9'\n") != std::string::npos);
  CHECK(kinds_and_strings("\xEF\xBB\xBFx\n") == "ENCODING utf-8\nNAME x\nNEWLINE \n\nENDMARKER \n");
  CHECK(tokenize_dump("# coding: bogus\n", "t.py", false).err == "t.py: error: unknown encoding for 't.py': bogus\n");
  CHECK(tokenize_dump("\xEF\xBB\xBF# coding: latin-1\n", "t.py", false).err ==
        "t.py: error: encoding problem for 't.py': utf-8\n");
  CHECK(tokenize_dump("x = '\xFF'\n", "t.py", false).err ==
        "t.py: error: invalid or missing encoding declaration for 't.py'\n");
  auto result = tokenize_source("# coding: bogus\n");
  CHECK(result.error.type == "SyntaxError");
  CHECK(result.error.message == "unknown encoding: bogus");
  // Past the lines detect_encoding reads, a bad byte is a UnicodeDecodeError with a traceback.
  TokenizeDump late = tokenize_dump("x = 1\ny = '\xE2\x82'\n", "t.py", false);
  CHECK(late.err.rfind("UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 5-6: "
                       "invalid continuation byte\n") != std::string::npos);
  CHECK(late.err.substr(0, 18) == "unexpected error: ");
}

TEST_CASE("single-byte codecs decode through CPython's tables, with its errors and traceback frames") {
  // KOI8-R "Привет".
  CHECK(kinds_and_strings("# coding: koi8-r\ns = \"\xF0\xD2\xC9\xD7\xC5\xD4\"\n").find(
            "STRING \"\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82\"\n") != std::string::npos);
  // Mac Roman 0x8E is é; Windows-1252 0x80 is the euro sign.
  CHECK(kinds_and_strings("# coding: mac-roman\nx = '\x8E'\n").find("STRING '\xC3\xA9'\n") != std::string::npos);
  CHECK(kinds_and_strings("# coding: windows-1252\nx = '\x80'\n").find("STRING '\xE2\x82\xAC'\n") != std::string::npos);
  // EBCDIC: "if a:" on the line after an ASCII cookie line.
  CHECK(kinds_and_strings("# coding: cp037\n\x89\x86\x40\x81\x7a\x25").find("NAME if\nNAME a\nOP :\n") !=
        std::string::npos);
  // A byte that cp1251 leaves undefined: the charmap error, with the frame of encodings/cp1251.py.
  TokenizeDump undefined = tokenize_dump("# coding: cp1251\nx = 1\ny = \"\x98\"\n", "t.py", false);
  CHECK(undefined.out.empty());
  CHECK(undefined.err.find("/encodings/cp1251.py\", line 15, in decode\n"
                           "    return codecs.charmap_decode(input,errors,decoding_table)\n") != std::string::npos);
  CHECK(undefined.err.rfind("UnicodeDecodeError: 'charmap' codec can't decode byte 0x98 in position 5: "
                            "character maps to <undefined>\n") != std::string::npos);
}

TEST_CASE("a codec's frame shows only when bytes.decode() looks the codec up") {
  // "utf8" and "utf-8" take CPython's shortcut to its built-in decoder; "utf" and "u8" reach
  // encodings/utf_8.py, whose decode() is in the traceback.
  std::string bad_line = "\nx = '\xFF'\n";
  for (const char* name : {"utf8", "utf-8", "UTF_8"}) {
    CAPTURE(name);
    CHECK(tokenize_dump("# coding: " + std::string(name) + bad_line, "t.py", false).err.find("utf_8.py") ==
          std::string::npos);
  }
  for (const char* name : {"utf", "u8", "cp65001"}) {
    CAPTURE(name);
    CHECK(tokenize_dump("# coding: " + std::string(name) + bad_line, "t.py", false).err.find(
              "/encodings/utf_8.py\", line 16, in decode\n") != std::string::npos);
  }
  // The ascii codec decodes in C whatever its name: no frame.
  CHECK(tokenize_dump("# coding: 646" + bad_line, "t.py", false).err.find("ascii.py") == std::string::npos);
}

TEST_CASE("multibyte codecs decode lines of ASCII only") {
  CHECK(kinds_and_strings("# coding: big5\nx = 1\n").find("NAME x\nOP =\nNUMBER 1\n") != std::string::npos);
  CHECK(tokenize_dump("# coding: big5\nx = '\xA4\x40'\n", "t.py", false).err ==
        "t.py: error: glasspy can only decode the ASCII subset of 'big5'\n");
}

TEST_CASE("a file that cannot be read is reported as python3 -m tokenize reports the OSError") {
  TokenizeDump missing = glasspy::lex::tokenize_os_error(2, "No such file or directory", "x.py");
  CHECK(missing.out.empty());
  CHECK(missing.err == "error: [Errno 2] No such file or directory: 'x.py'\n");
  CHECK(missing.exit_status == 1);
  // The file name is repr()'d: quotes chosen as Python does, undecodable bytes as \udcXX.
  CHECK(glasspy::lex::tokenize_os_error(21, "Is a directory", "it's").err == "error: [Errno 21] Is a directory: \"it's\"\n");
  CHECK(glasspy::lex::tokenize_os_error(13, "Permission denied", "\xFF\xC3\xA9.py").err ==
        "error: [Errno 13] Permission denied: '\\udcff\xC3\xA9.py'\n");
  CHECK(glasspy::lex::tokenize_os_error(5, "Input/output error", std::nullopt).err ==
        "error: [Errno 5] Input/output error\n");
}

TEST_CASE("repr() of token strings picks quotes and escapes as Python does") {
  CHECK(dump_out("'\\''\n").find("STRING         \"'\\\\''\"        \n") != std::string::npos);
  CHECK(dump_out("'\xC2\xA0'\n").find("STRING         \"'\\xa0'\"       \n") != std::string::npos);
  CHECK(dump_out(std::string_view("\x00\n", 2)).find("ERRORTOKEN     '\\x00'         \n") != std::string::npos);
}

TEST_CASE("every operator spelling in the token table is one OP token of its exact kind") {
  for (int k = 0; k < static_cast<int>(TokenKind::kCount); ++k) {
    auto kind = static_cast<TokenKind>(k);
    if (!glasspy::lex::is_operator_kind(kind)) continue;
    // Find the spelling by asking the table which text maps back to this kind.
    for (std::string_view text : {"(", ")", "[", "]", ":", ",", ";", "+", "-", "*", "/", "|", "&", "<", ">", "=",
                                  ".", "%", "{", "}", "==", "!=", "<=", ">=", "~", "^", "<<", ">>", "**", "+=",
                                  "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "**=", "//", "//=", "@",
                                  "@=", "->", "...", ":="}) {
      if (glasspy::lex::exact_operator_kind(text) != kind) continue;
      auto result = tokenize_source(std::string(text) + "\n");
      REQUIRE(result.tokens.size() >= 2);
      CAPTURE(text);
      CHECK(result.tokens[1].type == TokenKind::OP);
      CHECK(result.tokens[1].exact_type == kind);
      CHECK(result.tokens[1].string == text);
    }
  }
}

TEST_CASE("tokens view one copy of the text, so a long line costs linear time") {
  // 100,000 tokens on one line: "x = [0,0,...,0]". Each token used to hold its own copy of
  // the line (quadratic: minutes and gigabytes here); now every token's line is the same view.
  std::string source = "x = [";
  for (int i = 0; i < 49'998; ++i) source += "0,";
  source += "0]\n";
  auto started = std::chrono::steady_clock::now();
  auto result = tokenize_source(source);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  REQUIRE_FALSE(result.failed);
  REQUIRE(result.tokens.size() == 100'004);  // ENCODING, x, =, [, 99,997 items and commas, ], NEWLINE, ENDMARKER
  const std::string_view line = result.tokens[1].line;
  CHECK(line.size() == source.size());
  size_t sharing = 0;
  for (const TokenInfo& t : result.tokens) sharing += t.line.data() == line.data() && t.line.size() == line.size();
  CHECK(sharing == result.tokens.size() - 2);  // all but ENCODING and ENDMARKER, whose line is empty
  CHECK(seconds < 10.0);  // generous: about 10 ms in a release build

  // Views stay valid when the result is moved.
  auto moved = std::move(result);
  CHECK(moved.tokens[100'001].string == "]");
  CHECK(moved.tokens[100'001].start_col == static_cast<int>(source.size()) - 2);
  CHECK(moved.tokens[0].string == "utf-8");
}
