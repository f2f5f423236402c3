/**
 * Finds uses of a Perl package name, skipping comments, POD and everything after
 * __END__/__DATA__. There is no maintained Perl parser for JavaScript, so this is a careful
 * scan: it follows quoted strings, heredocs and quote-like operators (q qq qw qr m s tr y with
 * any delimiter) so that a '#' inside them does not start a comment, and keeps what is code
 * apart from what is string content: a package name counts in code, a file path form such as
 * `require "iMSCP/HooksManager.pm"` counts in strings.
 */

export interface PerlHit { line: number; column: number; text: string }

const PAIRS: Record<string, string> = { '(': ')', '[': ']', '{': '}', '<': '>' }
const QUOTE_OPS = /^(?:qq|qw|qr|q|m|s|tr|y)$/

export function scanPerl(source: string, inCode: RegExp, inStrings: RegExp): PerlHit[] {
  const hits: PerlHit[] = []
  const lines = source.split('\n')
  // Per line, the code and the string contents, each with the other blanked (same length, so columns hold).
  const code: string[] = []
  const strings: string[] = []
  let inPod = false
  let state: { close: string; open?: string; depth: number; parts: number } | undefined
  let heredoc: { tag: string; indented: boolean } | undefined
  const pendingHeredocs: Array<{ tag: string; indented: boolean }> = []
  for (let ln = 0; ln < lines.length; ln++) {
    const line = lines[ln]!
    if (heredoc) {
      code.push('')
      strings.push(line)
      if ((heredoc.indented ? line.trim() : line) === heredoc.tag) heredoc = pendingHeredocs.shift()
      continue
    }
    if (!state && /^=[a-zA-Z]/.test(line)) inPod = !/^=cut\b/.test(line)
    if (inPod || (!state && /^=cut\b/.test(line))) {
      code.push('')
      strings.push('')
      continue
    }
    if (!state && /^__(END|DATA)__\b/.test(line)) break
    let out = ''
    let str = ''
    const emit = (text: string, isString: boolean) => {
      out += isString ? ' '.repeat(text.length) : text
      str += isString ? text : ' '.repeat(text.length)
    }
    let i = 0
    while (i < line.length) {
      const c = line[i]!
      if (state) {
        if (c === '\\') {
          emit(c + (line[i + 1] ?? ''), true)
          i += 2
          continue
        }
        const closing = c === state.close && state.depth === 1
        emit(c, !closing)
        if (state.open && c === state.open) state.depth++
        else if (c === state.close && --state.depth === 0) {
          if (--state.parts > 0) {
            // s{..}{..} and tr/../../: a second part, bracketed ones with their own opener.
            if (state.open) {
              const j = line.slice(i + 1).search(/\S/)
              if (j !== -1 && PAIRS[line[i + 1 + j]!] === state.close) {
                emit(line.slice(i + 1, i + 2 + j), false)
                i += 2 + j
                state.depth = 1
                continue
              }
            }
            state.depth = 1
          } else state = undefined
        }
        i++
        continue
      }
      if (c === '#' && line[i - 1] !== '$') break
      if (c === '"' || c === "'" || c === '`') {
        state = { close: c, depth: 1, parts: 1 }
        emit(c, false)
        i++
        continue
      }
      const doc = /^<<(~?)(?:"([^"]+)"|'([^']+)'|([A-Za-z_]\w*))/.exec(line.slice(i))
      if (doc) {
        pendingHeredocs.push({ tag: doc[2] ?? doc[3] ?? doc[4]!, indented: doc[1] === '~' })
        emit(doc[0], false)
        i += doc[0].length
        continue
      }
      const word = /^[A-Za-z_]\w*/.exec(line.slice(i))
      if (word) {
        const prev = line[i - 1]
        const next = line.slice(i + word[0].length)
        const delimiter = /^(\s*)([^\w\s])/.exec(next)
        // `q#..#` has no space before '#'; `=>` and `,` after a bareword are not delimiters.
        if (QUOTE_OPS.test(word[0]) && prev !== '$' && prev !== '@' && prev !== '%' && prev !== '>' && prev !== ':' && delimiter
          && !(delimiter[2] === '#' && delimiter[1] !== '') && !/^\s*(=>|,|;|\)|\})/.test(next) && !(delimiter[2] === '=' && next.trimStart()[1] === '>')) {
          const open = delimiter[2]!
          const close = PAIRS[open] ?? open
          state = { close, open: PAIRS[open] ? open : undefined, depth: 1, parts: word[0] === 's' || word[0] === 'tr' || word[0] === 'y' ? 2 : 1 }
          emit(word[0] + delimiter[0], false)
          i += word[0].length + delimiter[0].length
          continue
        }
        emit(word[0], false)
        i += word[0].length
        continue
      }
      emit(c, false)
      i++
    }
    code.push(out)
    strings.push(str)
    if (!heredoc) heredoc = pendingHeredocs.shift()
  }
  const find = (texts: string[], pattern: RegExp) => texts.forEach((text, ln) => {
    for (const m of text.matchAll(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`))) {
      hits.push({ line: ln + 1, column: (m.index ?? 0) + 1, text: m[0] })
    }
  })
  find(code, inCode)
  find(strings, inStrings)
  return hits.sort((a, b) => a.line - b.line || a.column - b.column)
}
