// Unit tests for the embedding API's waits and Stop in busy code (embed stage): time.sleep
// suspending the run (StepState::kSleep) or waiting through the host's sleeper, sys.stdin
// reads suspending like input(), and the stop poller ending long native calls (sum, max,
// a sort's key calls, str searches) and loops run from C++ with KeyboardInterrupt. Expected texts are what python3 prints.
#include <doctest/doctest.h>

#include <chrono>
#include <string>

#include "embed/interpreter.h"

namespace {

using glasspy::embed::Interpreter;
using glasspy::embed::StepResult;
using glasspy::embed::StepState;

struct Recorder {
  Interpreter py;
  std::string out, err;
  Recorder() {
    py.set_output([this](std::string_view s) { out.append(s); }, [this](std::string_view s) { err.append(s); });
  }
  StepResult step_until_waiting() {
    StepResult r;
    do r = py.step(0);
    while (r.state == StepState::kRunning);
    return r;
  }
};

TEST_CASE("time.sleep in suspend mode stops the run with kSleep, then goes on") {
  Recorder r;
  r.py.start("import time\nprint('a')\ntime.sleep(2.5)\nprint('b')\n", "main.py");
  StepResult s = r.step_until_waiting();
  REQUIRE(s.state == StepState::kSleep);
  CHECK(s.sleep_ms == 2500);
  CHECK(r.out == "a\n");
  s = r.step_until_waiting();
  CHECK(s.state == StepState::kDone);
  CHECK(s.ok);
  CHECK(r.out == "a\nb\n");
}

TEST_CASE("interrupt() during a suspended sleep ends it with KeyboardInterrupt, catchable") {
  Recorder r;
  r.py.start("import time\ntry:\n    time.sleep(30)\nexcept KeyboardInterrupt:\n    print('caught')\n", "main.py");
  REQUIRE(r.step_until_waiting().state == StepState::kSleep);
  r.py.interrupt();
  StepResult s = r.step_until_waiting();
  CHECK(s.state == StepState::kDone);
  CHECK(s.ok);
  CHECK(r.out == "caught\n");
}

TEST_CASE("time.sleep called from C++ code (a key function) waits in place instead") {
  Recorder r;
  auto started = std::chrono::steady_clock::now();
  r.py.start("import time\nprint(sorted([2, 1], key=lambda x: time.sleep(0.05) or x))\n", "main.py");
  StepResult s = r.step_until_waiting();
  CHECK(s.state == StepState::kDone);
  CHECK(r.out == "[1, 2]\n");
  CHECK(std::chrono::steady_clock::now() - started >= std::chrono::milliseconds(100));
}

TEST_CASE("the sleeper waits for time.sleep; its true ends the sleep with KeyboardInterrupt") {
  Recorder r;
  double asked = -1;
  r.py.set_input_reader([](std::string_view) { return std::optional<std::string>(); });
  r.py.set_sleeper([&](double seconds) {
    asked = seconds;
    return true;
  });
  r.py.start("import time\ntime.sleep(7)\n", "main.py");
  StepResult s = r.step_until_waiting();
  CHECK(s.state == StepState::kDone);
  CHECK_FALSE(s.ok);
  CHECK(s.error.type == "KeyboardInterrupt");
  CHECK(asked > 6.9);
  CHECK(asked <= 7.0);
}

TEST_CASE("sys.stdin.readline, read and iteration suspend like input() and get CPython's results") {
  Recorder r;
  r.py.start(
      "import sys\n"
      "print(repr(sys.stdin.readline()))\n"
      "print(repr(sys.stdin.read()))\n"
      "for line in sys.stdin:\n"
      "    print('it', repr(line))\n"
      "print(repr(input('name? ')))\n",
      "main.py");
  const char* answers[] = {"first", "a", "b"};
  for (const char* a : answers) {
    StepResult s = r.step_until_waiting();
    REQUIRE(s.state == StepState::kInput);
    CHECK(s.prompt.empty());
    r.py.provide_input(a, false);
  }
  REQUIRE(r.step_until_waiting().state == StepState::kInput);
  r.py.provide_input("", true);  // end of input: read() returns 'a\nb\n'
  REQUIRE(r.step_until_waiting().state == StepState::kInput);
  r.py.provide_input("x", false);
  REQUIRE(r.step_until_waiting().state == StepState::kInput);
  r.py.provide_input("", true);  // the loop ends
  StepResult s = r.step_until_waiting();
  REQUIRE(s.state == StepState::kInput);
  CHECK(s.prompt == "name? ");
  r.py.provide_input("Ada", false);
  s = r.step_until_waiting();
  CHECK(s.state == StepState::kDone);
  CHECK(r.out == "'first\\n'\n'a\\nb\\n'\nit 'x\\n'\nname? 'Ada'\n");
}

TEST_CASE("the stop poller ends long native calls (sums, sorts, searches) and loops run from C++") {
  const char* programs[] = {
      "print(sum(range(10**15)))\n",
      "import itertools\nprint(max(itertools.count()))\n",
      "print(any(x < 0 for x in range(10**15)))\n",
      "print(len(sorted(range(10**7), key=lambda x: -x)))\n",
      "s = 'x' * 10**8\nprint(s.count('y'))\n",
      "s = 'x' * 10**8\nprint(s.count('xy'))\n",
      "s = 'x' * 10**8\nprint('y' in s)\n",
      "s = 'x' * 10**8\nprint(s.find('yx'))\n",
      "b = b'x' * 10**8\nprint(b.count(b'y'))\n",
      "b = bytearray(b'x' * 10**8)\nprint(b'yx' in b)\n",
  };
  for (const char* program : programs) {
    CAPTURE(program);
    Recorder r;
    int polls = 0;
    r.py.set_stop_poller([&] { return ++polls >= 3; });
    r.py.start(program, "main.py");
    StepResult s = r.step_until_waiting();
    CHECK(s.state == StepState::kDone);
    CHECK(s.error.type == "KeyboardInterrupt");
    CHECK(polls >= 3);
  }
}

}  // namespace
