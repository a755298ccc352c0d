// The command-line interpreter: `glasspy FILE | -c CODE | - [args]` like python3, plus the
// inspection flags the tests and the page use (--tokens; --ast and --dis come later).
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>

#include "glasspy.h"

namespace {

constexpr const char* kUsage =
    "usage: glasspy [option] ... [-c cmd | file | -] [arg] ...\n"
    "Options:\n"
    "  -c cmd          program passed in as string\n"
    "  --tokens [-e] FILE\n"
    "                  print FILE's tokens as `python3 -m tokenize [-e]` does\n"
    "  --lex FILE      print the tokens the parser reads (CPython's C tokenizer view)\n"
    "  --version       print the version and exit\n"
    "  -h, --help      print this help and exit\n";

bool read_stream(FILE* f, std::string& out) {
  char buf[65536];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
  return !ferror(f);
}

// Reads FILE ("-" is standard input). Prints python3's message and returns false on failure.
bool read_source(const char* path, std::string& out) {
  if (std::strcmp(path, "-") == 0) return read_stream(stdin, out);
  FILE* f = std::fopen(path, "rb");
  if (!f) {
    std::fprintf(stderr, "glasspy: can't open file '%s': [Errno %d] %s\n", path, errno, std::strerror(errno));
    return false;
  }
  bool ok = read_stream(f, out);
  std::fclose(f);
  return ok;
}

void write_all(FILE* f, const std::string& s) { std::fwrite(s.data(), 1, s.size(), f); }

int run_tokens(int argc, char** argv, int i) {
  bool exact = false;
  if (i < argc && std::strcmp(argv[i], "-e") == 0) { exact = true; ++i; }
  const char* path = i < argc ? argv[i] : "-";
  std::string source;
  if (!read_source(path, source)) return 1;
  const char* display = std::strcmp(path, "-") == 0 ? "<stdin>" : path;
  glasspy::lex::TokenizeDump dump = glasspy::lex::tokenize_dump(source, display, exact);
  write_all(stdout, dump.out);
  std::fflush(stdout);
  write_all(stderr, dump.err);
  return dump.exit_status;
}

// The parser's view of the tokens (debugging aid; format in lex/lexer_dump.h).
int run_lex(const char* path) {
  std::string source;
  if (!read_source(path, source)) return 1;
  write_all(stdout, glasspy::lex::dump_lexer_tokens(source));
  return 0;
}

// Running programs needs the compiler and VM (issue 8); until then say so plainly.
int run_program(const std::string& /*source*/, const char* /*name*/) {
  std::fprintf(stderr, "glasspy: running programs is not implemented yet (no compiler/VM)\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fputs(kUsage, stderr);
    return 2;
  }
  std::string_view first = argv[1];
  if (first == "--version" || first == "-V") {
    std::printf("Glasspy %s\n", glasspy::kVersion);
    return 0;
  }
  if (first == "-h" || first == "--help") {
    std::fputs(kUsage, stdout);
    return 0;
  }
  if (first == "--tokens") return run_tokens(argc, argv, 2);
  if (first == "--lex") return run_lex(argc > 2 ? argv[2] : "-");
  if (first == "-c") {
    if (argc < 3) {
      std::fputs("Argument expected for the -c option\n", stderr);
      std::fputs(kUsage, stderr);
      return 2;
    }
    return run_program(argv[2], "<string>");
  }
  if (first.size() > 1 && first[0] == '-') {
    std::fprintf(stderr, "unknown option %s\n", argv[1]);
    std::fputs(kUsage, stderr);
    return 2;
  }
  std::string source;
  if (!read_source(argv[1], source)) return 2;
  return run_program(source, first == "-" ? "<stdin>" : argv[1]);
}
