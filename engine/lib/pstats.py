# The pstats module (frozen stdlib): reports over the statistics a profiler collected
# (cProfile / profile), in CPython 3.11's exact text layout: Stats with sort_stats,
# print_stats, print_callers, print_callees, strip_dirs, add. Written for Glasspy.
"""Reports over a profiler's statistics."""

import sys
import os
import re
from enum import Enum
from functools import cmp_to_key

__all__ = ["Stats", "SortKey"]


class SortKey(str, Enum):
    CALLS = 'calls'
    CUMULATIVE = 'cumulative'
    FILENAME = 'filename'
    LINE = 'line'
    NAME = 'name'
    NFL = 'nfl'
    PCALLS = 'pcalls'
    STDNAME = 'stdname'
    TIME = 'time'

    def __str__(self):
        return self.value


# Sort word -> ((stat tuple index, direction), ...), description. The tuples sorted are
# (cc, nc, tt, ct, file, line, name, std_string, func).
_SORT_KEYS = {
    "calls": (((1, -1),), "call count"),
    "ncalls": (((1, -1),), "call count"),
    "cumtime": (((3, -1),), "cumulative time"),
    "cumulative": (((3, -1),), "cumulative time"),
    "filename": (((4, 1),), "file name"),
    "line": (((5, 1),), "line number"),
    "module": (((4, 1),), "file name"),
    "name": (((6, 1),), "function name"),
    "nfl": (((6, 1), (4, 1), (5, 1)), "name/file/line"),
    "pcalls": (((0, -1),), "primitive call count"),
    "stdname": (((7, 1),), "standard name"),
    "time": (((2, -1),), "internal time"),
    "tottime": (((2, -1),), "internal time"),
}


def _sort_words():
    # Every unambiguous prefix of a sort word stands for it.
    words = {}
    ambiguous = set()
    for word, spec in _SORT_KEYS.items():
        for end in range(len(word), 0, -1):
            prefix = word[:end]
            if prefix in words:
                ambiguous.add(prefix)
                break
            words[prefix] = spec
    for prefix in ambiguous:
        del words[prefix]
    return words


class Stats:
    """Statistics of one or more profiler runs, printable in several orders."""

    sort_arg_dict_default = _SORT_KEYS

    def __init__(self, *args, stream=None):
        self.stream = stream or sys.stdout
        first = args[0] if args else None
        self.init(first)
        self.add(*args[1:])

    def init(self, arg):
        self.all_callees = None
        self.files = []
        self.fcn_list = None
        self.total_tt = 0
        self.total_calls = 0
        self.prim_calls = 0
        self.max_name_len = 0
        self.top_level = set()
        self.stats = {}
        self.sort_arg_dict = {}
        self.load_stats(arg)
        try:
            self.get_top_level_stats()
        except Exception:
            print("Invalid timing data %s" % (self.files[-1] if self.files else ''), file=self.stream)
            raise

    def load_stats(self, arg):
        if arg is None:
            self.stats = {}
            return
        if isinstance(arg, str):
            import marshal
            with open(arg, 'rb') as f:
                self.stats = marshal.load(f)
            self.files = [arg]
        elif hasattr(arg, 'create_stats'):
            arg.create_stats()
            self.stats = arg.stats
            arg.stats = {}
        if not self.stats:
            raise TypeError("Cannot create or construct a %r object from %r" % (self.__class__, arg))

    def get_top_level_stats(self):
        for func, (cc, nc, tt, ct, callers) in self.stats.items():
            self.total_calls += nc
            self.prim_calls += cc
            self.total_tt += tt
            if ("jprofile", 0, "profiler") in callers:
                self.top_level.add(func)
            if len(func_std_string(func)) > self.max_name_len:
                self.max_name_len = len(func_std_string(func))

    def add(self, *arg_list):
        if not arg_list:
            return self
        for item in reversed(arg_list):
            if type(self) != type(item):
                item = Stats(item)
            self.files += item.files
            self.total_calls += item.total_calls
            self.prim_calls += item.prim_calls
            self.total_tt += item.total_tt
            for func in item.top_level:
                self.top_level.add(func)
            if self.max_name_len < item.max_name_len:
                self.max_name_len = item.max_name_len
            self.fcn_list = None
            for func, stat in item.stats.items():
                old = self.stats.get(func, (0, 0, 0, 0, {}))
                self.stats[func] = add_func_stats(old, stat)
        return self

    def dump_stats(self, filename):
        import marshal
        with open(filename, 'wb') as f:
            marshal.dump(self.stats, f)

    def get_sort_arg_defs(self):
        if not self.sort_arg_dict:
            self.sort_arg_dict = _sort_words()
        return self.sort_arg_dict

    def sort_stats(self, *field):
        if not field:
            self.fcn_list = 0
            return self
        if len(field) == 1 and isinstance(field[0], int):
            field = [{-1: "stdname", 0: "calls", 1: "time", 2: "cumulative"}[field[0]]]
        elif len(field) >= 2:
            for arg in field[1:]:
                if type(arg) != type(field[0]):
                    raise TypeError("Can't have mixed argument type")
        defs = self.get_sort_arg_defs()
        order = ()
        names = []
        for word in field:
            if isinstance(word, SortKey):
                word = word.value
            order += defs[word][0]
            names.append(defs[word][1])
        self.sort_type = ", ".join(names)
        rows = [(cc, nc, tt, ct) + func + (func_std_string(func), func)
                for func, (cc, nc, tt, ct, callers) in self.stats.items()]

        def compare(left, right):
            for index, direction in order:
                if left[index] < right[index]:
                    return -direction
                if left[index] > right[index]:
                    return direction
            return 0

        rows.sort(key=cmp_to_key(compare))
        self.fcn_list = [row[-1] for row in rows]
        return self

    def reverse_order(self):
        if self.fcn_list:
            self.fcn_list.reverse()
        return self

    def strip_dirs(self):
        old_stats = self.stats
        self.stats = new_stats = {}
        longest = 0
        for func, (cc, nc, tt, ct, callers) in old_stats.items():
            short = func_strip_path(func)
            longest = max(longest, len(func_std_string(short)))
            short_callers = {func_strip_path(caller): value for caller, value in callers.items()}
            if short in new_stats:
                new_stats[short] = add_func_stats(new_stats[short], (cc, nc, tt, ct, short_callers))
            else:
                new_stats[short] = (cc, nc, tt, ct, short_callers)
        self.top_level = {func_strip_path(func) for func in self.top_level}
        self.max_name_len = longest
        self.fcn_list = None
        self.all_callees = None
        return self

    def calc_callees(self):
        if self.all_callees:
            return
        self.all_callees = callees = {}
        for func, (cc, nc, tt, ct, callers) in self.stats.items():
            callees.setdefault(func, {})
            for caller, value in callers.items():
                callees.setdefault(caller, {})[func] = value

    def eval_print_amount(self, sel, list, msg):
        chosen = list
        if isinstance(sel, str):
            try:
                rex = re.compile(sel)
            except re.error:
                msg += "   <Invalid regular expression %r>\n" % sel
                return chosen, msg
            chosen = [func for func in list if rex.search(func_std_string(func))]
        else:
            count = len(list)
            if isinstance(sel, float) and 0.0 <= sel < 1.0:
                chosen = list[:int(count * sel + .5)]
            elif isinstance(sel, int) and 0 <= sel < count:
                chosen = list[:sel]
        if len(list) != len(chosen):
            msg += "   List reduced from %r to %r due to restriction <%r>\n" % (len(list), len(chosen), sel)
        return chosen, msg

    def get_print_list(self, sel_list):
        width = self.max_name_len
        if self.fcn_list:
            chosen = self.fcn_list[:]
            msg = "   Ordered by: " + self.sort_type + '\n'
        else:
            chosen = list(self.stats.keys())
            msg = "   Random listing order was used\n"
        for selection in sel_list:
            chosen, msg = self.eval_print_amount(selection, chosen, msg)
        if not chosen:
            return 0, chosen
        print(msg, file=self.stream)
        if len(chosen) < len(self.stats):
            width = max(len(func_std_string(func)) for func in chosen)
        return width + 2, chosen

    def print_stats(self, *amount):
        for filename in self.files:
            print(filename, file=self.stream)
        if self.files:
            print(file=self.stream)
        indent = ' ' * 8
        for func in self.top_level:
            print(indent, func_get_function_name(func), file=self.stream)
        print(indent, self.total_calls, "function calls", end=' ', file=self.stream)
        if self.total_calls != self.prim_calls:
            print("(%d primitive calls)" % self.prim_calls, end=' ', file=self.stream)
        print("in %.3f seconds" % self.total_tt, file=self.stream)
        print(file=self.stream)
        width, chosen = self.get_print_list(amount)
        if chosen:
            self.print_title()
            for func in chosen:
                self.print_line(func)
            print(file=self.stream)
            print(file=self.stream)
        return self

    def print_callees(self, *amount):
        width, chosen = self.get_print_list(amount)
        if chosen:
            self.calc_callees()
            self.print_call_heading(width, "called...")
            for func in chosen:
                self.print_call_line(width, func, self.all_callees.get(func, {}))
            print(file=self.stream)
            print(file=self.stream)
        return self

    def print_callers(self, *amount):
        width, chosen = self.get_print_list(amount)
        if chosen:
            self.print_call_heading(width, "was called by...")
            for func in chosen:
                self.print_call_line(width, func, self.stats[func][4], "<-")
            print(file=self.stream)
            print(file=self.stream)
        return self

    def print_call_heading(self, name_size, column_title):
        print("Function ".ljust(name_size) + column_title, file=self.stream)
        # The column heads only for cProfile's callers (tuples), not profile's counts.
        detailed = False
        for cc, nc, tt, ct, callers in self.stats.values():
            if callers:
                detailed = isinstance(next(iter(callers.values())), tuple)
                break
        if detailed:
            print(" " * name_size + "    ncalls  tottime  cumtime", file=self.stream)

    def print_call_line(self, name_size, source, call_dict, arrow="->"):
        print(func_std_string(source).ljust(name_size) + arrow, end=' ', file=self.stream)
        if not call_dict:
            print(file=self.stream)
            return
        indent = ""
        for func in sorted(call_dict.keys()):
            name = func_std_string(func)
            value = call_dict[func]
            if isinstance(value, tuple):
                nc, cc, tt, ct = value
                counts = '%d/%d' % (nc, cc) if nc != cc else '%d' % (nc,)
                text = '%s %s %s  %s' % (counts.rjust(7 + 2 * len(indent)), f8(tt), f8(ct), name)
                left_width = name_size + 1
            else:
                text = '%s(%r) %s' % (name, value, f8(self.stats[func][3]))
                left_width = name_size + 3
            print(indent * left_width + text, file=self.stream)
            indent = " "

    def print_title(self):
        print('   ncalls  tottime  percall  cumtime  percall', end=' ', file=self.stream)
        print('filename:lineno(function)', file=self.stream)

    def print_line(self, func):
        cc, nc, tt, ct, callers = self.stats[func]
        calls = str(nc) if nc == cc else str(nc) + '/' + str(cc)
        print(calls.rjust(9), end=' ', file=self.stream)
        print(f8(tt), end=' ', file=self.stream)
        print(' ' * 8 if nc == 0 else f8(tt / nc), end=' ', file=self.stream)
        print(f8(ct), end=' ', file=self.stream)
        print(' ' * 8 if cc == 0 else f8(ct / cc), end=' ', file=self.stream)
        print(func_std_string(func), file=self.stream)


# A function is named by (file, line, name); built-ins by ('~', 0, '<description>').

def func_strip_path(func_name):
    filename, line, name = func_name
    return os.path.basename(filename), line, name


def func_get_function_name(func):
    return func[2]


def func_std_string(func_name):
    if func_name[:2] == ('~', 0):
        name = func_name[2]
        if name.startswith('<') and name.endswith('>'):
            return '{%s}' % name[1:-1]
        return name
    return "%s:%d(%s)" % func_name


def add_func_stats(target, source):
    """The sum of two functions' (cc, nc, tt, ct, callers) statistics."""
    cc, nc, tt, ct, callers = source
    t_cc, t_nc, t_tt, t_ct, t_callers = target
    return (cc + t_cc, nc + t_nc, tt + t_tt, ct + t_ct, add_callers(t_callers, callers))


def add_callers(target, source):
    """Two callers dictionaries merged, their figures added."""
    merged = dict(target)
    for func, caller in source.items():
        if func not in merged:
            merged[func] = caller
        elif isinstance(caller, tuple):
            merged[func] = tuple(i + j for i, j in zip(caller, merged[func]))
        else:
            merged[func] += caller
    return merged


def count_calls(callers):
    """The number of calls the callers dictionary counts."""
    return sum(callers.values())


def f8(x):
    return "%8.3f" % x
