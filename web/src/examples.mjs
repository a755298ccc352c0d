// The examples menu's contents: every examples/*.py, bundled at build time, in groups (how
// Python runs code, a language tour, programs), each titled from its first comment line.

const files = import.meta.glob('../../examples/*.py', { query: '?raw', import: 'default', eager: true });

// Groups in menu order, each listing its files in teaching order; files not listed go
// to "Programs", alphabetically by title.
const kGroups = [
  [
    'How Python runs code',
    [
      'tokens_tour',
      'syntax_tree',
      'bytecode',
      'namespaces_legb',
      'closures',
      'comprehensions',
      'iterators_protocol',
      'generators_pipeline',
      'exceptions_tour',
      'traceback_demo',
      'recursion',
      'reference_counting',
    ],
  ],
  [
    'Language tour',
    [
      'hello_world',
      'classes_and_objects',
      'inheritance_mro',
      'operator_overloading',
      'decorators',
      'context_managers',
      'pattern_matching',
      'floats_and_rounding',
      'big_integers',
    ],
  ],
];
const kTitles = { hello_world: 'Hello, world!', traceback_demo: 'Tracebacks', pattern_matching: 'Pattern matching' };

export const examples = Object.entries(files)
  .map(([path, source]) => {
    const name = path.replace(/^.*\//, '').replace(/\.py$/, '');
    const groupIndex = kGroups.findIndex(([, names]) => names.includes(name));
    const order = groupIndex < 0 ? Infinity : kGroups[groupIndex][1].indexOf(name);
    const group = groupIndex < 0 ? 'Programs' : kGroups[groupIndex][0];
    return { name, title: kTitles[name] ?? titleOf(name, source), source, group, rank: [groupIndex < 0 ? kGroups.length : groupIndex, order] };
  })
  .sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1] || a.title.localeCompare(b.title));

// The example a first visit opens.
export const firstExample = examples.find((e) => e.name === 'hello_world') ?? examples[0];

// "# Closures: an inner function..." -> "Closures"; falls back to the file name.
function titleOf(name, source) {
  const first = /^#\s*([^:\n]{2,40}):/.exec(source);
  if (first) return first[1].trim();
  const words = name.replace(/_/g, ' ');
  return words[0].toUpperCase() + words.slice(1);
}
