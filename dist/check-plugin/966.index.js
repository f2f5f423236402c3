export const id = 966;
export const ids = [966];
export const modules = {

/***/ 6966:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkPlugins: () => (/* reexport */ checkPlugins),
  publishAnnotations: () => (/* reexport */ publishAnnotations),
  renderSummary: () => (/* reexport */ renderSummary),
  toSarif: () => (/* reexport */ toSarif)
});

// UNUSED EXPORTS: IMSCP_RELEASES

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/products/imscp/plugin-gate/files.ts
var files = __webpack_require__(842);
// EXTERNAL MODULE: ./node_modules/php-parser/src/index.js
var src = __webpack_require__(8341);
;// CONCATENATED MODULE: ./src/products/imscp/plugin-gate/php-static.ts
/**
 * Reads PHP without running it: php-parser's AST, and the value of constant expressions
 * (literals, arrays, unary minus/plus, string concatenation) with PHP's own array and string
 * rules. PHP strings are bytes: sources are parsed as latin1 so that every character of the
 * AST is one byte of the file, and string values stay byte strings until shown.
 */

/** An ordered PHP array: integer keys are bigint, string keys are byte strings. */
class PhpArray {
    entries = new Map();
    /** Line of each top-level key, for findings. */
    lines = new Map();
    nextFree = null;
    set(key, value, line) {
        const k = key ?? this.nextFree ?? 0n;
        if (typeof k === 'bigint' && (this.nextFree === null || k >= this.nextFree))
            this.nextFree = k + 1n;
        this.entries.set(k, value);
        this.lines.set(k, line);
    }
    get(key) {
        return this.entries.get(key);
    }
}
function engineFor(version) {
    return new src.Engine({
        parser: { php8: version.startsWith('8'), version, suppressErrors: false, extractDoc: false },
        ast: { withPositions: true },
        lexer: { short_tags: false }
    });
}
const engine = engineFor('8.2');
/** i-MSCP 1.2.x ran PHP 5.3 to 5.6; php-parser's 5.6 grammar takes forms PHP 7 and 8 removed (`=& new`, `fn` as a name). */
const php5 = engineFor('5.6');
class PhpSyntaxError extends Error {
    line;
    column;
    constructor(message, line, column) {
        super(message);
        this.line = line;
        this.column = column;
    }
}
function parseWith(parser, bytes, fileName) {
    try {
        return parser.parseCode(bytes.toString('latin1'), fileName);
    }
    catch (e) {
        const err = e;
        // The message quotes source text: keep it on one line.
        const message = escapeControls(String(err.message ?? e).replace(/^Parse Error : /, '').replace(/ on line \d+$/, ''));
        throw new PhpSyntaxError(message, err.lineNumber ?? 1, err.columnNumber === undefined ? undefined : err.columnNumber + 1);
    }
}
/** Parses a file's bytes with PHP 8's grammar; throws PhpSyntaxError with the parser's line. */
function parsePhp(bytes, fileName) {
    return parseWith(engine, bytes, fileName);
}
/**
 * Plugin code as i-MSCP 1.2.x's PHP 5 read it: PHP 8's grammar first, else PHP 5.6's. `modern`
 * is PHP 8's error when only the PHP 5 grammar took the file; a file neither takes throws
 * PHP 8's error.
 */
function parsePhpCode(bytes, fileName) {
    try {
        return { program: parsePhp(bytes, fileName) };
    }
    catch (modern) {
        if (!(modern instanceof PhpSyntaxError))
            throw modern;
        try {
            return { program: parseWith(php5, bytes, fileName), modern };
        }
        catch {
            throw modern;
        }
    }
}
/** Text from a plugin inside a message: control characters as \\uXXXX, so a message stays one line. */
function escapeControls(text) {
    return [...text].map((c) => {
        const code = c.charCodeAt(0);
        return code < 0x20 || code === 0x7f ? `\\u${code.toString(16).padStart(4, '0')}` : c;
    }).join('');
}
function lineOf(node) {
    return node?.loc?.start.line ?? 1;
}
/** Every node below (and including) `root`, depth first, with its ancestors. */
function* walk(root, ancestors = []) {
    yield { node: root, ancestors };
    const path = [...ancestors, root];
    for (const [key, child] of Object.entries(root)) {
        if (key === 'loc' || key === 'leadingComments' || key === 'trailingComments')
            continue;
        for (const c of Array.isArray(child) ? child : [child]) {
            if (c && typeof c === 'object' && typeof c.kind === 'string')
                yield* walk(c, path);
        }
    }
}
/** Why an expression has no static value, naming the construct. */
class NotConstant extends Error {
    node;
    constructor(node, what) {
        super(what);
        this.node = node;
    }
}
const SIMPLE_ESCAPES = { n: '\n', t: '\t', r: '\r', v: '\v', e: '\x1b', f: '\f', '\\': '\\', $: '$' };
/**
 * Double-quoted and heredoc escapes, from the raw bytes (the parser's own unescaping is not
 * byte-exact); `\"` is an escape only inside double quotes.
 */
function unescapeDouble(body, heredoc = false) {
    return body.replace(/\\(?:([0-7]{1,3})|x([0-9A-Fa-f]{1,2})|u\{([0-9A-Fa-f]+)\}|(.))/gs, (whole, oct, hex, uni, ch) => {
        if (oct)
            return String.fromCharCode(parseInt(oct, 8) & 0xff);
        if (hex)
            return String.fromCharCode(parseInt(hex, 16));
        if (uni)
            return Buffer.from(String.fromCodePoint(parseInt(uni, 16)), 'utf8').toString('latin1');
        if (ch === '"' && !heredoc)
            return ch;
        return SIMPLE_ESCAPES[ch] ?? whole;
    });
}
function stringLiteral(node) {
    const raw = String(node.raw);
    const quoted = /^[bB]?(['"])([\s\S]*)\1$/.exec(raw);
    if (!quoted)
        return String(node.value);
    const body = quoted[2];
    return quoted[1] === "'" ? body.replace(/\\([\\'])/g, '$1') : unescapeDouble(body);
}
const INT_MAX = 2n ** 63n - 1n;
/** PHP integer literals (decimal, 0x, 0b, 0/0o octal, '_' separators); too big becomes a float. */
function numberLiteral(raw) {
    const text = raw.replace(/_/g, '');
    let value;
    if (/^0[xX][0-9a-fA-F]+$/.test(text) || /^0[bB][01]+$/.test(text))
        value = BigInt(text);
    else if (/^0[oO]?[0-7]+$/.test(text) && text !== '0')
        value = BigInt(`0o${text.replace(/^0[oO]?/, '')}`);
    else if (/^\d+$/.test(text))
        value = BigInt(text);
    else
        return Number(text);
    return value > INT_MAX ? Number(value) : value;
}
/** PHP's conversion of a scalar to string, as `.` and version_compare() do it. */
function phpToString(value) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'bigint')
        return value.toString();
    if (typeof value === 'number')
        return phpFloat(value, 14);
    if (value === true)
        return '1';
    if (value === false || value === null)
        return '';
    return 'Array';
}
/**
 * php_gcvt: `precision` significant digits (14 for string conversion) or, with 17 and
 * `shortest`, the shortest round-trip form that var_export uses.
 */
function phpFloat(value, precision, shortest = false) {
    if (Number.isNaN(value))
        return 'NAN';
    if (!Number.isFinite(value))
        return value > 0 ? 'INF' : '-INF';
    if (value === 0)
        return Object.is(value, -0) ? '-0' : '0';
    const [mantissa, exp] = (shortest ? Math.abs(value).toExponential() : Math.abs(value).toExponential(precision - 1)).split('e');
    const digits = mantissa.replace('.', '').replace(/0+$/, '') || '0';
    const decpt = Number(exp) + 1;
    const neg = value < 0 ? '-' : '';
    if (decpt < 0 ? decpt < -3 : decpt > precision) {
        const e = decpt - 1;
        return `${neg}${digits[0]}.${digits.slice(1) || '0'}E${e < 0 ? '-' : '+'}${Math.abs(e)}`;
    }
    if (decpt <= 0)
        return `${neg}0.${'0'.repeat(-decpt)}${digits}`;
    const whole = digits.slice(0, decpt).padEnd(decpt, '0');
    const frac = digits.slice(decpt);
    return `${neg}${whole}${frac ? `.${frac}` : ''}`;
}
/** How PHP turns an array key expression into a key: canonical integer strings, floats and bools become ints. */
function arrayKey(key, node) {
    if (typeof key === 'bigint')
        return key;
    if (typeof key === 'string') {
        if (/^(0|-?[1-9]\d*)$/.test(key)) {
            const n = BigInt(key);
            if (n <= INT_MAX && n >= -INT_MAX - 1n)
                return n;
        }
        return key;
    }
    if (typeof key === 'number')
        return BigInt(Math.trunc(key));
    if (typeof key === 'boolean')
        return key ? 1n : 0n;
    if (key === null)
        return '';
    throw new NotConstant(node, 'an array used as an array key');
}
/** Describes code (a non-constant expression, a statement) for a finding. */
function describe(node) {
    switch (node.kind) {
        case 'expressionstatement': return describe(node.expression);
        case 'call': {
            const what = node.what;
            return what.kind === 'name' ? `a call to ${String(what.name)}()` : 'a function call';
        }
        case 'name': return `the constant ${String(node.name)}`;
        case 'variable': return `the variable $${String(node.name)}`;
        case 'magic': return `the magic constant ${String(node.raw)}`;
        case 'encapsed': return 'a string with interpolation';
        case 'retif': return 'a conditional (?:) expression';
        case 'bin': return `an expression with ${String(node.type)}`;
        case 'new': return 'an object creation (new)';
        case 'assign': return 'an assignment';
        case 'staticlookup': return 'a class constant or static property';
        default: return `an expression (${node.kind})`;
    }
}
/** The value of a constant expression; throws NotConstant for anything that would need running code. */
function constantValue(node) {
    switch (node.kind) {
        case 'string': return stringLiteral(node);
        case 'nowdoc': return String(node.value);
        case 'number': return numberLiteral(String(node.value));
        case 'boolean': return Boolean(node.value);
        case 'nullkeyword': return null;
        case 'array': {
            const array = new PhpArray();
            for (const item of node.items) {
                if (!item)
                    continue;
                if (item.kind !== 'entry')
                    throw new NotConstant(item, describe(item));
                if (item.byRef || item.unpack)
                    throw new NotConstant(item, 'a reference or spread in the array');
                const keyNode = item.key;
                const key = keyNode ? arrayKey(constantValue(keyNode), keyNode) : undefined;
                array.set(key, constantValue(item.value), lineOf(keyNode ?? item));
            }
            return array;
        }
        case 'unary': {
            const operand = constantValue(node.what);
            if ((node.type === '-' || node.type === '+') && (typeof operand === 'bigint' || typeof operand === 'number')) {
                if (node.type === '+')
                    return operand;
                return typeof operand === 'bigint' ? (operand === -INT_MAX - 1n ? -Number(operand) : -operand) : -operand;
            }
            throw new NotConstant(node, describe(node));
        }
        case 'bin': {
            if (node.type !== '.')
                throw new NotConstant(node, describe(node));
            const left = constantValue(node.left);
            const right = constantValue(node.right);
            if (left instanceof PhpArray || right instanceof PhpArray)
                throw new NotConstant(node, 'an array in a string concatenation');
            return phpToString(left) + phpToString(right);
        }
        case 'encapsed': {
            // A heredoc without interpolation is one literal part; PHP unescapes it like a double-quoted string.
            const parts = node.value;
            if (node.type === 'heredoc' && parts.every((p) => p.kind === 'encapsedpart' && p.expression.kind === 'string')) {
                return parts.map((p) => unescapeDouble(String(p.expression.raw), true)).join('').replace(/\n$/, '');
            }
            throw new NotConstant(node, describe(node));
        }
        default:
            throw new NotConstant(node, describe(node));
    }
}
/** Byte string (latin1 chars) to text for messages; invalid UTF-8 shows as U+FFFD. */
function bytesToText(bytes) {
    return Buffer.from(bytes, 'latin1').toString('utf8');
}

;// CONCATENATED MODULE: ./src/products/imscp/plugin-gate/info-php.ts
/**
 * Reads a plugin's info.php statically: the array its top-level `return` gives, where each key
 * is, and what the file would do besides returning it. Plugin code is never executed.
 */

/** Keys the plugin manager reads; 'priority' is optional and other keys are allowed. */
const INFO_KEYS = ['author', 'email', 'version', 'require_api', 'date', 'name', 'desc', 'url'];
/** Plugin text inside a message: quoted, control characters escaped, kept short. */
function quote(text) {
    return JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);
}
function describeValue(value) {
    if (value instanceof PhpArray)
        return 'an array';
    if (typeof value === 'string')
        return quote(bytesToText(value));
    if (value === null)
        return 'null';
    return String(value);
}
/** Statements that only declare things and run nothing a reader should worry about. */
const INERT = new Set(['declare', 'namespace', 'usegroup', 'noop']);
/** Reads info.php's bytes (the gate reads the file through its bounds: files.ts). */
function readInfoPhp(source) {
    const result = { unreadable: new Map(), returnLine: 1, issues: [] };
    let program;
    try {
        program = parsePhp(source, 'info.php');
    }
    catch (e) {
        if (!(e instanceof PhpSyntaxError))
            throw e;
        result.issues.push({ level: 'error', rule: 'info-php-syntax', line: e.line, column: e.column, message: `info.php is not valid PHP: ${e.message}` });
        return result;
    }
    const statements = flatten(program.children);
    const returnAt = statements.findIndex((s) => s.kind === 'return');
    for (const statement of statements.slice(0, returnAt === -1 ? undefined : returnAt)) {
        if (statement.kind === 'inline') {
            // PHP prints text outside <?php ?> when the file is included; blank lines are common and harmless.
            if (String(statement.raw).trim() !== '') {
                result.issues.push({ level: 'notice', rule: 'info-php-output', line: lineOf(statement), message: 'info.php has text outside <?php ... ?>; PHP prints it each time the panel reads the plugin information' });
            }
        }
        else if (!INERT.has(statement.kind)) {
            result.issues.push({
                level: 'warning',
                rule: 'info-php-runs-code',
                line: lineOf(statement),
                message: `info.php runs code before its return (${describe(statement)}); the panel runs it every time it reads the plugin information. The gate did not run it`
            });
        }
    }
    const ret = statements[returnAt];
    if (!ret || !ret.expr) {
        result.issues.push({ level: 'error', rule: 'info-php-not-array', line: ret ? lineOf(ret) : 1, message: 'info.php does not return an array (no top-level return): the plugin manager gets no plugin information' });
        return result;
    }
    result.returnLine = lineOf(ret);
    const expr = ret.expr;
    if (expr.kind !== 'array') {
        let what = 'a non-array value';
        try {
            what = describeValue(constantValue(expr));
        }
        catch (e) {
            if (!(e instanceof NotConstant))
                throw e;
            what = e.message;
        }
        result.issues.push({ level: 'error', rule: 'info-php-not-array', line: lineOf(expr), message: `info.php must return an array; it returns ${what}` });
        return result;
    }
    result.info = readArray(expr, result);
    return result;
}
/** Top-level statements, looking through a braced block or namespace body. */
function flatten(statements) {
    return statements.flatMap((s) => (s.kind === 'block' || (s.kind === 'namespace' && Array.isArray(s.children)) ? [s, ...flatten(s.children)] : [s]));
}
/** Reads the returned array entry by entry so that one unreadable key does not hide the others. */
function readArray(node, result) {
    const array = new PhpArray();
    for (const item of node.items) {
        if (!item)
            continue;
        const keyNode = item.kind === 'entry' ? item.key : null;
        let key;
        try {
            key = keyNode ? constantValue(keyNode) : undefined;
        }
        catch (e) {
            if (!(e instanceof NotConstant))
                throw e;
            result.issues.push({ level: 'warning', rule: 'info-php-not-static', line: lineOf(keyNode), message: `info.php has an array key that cannot be read statically (${e.message})` });
            continue;
        }
        const name = typeof key === 'string' ? bytesToText(key) : key === undefined ? '(next index)' : String(key);
        try {
            // The whole entry goes through constantValue so that PHP's key rules apply.
            const single = constantValue({ ...node, items: [item] });
            const [[k, value]] = [...single.entries];
            array.set(keyNode ? k : undefined, value, lineOf(keyNode ?? item));
        }
        catch (e) {
            if (!(e instanceof NotConstant))
                throw e;
            result.unreadable.set(name, { line: lineOf(e.node), why: e.message });
            result.issues.push({
                level: 'warning',
                rule: 'info-php-not-static',
                line: lineOf(e.node),
                column: (e.node.loc?.start.column ?? 0) + 1,
                message: `info.php: the value of ${quote(name)} cannot be read statically (${e.message}); the gate never runs plugin code`
            });
        }
    }
    return array;
}

;// CONCATENATED MODULE: ./src/products/imscp/plugin-gate/php-compare.ts
/**
 * PHP's own comparisons, ported byte for byte because the gate must judge versions exactly as
 * the i-MSCP plugin manager does: version_compare() (ext/standard/versioning.c) and the `>`
 * operator on two strings (zendi_smart_strcmp in PHP 8). Strings are handled as UTF-8 bytes,
 * as PHP does; isdigit/isalnum are the C locale's ASCII classes.
 */
const DOT = 0x2e;
function isDigit(c) {
    return c !== undefined && c >= 0x30 && c <= 0x39;
}
function isAlnum(c) {
    return isDigit(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
/** php_canonicalize_version: '-', '_', '+' and other non-alphanumerics become one '.', and a '.' separates digit and non-digit runs. */
function canonicalize(version) {
    if (version.length === 0)
        return [];
    const out = [version[0]];
    let lp = version[0];
    for (let i = 1; i < version.length; i++) {
        const c = version[i];
        const lq = out[out.length - 1];
        const special = c === 0x2d || c === 0x5f || c === 0x2b;
        const lpDigit = isDigit(lp);
        const lpNonDigit = !isDigit(lp) && lp !== DOT;
        const cDigit = isDigit(c);
        const cNonDigit = !isDigit(c) && c !== DOT;
        if (special) {
            if (lq !== DOT)
                out.push(DOT);
        }
        else if ((lpNonDigit && cDigit) || (lpDigit && cNonDigit)) {
            if (lq !== DOT)
                out.push(DOT);
            out.push(c);
        }
        else if (!isAlnum(c)) {
            if (lq !== DOT)
                out.push(DOT);
        }
        else {
            out.push(c);
        }
        lp = c;
    }
    return out;
}
/** Prefix match in PHP's order: an unknown form is -1, below 'dev'; a number counts as '#'. */
const SPECIAL_FORMS = [['dev', 0], ['alpha', 1], ['a', 1], ['beta', 2], ['b', 2], ['RC', 3], ['rc', 3], ['#', 4], ['pl', 5], ['p', 5]];
function specialOrder(form) {
    for (const [name, order] of SPECIAL_FORMS) {
        if (name.length <= form.length && [...name].every((ch, i) => form[i] === ch.charCodeAt(0)))
            return order;
    }
    return -1;
}
function sign(n) {
    return n > 0 ? 1 : n < 0 ? -1 : 0;
}
const LONG_MAX = 2n ** 63n - 1n;
/** strtol on a segment that starts with a digit: the leading digits, clamped like a C long. */
function strtol(segment) {
    let end = 0;
    while (isDigit(segment[end]))
        end++;
    const value = BigInt(String.fromCharCode(...segment.slice(0, end)));
    return value > LONG_MAX ? LONG_MAX : value;
}
const NUMBER_FORM = [...'#N#'].map((c) => c.charCodeAt(0));
function compareBytes(a, b) {
    if (a.length === 0 || b.length === 0)
        return a.length === 0 && b.length === 0 ? 0 : a.length > 0 ? 1 : -1;
    const v1 = a[0] === 0x23 ? [...a] : canonicalize(a);
    const v2 = b[0] === 0x23 ? [...b] : canonicalize(b);
    // The C code walks NUL-terminated buffers, cutting segments at each '.'; positions here
    // mirror its pointers p (segment start) and n (the '.' that ends it, or null).
    let p1 = 0;
    let p2 = 0;
    let n1 = 0;
    let n2 = 0;
    let compare = 0;
    while (p1 < v1.length && p2 < v2.length && n1 !== null && n2 !== null) {
        const d1 = v1.indexOf(DOT, p1);
        const d2 = v2.indexOf(DOT, p2);
        n1 = d1 === -1 ? null : d1;
        n2 = d2 === -1 ? null : d2;
        const s1 = v1.slice(p1, n1 ?? v1.length);
        const s2 = v2.slice(p2, n2 ?? v2.length);
        if (isDigit(s1[0]) && isDigit(s2[0]))
            compare = sign(strtol(s1) - strtol(s2));
        else if (!isDigit(s1[0]) && !isDigit(s2[0]))
            compare = sign(specialOrder(s1) - specialOrder(s2));
        else if (isDigit(s1[0]))
            compare = sign(specialOrder(NUMBER_FORM) - specialOrder(s2));
        else
            compare = sign(specialOrder(s1) - specialOrder(NUMBER_FORM));
        if (compare !== 0)
            break;
        if (n1 !== null)
            p1 = n1 + 1;
        if (n2 !== null)
            p2 = n2 + 1;
    }
    if (compare === 0) {
        if (n1 !== null) {
            compare = isDigit(v1[p1]) ? 1 : compareBytes(Uint8Array.from(v1.slice(p1)), Uint8Array.from(NUMBER_FORM));
        }
        else if (n2 !== null) {
            compare = isDigit(v2[p2]) ? -1 : compareBytes(Uint8Array.from(NUMBER_FORM), Uint8Array.from(v2.slice(p2)));
        }
    }
    return compare;
}
const utf8 = (s) => Buffer.from(s, 'utf8');
/** PHP version_compare($a, $b): -1, 0 or 1. */
function versionCompare(a, b) {
    return compareBytes(utf8(a), utf8(b));
}
const OPERATORS = {
    '<': (c) => c === -1, lt: (c) => c === -1,
    '<=': (c) => c !== 1, le: (c) => c !== 1,
    '>': (c) => c === 1, gt: (c) => c === 1,
    '>=': (c) => c !== -1, ge: (c) => c !== -1,
    '==': (c) => c === 0, eq: (c) => c === 0,
    '!=': (c) => c !== 0, '<>': (c) => c !== 0, ne: (c) => c !== 0
};
function isVersionOperator(op) {
    return Object.hasOwn(OPERATORS, op);
}
/** PHP version_compare($a, $b, $operator). */
function versionCompareWith(a, b, operator) {
    return OPERATORS[operator](versionCompare(a, b));
}
const LONG_MIN = -(2n ** 63n);
const WHITESPACE = ' \t\n\r\v\f';
const NUMERIC = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
/**
 * PHP 8's is_numeric_string (no errors allowed): optional leading and trailing whitespace, a
 * sign, digits with an optional fraction and exponent. Integers beyond 64 bits become doubles
 * and remember which side they overflowed.
 */
function phpNumericString(s) {
    let start = 0;
    let end = s.length;
    while (start < end && WHITESPACE.includes(s[start]))
        start++;
    while (end > start && WHITESPACE.includes(s[end - 1]))
        end--;
    const body = s.slice(start, end);
    if (!NUMERIC.test(body))
        return undefined;
    if (/^[+-]?\d+$/.test(body)) {
        const value = BigInt(body);
        if (value > LONG_MAX)
            return { kind: 'double', value: Number(body), overflow: 1 };
        if (value < LONG_MIN)
            return { kind: 'double', value: Number(body), overflow: -1 };
        return { kind: 'long', value };
    }
    return { kind: 'double', value: Number(body), overflow: 0 };
}
function binaryStrcmp(a, b) {
    return sign(Buffer.compare(utf8(a), utf8(b)));
}
/**
 * PHP 8 comparison of two strings (`$a <=> $b`): numerically when both are numeric strings,
 * else byte by byte (memcmp, then the shorter string is smaller).
 */
function phpCompareStrings(a, b) {
    const n1 = phpNumericString(a);
    const n2 = phpNumericString(b);
    if (!n1 || !n2)
        return binaryStrcmp(a, b);
    if (n1.kind === 'long' && n2.kind === 'long')
        return sign(n1.value - n2.value);
    const o1 = n1.kind === 'double' ? n1.overflow : 0;
    const o2 = n2.kind === 'double' ? n2.overflow : 0;
    const d1 = Number(n1.value);
    const d2 = Number(n2.value);
    // Two integers overflowed to the same side that look equal as doubles: only the text can tell.
    if (o1 !== 0 && o1 === o2 && d1 - d2 === 0)
        return binaryStrcmp(a, b);
    if (n1.kind === 'long' && o2 !== 0)
        return o2 === 1 ? -1 : 1;
    if (n2.kind === 'long' && o1 !== 0)
        return o1;
    if (n1.kind === 'double' && n2.kind === 'double' && d1 === d2 && !Number.isFinite(d1))
        return binaryStrcmp(a, b);
    return sign(d1 - d2);
}

;// CONCATENATED MODULE: ./src/products/imscp/plugin-gate/php-checks.ts
/**
 * What a plugin's PHP code asks of the plugin manager: calls to the API-version accessor
 * (getPluginApiVersion() up to 1.2.2, pluginGetApiVersion() from 1.2.3), whether a call is
 * guarded by method_exists()/is_callable(), and the plugin's own minimum-API checks:
 * `version_compare(<accessor>, 'x.y.z', op)` in an `if` whose branch stops the action.
 */


const OLD_ACCESSOR = 'getPluginApiVersion';
const NEW_ACCESSOR = 'pluginGetApiVersion';
function methodName(call) {
    const what = call.what;
    if (!['propertylookup', 'nullsafepropertylookup', 'staticlookup'].includes(what.kind))
        return undefined;
    const offset = what.offset;
    return offset.kind === 'identifier' ? String(offset.name) : undefined;
}
function functionName(call) {
    const what = call.what;
    return what.kind === 'name' ? String(what.name).replace(/^\\/, '').toLowerCase() : undefined;
}
/** PHP method names are case-insensitive. */
function accessorOf(node) {
    if (node.kind !== 'call')
        return undefined;
    const name = methodName(node)?.toLowerCase();
    return name === OLD_ACCESSOR.toLowerCase() ? OLD_ACCESSOR : name === NEW_ACCESSOR.toLowerCase() ? NEW_ACCESSOR : undefined;
}
function position(call) {
    const start = call.what.offset?.loc?.start ?? call.loc?.start;
    return { line: start?.line ?? 1, column: (start?.column ?? 0) + 1 };
}
/** A test such as `method_exists($pm, 'pluginGetApiVersion')` that makes accessor calls below it deliberate. */
function asksAboutAccessor(test) {
    for (const { node } of walk(test)) {
        if (node.kind !== 'call' || !['method_exists', 'is_callable'].includes(functionName(node) ?? ''))
            continue;
        for (const { node: arg } of walk(node)) {
            if (arg.kind === 'string' && [OLD_ACCESSOR, NEW_ACCESSOR].some((a) => a.toLowerCase() === String(arg.value).toLowerCase()))
                return true;
        }
    }
    return false;
}
function findAccessorCalls(program) {
    const calls = [];
    for (const { node, ancestors } of walk(program)) {
        const accessor = accessorOf(node);
        if (!accessor)
            continue;
        const guarded = ancestors.some((a) => (a.kind === 'if' || a.kind === 'retif') && asksAboutAccessor(a.test));
        calls.push({ accessor, ...position(node), guarded });
    }
    return calls;
}
function literal(node) {
    if (!node)
        return undefined;
    try {
        const value = constantValue(node);
        return typeof value === 'object' && value !== null ? undefined : phpToString(value);
    }
    catch (e) {
        if (e instanceof NotConstant)
            return undefined;
        throw e;
    }
}
const FLIP = { '<': '>', '>': '<', '<=': '>=', '>=': '<=', '==': '==', '!=': '!=', '===': '===', '!==': '!==' };
const NUMERIC_OPS = {
    '<': (a, b) => a < b, '<=': (a, b) => a <= b, '>': (a, b) => a > b, '>=': (a, b) => a >= b,
    '==': (a, b) => a === b, '===': (a, b) => a === b, '!=': (a, b) => a !== b, '!==': (a, b) => a !== b, '<>': (a, b) => a !== b
};
/** `version_compare(api, 'x')` with 2 arguments is -1/0/1; the comparison around it makes it a condition. */
function comparisonAround(call, parent, order) {
    if (!parent || parent.kind !== 'bin' || !NUMERIC_OPS[String(parent.type)])
        return undefined;
    const callOnLeft = parent.left === call;
    const other = literal((callOnLeft ? parent.right : parent.left));
    if (other === undefined || Number.isNaN(Number(other)))
        return undefined;
    const op = callOnLeft ? String(parent.type) : FLIP[String(parent.type)] ?? String(parent.type);
    return { cond: (api) => NUMERIC_OPS[op](order(api), Number(other)), node: parent, text: `${op} ${other}` };
}
function enclosingMethod(ancestors) {
    const method = [...ancestors].reverse().find((a) => a.kind === 'method');
    return method ? String(method.name.name ?? method.name) : undefined;
}
function findChecks(program) {
    const checks = [];
    for (const { node, ancestors } of walk(program)) {
        if (node.kind !== 'call' || functionName(node) !== 'version_compare')
            continue;
        const args = node.arguments;
        const apiSide = args.slice(0, 2).findIndex((a) => [...walk(a)].some(({ node: n }) => accessorOf(n)));
        if (apiSide === -1)
            continue;
        const accessor = [...walk(args[apiSide])].map(({ node: n }) => accessorOf(n)).find(Boolean);
        const minimum = literal(args[1 - apiSide]);
        if (minimum === undefined)
            continue;
        // version_compare(a, b) with the API on the right is the mirror image.
        const order = (api) => (apiSide === 0 ? versionCompare(api, minimum) : versionCompare(minimum, api));
        const operator = literal(args[2]);
        let condition;
        const shown = apiSide === 0 ? `version_compare(API, ${JSON.stringify(minimum)}` : `version_compare(${JSON.stringify(minimum)}, API`;
        if (operator !== undefined && isVersionOperator(operator)) {
            const op = operator;
            condition = { cond: (api) => (apiSide === 0 ? versionCompareWith(api, minimum, op) : versionCompareWith(minimum, api, op)), node, text: `${shown}, '${op}')` };
        }
        else if (args.length === 2) {
            const around = comparisonAround(node, ancestors[ancestors.length - 1], order);
            if (around)
                condition = { ...around, text: `${shown}) ${around.text}` };
        }
        checks.push({
            accessor,
            line: position(node).line,
            column: (node.loc?.start.column ?? 0) + 1,
            method: enclosingMethod(ancestors),
            text: condition?.text ?? `${shown}, …)`,
            ...(condition ? { node: condition.node, holdsAt: condition.cond } : {})
        });
    }
    return checks;
}
/** A statement after which the rest of its block does not run. */
function exits(node) {
    if (!node)
        return false;
    if (['return', 'throw', 'exit'].includes(node.kind))
        return true;
    if (node.kind === 'expressionstatement')
        return exits(node.expression);
    if (node.kind === 'block')
        return exits(node.children.at(-1));
    return false;
}
/** The conditions under which `chain`'s last node runs, inside its method: enclosing ifs, and ifs before it that return early. */
function pathOf(chain) {
    const path = [];
    const from = chain.findLastIndex((n) => n.kind === 'method' || n.kind === 'function' || n.kind === 'closure');
    for (let i = Math.max(from, 0); i < chain.length - 1; i++) {
        const parent = chain[i];
        const child = chain[i + 1];
        if (parent.kind === 'if' && child !== parent.test)
            path.push({ test: parent.test, holds: child === parent.body });
        const siblings = Array.isArray(parent.children) ? parent.children : [];
        for (const before of siblings.slice(0, Math.max(siblings.indexOf(child), 0))) {
            if (before.kind !== 'if')
                continue;
            const body = exits(before.body);
            const alternate = exits(before.alternate);
            if (body !== alternate)
                path.push({ test: before.test, holds: alternate });
        }
    }
    return path;
}
/**
 * The plugin's minimum-API checks, and every place that stops the plugin manager's action
 * with the conditions that lead there: stopPropagation() anywhere, and a throw only when an
 * API check is on its way (plugins throw on many errors that have nothing to do with the API).
 */
function findSelfChecks(program) {
    const checks = findChecks(program);
    const stops = [];
    const compared = (path) => path.some((c) => checks.some((k) => k.node && contains(c.test, k.node)));
    for (const { node, ancestors } of walk(program)) {
        const stop = node.kind === 'throw' ? 'throw' : node.kind === 'call' && methodName(node)?.toLowerCase() === 'stoppropagation' ? 'stopPropagation()' : undefined;
        if (!stop)
            continue;
        const path = pathOf([...ancestors, node]);
        if (stop === 'throw' && !compared(path))
            continue;
        stops.push({ kind: stop, line: node.loc?.start.line ?? 1, column: (node.loc?.start.column ?? 0) + 1, method: enclosingMethod(ancestors), path });
    }
    return { checks, stops };
}
function contains(root, target) {
    return [...walk(root)].some(({ node }) => node === target);
}
/** `$event->getParam('pluginName')`: which plugin an install/enable event is about. */
function isPluginNameParam(node) {
    return node.kind === 'call' && methodName(node)?.toLowerCase() === 'getparam' && literal(node.arguments[0]) === 'pluginName';
}
/** `$this->getName()`, or the plugin's name as a literal: what the event's plugin name is compared with. */
function isOwnName(node, plugin) {
    if (node.kind === 'call' && methodName(node)?.toLowerCase() === 'getname' && node.what.kind === 'propertylookup')
        return true;
    return literal(node) === plugin;
}
/**
 * Three-valued value of an `if` test when only the API comparisons (`known`) are known. The
 * gate judges a plugin's own install and enable, so "is this event about me?" holds; anything
 * else (configuration, other plugins, files) is undecided.
 */
function evaluate(test, known, plugin) {
    const value = known.get(test);
    if (value !== undefined)
        return value;
    if (test.kind === 'boolean')
        return Boolean(test.value);
    if (test.kind === 'unary' && test.type === '!') {
        const inner = evaluate(test.what, known, plugin);
        return inner === undefined ? undefined : !inner;
    }
    if (test.kind === 'cast' && test.type === 'bool')
        return evaluate(test.expr, known, plugin);
    if (test.kind !== 'bin')
        return undefined;
    const left = test.left;
    const right = test.right;
    const type = String(test.type);
    if (['==', '===', '!=', '!==', '<>'].includes(type) && (isPluginNameParam(left) || isPluginNameParam(right))) {
        const same = isOwnName(isPluginNameParam(left) ? right : left, plugin);
        return type.startsWith('=') ? same : !same;
    }
    const l = evaluate(left, known, plugin);
    const r = evaluate(right, known, plugin);
    if (type === '&&' || type === 'and')
        return l === false || r === false ? false : l === true && r === true ? true : undefined;
    if (type === '||' || type === 'or')
        return l === true || r === true ? true : l === false && r === false ? false : undefined;
    if (type === 'xor')
        return l === undefined || r === undefined ? undefined : l !== r;
    return undefined;
}
/** The part of an undecided test that is left once its known parts are taken out (`me && X` is X). */
function residual(test, known, plugin) {
    if (test.kind !== 'bin')
        return test;
    const type = String(test.type);
    const and = type === '&&' || type === 'and';
    if (!and && type !== '||' && type !== 'or')
        return test;
    const l = evaluate(test.left, known, plugin);
    const r = evaluate(test.right, known, plugin);
    // In `A && B` a side that holds says nothing more; in `A || B` a side that fails does not.
    if (l === and)
        return residual(test.right, known, plugin);
    if (r === and)
        return residual(test.left, known, plugin);
    return test;
}

;// CONCATENATED MODULE: ./src/products/imscp/plugin-gate/perl-scan.ts
/**
 * Finds uses of a Perl package name, skipping comments, POD and everything after
 * __END__/__DATA__. There is no maintained Perl parser for JavaScript, so this is a careful
 * scan: it follows quoted strings, heredocs and quote-like operators (q qq qw qr m s tr y with
 * any delimiter) so that a '#' inside them does not start a comment, and keeps what is code
 * apart from what is string content: a package name counts in code, a file path form such as
 * `require "iMSCP/HooksManager.pm"` counts in strings.
 */
const PAIRS = { '(': ')', '[': ']', '{': '}', '<': '>' };
const QUOTE_OPS = /^(?:qq|qw|qr|q|m|s|tr|y)$/;
function scanPerl(source, inCode, inStrings) {
    const hits = [];
    const lines = source.split('\n');
    // Per line, the code and the string contents, each with the other blanked (same length, so columns hold).
    const code = [];
    const strings = [];
    let inPod = false;
    let state;
    let heredoc;
    const pendingHeredocs = [];
    for (let ln = 0; ln < lines.length; ln++) {
        const line = lines[ln];
        if (heredoc) {
            code.push('');
            strings.push(line);
            if ((heredoc.indented ? line.trim() : line) === heredoc.tag)
                heredoc = pendingHeredocs.shift();
            continue;
        }
        if (!state && /^=[a-zA-Z]/.test(line))
            inPod = !/^=cut\b/.test(line);
        if (inPod || (!state && /^=cut\b/.test(line))) {
            code.push('');
            strings.push('');
            continue;
        }
        if (!state && /^__(END|DATA)__\b/.test(line))
            break;
        let out = '';
        let str = '';
        const emit = (text, isString) => {
            out += isString ? ' '.repeat(text.length) : text;
            str += isString ? text : ' '.repeat(text.length);
        };
        let i = 0;
        while (i < line.length) {
            const c = line[i];
            if (state) {
                if (c === '\\') {
                    emit(c + (line[i + 1] ?? ''), true);
                    i += 2;
                    continue;
                }
                const closing = c === state.close && state.depth === 1;
                emit(c, !closing);
                if (state.open && c === state.open)
                    state.depth++;
                else if (c === state.close && --state.depth === 0) {
                    if (--state.parts > 0) {
                        // s{..}{..} and tr/../../: a second part, bracketed ones with their own opener.
                        if (state.open) {
                            const j = line.slice(i + 1).search(/\S/);
                            if (j !== -1 && PAIRS[line[i + 1 + j]] === state.close) {
                                emit(line.slice(i + 1, i + 2 + j), false);
                                i += 2 + j;
                                state.depth = 1;
                                continue;
                            }
                        }
                        state.depth = 1;
                    }
                    else
                        state = undefined;
                }
                i++;
                continue;
            }
            if (c === '#' && line[i - 1] !== '$')
                break;
            if (c === '"' || c === "'" || c === '`') {
                state = { close: c, depth: 1, parts: 1 };
                emit(c, false);
                i++;
                continue;
            }
            const doc = /^<<(~?)(?:"([^"]+)"|'([^']+)'|([A-Za-z_]\w*))/.exec(line.slice(i));
            if (doc) {
                pendingHeredocs.push({ tag: doc[2] ?? doc[3] ?? doc[4], indented: doc[1] === '~' });
                emit(doc[0], false);
                i += doc[0].length;
                continue;
            }
            const word = /^[A-Za-z_]\w*/.exec(line.slice(i));
            if (word) {
                const prev = line[i - 1];
                const next = line.slice(i + word[0].length);
                const delimiter = /^(\s*)([^\w\s])/.exec(next);
                // `q#..#` has no space before '#'; `=>` and `,` after a bareword are not delimiters.
                if (QUOTE_OPS.test(word[0]) && prev !== '$' && prev !== '@' && prev !== '%' && prev !== '>' && prev !== ':' && delimiter
                    && !(delimiter[2] === '#' && delimiter[1] !== '') && !/^\s*(=>|,|;|\)|\})/.test(next) && !(delimiter[2] === '=' && next.trimStart()[1] === '>')) {
                    const open = delimiter[2];
                    const close = PAIRS[open] ?? open;
                    state = { close, open: PAIRS[open] ? open : undefined, depth: 1, parts: word[0] === 's' || word[0] === 'tr' || word[0] === 'y' ? 2 : 1 };
                    emit(word[0] + delimiter[0], false);
                    i += word[0].length + delimiter[0].length;
                    continue;
                }
                emit(word[0], false);
                i += word[0].length;
                continue;
            }
            emit(c, false);
            i++;
        }
        code.push(out);
        strings.push(str);
        if (!heredoc)
            heredoc = pendingHeredocs.shift();
    }
    const find = (texts, pattern) => texts.forEach((text, ln) => {
        for (const m of text.matchAll(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`))) {
            hits.push({ line: ln + 1, column: (m.index ?? 0) + 1, text: m[0] });
        }
    });
    find(code, inCode);
    find(strings, inStrings);
    return hits.sort((a, b) => a.line - b.line || a.column - b.column);
}

;// CONCATENATED MODULE: ./src/products/imscp/plugin-gate/gate.ts
/**
 * The i-MSCP plugin compatibility gate: for every plugin found and every requested release,
 * would the plugin manager accept the plugin, and would its code still run? The rules are the
 * releases' own (research, sections 2 and 5): 1.2.0-1.2.2 check nothing but a plugin may
 * refuse itself; 1.2.3 refuses a missing or newer require_api and "downgrades" judged by PHP's
 * `>` on strings, and renamed the API accessor and dropped iMSCP::HooksManager.
 */








/** In code the package name; in strings the file that `require` would load. */
const HOOKS_MANAGER = { code: /\biMSCP::HooksManager\b/, strings: /\biMSCP\/HooksManager\.pm\b/ };
/** Features that changed with 1.2.3 are tied to the release itself, not to the manager flag. */
function from123(release) {
    return versionCompare(release.version, '1.2.3') >= 0;
}
/** The plugin folders: plugin-path itself when it has an info.php, else its real sub-folders that have one. */
function findPluginDirs(pluginPath, bounds) {
    const root = bounds.root;
    if ((0,files/* entryExists */.v_)((0,external_node_path_.join)(root, 'info.php')))
        return { dirs: [root], links: [] };
    const entries = (0,external_node_fs_.readdirSync)(root, { withFileTypes: true });
    const dirs = entries.filter((d) => d.isDirectory() && (0,files/* entryExists */.v_)((0,external_node_path_.join)(root, d.name, 'info.php'))).map((d) => (0,external_node_path_.join)(root, d.name)).sort();
    // A linked plugin folder is never entered; one that leaves is named (below), one inside is read where it is.
    const links = entries.filter((d) => d.isSymbolicLink()).map((d) => (0,external_node_path_.join)(root, d.name)).sort();
    if (dirs.length === 0 && links.length === 0)
        throw new Error(`no i-MSCP plugin in ${pluginPath}: neither it nor any folder in it has an info.php`);
    return { dirs, links };
}
function isPerlName(path) {
    const ext = (0,external_node_path_.extname)(path);
    return ext === '.pl' || ext === '.pm' || ext === '';
}
function isPerl(path, head) {
    if ((0,external_node_path_.extname)(path) !== '')
        return true;
    const text = head.toString('latin1');
    return /^#!\S*perl/.test(text) || /^#!\S*env\s+perl/.test(text);
}
const EMPTY_INFO = { unreadable: new Map(), returnLine: 1, issues: [] };
/** A link in a folder of plugins that may be a plugin: it leads to a folder (only its type is looked at). */
function linksToFolder(link) {
    try {
        return (0,external_node_fs_.statSync)(link).isDirectory();
    }
    catch {
        return false;
    }
}
/** A linked plugin folder that leads out: not read at all, only the finding that says why. */
function unreadPlugin(link, problem) {
    const hint = problem.reason === 'leaves' ? ' (set plugin-path to the folder itself to check it)' : '';
    return { name: (0,external_node_path_.basename)(link), dir: link, info: EMPTY_INFO, infoFile: link, mainClass: undefined, mainClassFile: link, mainClassNotRead: true, phpFiles: [], accessorCalls: [], selfChecks: { checks: [], stops: [] }, perlHits: [], fileIssues: [{ level: 'error', rule: 'file-not-read', file: link, line: 1, message: `the plugin folder ${escapeControls((0,external_node_path_.basename)(link))} ${problem.why}${hint}` }] };
}
function analyse(dir, bounds) {
    const name = (0,external_node_path_.basename)(dir);
    const infoFile = (0,external_node_path_.join)(dir, 'info.php');
    const mainClassFile = (0,external_node_path_.join)(dir, `${name}.php`);
    const fileIssues = [];
    const essential = (path) => path === infoFile || path === mainClassFile;
    const notRead = (path, problem) => {
        const what = path === infoFile ? 'info.php' : path === mainClassFile ? 'the main class' : 'this file';
        // Out of the workspace is hostile; a link to a folder inside the plugin is walked where it leads.
        const level = problem.reason === 'outside' || essential(path) ? 'error' : problem.reason === 'folder' ? 'notice' : 'warning';
        fileIssues.push({ level, rule: 'file-not-read', file: path, line: 1, message: `${what} (${escapeControls((0,external_node_path_.relative)(dir, path))}) ${problem.why}` });
    };
    const read = (path, limit) => {
        try {
            return (0,files/* readWhole */.oD)((0,files/* probe */.dy)(path, bounds), limit);
        }
        catch (e) {
            if (!(e instanceof files/* NotRead */.Yo))
                throw e;
            notRead(path, e);
            return undefined;
        }
    };
    const phpFiles = [];
    const perlFiles = [];
    let mainClassLink = false;
    for (const path of (0,files/* entriesUnder */.X2)(dir)) {
        if (path === infoFile)
            continue;
        const php = (0,external_node_path_.extname)(path) === '.php';
        let file;
        try {
            file = (0,files/* probe */.dy)(path, bounds);
        }
        catch (e) {
            if (!(e instanceof files/* NotRead */.Yo))
                throw e;
            // Files the gate would not read anyway are named only when they are special or lead out.
            if (php || isPerlName(path) || e.reason === 'outside' || e.reason === 'leaves' || e.reason === 'special')
                notRead(path, e);
            continue;
        }
        if (php) {
            const source = read(path, files/* CODE_LIMIT */.gx);
            if (source)
                phpFiles.push(parseFile(path, source));
            if (path === mainClassFile)
                mainClassLink = file.link;
        }
        else if (isPerlName(path) && isPerl(path, (0,files/* readProbed */.zo)(file, 128))) {
            const source = read(path, files/* CODE_LIMIT */.gx);
            if (source)
                perlFiles.push({ file: path, text: source.toString('latin1') });
        }
    }
    const infoSource = read(infoFile, files/* INFO_LIMIT */.Vm);
    const mainClass = phpFiles.find((f) => f.file === mainClassFile);
    if (mainClass && mainClassLink) {
        fileIssues.push({ level: 'notice', rule: 'file-not-read', file: mainClassFile, line: 1, message: `the main class ${escapeControls(name)}.php is a symbolic link (to a file inside the plugin); it was read through the link` });
    }
    return {
        name,
        dir,
        info: infoSource ? readInfoPhp(infoSource) : EMPTY_INFO,
        infoFile,
        mainClass,
        mainClassFile,
        mainClassNotRead: !mainClass && (0,files/* entryExists */.v_)(mainClassFile),
        phpFiles,
        accessorCalls: phpFiles.flatMap((f) => (f.program ? findAccessorCalls(f.program).map((c) => ({ ...c, file: f.file })) : [])),
        selfChecks: mainClass?.program ? findSelfChecks(mainClass.program) : { checks: [], stops: [] },
        perlHits: perlFiles.flatMap((f) => scanPerl(f.text, HOOKS_MANAGER.code, HOOKS_MANAGER.strings).map((h) => ({ ...h, file: f.file }))),
        fileIssues
    };
}
function parseFile(path, source) {
    try {
        const { program, modern } = parsePhpCode(source, (0,external_node_path_.basename)(path));
        return { file: path, source: source.toString('latin1'), program, ...(modern ? { onlyPhp5: modern } : {}) };
    }
    catch (e) {
        if (e instanceof PhpSyntaxError)
            return { file: path, source: '', syntax: e };
        throw e;
    }
}
function keyLine(info, key) {
    return info.info?.lines.get(key) ?? info.returnLine;
}
/** Findings of info.php and the main class that hold whatever the release. */
function everyRelease(p) {
    const issues = [...p.fileIssues, ...p.info.issues.map((i) => ({ ...i, file: p.infoFile }))];
    if (!p.mainClass && !p.mainClassNotRead) {
        issues.push({ level: 'error', rule: 'main-class-missing', file: p.infoFile, line: 1, message: `the main class file ${escapeControls(p.name)}/${escapeControls(p.name)}.php is missing: the plugin manager cannot load the plugin` });
    }
    for (const f of p.phpFiles.filter((x) => x.syntax)) {
        const main = f === p.mainClass;
        issues.push({
            level: main ? 'error' : 'warning',
            rule: 'php-syntax',
            file: f.file,
            line: f.syntax.line,
            column: f.syntax.column,
            message: `${main ? 'the main class is' : 'this file is'} not valid PHP (${f.syntax.message}), neither for PHP 8 nor for PHP 5.6${main ? '' : '; it was not checked'}`
        });
    }
    for (const f of p.phpFiles.filter((x) => x.onlyPhp5)) {
        issues.push({
            level: 'notice',
            rule: 'php-syntax',
            file: f.file,
            line: f.onlyPhp5.line,
            column: f.onlyPhp5.column,
            message: `this file is PHP 5 only: PHP 7 and 8 refuse it (${f.onlyPhp5.message}). i-MSCP 1.2.x ran PHP 5.3 to 5.6, which accepts it, so it is no refusal there; the gate checked it as PHP 5.6`
        });
    }
    const info = p.info.info;
    if (!info)
        return issues;
    for (const key of INFO_KEYS) {
        const value = info.get(key);
        if (key === 'require_api' || p.info.unreadable.has(key))
            continue;
        if (value === undefined) {
            const fallback = key === 'version' ? '; i-MSCP 1.2.3 takes 0.0.0' : '';
            issues.push({ level: 'warning', rule: 'info-php-missing-key', file: p.infoFile, line: p.info.returnLine, message: `info.php has no ${quote(key)} key (expected: ${INFO_KEYS.join(', ')})${fallback}` });
        }
        else if (value instanceof PhpArray && key !== 'author' && key !== 'email') {
            // Several authors (and their addresses) as arrays are common; the other keys are shown as text.
            issues.push({ level: 'warning', rule: 'info-php-bad-value', file: p.infoFile, line: keyLine(p.info, key), message: `info.php: ${quote(key)} is an array; the plugin manager expects text` });
        }
    }
    return issues;
}
function requireApi(p, release) {
    const info = p.info.info;
    if (!info || !release.managerChecksApi)
        return [];
    const at = (line, level, rule, message) => [{ level, rule, file: p.infoFile, line, message }];
    const refused = `i-MSCP ${release.version} refuses the plugin ("The ${escapeControls(p.name)} plugin version … is not compatible with your i-MSCP version.")`;
    const unreadable = p.info.unreadable.get('require_api');
    if (unreadable)
        return at(unreadable.line, 'error', 'info-php-not-static', `require_api cannot be read statically (${unreadable.why}), so the gate cannot show that ${release.version} accepts the plugin`);
    const value = info.get('require_api');
    if (value === undefined)
        return at(p.info.returnLine, 'error', 'require-api-missing', `info.php has no require_api: i-MSCP 1.2.3 takes 99.0.0 for it, and ${refused}`);
    const line = keyLine(p.info, 'require_api');
    if (value === null)
        return at(line, 'error', 'require-api-missing', `require_api is null: ${refused}`);
    if (value instanceof PhpArray)
        return at(line, 'error', 'info-php-bad-value', `require_api is an array; it must be a version such as '1.0.0'`);
    const required = phpToString(value);
    if (versionCompareWith(release.pluginApi, required, '<')) {
        return at(line, 'error', 'require-api-newer', `require_api ${quote(bytesToText(required))} is newer than the plugin API ${release.pluginApi} of i-MSCP ${release.version}: ${refused}`);
    }
    return [];
}
function downgrade(p, release, previous) {
    const info = p.info.info;
    if (!info || !release.managerChecksApi || previous === undefined)
        return [];
    const line = keyLine(p.info, 'version');
    const at = (level, rule, message) => ({ level, rule, file: p.infoFile, line, message });
    if (p.info.unreadable.has('version'))
        return [at('warning', 'downgrade', 'version cannot be read statically, so the gate cannot judge the update from the previous version')];
    const value = info.get('version');
    if (value instanceof PhpArray)
        return [at('error', 'info-php-bad-value', 'version is an array; it must be text such as \'1.0.0\'')];
    // 1.2.3 fills a missing version with 0.0.0, then compares the old and new info with PHP's `>`.
    const next = value === undefined ? '0.0.0' : bytesToText(phpToString(value));
    const stringSaysOlder = phpCompareStrings(previous, next) === 1;
    const reallyOlder = versionCompare(previous, next) === 1;
    const from = `${quote(previous)} to ${quote(next)}`;
    if (stringSaysOlder && reallyOlder) {
        return [at('error', 'downgrade', `version ${quote(next)} is older than the installed ${quote(previous)}: i-MSCP ${release.version} refuses the downgrade ("Plugin Manager: Downgrade of ${escapeControls(p.name)} plugin is not allowed.")`)];
    }
    if (stringSaysOlder) {
        const why = phpNumericString(previous) && phpNumericString(next)
            ? `both are numbers to PHP, and ${previous} > ${next} as numbers`
            : `PHP compares them as text, byte by byte, and the first difference decides`;
        return [
            at('error', 'downgrade', `i-MSCP ${release.version} refuses the update from ${from} as a downgrade ("Plugin Manager: Downgrade of ${escapeControls(p.name)} plugin is not allowed.")`),
            at('warning', 'downgrade-string-compare', `i-MSCP 1.2.3 tests for a downgrade with PHP's \`>\` on the two version strings, not with version_compare(): ${why}. So ${from} counts as a downgrade (as 0.0.9 to 0.0.10 does). Pick a version that is greater both ways (for example a higher earlier part), or remove the old plugin before installing this one`)
        ];
    }
    if (reallyOlder) {
        return [at('notice', 'downgrade-string-compare', `version ${quote(next)} is older than ${quote(previous)} by version_compare(), but i-MSCP 1.2.3 compares the strings with \`>\` and lets this downgrade through`)];
    }
    return [];
}
function accessorExists(accessor, release) {
    return accessor === NEW_ACCESSOR ? from123(release) : !from123(release);
}
const ACCESSOR_GONE = {
    [OLD_ACCESSOR]: `${OLD_ACCESSOR}() was renamed ${NEW_ACCESSOR}() in i-MSCP 1.2.3`,
    [NEW_ACCESSOR]: `${NEW_ACCESSOR}() exists only from i-MSCP 1.2.3 on (before, it is ${OLD_ACCESSOR}())`
};
function codeUse(p, release) {
    const issues = [];
    for (const call of p.accessorCalls.filter((c) => !accessorExists(c.accessor, release))) {
        issues.push(call.guarded
            ? { level: 'notice', rule: 'removed-accessor', file: call.file, line: call.line, column: call.column, message: `${ACCESSOR_GONE[call.accessor]}; this call is guarded by method_exists()/is_callable()` }
            : { level: 'error', rule: 'removed-accessor', file: call.file, line: call.line, column: call.column, message: `${ACCESSOR_GONE[call.accessor]}: PHP stops with a fatal error (call to undefined method) when this line runs` });
    }
    if (from123(release)) {
        for (const hit of p.perlHits) {
            issues.push({ level: 'error', rule: 'removed-perl-module', file: hit.file, line: hit.line, column: hit.column, message: `iMSCP::HooksManager no longer exists in i-MSCP 1.2.3 (it is iMSCP::EventManager): this Perl code does not compile there` });
        }
    }
    return [...issues, ...selfChecks(p, release)];
}
/** Plugin source text for a message: one line, short. */
function sourceText(p, node) {
    const [start, end] = [node.loc?.start.offset, node.loc?.end?.offset];
    if (start === undefined || end === undefined)
        return 'a condition';
    const text = p.mainClass.source.slice(start, end).replace(/\s+/g, ' ');
    return escapeControls(text.length > 100 ? `${text.slice(0, 99)}…` : text);
}
/** A condition that must (not) hold, as ['when' | 'unless', X]; `a != b` that must hold reads "unless a is b". */
function describeCondition(p, test, holds) {
    while (test.kind === 'unary' && test.type === '!') {
        test = test.what;
        holds = !holds;
    }
    if (test.kind === 'bin' && ['==', '===', '!=', '!==', '<>'].includes(String(test.type))) {
        const positive = String(test.type).startsWith('=') === holds;
        return [positive ? 'when' : 'unless', `${sourceText(p, test.left)} is ${sourceText(p, test.right)}`];
    }
    return [holds ? 'when' : 'unless', sourceText(p, test)];
}
/** "when A and B unless C or D": the stop runs when every A holds and no C does. */
function describeConditions(parts) {
    const when = parts.filter(([w]) => w === 'when').map(([, t]) => t);
    const unless = parts.filter(([w]) => w === 'unless').map(([, t]) => t);
    return [when.length ? `when ${when.join(' and ')}` : '', unless.length ? `unless ${unless.join(' or ')}` : ''].filter(Boolean).join(' ');
}
/**
 * The plugin's own stops, judged per release: a stop is the plugin refusing itself only when
 * every condition on its way is decided and an API check is among them; a stop that depends on
 * anything else (configuration, other plugins) is a notice saying on what.
 */
function selfChecks(p, release) {
    const { checks, stops } = p.selfChecks;
    const file = p.mainClassFile;
    const api = release.pluginApi;
    const usable = checks.filter((c) => accessorExists(c.accessor, release));
    // A check through an accessor the release lacks is a fatal error there (removed-accessor), not a verdict.
    const gone = checks.filter((c) => c.node && !usable.includes(c));
    const known = new Map(usable.flatMap((c) => (c.node && c.holdsAt ? [[c.node, c.holdsAt(api)]] : [])));
    const holds = (c) => {
        const value = evaluate(c.test, known, p.name);
        return value === undefined ? undefined : value === c.holds;
    };
    const checkIn = (c) => usable.filter((k) => k.node && contains(c.test, k.node));
    const issues = [];
    const refusing = new Set();
    const open = new Set();
    for (const stop of stops) {
        if (stop.path.some((c) => gone.some((g) => contains(c.test, g.node))))
            continue;
        const values = stop.path.map(holds);
        if (values.includes(false))
            continue;
        const deciding = stop.path.flatMap(checkIn);
        const undecided = stop.path.filter((_, i) => values[i] === undefined);
        if (deciding.length > 0 && undecided.length === 0) {
            refusing.add(deciding[0]);
            continue;
        }
        for (const k of deciding)
            open.add(k);
        const where = `the plugin stops itself here (${stop.kind}${stop.method ? ` in ${stop.method}()` : ''})`;
        const conditions = describeConditions(undecided.map((c) => describeCondition(p, residual(c.test, known, p.name), c.holds)));
        issues.push({
            level: 'notice',
            rule: 'self-check',
            file,
            line: stop.line,
            column: stop.column,
            message: deciding.length > 0
                ? `${where} ${conditions}: on these releases that depends on more than the plugin API, so the gate does not count it as a refusal`
                : `${where} ${conditions || 'whenever this code runs'}: that does not depend on the plugin API, so the gate does not count it as a refusal`
        });
    }
    for (const check of usable) {
        const where = `the plugin's own API check ${check.text}${check.method ? ` in ${check.method}()` : ''}`;
        const at = { rule: 'self-check', file, line: check.line, column: check.column };
        const guarded = stops.some((s) => s.path.some((c) => check.node && contains(c.test, check.node)));
        if (!check.node)
            issues.push({ ...at, level: 'notice', message: `${where}: the gate cannot follow what it does` });
        else if (refusing.has(check))
            issues.push({ ...at, level: 'error', message: `${where} stops the plugin on plugin API ${api}: the plugin refuses itself on i-MSCP ${release.version}` });
        else if (!guarded)
            issues.push({ ...at, level: 'notice', message: `${where} is in the condition of no stopPropagation() or throw: the gate does not follow it through variables or into other methods` });
        else if (!open.has(check))
            issues.push({ ...at, level: 'notice', message: `${where} passes` });
    }
    return issues;
}
function verdictOf(plugin, release, issues) {
    const errors = issues.filter((i) => i.level === 'error');
    const warnings = issues.filter((i) => i.level === 'warning');
    if (errors.length > 0)
        return { plugin, release, verdict: 'refused', reasons: errors.map((i) => i.message) };
    if (warnings.length > 0)
        return { plugin, release, verdict: 'accepted-with-warnings', reasons: warnings.map((i) => i.message) };
    return { plugin, release, verdict: 'accepted', reasons: [] };
}
function toPosix(workspace, path) {
    return (0,external_node_path_.relative)(workspace, path).split(external_node_path_.sep).join('/') || '.';
}
async function checkPlugins(o) {
    const workspace = (0,external_node_path_.resolve)(o.workspace ?? process.env.GITHUB_WORKSPACE ?? process.cwd());
    const bounds = (0,files/* boundsOf */.BO)(o.pluginPath, workspace);
    const found = findPluginDirs(o.pluginPath, bounds);
    const plugins = [...found.dirs.map((d) => analyse(d, bounds)), ...found.links.filter(linksToFolder).flatMap((link) => {
            try {
                (0,files/* probe */.dy)(link, bounds);
            }
            catch (e) {
                if (e instanceof files/* NotRead */.Yo && (e.reason === 'outside' || e.reason === 'leaves'))
                    return [unreadPlugin(link, e)];
                if (!(e instanceof files/* NotRead */.Yo))
                    throw e;
            }
            return [];
        })];
    if (plugins.length === 0)
        throw new Error(`no i-MSCP plugin in ${o.pluginPath}: neither it nor any folder in it has an info.php`);
    const verdicts = [];
    const merged = new Map();
    for (const p of plugins) {
        const common = everyRelease(p);
        for (const release of o.releases) {
            const issues = [...common, ...requireApi(p, release), ...downgrade(p, release, o.previousPluginVersion), ...codeUse(p, release)];
            verdicts.push(verdictOf(p.name, release.version, issues));
            for (const issue of issues) {
                const finding = { plugin: p.name, releases: [], ...issue, file: toPosix(bounds.workspace, issue.file) };
                const key = JSON.stringify([finding.plugin, finding.level, finding.rule, finding.file, finding.line, finding.column, finding.message]);
                const seen = merged.get(key) ?? finding;
                seen.releases.push(release.version);
                merged.set(key, seen);
            }
        }
    }
    const findings = [...merged.values()].sort((a, b) => a.plugin.localeCompare(b.plugin) || a.file.localeCompare(b.file) || a.line - b.line || a.rule.localeCompare(b.rule));
    const summary = plugins.map((p) => {
        const scalar = (key) => {
            const v = p.info.info?.get(key);
            return v === undefined || v === null || v instanceof PhpArray ? undefined : bytesToText(phpToString(v));
        };
        return { name: p.name, dir: toPosix(bounds.workspace, p.dir), version: scalar('version'), requireApi: scalar('require_api') };
    });
    return {
        compatible: verdicts.every((v) => v.verdict !== 'refused'),
        plugins: summary,
        releases: o.releases,
        ...(o.previousPluginVersion !== undefined ? { previousPluginVersion: o.previousPluginVersion } : {}),
        verdicts,
        findings
    };
}

;// CONCATENATED MODULE: ./src/products/imscp/plugin-gate/output.ts
const ICON = { accepted: '✅ accepted', 'accepted-with-warnings': '⚠️ accepted with warnings', refused: '❌ refused' };
/** core.summary.addTable() writes cell text into HTML as it is; plugin names and messages are plugin text. */
function html(text) {
    return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
function output_short(text, max = 300) {
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
const MARK = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
/**
 * Plugin × release table for core.summary.addTable(): the first row is the header, cells are
 * HTML-escaped text. With several releases, an error or warning that holds on every one is
 * shown once, in its plugin's "every release" cell; a release's cell shows its verdict and
 * every reason of its own.
 */
function renderSummary(report) {
    const shared = report.releases.length > 1;
    const everywhere = (f) => shared && f.level !== 'notice' && f.releases.length === report.releases.length;
    const lines = (items) => items.map((t) => html(output_short(t))).join('<br>');
    const header = ['Plugin', ...(shared ? ['Every release'] : []), ...report.releases.map((r) => `i-MSCP ${r.version} (API ${r.pluginApi})`)];
    const rows = report.plugins.map((p) => {
        const common = report.findings.filter((f) => f.plugin === p.name && everywhere(f));
        const commonMessages = new Set(common.map((f) => f.message));
        const cells = report.releases.map((r) => {
            const v = report.verdicts.find((x) => x.plugin === p.name && x.release === r.version);
            const own = v.reasons.filter((m) => !commonMessages.has(m));
            return `${html(ICON[v.verdict])}${own.length ? `: ${lines(own)}` : ''}`;
        });
        const commonCell = common.length ? lines(common.map((f) => `${MARK[f.level]} ${f.message}`)) : '-';
        return [html(p.version ? `${p.name} ${p.version}` : p.name), ...(shared ? [commonCell] : []), ...cells];
    });
    return [header.map(html), ...rows];
}
/** Titles are built from our own words and a plugin name reduced to plain characters. */
function safeName(name) {
    return name.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 60);
}
/**
 * One annotation per finding, on the plugin's file and line, errors first (GitHub shows a
 * limited number per step). core encodes the message and properties of the workflow command;
 * messages hold plugin text only quoted (newlines escaped), so nothing can start a '::' line.
 */
function publishAnnotations(report, sink) {
    const order = ['error', 'warning', 'notice'];
    const findings = [...report.findings].sort((a, b) => order.indexOf(a.level) - order.indexOf(b.level));
    for (const f of findings) {
        const title = `${safeName(f.plugin)}: ${f.rule} (i-MSCP ${f.releases.join(', ')})`;
        sink[f.level](f.message, { title, file: f.file, startLine: f.line, ...(f.column ? { startColumn: f.column } : {}) });
    }
}
/** What each rule means, for SARIF's rule metadata (shown by code scanning). */
const RULES = {
    'info-php-syntax': 'info.php is not valid PHP',
    'info-php-not-array': 'info.php does not return an array',
    'info-php-not-static': 'A value in info.php cannot be read without running code',
    'info-php-runs-code': 'info.php runs code before returning its array',
    'info-php-output': 'info.php prints text when it is read',
    'info-php-missing-key': 'info.php lacks a key the plugin manager reads',
    'info-php-bad-value': 'A key of info.php has a value of the wrong type',
    'main-class-missing': 'The plugin has no main class file <Name>/<Name>.php',
    'file-not-read': 'A file of the plugin was not read: a link out of plugin-path or the workspace, a FIFO, device or socket, or too large',
    'php-syntax': 'A PHP file of the plugin is not valid PHP',
    'require-api-missing': 'i-MSCP 1.2.3 refuses plugins without require_api',
    'require-api-newer': 'The plugin requires a newer plugin API than the release has',
    downgrade: 'i-MSCP 1.2.3 refuses what it sees as a downgrade of an installed plugin',
    'downgrade-string-compare': 'i-MSCP 1.2.3 compares plugin versions as strings, not as versions',
    'self-check': "The plugin's own minimum-API check",
    'removed-accessor': 'The plugin API version accessor does not exist in this release',
    'removed-perl-module': 'iMSCP::HooksManager does not exist from i-MSCP 1.2.3 on'
};
const SARIF_LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
function sarifResult(f, ruleIndex) {
    return {
        ruleId: f.rule,
        ruleIndex,
        level: SARIF_LEVEL[f.level],
        message: { text: `${f.plugin} on i-MSCP ${f.releases.join(', ')}: ${f.message}` },
        locations: [{
                physicalLocation: {
                    artifactLocation: { uri: f.file.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' },
                    region: { startLine: f.line, ...(f.column ? { startColumn: f.column } : {}) }
                }
            }],
        properties: { plugin: f.plugin, releases: f.releases }
    };
}
/** SARIF 2.1.0 log for github/codeql-action/upload-sarif; paths are relative to the workspace. */
function toSarif(report, toolVersion = '0.1.0') {
    const ids = Object.keys(RULES);
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{
                tool: {
                    driver: {
                        name: 'hostpanel-action i-MSCP plugin gate',
                        version: toolVersion,
                        rules: ids.map((id) => ({ id, name: id, shortDescription: { text: RULES[id] } }))
                    }
                },
                originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The repository checkout (GITHUB_WORKSPACE)' } } },
                results: report.findings.map((f) => sarifResult(f, ids.indexOf(f.rule)))
            }]
    };
}

// EXTERNAL MODULE: ./src/products/imscp/catalogue.ts + 1 modules
var catalogue = __webpack_require__(6272);
;// CONCATENATED MODULE: ./src/products/imscp/plugin-gate/index.ts
/** The i-MSCP plugin compatibility gate (mode: check-plugin): one import for the action. */



/** The releases the gate knows: the i-MSCP catalogue's, with their plugin API. */
const IMSCP_RELEASES = catalogue/* catalogue */.s.releases.map(({ version, pluginApi, managerChecksApi }) => ({ version, pluginApi, managerChecksApi }));


/***/ })

};
