// A few readable examples of the Unicode API (answers taken from CPython 3.11); the
// exhaustive comparison with CPython is unicode_tables_test.cpp.
#include <doctest/doctest.h>

#include "unicode/case_mapping.h"
#include "unicode/char_class.h"
#include "unicode/char_props.h"
#include "unicode/normalize.h"

using namespace glasspy::unicode;

TEST_CASE("unicode examples: identifiers and \\w") {
  CHECK(is_xid_start('_'));
  CHECK(is_xid_start(U'é'));
  CHECK(is_xid_start(U'\u2118'));       // ℘: Other_ID_Start
  CHECK_FALSE(is_xid_start(U'\u00b7'));  // ·: may continue an identifier, not start one
  CHECK(is_xid_continue(U'\u00b7'));
  CHECK_FALSE(is_xid_start(U'\u0661'));  // ARABIC-INDIC DIGIT ONE
  CHECK(is_xid_continue(U'\u0661'));
  CHECK(is_word_char(U'\u00b2'));        // ²: numeric, so re's \w matches it
  CHECK_FALSE(is_word_char('-'));
  CHECK(nfkc("\xef\xac\x81") == "fi");   // ﬁ
  CHECK(nfkc("\xe2\x84\x8c\xf0\x9d\x94\xa2\xf0\x9d\x94\xa9\xf0\x9d\x94\xa9\xf0\x9d\x94\xac") == "Hello");
}

TEST_CASE("unicode examples: properties") {
  CHECK(std::string(category_name(category(U'\u01c5'))) == "Lt");  // ǅ
  CHECK(is_digit(U'\u00b2'));
  CHECK_FALSE(is_decimal(U'\u00b2'));
  CHECK(digit_value(U'\u00b2') == 2);
  CHECK(numeric_value(U'\u2153') == 1.0 / 3.0);  // ⅓
  CHECK(numeric_value(U'\u4e07') == 10000.0);    // 万
  CHECK_FALSE(numeric_value('x').has_value());
  CHECK(std::string(bidi_class_name(bidi_class(U'\u05d0'))) == "R");
  CHECK(std::string(east_asian_width_name(east_asian_width(U'\u3042'))) == "W");
}

TEST_CASE("unicode examples: case") {
  CHECK(to_upper(U'\u00df').view() == U"SS");
  CHECK(to_upper(U'\ufb01').view() == U"FI");
  CHECK(to_lower(U'\u0130').view() == U"i\u0307");
  CHECK(to_lower_simple(U'\u0130') == 'i');
  CHECK(str_lower(U"\u03a3\u0391\u03a3 \u039f\u0394\u039f\u03a3") == U"\u03c3\u03b1\u03c2 \u03bf\u03b4\u03bf\u03c2");
  CHECK(str_capitalize(U"\u01c6emal") == U"\u01c5emal");
}

TEST_CASE("unicode examples: normalization") {
  NormalForm form;
  CHECK(parse_normal_form("NFKD", &form));
  CHECK(form == NormalForm::NFKD);
  CHECK_FALSE(parse_normal_form("nfc", &form));
  CHECK(normalize(NormalForm::NFC, U"A\u030a") == U"\u00c5");
  CHECK(normalize(NormalForm::NFD, U"\uac00") == U"\u1100\u1161");
  CHECK(is_normalized(NormalForm::NFC, U"\u00c5"));
  CHECK_FALSE(is_normalized(NormalForm::NFD, U"\u00c5"));
  CHECK(decomposition_string(U'\ufb01') == "<compat> 0066 0069");
  CHECK(decomposition_string(U'\u00c5') == "0041 030A");
  CHECK(decomposition_string(U'\uac00').empty());
}
