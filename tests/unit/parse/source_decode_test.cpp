// Unit tests for source decoding (parse/source_decode): a script file's bytes to text as
// `python3 FILE` reads them (expectations from CPython 3.11 running each file).
#include <doctest/doctest.h>

#include <string>

#include "parse/source_decode.h"

namespace {

using glasspy::parse::decode_source_file;
using glasspy::parse::DecodedSource;

DecodedSource decode(std::string_view bytes) { return decode_source_file(bytes, "t.py"); }

}  // namespace

TEST_CASE("source files decode by their coding cookie") {
  SUBCASE("no cookie: UTF-8") {
    DecodedSource d = decode("x = '\xC3\xA9'\n");
    CHECK(d.ok);
    CHECK_FALSE(d.declared_encoding);
    CHECK(d.text == "x = '\xC3\xA9'\n");
  }
  SUBCASE("single-byte codecs from the shared tables") {
    CHECK(decode("# coding: latin-1\nx = '\xE9'\n").text == "# coding: latin-1\nx = '\xC3\xA9'\n");
    CHECK(decode("# coding: cp1252\nx = '\x80'\n").text == "# coding: cp1252\nx = '\xE2\x82\xAC'\n");
    CHECK(decode("# -*- coding: koi8_r -*-\nx = '\xC1'\n").text == "# -*- coding: koi8_r -*-\nx = '\xD0\xB0'\n");
    CHECK(decode("# vim: set fileencoding=l1 :\nx = '\xE9'\n").text == "# vim: set fileencoding=l1 :\nx = '\xC3\xA9'\n");
  }
  SUBCASE("a cookie on line 2 after a comment") {
    DecodedSource d = decode("#!/usr/bin/env python\n# coding: latin-1\nx = '\xE9'\n");
    CHECK(d.ok);
    CHECK(d.declared_encoding);
    CHECK(d.text == "#!/usr/bin/env python\n# coding: latin-1\nx = '\xC3\xA9'\n");
    CHECK(decode("x = 1\n# coding: latin-1\n# \xE9\n").error.find("Non-UTF-8 code starting with '\\xe9'") == 0);
  }
  SUBCASE("the cookie's own line is read before the codec applies") {
    // EBCDIC: the codec turns every later byte into something else, not the cookie line.
    DecodedSource d = decode("# coding: cp037\n");
    CHECK(d.ok);
    CHECK(d.text == "# coding: cp037\n");
  }
}

TEST_CASE("source decoding errors are CPython's") {
  CHECK(decode("# coding: foo\n").error == "encoding problem: foo");
  CHECK(decode("# coding: iso8859.15\n").error == "encoding problem: iso8859.15");
  CHECK(decode("\xEF\xBB\xBF# coding: latin-1\n").error == "encoding problem: iso-8859-1 with BOM");
  CHECK(decode("# coding: ascii\nx = 1\nw = '\xC3\xA9'\n").error == "encoding problem: ascii");
  CHECK(decode("# coding: cp1252\n# \x81\n").error == "encoding problem: cp1252");
  CHECK(decode("# coding: rot13\nprint(1)\n").error == "encoding problem: rot13");
  CHECK(decode("x = 1\n# \xFF\n").error ==
        "Non-UTF-8 code starting with '\\xff' in file t.py on line 2, but no encoding declared; see "
        "https://peps.python.org/pep-0263/ for details");
  // Declared UTF-8 (a BOM or a cookie): bad bytes are the tokenizer's business.
  CHECK(decode("\xEF\xBB\xBFx = 1\n# \xFF\n").ok);
  CHECK(decode("# coding: utf-8\nx = 1\n# \xFF\n").ok);
}
