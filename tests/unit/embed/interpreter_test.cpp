// Unit tests for the embedding API (embed stage): output streamed to callbacks in order,
// budgeted steps giving what one unbudgeted run gives, Stop as KeyboardInterrupt, input()
// from a blocking reader and by suspending, errors as data, isolated interpreters, and
// the bytecode JSON. Expected texts are what python3 prints for the same programs.
#include <doctest/doctest.h>

#include <deque>
#include <optional>
#include <string>
#include <vector>

#include "embed/code_json.h"
#include "embed/interpreter.h"

namespace {

using glasspy::embed::Interpreter;
using glasspy::embed::StepResult;
using glasspy::embed::StepState;

// An interpreter whose output is recorded, each write tagged with its stream.
struct Recorder {
  Interpreter py;
  std::vector<std::string> events;  // "out:TEXT" / "err:TEXT", in call order
  std::string out, err;
  Recorder() {
    py.set_output([this](std::string_view s) { events.push_back("out:" + std::string(s)), out.append(s); },
                  [this](std::string_view s) { events.push_back("err:" + std::string(s)), err.append(s); });
  }
  // Steps with `budget` until the run is done or waits for input; counts the steps.
  StepResult run(const std::string& source, int64_t budget = 0, int* steps = nullptr) {
    py.start(source, "main.py");
    return resume(budget, steps);
  }
  StepResult resume(int64_t budget = 0, int* steps = nullptr) {
    StepResult r;
    int n = 0;
    do {
      r = py.step(budget);
      ++n;
    } while (r.state == StepState::kRunning);
    if (steps != nullptr) *steps = n;
    return r;
  }
};

constexpr const char* kMixedProgram =
    "def fib(n):\n"
    "    return n if n < 2 else fib(n - 1) + fib(n - 2)\n"
    "def gen(n):\n"
    "    for i in range(n):\n"
    "        yield i * i\n"
    "class Box:\n"
    "    def __init__(self, v):\n"
    "        self.v = v\n"
    "    def __repr__(self):\n"
    "        return f'Box({self.v})'\n"
    "total = 0\n"
    "for i in range(300):\n"
    "    try:\n"
    "        if i % 7 == 0:\n"
    "            raise ValueError(i)\n"
    "        total += i\n"
    "    except ValueError as e:\n"
    "        total -= int(str(e))\n"
    "print(total, fib(15), sum(gen(50)), sorted([Box(3), Box(1)], key=lambda b: b.v))\n"
    "print([x for x in range(10) if x % 3])\n";

}  // namespace

TEST_CASE("output reaches the callbacks write by write, in program order") {
  Recorder r;
  StepResult result = r.run("import sys\nprint('a')\nprint('b', file=sys.stderr)\nprint('c', end='')\n");
  CHECK(result.state == StepState::kDone);
  CHECK(result.ok);
  CHECK(r.events == std::vector<std::string>{"out:a", "out:\n", "err:b", "err:\n", "out:c"});
}

TEST_CASE("what a step printed is out before the next step runs") {
  Recorder r;
  r.py.start("print('first')\nwhile True:\n    pass\n", "main.py");
  StepResult s = r.py.step(100);
  CHECK(s.state == StepState::kRunning);
  CHECK(r.out == "first\n");
  r.py.interrupt();
  s = r.py.step(100);
  CHECK(s.state == StepState::kDone);
}

TEST_CASE("budgeted steps give the output of one unbudgeted run") {
  Recorder whole;
  int whole_steps = 0;
  StepResult a = whole.run(kMixedProgram, 0, &whole_steps);
  CHECK(a.ok);
  CHECK(whole_steps == 1);
  CHECK(whole.out == "32208 610 40425 [Box(1), Box(3)]\n[1, 2, 4, 5, 7, 8]\n");
  for (int64_t budget : {1, 7, 100}) {
    Recorder sliced;
    int steps = 0;
    StepResult b = sliced.run(kMixedProgram, budget, &steps);
    CHECK(b.ok);
    CHECK(steps > 5);
    CHECK(sliced.out == whole.out);
  }
}

TEST_CASE("recursion without loops still yields to the host (calls are ticks)") {
  Recorder r;
  int steps = 0;
  StepResult s = r.run("def f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\nprint(f(500))\n", 50, &steps);
  CHECK(s.ok);
  CHECK(steps >= 10);
  CHECK(r.out == "500\n");
}

TEST_CASE("interrupt between steps raises KeyboardInterrupt in the program") {
  Recorder r;
  r.py.start("n = 0\nwhile True:\n    n += 1\n", "main.py");
  REQUIRE(r.py.step(1000).state == StepState::kRunning);
  r.py.interrupt();
  StepResult s = r.py.step(1000);
  REQUIRE(s.state == StepState::kDone);
  CHECK_FALSE(s.ok);
  CHECK(s.exit_code == 130);
  CHECK(s.error.type == "KeyboardInterrupt");
  CHECK(s.error.message == "");
  REQUIRE(s.error.frames.size() == 1);
  CHECK(s.error.frames[0].name == "<module>");
  CHECK(s.error.traceback.rfind("KeyboardInterrupt\n") == s.error.traceback.size() - 18);
  CHECK(r.err == s.error.traceback);

  // A Stop the program catches is an ordinary exception.
  r.py.start("try:\n    while True: pass\nexcept KeyboardInterrupt:\n    print('stopped')\n", "main.py");
  REQUIRE(r.py.step(500).state == StepState::kRunning);
  r.py.interrupt();
  s = r.py.step(500);
  CHECK(s.ok);
  CHECK(r.out == "stopped\n");
}

TEST_CASE("a Stop left over from an earlier run does not end the next one") {
  Recorder r;
  r.py.interrupt();
  StepResult s = r.run("for i in range(10): pass\nprint('ran')\n");
  CHECK(s.ok);
  CHECK(r.out == "ran\n");
}

TEST_CASE("input() from a blocking reader") {
  Recorder r;
  std::deque<std::optional<std::string>> lines = {std::string("bob"), std::nullopt};
  std::vector<std::string> prompts;
  r.py.set_input_reader([&](std::string_view prompt) {
    prompts.emplace_back(prompt);
    std::optional<std::string> line = lines.front();
    lines.pop_front();
    return line;
  });
  StepResult s = r.run("name = input('who? ')\nprint('hi', name)\ninput()\n");
  CHECK(prompts == std::vector<std::string>{"who? ", ""});
  CHECK(r.out == "who? hi bob\n");
  REQUIRE(s.state == StepState::kDone);
  CHECK(s.error.type == "EOFError");
  CHECK(s.error.message == "EOF when reading a line");
  REQUIRE(s.error.frames.size() == 1);
  CHECK(s.error.frames[0].line == 3);
}

TEST_CASE("input() suspends the run until the host answers") {
  Recorder r;
  r.py.start("def ask(q):\n    return input(q)\nfor i in range(2):\n    print('got', ask(f'q{i}> '))\ninput('last')\n",
             "main.py");
  StepResult s = r.py.step(0);
  REQUIRE(s.state == StepState::kInput);
  CHECK(s.prompt == "q0> ");
  CHECK(r.out == "q0> ");
  // Stepping again without an answer waits again, without printing the prompt twice.
  s = r.py.step(0);
  REQUIRE(s.state == StepState::kInput);
  CHECK(s.prompt == "q0> ");
  CHECK(r.out == "q0> ");
  r.py.provide_input("one", false);
  s = r.py.step(0);
  REQUIRE(s.state == StepState::kInput);
  CHECK(s.prompt == "q1> ");
  r.py.provide_input("two", false);
  s = r.py.step(3);  // budgeted steps and input mix
  while (s.state == StepState::kRunning) s = r.py.step(3);
  REQUIRE(s.state == StepState::kInput);
  CHECK(s.prompt == "last");
  CHECK(r.out == "q0> got one\nq1> got two\nlast");
  r.py.provide_input("", true);
  s = r.py.step(0);
  REQUIRE(s.state == StepState::kDone);
  CHECK(s.error.type == "EOFError");
  CHECK(s.error.message == "EOF when reading a line");
  CHECK(s.error.traceback ==
        "Traceback (most recent call last):\n"
        "  File \"main.py\", line 5, in <module>\n"
        "    input('last')\n"
        "EOFError: EOF when reading a line\n");
}

TEST_CASE("an answer given before input() asks is used by the next input()") {
  Recorder r;
  r.py.provide_input("early", false);
  StepResult s = r.run("print(input('> '))\n");
  CHECK(s.ok);
  CHECK(r.out == "> early\n");
}

TEST_CASE("input() where the VM cannot stop raises RuntimeError instead of hanging") {
  for (const char* program : {"sorted([1, 2], key=lambda x: input())\n", "list(map(input, ['a']))\n",
                              "for line in iter(input, ''): pass\n",
                              "class A:\n    def __repr__(self):\n        return input()\nprint(A())\n"}) {
    Recorder r;
    StepResult s = r.run(program);
    REQUIRE(s.state == StepState::kDone);
    CHECK(s.error.type == "RuntimeError");
    CHECK(s.error.message.find("input()") == 0);
  }
}

TEST_CASE("Stop while input() waits raises KeyboardInterrupt from input()") {
  Recorder r;
  r.py.start("x = input('? ')\n", "main.py");
  REQUIRE(r.py.step(0).state == StepState::kInput);
  r.py.interrupt();
  StepResult s = r.py.step(0);
  REQUIRE(s.state == StepState::kDone);
  CHECK(s.error.type == "KeyboardInterrupt");
  REQUIRE(s.error.frames.size() == 1);
  CHECK(s.error.frames[0].line == 1);
}

TEST_CASE("a runtime error comes back as data") {
  Recorder r;
  StepResult s = r.run("def f():\n    return 1/0\nf()\n");
  REQUIRE(s.state == StepState::kDone);
  CHECK_FALSE(s.ok);
  CHECK(s.exit_code == 1);
  CHECK(s.error.type == "ZeroDivisionError");
  CHECK(s.error.message == "division by zero");
  CHECK(s.error.traceback ==
        "Traceback (most recent call last):\n"
        "  File \"main.py\", line 3, in <module>\n"
        "    f()\n"
        "  File \"main.py\", line 2, in f\n"
        "    return 1/0\n"
        "           ~^~\n"
        "ZeroDivisionError: division by zero\n");
  REQUIRE(s.error.frames.size() == 2);
  CHECK(s.error.frames[0].name == "<module>");
  CHECK(s.error.frames[0].line == 3);
  CHECK(s.error.frames[0].column == 0);
  CHECK(s.error.frames[0].end_column == 3);
  CHECK(s.error.frames[1].filename == "main.py");
  CHECK(s.error.frames[1].name == "f");
  CHECK(s.error.frames[1].line == 2);
  CHECK(s.error.frames[1].end_line == 2);
  CHECK(s.error.frames[1].column == 11);
  CHECK(s.error.frames[1].end_column == 14);
  CHECK(glasspy::embed::step_result_json(s).find(
            "\"frames\":[{\"filename\":\"main.py\",\"line\":3,\"column\":0,\"endLine\":3,\"endColumn\":3,"
            "\"name\":\"<module>\"}") != std::string::npos);
}

TEST_CASE("a user exception class is named as the program named it") {
  Recorder r;
  StepResult s = r.run("class Oops(Exception):\n    pass\nraise Oops('bad', 2)\n");
  CHECK(s.error.type == "Oops");
  CHECK(s.error.message == "('bad', 2)");
}

TEST_CASE("a syntax error is the run's result, with its position") {
  Recorder r;
  StepResult s = r.run("s = \"\xC3\xA9\"; y = (1 +\n");
  REQUIRE(s.state == StepState::kDone);
  CHECK_FALSE(s.ok);
  CHECK(s.exit_code == 1);
  CHECK(s.error.type == "SyntaxError");
  CHECK(s.error.message == "'(' was never closed");
  CHECK(s.error.traceback ==
        "  File \"main.py\", line 1\n"
        "    s = \"\xC3\xA9\"; y = (1 +\n"
        "                 ^\n"
        "SyntaxError: '(' was never closed\n");
  REQUIRE(s.error.frames.size() == 1);
  CHECK(s.error.frames[0].line == 1);
  CHECK(s.error.frames[0].column == 14);  // bytes: the é before it is two
  CHECK(r.err == s.error.traceback);
  CHECK(r.out.empty());
}

TEST_CASE("SystemExit ends the run ok with its status") {
  Recorder r;
  StepResult s = r.run("import sys\nprint('bye')\nsys.exit(3)\n");
  CHECK(s.state == StepState::kDone);
  CHECK(s.ok);
  CHECK(s.exit_code == 3);
  CHECK(glasspy::embed::step_result_json(s) == "{\"state\":\"done\",\"ok\":true,\"exitCode\":3}");
}

TEST_CASE("two interpreters are isolated, also when their steps interleave") {
  Recorder a, b;
  a.py.start("x = 'a'\nfor i in range(1000): pass\nprint(x)\n", "a.py");
  b.py.start("for i in range(1000): pass\nprint(x)\n", "b.py");
  StepResult ra, rb;
  do {
    ra = a.py.step(10);
    rb = b.py.step(10);
  } while (ra.state == StepState::kRunning || rb.state == StepState::kRunning);
  CHECK(ra.ok);
  CHECK(a.out == "a\n");
  CHECK(rb.error.type == "NameError");
  CHECK(rb.error.frames[0].filename == "b.py");
}

TEST_CASE("start() drops an unfinished run; reset() gives fresh modules") {
  Recorder r;
  r.py.start("import sys\nsys.marker = 1\nwhile True: pass\n", "main.py");
  REQUIRE(r.py.step(100).state == StepState::kRunning);
  StepResult s = r.run("import sys\nprint(sys.marker)\n");
  CHECK(s.ok);
  CHECK(r.out == "1\n");
  r.py.reset();
  s = r.run("import sys\nprint(hasattr(sys, 'marker'))\n");
  CHECK(r.out == "1\nFalse\n");
}

TEST_CASE("deep recursion with a raised limit") {
  Recorder r;
  StepResult s = r.run(
      "import sys\nsys.setrecursionlimit(100050)\n"
      "def depth(n):\n    return 0 if n == 0 else 1 + depth(n - 1)\nprint(depth(100000))\n",
      10000);
  CHECK(s.ok);
  CHECK(r.out == "100000\n");
}

TEST_CASE("bytecode as JSON: the dis text and the code objects") {
  std::string json = glasspy::embed::code_to_json("def f(a):\n    return a + 1\nprint(f(2))\n", "main.py");
  CHECK(json.rfind("{\"text\":\"  0           0 RESUME                   0\\n", 0) == 0);
  CHECK(json.find("\"name\":\"<module>\"") != std::string::npos);
  CHECK(json.find("{\"code\":0,\"repr\":\"<code object f at 0x") != std::string::npos);
  CHECK(json.find("{\"offset\":2,\"opname\":\"LOAD_CONST\",\"opcode\":100,\"arg\":0,\"argval\":\"<code object f") !=
        std::string::npos);
  CHECK(json.find("\"varnames\":[\"a\"]") != std::string::npos);
  CHECK(json.find("{\"offset\":2,\"opname\":\"LOAD_FAST\",\"opcode\":124,\"arg\":0,\"argval\":\"'a'\",\"argrepr\":"
                  "\"a\",\"line\":2,\"starts_line\":2,\"positions\":[2,11,2,12],\"is_jump_target\":false,"
                  "\"jump_target\":null}") != std::string::npos);
  std::string error = glasspy::embed::code_to_json("x = (1,\n", "main.py");
  CHECK(error.rfind("{\"error\":{\"type\":\"SyntaxError\",\"message\":\"'(' was never closed\"", 0) == 0);
}
