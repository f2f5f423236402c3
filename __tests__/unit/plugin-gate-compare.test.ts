/**
 * PHP's version_compare() and string `<=>` as the gate ports them: documented cases, then a
 * few hundred generated pairs checked against the real PHP when php-cli is installed.
 */
import { spawnSync } from 'node:child_process'
import { phpCompareStrings, versionCompare, versionCompareWith } from '../../src/products/imscp/plugin-gate/php-compare.js'
import { scanPerl } from '../../src/products/imscp/plugin-gate/perl-scan.js'

describe('version_compare', () => {
  it.each([
    ['1.0.0-rc1', '1.0.0', -1],
    ['1.0.0', '1.0.0.1', -1],
    ['1.0.0-rc1', '1.0.0.1', -1],
    ['0.2.17', '1.0.0', -1],
    ['1.0.0', '1.0.1', -1],
    ['1.10', '1.9', 1],
    ['0.0.10', '0.0.9', 1],
    ['1.0', '1.0.0', -1],
    ['1.0.0-dev', '1.0.0-alpha', -1],
    ['1.0.0a', '1.0.0alpha', 0],
    ['1.0.0-beta', '1.0.0b', 0],
    ['1.0.0RC1', '1.0.0rc1', 0],
    ['1.0.0-rc1', '1.0.0-beta2', 1],
    ['1.0.0pl1', '1.0.0', 1],
    ['1.0.0-p1', '1.0.0', 1],
    ['1_0+0', '1.0.0', 0],
    ['1..0', '1.0', 0],
    ['v1.0.0', '1.0.0', -1],
    ['', '', 0],
    ['', '0', -1],
    ['99.0.0', '1.0.0', 1]
  ])('%s vs %s is %i', (a, b, want) => {
    expect(versionCompare(a as string, b as string)).toBe(want)
    expect(versionCompare(b as string, a as string)).toBe(-(want as number) || 0)
  })

  it('applies operators the way 1.2.3 uses them', () => {
    expect(versionCompareWith('1.0.0', '1.0.1', '<')).toBe(true)
    expect(versionCompareWith('1.0.0', '1.0.0', '<')).toBe(false)
    expect(versionCompareWith('1.0.0', '1.0.0-rc1', 'lt')).toBe(false)
    expect(versionCompareWith('1.0.0', '1.0', 'ge')).toBe(true)
    expect(versionCompareWith('1.0.0', '1.0.0', 'ne')).toBe(false)
  })
})

describe('PHP 8 string comparison', () => {
  it.each([
    ['0.0.9', '0.0.10', 1, 'not numeric: byte by byte, "9" > "1"'],
    ['1.2.9', '1.2.10', 1, 'same quirk'],
    ['1.5', '1.10', 1, 'both numeric: 1.5 > 1.1'],
    ['1.10', '1.1', 0, 'both numeric and equal'],
    ['1.0', '1', 0, 'numeric'],
    ['10', '9', 1, 'integers'],
    [' 1', '1 ', 0, 'leading and trailing whitespace is allowed in PHP 8'],
    ['0x1A', '26', -1, 'hex is not numeric: byte by byte, "0" < "2"'],
    ['1e3', '1000', 0, 'exponent'],
    ['abc', 'abcd', -1, 'prefix is smaller'],
    ['9223372036854775808', '9223372036854775807', 1, 'overflow to double against a long'],
    ['v1.0.0', '1.0.0', 1, 'letters sort after digits']
  ])('%s <=> %s is %i (%s)', (a, b, want) => {
    expect(phpCompareStrings(a as string, b as string)).toBe(want)
  })
})

/** A small deterministic generator of version-like strings. */
function* pairs(count: number): Generator<[string, string]> {
  const parts = ['0', '1', '2', '9', '10', '01', '.', '.', '.', '-', '_', '+', 'a', 'b', 'rc', 'RC', 'p', 'pl', 'dev', 'alpha', 'beta', '#', ' ', 'x', 'e5']
  let seed = 12345
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31)
  const version = () => Array.from({ length: 1 + (next() % 6) }, () => parts[next() % parts.length]).join('')
  for (let i = 0; i < count; i++) yield [version(), version()]
}

const hasPhp = spawnSync('php', ['-v']).status === 0

describe(hasPhp ? 'against the real PHP' : 'against the real PHP (SKIPPED: php-cli is not installed; apt-get install php-cli)', () => {
  const run = hasPhp ? it : it.skip

  run('version_compare and <=> agree on 600 generated pairs and the numeric edge cases', () => {
    const list = [
      ...pairs(600),
      ['1.5', '1.10'], [' 1', '1 '], ['1e3', '1000'], ['.5', '0.5'], ['5.', '5'], ['-0', '0'], ['+1', '1'],
      ['9223372036854775808', '9223372036854775809'], ['9223372036854775808', '9.2233720368547758E+18'], ['1e400', '1e401'], ['0.0.9', '0.0.10']
    ]
    const php = spawnSync('php', ['-r', '$p = json_decode(stream_get_contents(STDIN)); foreach ($p as [$a, $b]) echo version_compare($a, $b), " ", $a <=> $b, "\\n";'], { input: JSON.stringify(list) })
    expect(php.status).toBe(0)
    const theirs = php.stdout.toString().trim().split('\n')
    const ours = list.map(([a, b]) => `${versionCompare(a!, b!)} ${phpCompareStrings(a!, b!)}`)
    const differences = list.map((pair, i) => ({ pair, php: theirs[i], gate: ours[i] })).filter((d) => d.php !== d.gate)
    expect(differences).toEqual([])
  })
})

describe('Perl scan', () => {
  const scan = (src: string) => scanPerl(src, /\biMSCP::HooksManager\b/, /\biMSCP\/HooksManager\.pm\b/).map((h) => `${h.line}:${h.column}`)

  it('finds code and require paths, skips comments, POD, strings, heredocs and __END__', () => {
    const src = [
      'use iMSCP::HooksManager; # iMSCP::HooksManager',
      'my $n = $#list; iMSCP::HooksManager->getInstance;',
      'my $s = "iMSCP::HooksManager"; my $r = s{a}{iMSCP::HooksManager}g;',
      'my $q = q#iMSCP::HooksManager#; require "iMSCP/HooksManager.pm";',
      'my $h = <<"EOT";',
      'iMSCP::HooksManager',
      'EOT',
      '=head1 iMSCP::HooksManager',
      '=cut',
      'my %h = (q => 1); iMSCP::HooksManager->new;',
      '__END__',
      'iMSCP::HooksManager'
    ].join('\n')
    expect(scan(src)).toEqual(['1:5', '2:17', '4:42', '10:19'])
  })
})
