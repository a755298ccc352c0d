// The command-line interpreter: `glasspy FILE | -c CODE | - [args]` like python3, plus the
// inspection flags the tests and the page use (--tokens, --lex, --ast, --dis).
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bytecode/dis.h"
#include "compile/compiler.h"
#include "glasspy.h"
#if GLASSPY_WITH_VM
#include "cli_host.h"
#include "modules/module_registry.h"
#include "text/source_lines.h"
#include "vm/vm.h"
#endif

namespace {

constexpr const char* kUsage =
    "usage: glasspy [option] ... [-c cmd | file | -] [arg] ...\n"
    "Options:\n"
    "  -c cmd          program passed in as string\n"
    "  --tokens [-e] FILE\n"
    "                  print FILE's tokens as `python3 -m tokenize [-e]` does\n"
    "  --lex FILE      print the tokens the parser reads (CPython's C tokenizer view)\n"
    "  --ast FILE      print FILE's syntax tree as ast.dump(ast.parse(...), indent=4) does\n"
    "  --ast-positions FILE\n"
    "                  the same with include_attributes=True (line and column positions)\n"
    "  --dis FILE      print FILE's bytecode as `python3 -m dis FILE` does\n"
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

// Reads FILE for --tokens as tokenize's main() opens it (`open(filename, 'rb')`); returns 0,
// or the errno of the OSError Python raises: a directory fails to open (EISDIR). A read
// error after the open is reported without the file name (`named` false), as Python does.
int read_tokens_file(const char* path, std::string& out, bool& named) {
  named = true;
  FILE* f = std::fopen(path, "rb");
  if (!f) return errno;
  struct stat info;
  if (fstat(fileno(f), &info) == 0 && S_ISDIR(info.st_mode)) {
    std::fclose(f);
    return EISDIR;
  }
  errno = 0;
  bool ok = read_stream(f, out);
  int error = errno != 0 ? errno : EIO;
  std::fclose(f);
  named = false;
  return ok ? 0 : error;
}

int run_tokens(int argc, char** argv, int i) {
  bool exact = false;
  if (i < argc && std::strcmp(argv[i], "-e") == 0) { exact = true; ++i; }
  // tokenize reads standard input when the file name is missing or empty ("-" here too).
  const char* path = i < argc ? argv[i] : "";
  bool from_stdin = path[0] == '\0' || std::strcmp(path, "-") == 0;
  std::string source;
  glasspy::lex::TokenizeDump dump;
  if (from_stdin) {
    if (!read_stream(stdin, source)) return 1;
    dump = glasspy::lex::tokenize_dump(source, "<stdin>", exact);
  } else {
    bool named = false;
    int error = read_tokens_file(path, source, named);
    std::optional<std::string_view> name;
    if (named) name = path;
    dump = error == 0 ? glasspy::lex::tokenize_dump(source, path, exact)
                      : glasspy::lex::tokenize_os_error(error, std::strerror(error), name);
  }
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

// `--ast` / `--ast-positions`: the reference reads FILE as text (UTF-8, universal newlines)
// and calls ast.parse on the string, so errors are located as for compile() of a string.
int run_ast(const char* path, bool positions) {
  std::string source;
  if (!read_source(path, source)) return 1;
  glasspy::parse::ParseResult result = glasspy::parse::parse_module(source, glasspy::parse::SourceKind::kString);
  // ast.parse's file name is "<unknown>", which linecache cannot read: no source line.
  for (const glasspy::parse::CompileWarning& w : result.warnings)
    write_all(stderr, glasspy::parse::format_compile_warning(w, "<unknown>", {}));
  if (result.module == nullptr) {
    write_all(stderr, glasspy::parse::format_compile_error(*result.error, "<unknown>"));
    return 1;
  }
  std::string too_deep = glasspy::ast::python_dump_recursion_error(result.module);
  if (!too_deep.empty()) {
    std::fprintf(stderr, "%s\n", too_deep.c_str());
    return 1;
  }
  glasspy::ast::DumpOptions options;
  options.indent = 4;
  options.include_attributes = positions;
  std::string out = glasspy::ast::dump(result.module, options);
  out += '\n';
  write_all(stdout, out);
  return 0;
}

// `--dis FILE` (and `--dis-fields FILE`, every co_* field, for tests): compiles FILE as
// `python3 -m dis` does (bytes read, decoded as a source file, filename as given).
int run_dis(const char* path, bool fields) {
  std::string raw;
  if (!read_source(path, raw)) return 1;
  glasspy::parse::DecodedSource decoded = glasspy::parse::decode_source_file(raw, path);
  if (!decoded.ok) {
    std::fprintf(stderr, "SyntaxError: %s\n", decoded.error.c_str());
    return 1;
  }
  glasspy::parse::ParseResult result =
      glasspy::parse::parse_module(decoded.text, glasspy::parse::SourceKind::kFile, decoded.declared_encoding);
  if (result.module == nullptr) {
    write_all(stderr, glasspy::parse::format_compile_error(*result.error, path));
    return 1;
  }
  if (auto error = glasspy::parse::check_module(*result.module, decoded.text, glasspy::parse::SourceKind::kFile)) {
    write_all(stderr, glasspy::parse::format_compile_error(*error, path));
    return 1;
  }
  auto code = glasspy::compile::compile_module(*result.module, path);
  write_all(stdout, fields ? glasspy::bytecode::dump_code_fields(*code) : glasspy::bytecode::disassemble_recursive(*code));
  return 0;
}

// python3 makes the script's path absolute (the current directory joined, not normalised)
// and names it so in compile errors.
std::string absolute_path(const char* path) {
  if (path[0] == '/') return path;
  char cwd[4096];
  if (getcwd(cwd, sizeof cwd) == nullptr) return path;
  std::string out = cwd;
  if (path[0] != '\0') {
    out += '/';
    out += path;
  }
  return out;
}

// Runs the program as python3 does: compile warnings and syntax errors, output, and the
// traceback of an uncaught exception printed as Python prints them; the exit status is
// python3's. Without the VM (a build for the parser alone) it only compiles.
int run_program(const std::string& raw, const char* name, glasspy::parse::SourceKind kind) {
  std::string text = raw;
  bool declared_encoding = false;
  if (kind == glasspy::parse::SourceKind::kFile) {
    glasspy::parse::DecodedSource decoded = glasspy::parse::decode_source_file(raw, name);
    if (!decoded.ok) {
      std::fprintf(stderr, "SyntaxError: %s\n", decoded.error.c_str());
      return 1;
    }
    text = std::move(decoded.text);
    declared_encoding = decoded.declared_encoding;
  }
#if GLASSPY_WITH_VM
  glasspy::cli::CliHost host;
  glasspy::vm::VM vm(host);
  vm.run_main(text, name, kind, declared_encoding);
  std::fflush(stdout);
  return vm.exit_code();
#else
  glasspy::parse::ParseResult result = glasspy::parse::parse_module(text, kind, declared_encoding);
  for (const glasspy::parse::CompileWarning& w : result.warnings)
    write_all(stderr, glasspy::parse::format_compile_warning(w, name, glasspy::text::source_line(text, w.lineno)));
  if (result.module == nullptr) {
    write_all(stderr, glasspy::parse::format_compile_error(*result.error, name));
    return 1;
  }
  if (auto error = glasspy::parse::check_module(*result.module, text, kind)) {
    write_all(stderr, glasspy::parse::format_compile_error(*error, name));
    return 1;
  }
  std::fprintf(stderr, "glasspy: running programs needs the VM (configure with -DGLASSPY_WITH_VM=ON)\n");
  return 2;
#endif
}

// sys.argv as python3 sets it: the script as given ("-c" for -c), then the arguments
// after it (from argv[rest]).
void set_argv(const char* first, int argc, char** argv, int rest) {
#if GLASSPY_WITH_VM
  std::vector<std::string> args{first};
  for (int i = rest; i < argc; ++i) args.emplace_back(argv[i]);
  glasspy::modules::set_program_argv(std::move(args));
#else
  (void)first, (void)argc, (void)argv, (void)rest;
#endif
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
  if (first == "--ast") return run_ast(argc > 2 ? argv[2] : "-", false);
  if (first == "--ast-positions") return run_ast(argc > 2 ? argv[2] : "-", true);
  if (first == "--dis") return run_dis(argc > 2 ? argv[2] : "-", false);
  if (first == "--dis-fields") return run_dis(argc > 2 ? argv[2] : "-", true);
  if (first == "-c") {
    if (argc < 3) {
      std::fputs("Argument expected for the -c option\n", stderr);
      std::fputs(kUsage, stderr);
      return 2;
    }
    set_argv("-c", argc, argv, 3);
    return run_program(argv[2], "<string>", glasspy::parse::SourceKind::kString);
  }
  if (first.size() > 1 && first[0] == '-') {
    std::fprintf(stderr, "unknown option %s\n", argv[1]);
    std::fputs(kUsage, stderr);
    return 2;
  }
  std::string source;
  if (!read_source(argv[1], source)) return 2;
  set_argv(argv[1], argc, argv, 2);
  std::string name = first == "-" ? "<stdin>" : absolute_path(argv[1]);
  return run_program(source, name.c_str(), glasspy::parse::SourceKind::kFile);
}
