#!/usr/bin/env node
// Differential fixture for sfperm's .forceignore matcher (io.github.sfperm.source.ForceIgnore / NodeIgnore).
//
// Runs the npm package `ignore` 5.3.2 -- the library and version @salesforce/source-deploy-retrieve 12.x reads
// .forceignore with -- exactly as SDR's ForceIgnore does (its default patterns first, then the file; a path is denied
// when ignores(path) or, for a directory, ignores(path + '/'); a path ignore refuses is not denied), over:
//   1. every .forceignore of the corpus projects, against every file and directory of that project and a set of
//      typical Salesforce DX paths;
//   2. hand-written patterns from real projects and gitignore corner cases (escapes, ranges, trailing spaces,
//      negations, globstars), against generated paths;
//   3. generated patterns, ordinary and hostile, from a seeded generator (the same output on every run).
// It records, per case, each rule's regular expression source and, per path, the verdicts. ForceIgnoreParityTest
// holds sfperm to all of them.
//
//   cd scripts/forceignore-parity && npm install --no-package-lock && node generate.js ../../../shared/corpus \
//       > ../../src/test/resources/source/forceignore-parity.json
'use strict';
const fs = require('fs');
const path = require('path');
const ignore = require('ignore');

const DEFAULT_IGNORE = [
  '**/*.dup', '**/.*', '!.sf', '**/.sf/**', '!**/.sf/orgs', '!**/.sf/orgs/**', '**/.sf/orgs/*/**',
  '!**/.sf/orgs/*/remoteMetadata', '!**/.sf/orgs/*/remoteMetadata/**', '**/package2-descriptor.json',
  '**/package2-manifest.json',
];

// a small deterministic PRNG (mulberry32)
function rng(seed) {
  return () => {
    seed |= 0; seed = (seed + 0x6D2B79F5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = rng(20261202);
const pick = (list) => list[Math.floor(random() * list.length)];
const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));

function run(name, contents, paths) {
  let parser;
  let error = null;
  try {
    parser = ignore().add(`${DEFAULT_IGNORE.join('\n')}\n${contents}`);
  } catch (e) {
    error = e.message;
  }
  const rules = parser ? parser._rules.map((r) => ({ pattern: r.origin, source: r.regex.source })) : [];
  const verdicts = [];
  for (const [p, dir] of paths) {
    let denies = false;
    if (parser) {
      try {
        denies = parser.ignores(p) || (dir && parser.ignores(`${p}/`));
      } catch (e) {
        denies = false; // SDR catches the error of a path ignore refuses
      }
    }
    verdicts.push([p, dir, denies]);
  }
  return { name, forceignore: contents, error, rules, paths: verdicts };
}

function walk(root, dir, out) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name === '.git' || entry.name === '.oracle') continue;
    const full = path.join(dir, entry.name);
    const rel = path.relative(root, full).split(path.sep).join('/');
    out.push([rel, entry.isDirectory()]);
    if (entry.isDirectory()) walk(root, full, out);
  }
  return out;
}

const TYPICAL = [
  ['force-app', true], ['force-app/main/default', true], ['force-app/main/default/classes', true],
  ['force-app/main/default/classes/AccountService.cls', false],
  ['force-app/main/default/classes/AccountService.cls-meta.xml', false],
  ['force-app/main/default/classes/AccountServiceTest.cls', false],
  ['force-app/main/default/quickActions', true],
  ['force-app/main/default/quickActions/Account.New_Case.quickAction-meta.xml', false],
  ['force-app/main/default/profiles/Admin.profile-meta.xml', false], ['force-app/main/default/profiles', true],
  ['force-app/main/default/settings/Case.settings-meta.xml', false],
  ['force-app/main/default/lwc/widget/__tests__/widget.test.js', false], ['force-app/main/default/lwc/jsconfig.json', false],
  ['force-app/main/default/lwc/.eslintrc.json', false], ['force-app/main/default/lwc/widget/widget.ts', false],
  ['force-app/main/default/appMenus/AppSwitcher.appMenu-meta.xml', false], ['force-app/main/default/appMenus', true],
  ['force-app/main/default/objectTranslations/Account-es', true], ['package.xml', false], ['manifest/package.xml', false],
  ['force-app/main/default/classes/SomeClass.cls', false], ['force-app/main/default/classes/SomeClass.cls-meta.xml', false],
  ['.sf/orgs/00D000000000001/remoteMetadata/x.json', false], ['.sf/config.json', false], ['.sfdx', true],
  ['FORCE-APP/Main/Default/Classes/UPPER.CLS', false], ['force-app/main/default/classes/x.dup', false],
  ['...', false], ['..', true], ['a/.../b', false], ['force-app/main/default/aura/pubsub/pubsub.js', false],
];

const cases = [];
const corpus = process.argv[2];
if (corpus && fs.existsSync(corpus)) {
  for (const project of fs.readdirSync(corpus).sort()) {
    const file = path.join(corpus, project, '.forceignore');
    if (!fs.existsSync(file)) continue;
    const paths = walk(path.join(corpus, project), path.join(corpus, project), []).concat(TYPICAL);
    cases.push(run(`corpus/${project}`, fs.readFileSync(file, 'utf-8'), paths));
  }
}

// patterns from real projects' .forceignore files and gitignore corner cases
const HANDWRITTEN = [
  '**quickActions**', '**SomeClass.cls**', '**/jsconfig.json', '**/.eslintrc.json', '**/__tests__/**', '**profiles',
  '**appMenu', '**/tsconfig.json', '**/*.ts', 'package.xml', '/package.xml', 'force-app/main/default/profiles/',
  '**/settings/**', '!**/settings/Case.settings-meta.xml', '*.cls', '/*.cls', 'classes/', 'classes', '!classes',
  'force-app/**/Test*', 'force-app/**/*Test.cls*', '**/*Test.cls-meta.xml', 'a/**/b', '**/a/**', 'a/**', '**',
  '*', '/*', '?', '??????', '[Tt]est*', '[a-z]*.cls', '[z-a]', '[!a]*', '[^a]*', '\\[literal', '\\!important',
  '\\#hash', '#comment', 'trailing  ', 'escaped\\ ', 'back\\\\', 'odd\\', 'a\\*b', '\\*', 'x[\\d]y', 'a\\d',
  'classes/[z-a', '*a*a*a*a*a*a*a*a*a*a*b', '**/*a*a*a*a*a*a*a*b/**', '***', '*/*/*', 'force-app/main/**/lwc/**/*.js',
  '.*', '!.keep', '**/.sf/**', 'UPPER.CLS', 'ümlaut', 'Ǆ', 'ſ', 'K', '\uFEFFbom', 'a b', 'a\tb', 'dollar$', 'caret^',
  'plus+', 'pipe|', 'paren()', 'brace{}', 'dot.', 'pubsub', '**/pubsub', 'force-app/main/default/aura/pubsub',
];
const NAMES = ['force-app', 'main', 'default', 'classes', 'lwc', 'aura', 'pubsub', 'quickActions', 'profiles',
  'settings', 'Test', 'test', 'TestA.cls', 'a', 'b', 'ab', 'aaaaaaaaaaaaaaaaaaab', 'aaaaaaaaaaaaaaaaaaaa', 'x.dup',
  '.hidden', '.keep', 'important', '!important', '#hash', '[literal', 'trailing', 'escaped ', 'a b', 'a*b', '*',
  'x1y', 'xdy', 'a1', 'UPPER.cls', 'upper.CLS', 'ümlaut', 'ÜMLAUT', 'ǆ', 'ǅ', 's', 'S', 'k', 'K', 'dollar$',
  'caret^', 'plus+', 'pipe|', 'paren()', 'brace{}', 'dot.', 'dot', 'back\\', 'Some.cls', 'SomeClass.cls-meta.xml',
  'bom', 'package.xml', 'jsconfig.json', '__tests__', 'widget.test.js', 'Case.settings-meta.xml', '...', 'a\tb'];
function randomPath() {
  const depth = int(1, 5);
  const parts = [];
  for (let i = 0; i < depth; i++) parts.push(pick(NAMES));
  return parts.join('/');
}
function paths(count) {
  const out = [];
  for (let i = 0; i < count; i++) out.push([randomPath(), random() < 0.3]);
  return out;
}
HANDWRITTEN.forEach((pattern, i) => {
  cases.push(run(`handwritten/${i + 1}`, `${pattern}\n`, TYPICAL.concat(paths(60))));
});

// generated patterns: segments of literals, wildcards, ranges, escapes; negations and directory-only forms
const ATOMS = ['a', 'b', 'ab', 'cls', 'Test', 'x', '.', '*', '*', '**', '?', '[a-c]', '[!a]', '[^b]', '[z-a]', '[0-9]',
  '\\*', '\\?', '\\[', '\\\\', '\\ ', ' ', '$', '^', '+', '(', ')', '{', '}', '|', '#', '!', 'ü', 'K', '-', '_', '\\d',
  '[a-', ']', '\\!', '\\#', '~'];
function randomPattern() {
  let p = random() < 0.15 ? '!' : '';
  if (random() < 0.2) p += '/';
  if (random() < 0.2) p += '**/';
  const segments = int(1, 4);
  for (let s = 0; s < segments; s++) {
    if (s > 0) p += '/';
    if (random() < 0.15) { p += '**'; continue; }
    const atoms = int(1, 4);
    for (let a = 0; a < atoms; a++) p += pick(ATOMS);
  }
  if (random() < 0.15) p += '/';
  if (random() < 0.1) p += '/**';
  return p;
}
const GEN_NAMES = NAMES.concat(['abc', 'abx', 'b.cls', 'Testcls', 'a.b', 'aXb', 'a-b', 'a_b', 'a~b', '0', '5']);
function generatedPath() {
  const depth = int(1, 4);
  const parts = [];
  for (let i = 0; i < depth; i++) parts.push(random() < 0.5 ? pick(GEN_NAMES) : pick(ATOMS.filter((x) => x !== '/' && x.trim() !== '')) + pick(GEN_NAMES));
  return parts.join('/');
}
for (let i = 0; i < 400; i++) {
  const lines = [];
  for (let k = int(1, 4); k > 0; k--) lines.push(randomPattern());
  const ps = [];
  for (let k = 0; k < 40; k++) ps.push([generatedPath(), random() < 0.3]);
  cases.push(run(`generated/${i + 1}`, `${lines.join('\n')}\n`, ps));
}

// one case a line: a diff of a regenerated fixture shows which cases changed
process.stdout.write(`{"library": ${JSON.stringify(`ignore ${require('ignore/package.json').version}`)}, "cases": [\n`);
process.stdout.write(cases.map((c) => JSON.stringify(c)).join(',\n'));
process.stdout.write('\n]}\n');
