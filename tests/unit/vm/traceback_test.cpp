// Unit tests for the uncaught-exception printer (vm/traceback_format.h) and the "Did you
// mean" algorithm (vm/suggestions.h), against CPython 3.11's own output: each
// traceback_cases/NAME.graph describes an exception python3 raised, NAME.txt is what
// python3's printer wrote for it (both from gen-traceback-cases.py).
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "text/utf8.h"
#include "vm/suggestions.h"
#include "vm/traceback_format.h"
#include "vm/traceback_print.h"

namespace {

using glasspy::vm::ExceptionGraph;
using glasspy::vm::ExceptionNode;
using glasspy::vm::SourceLines;
using glasspy::vm::TracebackEntry;

std::filesystem::path test_dir() { return std::filesystem::path(__FILE__).parent_path(); }

std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// A JSON value of the generator's output: a string (UTF-8; lone surrogates as 3-byte
// sequences), null, or an array of them.
struct Json {
  bool is_null = false;
  std::string text;
  std::vector<Json> items;
};

void skip_spaces(std::string_view& in) {
  while (!in.empty() && in.front() == ' ') in.remove_prefix(1);
}

unsigned hex4(std::string_view in) { return static_cast<unsigned>(std::stoul(std::string(in.substr(0, 4)), nullptr, 16)); }

Json parse_json(std::string_view& in) {
  skip_spaces(in);
  Json v;
  if (in.substr(0, 4) == "null") {
    in.remove_prefix(4);
    v.is_null = true;
    return v;
  }
  if (in.front() == '[') {
    in.remove_prefix(1);
    skip_spaces(in);
    while (in.front() != ']') {
      v.items.push_back(parse_json(in));
      skip_spaces(in);
      if (in.front() == ',') in.remove_prefix(1);
      skip_spaces(in);
    }
    in.remove_prefix(1);
    return v;
  }
  REQUIRE(in.front() == '"');
  in.remove_prefix(1);
  while (in.front() != '"') {
    char c = in.front();
    in.remove_prefix(1);
    if (c != '\\') {
      v.text += c;
      continue;
    }
    char e = in.front();
    in.remove_prefix(1);
    switch (e) {
      case 'n': v.text += '\n'; break;
      case 't': v.text += '\t'; break;
      case 'r': v.text += '\r'; break;
      case 'b': v.text += '\b'; break;
      case 'f': v.text += '\f'; break;
      case 'u': {
        char32_t cp = hex4(in);
        in.remove_prefix(4);
        if (cp >= 0xD800 && cp < 0xDC00 && in.substr(0, 2) == "\\u") {
          char32_t low = hex4(in.substr(2));
          if (low >= 0xDC00 && low < 0xE000) {
            in.remove_prefix(6);
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          }
        }
        glasspy::text::append_utf8(v.text, cp);
        break;
      }
      default: v.text += e;
    }
  }
  in.remove_prefix(1);
  return v;
}

std::string json_text(std::string_view& in) { return parse_json(in).text; }

long number(std::string_view& in) {
  skip_spaces(in);
  size_t used = 0;
  long n = std::stol(std::string(in.substr(0, in.find(' '))), &used);
  in.remove_prefix(used);
  return n;
}

ExceptionGraph read_graph(const std::string& text) {
  ExceptionGraph graph;
  std::istringstream lines(text);
  std::string line;
  ExceptionNode* n = nullptr;
  while (std::getline(lines, line)) {
    std::string_view rest = line;
    size_t space = rest.find(' ');
    std::string_view key = rest.substr(0, space);
    rest.remove_prefix(space == std::string_view::npos ? rest.size() : space);
    if (key == "node") {
      size_t id = static_cast<size_t>(number(rest));
      if (graph.nodes.size() <= id) graph.nodes.resize(id + 1);
      n = &graph.nodes[id];
    } else if (key == "root") {
      graph.root = static_cast<int>(number(rest));
    } else if (key == "end") {
      n = nullptr;
    } else if (key == "invalid") {
      n->is_exception = false;
      n->invalid_type_name = json_text(rest);
    } else if (key == "tb") {
      n->has_traceback = true;
    } else if (key == "entry") {
      TracebackEntry e;
      e.filename = json_text(rest);
      e.lineno = static_cast<int>(number(rest));
      e.name = json_text(rest);
      e.loc.lineno = static_cast<int>(number(rest));
      e.loc.end_lineno = static_cast<int>(number(rest));
      e.loc.col = static_cast<int>(number(rest));
      e.loc.end_col = static_cast<int>(number(rest));
      n->traceback.push_back(e);
    } else if (key == "type") {
      n->type_name = json_text(rest);
    } else if (key == "message") {
      n->message = json_text(rest);
    } else if (key == "strfailed") {
      n->str_failed = true;
    } else if (key == "suggestion") {
      n->suggestion = json_text(rest);
    } else if (key == "syntax") {
      glasspy::vm::SyntaxLocation s;
      s.filename = json_text(rest);
      s.lineno = number(rest);
      s.offset = number(rest);
      s.end_lineno = number(rest);
      s.end_offset = number(rest);
      s.exact_syntax_error = number(rest) != 0;
      Json t = parse_json(rest);
      if (!t.is_null) s.text = t.text;
      n->syntax = s;
    } else if (key == "notes_seq") {
      n->notes_kind = ExceptionNode::Notes::kSequence;
    } else if (key == "note") {
      n->notes.emplace_back(json_text(rest));
    } else if (key == "note_failed") {
      n->notes.emplace_back(std::nullopt);
    } else if (key == "notes_repr") {
      n->notes_kind = ExceptionNode::Notes::kRepr;
      n->notes_repr = json_text(rest);
    } else if (key == "notes_repr_failed") {
      n->notes_kind = ExceptionNode::Notes::kRepr;
    } else if (key == "cause") {
      n->cause = static_cast<int>(number(rest));
    } else if (key == "context") {
      n->context = static_cast<int>(number(rest));
    } else if (key == "suppress") {
      n->suppress_context = true;
    } else if (key == "group") {
      n->is_group = true;
      n->child_count = number(rest);
    } else if (key == "child") {
      n->children.push_back(static_cast<int>(number(rest)));
    } else {
      FAIL("unknown graph line: " << line);
    }
  }
  return graph;
}

// Source lines from the files of the cases folder (as CPython re-reads the script).
class CaseFiles : public SourceLines {
 public:
  bool line(std::string_view filename, int lineno, std::string* out) override {
    std::filesystem::path p = test_dir() / "traceback_cases" / std::string(filename);
    if (std::string(filename).find('/') != std::string::npos || !std::filesystem::exists(p)) return false;
    std::istringstream in(read_file(p));
    std::string l;
    for (int i = 0; i < lineno; ++i)
      if (!std::getline(in, l)) return false;
    *out = l;
    return true;
  }
};

}  // namespace

TEST_CASE("uncaught exceptions print as CPython 3.11 prints them") {
  std::vector<std::filesystem::path> graphs;
  for (const auto& entry : std::filesystem::directory_iterator(test_dir() / "traceback_cases"))
    if (entry.path().extension() == ".graph") graphs.push_back(entry.path());
  std::sort(graphs.begin(), graphs.end());
  REQUIRE(graphs.size() > 40);
  CaseFiles files;
  for (const auto& path : graphs) {
    ExceptionGraph graph = read_graph(read_file(path));
    std::string out;
    glasspy::vm::format_exception_graph(graph, files, &out);
    std::filesystem::path expected = path;
    expected.replace_extension(".txt");
    INFO("case " << path.stem().string());
    CHECK(out == read_file(expected));
  }
}

TEST_CASE("suggestions follow CPython 3.11's Levenshtein rules") {
  std::istringstream lines(read_file(test_dir() / "suggestion_cases.txt"));
  std::string line;
  int cases = 0;
  while (std::getline(lines, line)) {
    std::string_view in = line;
    Json c = parse_json(in);
    std::vector<std::string> candidates;
    for (const Json& j : c.items[1].items) candidates.push_back(j.text);
    std::string found;
    bool any = glasspy::vm::best_suggestion(c.items[0].text, candidates, &found);
    INFO("name " << c.items[0].text);
    if (c.items[2].is_null) {
      CHECK_FALSE(any);
    } else {
      CHECK(any);
      CHECK(found == c.items[2].text);
    }
    ++cases;
  }
  CHECK(cases > 300);
}

TEST_CASE("suggestion distance: case flips cost 1, other edits 2") {
  using glasspy::vm::suggestion_distance;
  CHECK(suggestion_distance("value", "Value", 100) == 1);
  CHECK(suggestion_distance("value", "vaule", 100) == 4);
  CHECK(suggestion_distance("abc", "abcd", 100) == 2);
  CHECK(suggestion_distance("abc", "xyz", 3) == 4);  // over the limit: max + 1
}

TEST_CASE("program sources split lines as Python's text files do") {
  glasspy::vm::ProgramSources sources;
  sources.add("main.py", "a = 1\r\nb = 2\rc = 3\n\nd");
  std::string line;
  CHECK(sources.line("main.py", 1, &line));
  CHECK(line == "a = 1");
  CHECK(sources.line("main.py", 2, &line));
  CHECK(line == "b = 2");
  CHECK(sources.line("main.py", 3, &line));
  CHECK(line == "c = 3");
  CHECK(sources.line("main.py", 4, &line));
  CHECK(line.empty());
  CHECK(sources.line("main.py", 5, &line));
  CHECK(line == "d");
  CHECK_FALSE(sources.line("main.py", 6, &line));
  CHECK_FALSE(sources.line("<string>", 1, &line));
}
