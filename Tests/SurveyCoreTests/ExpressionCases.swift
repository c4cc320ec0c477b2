/// The expression table: each row is an expression, the answers it reads (JSON, "" for none) and its XPath string() value, or nil when evaluation must fail.
/// Behaviour follows ODK JavaRosa; see docs/expression-language.md.
// Rules cited below live in getodk/javarosa (XPathFuncExpr, XPathEqExpr, XPathCmpExpr, ...);
// the summary is /work/notes/javarosa-semantics.md. "DIVERGENCE" marks a row where chosa
// deliberately differs from JavaRosa (the JavaRosa result is given in the comment).
let expressionCases: [ExpressionCase] = [
    // MARK: XPath conversions — string to number (XPathFuncExpr.toNumeric)
    ExpressionCase("number('12')", expect: "12"),
    ExpressionCase("number('  12  ')", expect: "12"),                      // trim() first
    ExpressionCase("number('\t12\n')", expect: "12"),                      // trim() removes tab/newline
    ExpressionCase("number('-12.5')", expect: "-12.5"),
    ExpressionCase("number('.5')", expect: "0.5"),
    ExpressionCase("number('5.')", expect: "5"),
    ExpressionCase("number('-.5')", expect: "-0.5"),
    ExpressionCase("number('0017.')", expect: "17"),
    ExpressionCase("number('007')", expect: "7"),
    ExpressionCase("number('-0')", expect: "0"),                           // -0 prints as 0
    ExpressionCase("number('+5')", expect: "NaN"),                         // only '-', '.', digits allowed
    ExpressionCase("number('1e3')", expect: "NaN"),                        // no exponent notation
    ExpressionCase("number('Infinity')", expect: "NaN"),
    ExpressionCase("number('-Infinity')", expect: "NaN"),
    ExpressionCase("number('NaN')", expect: "NaN"),
    ExpressionCase("number('')", expect: "NaN"),
    ExpressionCase("number('   ')", expect: "NaN"),
    ExpressionCase("number('-')", expect: "NaN"),
    ExpressionCase("number('.')", expect: "NaN"),
    ExpressionCase("number('- 17')", expect: "NaN"),
    ExpressionCase("number('--5')", expect: "NaN"),
    ExpressionCase("number('34.56.7')", expect: "NaN"),
    ExpressionCase("number('12abc')", expect: "NaN"),
    ExpressionCase("number('0x1A')", expect: "NaN"),
    ExpressionCase("number('１２')", expect: "NaN"),                       // full-width digits are not '0'-'9'
    ExpressionCase("number('\u{3000}12')", expect: "NaN"),                 // Java trim() keeps U+3000
    ExpressionCase("number('1,5')", expect: "NaN"),                        // DIVERGENCE: JavaRosa maps ',' to '.' → 1.5
    ExpressionCase("number('1,000')", expect: "NaN"),                      // DIVERGENCE: JavaRosa → 1
    ExpressionCase("number(true())", expect: "1"),
    ExpressionCase("number(false())", expect: "0"),
    ExpressionCase("number(date('1970-01-02'))", expect: "1"),             // date → days since epoch
    ExpressionCase("number(date('1969-12-31'))", expect: "-1"),
    ExpressionCase("number(date('2008-09-05'))", expect: "14127"),
    ExpressionCase("number(${t})", answers: #"{"t": "42"}"#, expect: "42"),
    ExpressionCase("number(${t})", expect: "NaN"),                         // unanswered reads as ''
    ExpressionCase("number(${n})", answers: #"{"n": 5}"#, expect: "5"),

    // MARK: XPath conversions — number to string
    ExpressionCase("string(2.0)", expect: "2"),
    ExpressionCase("string(123456.0000)", expect: "123456"),
    ExpressionCase("string(-123456)", expect: "-123456"),
    ExpressionCase("string(0.5)", expect: "0.5"),
    ExpressionCase("string(.557586)", expect: "0.557586"),
    ExpressionCase("string(-2.5)", expect: "-2.5"),
    ExpressionCase("1 div 3", expect: "0.3333333333333333"),
    ExpressionCase("2 div 3", expect: "0.6666666666666666"),
    ExpressionCase("0.1 + 0.2", expect: "0.30000000000000004"),
    ExpressionCase("1.1 * 1.1", expect: "1.2100000000000002"),
    ExpressionCase("6.1 - 7.8", expect: "-1.7000000000000002"),
    ExpressionCase("(0.7 + 0.1) * 10", expect: "7.999999999999999"),       // JavaRosa also prints this: (int) truncates to 7, no snap
    ExpressionCase("string(0 div 0)", expect: "NaN"),
    ExpressionCase("string(1 div 0)", expect: "Infinity"),
    ExpressionCase("string(-1 div 0)", expect: "-Infinity"),
    ExpressionCase("-(0 div 0)", expect: "NaN"),                           // NaN has no sign when printed
    ExpressionCase("string(-0)", expect: "0"),
    ExpressionCase("0 * -1", expect: "0"),                                 // -0
    ExpressionCase("string(true())", expect: "true"),
    ExpressionCase("string(false())", expect: "false"),
    ExpressionCase("string(1 = 1)", expect: "true"),
    ExpressionCase("string('')", expect: ""),
    ExpressionCase("string('  a  ')", expect: "  a  "),
    ExpressionCase("${x}", answers: #"{"x": 2.5}"#, expect: "2.5"),
    ExpressionCase("${x}", answers: #"{"x": 2.0}"#, expect: "2"),
    ExpressionCase("string(0.0001)", expect: "0.0001"),                    // DIVERGENCE: JavaRosa "1.0E-4"
    ExpressionCase("1 div 1024", expect: "0.0009765625"),                  // DIVERGENCE: JavaRosa "9.765625E-4"
    ExpressionCase("10000000 + 0.5", expect: "10000000.5"),                // DIVERGENCE: JavaRosa "1.00000005E7"
    ExpressionCase("2147483647 + 1", expect: "2147483648"),                // DIVERGENCE: JavaRosa "2.147483648E9" ((int) saturates)
    ExpressionCase("string(123456789012)", expect: "123456789012"),        // DIVERGENCE: JavaRosa "1.23456789012E11"
    ExpressionCase("pow(2, 53)", expect: "9007199254740992"),              // DIVERGENCE: JavaRosa "9.007199254740992E15"
    ExpressionCase("pow(10, 21)", expect: "1000000000000000000000"),       // DIVERGENCE: JavaRosa "1.0E21"
    ExpressionCase("string(1230000000000000000000)", expect: "1230000000000000000000"),  // DIVERGENCE: marked "broken" in XPathEvalTest
    ExpressionCase("string(0.00000000000000000123)", expect: "0.00000000000000000123"),  // DIVERGENCE: JavaRosa "0" (|d| < 1e-12)
    ExpressionCase("(0.1 + 0.2) * 10", expect: "3.0000000000000004"),      // DIVERGENCE: JavaRosa snaps |d-(int)d| < 1e-12 → "3"
    ExpressionCase("1 div 1000000000000000", expect: "0.000000000000001"), // DIVERGENCE: JavaRosa "0"

    // MARK: XPath conversions — boolean (XPathFuncExpr.toBoolean)
    ExpressionCase("boolean('')", expect: "false"),
    ExpressionCase("boolean(' ')", expect: "true"),
    ExpressionCase("boolean('0')", expect: "true"),                        // non-empty string
    ExpressionCase("boolean('false')", expect: "true"),
    ExpressionCase("boolean(0)", expect: "false"),
    ExpressionCase("boolean(-0)", expect: "false"),
    ExpressionCase("boolean(0 div 0)", expect: "false"),
    ExpressionCase("boolean(1 div 0)", expect: "true"),
    ExpressionCase("boolean(-1)", expect: "true"),
    ExpressionCase("boolean(0.001)", expect: "true"),
    ExpressionCase("boolean(0.0000000000001)", expect: "false"),           // number is true only if |d| > 1e-12
    ExpressionCase("boolean(date('2023-01-01'))", expect: "true"),         // a date is always true
    ExpressionCase("boolean(${t})", expect: "false"),
    ExpressionCase("boolean(${n})", answers: #"{"n": 0}"#, expect: "false"),
    ExpressionCase("not('')", expect: "true"),
    ExpressionCase("not('false')", expect: "false"),
    ExpressionCase("not(0)", expect: "true"),
    ExpressionCase("true() + 1", expect: "2"),
    ExpressionCase("true() + true()", expect: "2"),
    ExpressionCase("concat(true(), 1)", expect: "true1"),

    // MARK: equality across types (XPathEqExpr: boolean > number > string; numbers equal if |a-b| < 1e-12)
    ExpressionCase("'abc' < 'abcd'", expect: "false"),                     // DESIGN example: no string ordering
    ExpressionCase("'0017.' = 17", expect: "true"),                        // DESIGN example
    ExpressionCase("17 = '17.0000000'", expect: "true"),
    ExpressionCase("'017.' = '17.000'", expect: "false"),                  // two strings: compared as strings
    ExpressionCase("'1' = 1", expect: "true"),
    ExpressionCase("'1.0' = '1'", expect: "false"),
    ExpressionCase("1 = ' 1 '", expect: "true"),
    ExpressionCase("'abc' = 'ABC'", expect: "false"),
    ExpressionCase("'a' != 'a '", expect: "true"),
    ExpressionCase("\"abc\" = 'abc'", expect: "true"),
    ExpressionCase("'' = ''", expect: "true"),
    ExpressionCase("'' = 0", expect: "false"),                             // '' → NaN
    ExpressionCase("'' != 0", expect: "true"),
    ExpressionCase("true() = 'true'", expect: "true"),
    ExpressionCase("false() = 'false'", expect: "false"),                  // boolean wins: 'false' is a non-empty string → true
    ExpressionCase("false() = ''", expect: "true"),
    ExpressionCase("true() = 17", expect: "true"),
    ExpressionCase("0 = false()", expect: "true"),
    ExpressionCase("0.1 + 0.2 = 0.3", expect: "true"),                     // 1e-12 tolerance
    ExpressionCase("1 = 1.0000000000001", expect: "true"),                 // 1e-13 apart
    ExpressionCase("1 = 1.000000001", expect: "false"),
    ExpressionCase("0.1 + 0.2 > 0.3", expect: "true"),                     // relational operators have no tolerance
    ExpressionCase("1 div 0 = 1 div 0", expect: "false"),                  // abs(∞ - ∞) is NaN, not < 1e-12
    ExpressionCase("0 div 0 = 0 div 0", expect: "false"),
    ExpressionCase("0 div 0 != 0 div 0", expect: "true"),
    ExpressionCase("-0 = 0", expect: "true"),
    ExpressionCase("date('2004-05-01') = date('2004-05-01')", expect: "true"),
    ExpressionCase("date('2023-04-01') = '2023-04-01'", expect: "true"),   // date vs string: compared as strings
    ExpressionCase("date('2023-04-01') = '2023-4-1'", expect: "false"),
    ExpressionCase("date('2023-04-01') = 19448", expect: "true"),          // date vs number: days since epoch
    ExpressionCase("true() != date('1999-09-09')", expect: "false"),
    ExpressionCase("1 = 1 = 1", expect: "true"),                           // (1 = 1) = 1 → true() = 1
    ExpressionCase("0 = 0 = 0", expect: "false"),                          // true() = 0
    ExpressionCase("-3 < 3 = 6 >= 6", expect: "true"),
    ExpressionCase("${yn} = true()", answers: #"{"yn": "no"}"#, expect: "true"),  // 'no' is a non-empty string → true
    ExpressionCase("${yn} = 'yes'", answers: #"{"yn": "yes"}"#, expect: "true"),
    ExpressionCase("${n} = '5'", answers: #"{"n": 5}"#, expect: "true"),   // number vs string → numeric
    ExpressionCase("${n} = '05'", answers: #"{"n": 5}"#, expect: "true"),
    ExpressionCase("${t} = 5", answers: #"{"t": "5.0"}"#, expect: "true"),
    ExpressionCase("${t} = '5'", answers: #"{"t": "5.0"}"#, expect: "false"),
    ExpressionCase("${t} = 5", answers: #"{"t": "  5 "}"#, expect: "true"),
    ExpressionCase("${n} = ''", expect: "true"),                           // unanswered '' = '' (strings)
    ExpressionCase("${n} = ''", answers: #"{"n": 0}"#, expect: "false"),   // 0 vs '' → 0 vs NaN
    ExpressionCase("${n} != ''", answers: #"{"n": 0}"#, expect: "true"),
    ExpressionCase("${n} = 0", expect: "false"),                           // '' vs 0 → NaN vs 0
    ExpressionCase("${n} != 0", expect: "true"),
    ExpressionCase("${t} = ${t2}", answers: #"{"t": "abc", "t2": "abc"}"#, expect: "true"),
    ExpressionCase("${n} = ${x}", answers: #"{"n": 2, "x": 2.0}"#, expect: "true"),
    ExpressionCase("${one} = 'red'", answers: #"{"one": "red"}"#, expect: "true"),
    ExpressionCase("${one} = ''", expect: "true"),
    ExpressionCase("${many} = 'red blue'", answers: #"{"many": ["red", "blue"]}"#, expect: "true"),

    // MARK: relational operators (XPathCmpExpr: both sides toNumeric)
    ExpressionCase("4 < 5", expect: "true"),
    ExpressionCase("5 <= 5", expect: "true"),
    ExpressionCase("5 > 5", expect: "false"),
    ExpressionCase("-3 > -6", expect: "true"),
    ExpressionCase("'10' > '9'", expect: "true"),                          // numeric, not lexical
    ExpressionCase("'b' > 'a'", expect: "false"),                          // NaN > NaN
    ExpressionCase("'abc' <= 'abc'", expect: "false"),
    ExpressionCase("'' < 1", expect: "false"),
    ExpressionCase("'' >= 0", expect: "false"),
    ExpressionCase("true() > false()", expect: "true"),
    ExpressionCase("true() > 0.9999", expect: "true"),
    ExpressionCase("1 < 2 < 3", expect: "true"),                           // (1 < 2) < 3 → 1 < 3
    ExpressionCase("3 > 2 > 1", expect: "false"),                          // (3 > 2) > 1 → 1 > 1
    ExpressionCase("3 < (4 < 5)", expect: "false"),
    ExpressionCase("date('2001-12-26') > date('2001-12-25')", expect: "true"),
    ExpressionCase("${dt} < '2023-05-01'", answers: #"{"dt": "2023-04-01"}"#, expect: "false"),  // the string is NaN; use date()
    ExpressionCase("${dt} < date('2023-05-01')", answers: #"{"dt": "2023-04-01"}"#, expect: "true"),
    ExpressionCase("today() < '2023-12-01'", expect: "false"),             // string → NaN
    ExpressionCase("${n} > 3", expect: "false"),                           // '' → NaN
    ExpressionCase("${n} <= 3", expect: "false"),
    ExpressionCase("${n} > ${n2}", answers: #"{"n": 5, "n2": 3}"#, expect: "true"),
    ExpressionCase("${x} >= 2.5", answers: #"{"x": 2.5}"#, expect: "true"),

    // MARK: arithmetic (XPathArithExpr: toNumeric, Java double ops; mod is Java % — sign of the dividend)
    ExpressionCase("5.5 + 5.5", expect: "11"),
    ExpressionCase("'123' * '456'", expect: "56088"),
    ExpressionCase("'5' + '5'", expect: "10"),
    ExpressionCase("'a' + 1", expect: "NaN"),
    ExpressionCase("'' + 1", expect: "NaN"),
    ExpressionCase("'  7  ' * 2", expect: "14"),
    ExpressionCase("${n} + 1", expect: "NaN"),                             // unanswered '' → NaN
    ExpressionCase("${n} + 1", answers: #"{"n": 5}"#, expect: "6"),
    ExpressionCase("${n}-1", answers: #"{"n": 5}"#, expect: "4"),
    ExpressionCase("-${n}", answers: #"{"n": 5}"#, expect: "-5"),
    ExpressionCase("${x} * 2", answers: #"{"x": 2.5}"#, expect: "5"),
    ExpressionCase("${n} div ${n2}", answers: #"{"n": 7, "n2": 2}"#, expect: "3.5"),
    ExpressionCase("${n} * ${x}", answers: #"{"n": 5, "x": 2.5}"#, expect: "12.5"),
    ExpressionCase("${x} + 0.2", answers: #"{"x": 0.1}"#, expect: "0.30000000000000004"),
    ExpressionCase("10 div 4", expect: "2.5"),
    ExpressionCase("1 div 8", expect: "0.125"),
    ExpressionCase("7 div 3", expect: "2.3333333333333335"),
    ExpressionCase("10 div 3 * 3", expect: "10"),
    ExpressionCase("-10 div -4", expect: "2.5"),
    ExpressionCase("1 div 0", expect: "Infinity"),
    ExpressionCase("-1 div 0", expect: "-Infinity"),
    ExpressionCase("0 div 0", expect: "NaN"),
    ExpressionCase("1 div -0", expect: "-Infinity"),                       // -0 is a real negative zero
    ExpressionCase("1 div (0 * -1)", expect: "-Infinity"),
    ExpressionCase("(1 div 0) * 0", expect: "NaN"),
    ExpressionCase("1 div 0 - 1 div 0", expect: "NaN"),
    ExpressionCase("1 div 0 + 1", expect: "Infinity"),
    ExpressionCase("5 mod 2", expect: "1"),
    ExpressionCase("5 mod -2", expect: "1"),                               // sign of the dividend
    ExpressionCase("-5 mod 2", expect: "-1"),
    ExpressionCase("-5 mod -2", expect: "-1"),
    ExpressionCase("5 mod -3", expect: "2"),
    ExpressionCase("-5 mod 3", expect: "-2"),
    ExpressionCase("5.5 mod 2", expect: "1.5"),
    ExpressionCase("-5.5 mod 2", expect: "-1.5"),                          // not floor-mod (which gives 0.5)
    ExpressionCase("5 mod 3.1", expect: "1.9"),
    ExpressionCase("5 mod 2.5", expect: "0"),
    ExpressionCase("0 mod 5", expect: "0"),
    ExpressionCase("5 mod 0", expect: "NaN"),
    ExpressionCase("(1 div 0) mod 2", expect: "NaN"),
    ExpressionCase("5 mod (1 div 0)", expect: "5"),
    ExpressionCase("true() + 8", expect: "9"),
    ExpressionCase("date('2008-09-08') - date('1983-10-06')", expect: "9104"),
    ExpressionCase("-'19'", expect: "-19"),
    ExpressionCase("-true()", expect: "-1"),
    ExpressionCase("-''", expect: "NaN"),
    ExpressionCase("--2", expect: "2"),
    ExpressionCase("2 - -2", expect: "4"),
    ExpressionCase("2--2", expect: "4"),
    ExpressionCase("-3 - -3", expect: "0"),
    ExpressionCase("1.1 * -1.1", expect: "-1.2100000000000002"),
    ExpressionCase("1 +\n2", expect: "3"),                                 // newline is whitespace

    // MARK: precedence and associativity (Parser.parseOperators)
    ExpressionCase("1 - 2 - 3", expect: "-4"),
    ExpressionCase("1 - (2 - 3)", expect: "2"),
    ExpressionCase("2 + 3 * 4", expect: "14"),
    ExpressionCase("(2 + 3) * 4", expect: "20"),
    ExpressionCase("2 * 3 div 8 * 2", expect: "1.5"),
    ExpressionCase("10 div 2 div 5", expect: "1"),
    ExpressionCase("2 * 3 mod 4", expect: "2"),
    ExpressionCase("7 mod 4 * 2", expect: "6"),
    ExpressionCase("-2 * -3", expect: "6"),
    ExpressionCase("-2 mod 3", expect: "-2"),                              // unary minus binds tighter than mod
    ExpressionCase("- 2 * 3", expect: "-6"),
    ExpressionCase("not(1 = 2) and 3 > 2", expect: "true"),
    ExpressionCase("1 + 2 < 4", expect: "true"),
    ExpressionCase("6 < 7 - 4", expect: "false"),
    ExpressionCase("(6 < 7) - 4", expect: "-3"),
    ExpressionCase("true() or true() and false()", expect: "true"),        // and binds tighter than or
    ExpressionCase("(true() or true()) and false()", expect: "false"),
    ExpressionCase("false() and false() < true()", expect: "false"),
    ExpressionCase("(false() and false()) < true()", expect: "true"),
    ExpressionCase("false() or 0 + 2", expect: "true"),
    ExpressionCase("(false() or 0) + 2", expect: "2"),
    ExpressionCase("'' or 17", expect: "true"),
    ExpressionCase("1 + 1 = 2 and 2 * 2 = 4", expect: "true"),
    ExpressionCase("true() AND false()", expect: "false"),                 // Lexer matches and/or/div/mod case-insensitively

    // MARK: and / or short-circuit, if() (XPathBoolExpr; XPathFuncExpr.ifThenElse)
    ExpressionCase("true() or date('nope')", expect: nil),  // DIVERGENCE: a literal date that cannot exist is an error when the survey is checked, even in an untaken branch (JavaRosa evaluates lazily)
    ExpressionCase("false() and date('nope')", expect: nil),  // DIVERGENCE: a literal date that cannot exist is an error when the survey is checked, even in an untaken branch (JavaRosa evaluates lazily)
    ExpressionCase("true() and date('nope')", expect: nil),
    ExpressionCase("false() or date('nope')", expect: nil),
    ExpressionCase("if(true(), 'a', date('nope'))", expect: nil),  // DIVERGENCE: a literal date that cannot exist is an error when the survey is checked, even in an untaken branch (JavaRosa evaluates lazily)
    ExpressionCase("if(false(), date('nope'), 'b')", expect: nil),  // DIVERGENCE: a literal date that cannot exist is an error when the survey is checked, even in an untaken branch (JavaRosa evaluates lazily)
    ExpressionCase("if(true(), 5, 'abc')", expect: "5"),
    ExpressionCase("if('', 5, 'abc')", expect: "abc"),
    ExpressionCase("if('false', 1, 2)", expect: "1"),                      // non-empty string is true
    ExpressionCase("if(0, 'a', 'b')", expect: "b"),
    ExpressionCase("if(${n} > 3, 'big', 'small')", answers: #"{"n": 5}"#, expect: "big"),
    ExpressionCase("if(${n} > 3, 'big', 'small')", expect: "small"),
    ExpressionCase("if(date('nope'), 1, 2)", expect: nil),
    ExpressionCase("if(true(), 1)", expect: nil),                          // exactly 3 arguments
    ExpressionCase("if(1, 2, 3, 4)", expect: nil),

    // MARK: coalesce() (exactly 2 arguments; empty means '' or NaN — XPathFuncExpr.isNull)
    ExpressionCase("coalesce(${t}, 'none')", expect: "none"),
    ExpressionCase("coalesce(${t}, 'none')", answers: #"{"t": "x"}"#, expect: "x"),
    ExpressionCase("coalesce(0, 5)", expect: "0"),                         // 0 is not empty
    ExpressionCase("coalesce(number('x'), 5)", expect: "5"),               // NaN is empty
    ExpressionCase("coalesce(${n}, 0)", expect: "0"),
    ExpressionCase("coalesce(false(), 'b')", expect: "false"),
    ExpressionCase("coalesce('', '')", expect: ""),
    ExpressionCase("coalesce('a', date('nope'))", expect: nil),  // DIVERGENCE: a literal date that cannot exist is an error when the survey is checked, even in an untaken branch (JavaRosa evaluates lazily)
    ExpressionCase("coalesce(${hidden}, 'h')", answers: #"{"yn": "no", "hidden": "secret"}"#, expect: "h"),
    ExpressionCase("coalesce('a')", expect: nil),
    ExpressionCase("coalesce('a', 'b', 'c')", expect: nil),

    // MARK: string-length, concat, contains, starts-with, ends-with
    ExpressionCase("string-length('')", expect: "0"),
    ExpressionCase("string-length('abc')", expect: "3"),
    ExpressionCase("string-length('日本語')", expect: "3"),
    ExpressionCase("string-length('e\u{301}')", expect: "2"),              // combining mark counts: not grapheme clusters
    ExpressionCase("string-length('𠮷野家')", expect: "3"),                 // DIVERGENCE: code points; JavaRosa counts UTF-16 units → 4
    ExpressionCase("string-length(12.50)", expect: "4"),                   // string(12.5) = '12.5'
    ExpressionCase("string-length(1 div 3)", expect: "18"),
    ExpressionCase("string-length(true())", expect: "4"),
    ExpressionCase("string-length(${t})", expect: "0"),
    ExpressionCase("string-length(${many})", answers: #"{"many": ["red", "blue"]}"#, expect: "8"),  // 'red blue'
    ExpressionCase("string-length(\"it's\")", expect: "4"),
    ExpressionCase("string-length('a', 'b')", expect: nil),
    ExpressionCase("concat('a', 'b', 'c')", expect: "abc"),
    ExpressionCase("concat()", expect: ""),                                // no arity check
    ExpressionCase("concat('a')", expect: "a"),
    ExpressionCase("concat('ab','cde','','fgh',1,false(),'ijklmnop')", expect: "abcdefgh1falseijklmnop"),
    ExpressionCase("concat(${t}, '-', ${n})", answers: #"{"n": 3}"#, expect: "-3"),
    ExpressionCase("concat(0.5, '|', 1 div 0, '|', -0)", expect: "0.5|Infinity|0"),
    ExpressionCase("concat('d:', today())", expect: "d:2023-10-20"),
    ExpressionCase("contains('abc', 'b')", expect: "true"),
    ExpressionCase("contains('abc', '')", expect: "true"),
    ExpressionCase("contains('abc', 'bcd')", expect: "false"),
    ExpressionCase("contains(123, 2)", expect: "true"),
    ExpressionCase("contains(${many}, 'blue')", answers: #"{"many": ["light_blue"]}"#, expect: "true"),  // substring, unlike selected()
    ExpressionCase("starts-with('abc', 'a')", expect: "true"),
    ExpressionCase("starts-with('', '')", expect: "true"),
    ExpressionCase("starts-with('abc', 'A')", expect: "false"),
    ExpressionCase("ends-with('abc', 'bc')", expect: "true"),
    ExpressionCase("ends-with('abc', 'a')", expect: "false"),
    ExpressionCase("ends-with('', '')", expect: "true"),
    ExpressionCase("contains('a')", expect: nil),
    ExpressionCase("starts-with('a')", expect: nil),
    ExpressionCase("ends-with('a', 'b', 'c')", expect: nil),

    // MARK: substr (0-based start, exclusive end, negative counts from the end — XPathFuncExpr.substring)
    ExpressionCase("substr('hello', 0)", expect: "hello"),
    ExpressionCase("substr('hello', 1)", expect: "ello"),
    ExpressionCase("substr('hello', 1, 4)", expect: "ell"),
    ExpressionCase("substr('hello', 0, 5)", expect: "hello"),
    ExpressionCase("substr('hello', -2)", expect: "lo"),
    ExpressionCase("substr('hello', 0, -1)", expect: "hell"),
    ExpressionCase("substr('hello', 1, -1)", expect: "ell"),
    ExpressionCase("substr('hello', 3, 2)", expect: ""),                   // start > end
    ExpressionCase("substr('hello', 5)", expect: ""),
    ExpressionCase("substr('hello', 10)", expect: ""),
    ExpressionCase("substr('hello', 2, 100)", expect: "llo"),
    ExpressionCase("substr('hello', -10)", expect: "hello"),               // clamped to 0
    ExpressionCase("substr('hello', 1.9)", expect: "ello"),                // toInt truncates
    ExpressionCase("substr('hello', '')", expect: "hello"),                // Java (int)NaN = 0
    ExpressionCase("substr('hello', 1, 1 div 0)", expect: "ello"),         // (int)∞ = Integer.MAX_VALUE, clamped
    ExpressionCase("substr(12345, 1, 3)", expect: "23"),
    ExpressionCase("substr('日本語', 1)", expect: "本語"),
    ExpressionCase("substr(${dt}, 0, 4)", answers: #"{"dt": "2023-04-01"}"#, expect: "2023"),
    ExpressionCase("substr('hello')", expect: nil),
    ExpressionCase("substr('a', 1, 2, 3)", expect: nil),
    ExpressionCase("substring('hello', 2)", expect: nil),                  // XPath substring() is not an ODK function

    // MARK: substring-before / substring-after / translate / normalize-space
    ExpressionCase("substring-before('2023-04-01', '-')", expect: "2023"),
    ExpressionCase("substring-after('2023-04-01', '-')", expect: "04-01"),
    ExpressionCase("substring-before('hello', 'q')", expect: ""),
    ExpressionCase("substring-before('hello', '')", expect: ""),
    ExpressionCase("substring-after('hello', '')", expect: "hello"),
    ExpressionCase("substring-after('hello', 'q')", expect: ""),
    ExpressionCase("substring-after('hello', 'l')", expect: "lo"),
    ExpressionCase("substring-before('a')", expect: nil),
    ExpressionCase("translate('hello', 'l', 'L')", expect: "heLLo"),
    ExpressionCase("translate('hello', 'l', '')", expect: "heo"),
    ExpressionCase("translate('hello world', 'hello', '')", expect: " wrd"),
    ExpressionCase("translate('abc', 'abc', 'AB')", expect: "AB"),         // 'c' has no counterpart: deleted
    ExpressionCase("translate('aaa', 'a', 'bc')", expect: "bbb"),
    ExpressionCase("translate('abc', 'aa', 'xy')", expect: "xbc"),         // first occurrence in from wins
    ExpressionCase("translate('2019/01/02', '/', '-')", expect: "2019-01-02"),
    ExpressionCase("translate('日本', '日', '月')", expect: "月本"),
    ExpressionCase("translate('a', 'b')", expect: nil),
    ExpressionCase("normalize-space('  a   b  ')", expect: "a b"),
    ExpressionCase("normalize-space(' a\tb\n c ')", expect: "a b c"),
    ExpressionCase("normalize-space('')", expect: ""),
    ExpressionCase("normalize-space('\u{3000}a\u{3000}')", expect: "\u{3000}a\u{3000}"),  // Java trim()/\s leave U+3000 alone
    ExpressionCase("normalize-space(12)", expect: "12"),
    ExpressionCase("normalize-space('a', 'b')", expect: nil),

    // MARK: regex (Java Pattern.matches: whole string, Java character classes)
    ExpressionCase("regex('12345', '[0-9]+')", expect: "true"),
    ExpressionCase("regex('abc', 'b')", expect: "false"),                  // must match the whole string
    ExpressionCase("regex('abc', '.*b.*')", expect: "true"),
    ExpressionCase("regex('abc', '^abc$')", expect: "true"),
    ExpressionCase("regex('xab', 'x|ab')", expect: "false"),               // whole-match of the alternation, not ^x|ab$
    ExpressionCase("regex('ab', 'a|ab')", expect: "true"),
    ExpressionCase("regex('', '')", expect: "true"),
    ExpressionCase("regex('', 'a*')", expect: "true"),
    ExpressionCase("regex('ABC', '[a-z]+')", expect: "false"),
    ExpressionCase(#"regex('a.b', 'a\.b')"#, expect: "true"),
    ExpressionCase(#"regex('axb', 'a\.b')"#, expect: "false"),
    ExpressionCase(#"regex('１２３', '\d+')"#, expect: "false"),            // Java \d is ASCII only (ICU's is not)
    ExpressionCase(#"regex('12', '\d{2}')"#, expect: "true"),
    ExpressionCase("regex(${t}, '[0-9]{3}')", answers: #"{"t": "123"}"#, expect: "true"),
    ExpressionCase("regex(${t}, '[0-9]{3}')", answers: #"{"t": "1234"}"#, expect: "false"),
    ExpressionCase("regex(${t}, '[0-9]{3}')", expect: "false"),
    ExpressionCase("regex('a', '[')", expect: nil),                        // PatternSyntaxException
    ExpressionCase("regex('a')", expect: nil),

    // MARK: selected() (" " + list + " " contains " " + trim(value) + " ")
    ExpressionCase("selected(${many}, 'blue')", answers: #"{"many": ["red", "blue"]}"#, expect: "true"),
    ExpressionCase("selected(${many}, 'green')", answers: #"{"many": ["red", "blue"]}"#, expect: "false"),
    ExpressionCase("selected(${many}, ' blue ')", answers: #"{"many": ["red", "blue"]}"#, expect: "true"),  // value is trimmed
    ExpressionCase("selected(${many}, 'blue')", answers: #"{"many": ["light_blue"]}"#, expect: "false"),
    ExpressionCase("selected(${many}, 'light_blue')", answers: #"{"many": ["light_blue"]}"#, expect: "true"),
    ExpressionCase("selected(${many}, 'light')", answers: #"{"many": ["light_blue"]}"#, expect: "false"),
    ExpressionCase("selected(${many}, 'red blue')", answers: #"{"many": ["red", "blue"]}"#, expect: "true"),  // plain substring test over the joined list
    ExpressionCase("selected(${many}, 'blue red')", answers: #"{"many": ["red", "blue"]}"#, expect: "false"),
    ExpressionCase("selected(${many}, 'red')", expect: "false"),
    ExpressionCase("selected(${many}, '')", answers: #"{"many": ["red", "blue"]}"#, expect: "false"),
    ExpressionCase("selected(${many}, '')", expect: "true"),               // "  " contains "  " when the list is empty
    ExpressionCase("selected(${one}, 'red')", answers: #"{"one": "red"}"#, expect: "true"),
    ExpressionCase("selected('apple baby crimson', '  baby  ')", expect: "true"),
    ExpressionCase("selected('apple baby crimson', 'bab')", expect: "false"),
    ExpressionCase("selected('a b', 'a b')", expect: "true"),
    ExpressionCase("selected(${many}, 1)", answers: #"{"many": ["red"]}"#, expect: nil),  // 2nd argument must be a string
    ExpressionCase("selected(${n}, '5')", answers: #"{"n": 5}"#, expect: nil),  // 1st argument is cast to String: a number fails
    ExpressionCase("selected(${many})", expect: nil),

    // MARK: count-selected / selected-at (split on ' ', empty pieces dropped; index 0-based)
    ExpressionCase("count-selected(${many})", answers: #"{"many": ["red", "blue"]}"#, expect: "2"),
    ExpressionCase("count-selected(${many})", expect: "0"),
    ExpressionCase("count-selected(${one})", answers: #"{"one": "green"}"#, expect: "1"),
    ExpressionCase("count-selected('a  b ')", expect: "2"),
    ExpressionCase("count-selected(' ')", expect: "0"),
    ExpressionCase("count-selected('')", expect: "0"),
    ExpressionCase("count-selected()", expect: nil),
    ExpressionCase("selected-at(${many}, 0)", answers: #"{"many": ["red", "blue"]}"#, expect: "red"),
    ExpressionCase("selected-at(${many}, 1)", answers: #"{"many": ["red", "blue"]}"#, expect: "blue"),
    ExpressionCase("selected-at(${many}, 2)", answers: #"{"many": ["red", "blue"]}"#, expect: ""),  // out of range → ''
    ExpressionCase("selected-at(${many}, -1)", answers: #"{"many": ["red", "blue"]}"#, expect: ""),
    ExpressionCase("selected-at(${many}, 1.9)", answers: #"{"many": ["red", "blue"]}"#, expect: "blue"),  // toInt truncates
    ExpressionCase("selected-at(${many}, '1')", answers: #"{"many": ["red", "blue"]}"#, expect: "blue"),
    ExpressionCase("selected-at('a  b', 1)", expect: "b"),
    ExpressionCase("selected-at(${many}, 0)", expect: ""),
    ExpressionCase("selected-at(${many})", expect: nil),

    // MARK: round (ties toward +∞ on the shortest decimal form; XPathFuncExpr.round)
    ExpressionCase("round(2.5)", expect: "3"),
    ExpressionCase("round(-2.5)", expect: "-2"),
    ExpressionCase("round(-0.5)", expect: "0"),
    ExpressionCase("round(-1.5)", expect: "-1"),
    ExpressionCase("round(-0.6)", expect: "-1"),
    ExpressionCase("round(0.5)", expect: "1"),
    ExpressionCase("round(2.4999)", expect: "2"),
    ExpressionCase("round('14.6')", expect: "15"),
    ExpressionCase("round(3.14159, 2)", expect: "3.14"),
    ExpressionCase("round(1.005, 2)", expect: "1.01"),                     // BigDecimal(Double.toString(x)), not binary
    ExpressionCase("round(2.675, 2)", expect: "2.68"),
    ExpressionCase("round(-2.675, 2)", expect: "-2.67"),                   // HALF_DOWN for negatives
    ExpressionCase("round(12345.15, 1)", expect: "12345.2"),
    ExpressionCase("round(-12345.15, 1)", expect: "-12345.1"),
    ExpressionCase("round(14.29123456789, 1.5)", expect: "14.3"),          // places = intValue() → 1
    ExpressionCase("round(12345.12345, -2)", expect: "12300"),
    ExpressionCase("round(12350.12345, -2)", expect: "12400"),
    ExpressionCase("round(-26, -1)", expect: "-30"),                       // DIVERGENCE: JavaRosa (long)(-2.6 + 0.5) → -20
    ExpressionCase("round(123.456, 5)", expect: "123.456"),
    ExpressionCase("round('')", expect: "NaN"),
    ExpressionCase("round(1 div 0)", expect: "Infinity"),
    ExpressionCase("round(5, 31)", expect: "NaN"),                         // |places| > 30 → NaN
    ExpressionCase("round(1.5, 'x')", expect: "2"),                        // (int)NaN = 0 places
    ExpressionCase("round()", expect: nil),
    ExpressionCase("round(1, 2, 3)", expect: nil),

    // MARK: int, abs, pow (Java Math semantics)
    ExpressionCase("int(3.7)", expect: "3"),
    ExpressionCase("int(-3.7)", expect: "-3"),                             // truncation, not floor
    ExpressionCase("int('12.9')", expect: "12"),
    ExpressionCase("int(-0.5)", expect: "0"),
    ExpressionCase("int('')", expect: "NaN"),
    ExpressionCase("int(1 div 0)", expect: "Infinity"),
    ExpressionCase("int(true())", expect: "1"),
    ExpressionCase("int(${x})", answers: #"{"x": 2.5}"#, expect: "2"),
    ExpressionCase("int()", expect: nil),
    ExpressionCase("abs(-3.5)", expect: "3.5"),
    ExpressionCase("abs('-2')", expect: "2"),
    ExpressionCase("abs('')", expect: "NaN"),
    ExpressionCase("abs(-0)", expect: "0"),
    ExpressionCase("abs(-1 div 0)", expect: "Infinity"),
    ExpressionCase("abs(1, 2)", expect: nil),
    ExpressionCase("pow(2, 10)", expect: "1024"),
    ExpressionCase("pow(2, -1)", expect: "0.5"),
    ExpressionCase("pow(0, 0)", expect: "1"),
    ExpressionCase("pow(-1, 3)", expect: "-1"),
    ExpressionCase("pow(4, 0.5)", expect: "2"),
    ExpressionCase("pow(2, 0.5)", expect: "1.4142135623730951"),
    ExpressionCase("pow(-8, 1 div 3)", expect: "NaN"),
    ExpressionCase("pow('', 2)", expect: "NaN"),
    ExpressionCase("pow(1, number('x'))", expect: "NaN"),                  // Java Math.pow; C pow gives 1
    ExpressionCase("pow(1, 1 div 0)", expect: "NaN"),                      // Java Math.pow; C pow gives 1
    ExpressionCase("pow(number('x'), 0)", expect: "1"),
    ExpressionCase("pow(2)", expect: nil),

    // MARK: min / max (NaN arguments skipped; nothing left → NaN)
    ExpressionCase("max(1, 2, 3)", expect: "3"),
    ExpressionCase("min(3, 1, 2)", expect: "1"),
    ExpressionCase("max('2', '10')", expect: "10"),
    ExpressionCase("max(1, 'x', 3)", expect: "3"),
    ExpressionCase("min('', '')", expect: "NaN"),
    ExpressionCase("max()", expect: "NaN"),                                // no arity check
    ExpressionCase("max(-1, -5)", expect: "-1"),                           // DIVERGENCE: JavaRosa starts from Double.MIN_VALUE → "0"
    ExpressionCase("min(-1, -5)", expect: "-5"),
    ExpressionCase("max(${amount})", answers: #"{"rows": [{"amount": 3}, {"amount": 4}, {"amount": 5}]}"#, expect: "5"),
    ExpressionCase("min(${amount})", answers: #"{"rows": [{"amount": 3}, {"label": "b"}, {"amount": 5}]}"#, expect: "3"),  // blank skipped
    ExpressionCase("max(${amount})", answers: #"{"rows": []}"#, expect: "NaN"),
    ExpressionCase("min(${amount}, 10)", answers: #"{"rows": [{"amount": 3}, {"amount": 4}]}"#, expect: nil),  // multi-node argument among several
    ExpressionCase("min(${amount}, 10)", answers: #"{"rows": [{"amount": 3}]}"#, expect: nil),  // DIVERGENCE: a repeated item among several min/max arguments is an error whatever the row count (JavaRosa allows one row)

    // MARK: repeats — sum, count, calculates seen from top level
    ExpressionCase("sum(${amount})", answers: #"{"rows": [{"amount": 3}, {"amount": 4}, {"amount": 5}]}"#, expect: "12"),
    ExpressionCase("sum(${amount})", answers: #"{"rows": [{"amount": 3}, {"amount": 4}, {"label": "c"}]}"#, expect: "7"),  // sum skips NaN (blank) values
    ExpressionCase("count(${amount})", answers: #"{"rows": [{"amount": 3}, {"amount": 4}, {"label": "c"}]}"#, expect: "3"),  // blank nodes still count
    ExpressionCase("sum(${amount}) div count(${amount})", answers: #"{"rows": [{"amount": 3}, {"amount": 4}, {"label": "c"}]}"#, expect: "2.3333333333333335"),
    ExpressionCase("sum(${amount})", answers: #"{"rows": []}"#, expect: "0"),
    ExpressionCase("count(${rows})", answers: #"{"rows": [{"amount": 3}, {"amount": 4}, {"amount": 5}]}"#, expect: "3"),
    ExpressionCase("count(${rows})", answers: #"{"rows": []}"#, expect: "0"),
    ExpressionCase("${total}", answers: #"{"rows": [{"amount": 3}, {"amount": 4}, {"amount": 5}]}"#, expect: "12"),
    ExpressionCase("${total}", answers: #"{"rows": []}"#, expect: "0"),
    ExpressionCase("${total}", expect: "0"),
    ExpressionCase("${total} + 1", answers: #"{"rows": [{"amount": 3}, {"amount": 4}, {"amount": 5}]}"#, expect: "13"),
    ExpressionCase("${row_count}", answers: #"{"rows": [{"amount": 3}, {"amount": 4}, {"label": "c"}]}"#, expect: "3"),
    ExpressionCase("sum(${half})", answers: #"{"rows": [{"amount": 3}, {"amount": 4}]}"#, expect: "3.5"),
    ExpressionCase("sum(${half})", answers: #"{"rows": [{"amount": 3}, {"label": "b"}]}"#, expect: "1.5"),  // NaN calculate stored empty, skipped
    ExpressionCase("sum(${label})", answers: #"{"rows": [{"amount": 1, "label": "a"}, {"amount": 2, "label": "b"}]}"#, expect: "0"),
    ExpressionCase("sum(5)", expect: nil),                                 // argument must be a node-set
    ExpressionCase("sum(${amount}, 1)", answers: #"{"rows": [{"amount": 3}]}"#, expect: nil),
    ExpressionCase("count('a')", expect: nil),
    ExpressionCase("count(1)", expect: nil),
    ExpressionCase("count(${t})", expect: "1"),                            // one (relevant) node, even if blank
    ExpressionCase("count()", expect: nil),
    ExpressionCase("sum()", expect: nil),
    ExpressionCase("${amount}", answers: #"{"rows": [{"amount": 3}]}"#, expect: nil),  // DIVERGENCE: reading a repeated item from outside its repeat needs sum/count/min/max/concat, whatever the row count (JavaRosa allows it with 0 or 1 rows)
    ExpressionCase("${half}", answers: #"{"rows": [{"amount": 3}]}"#, expect: nil),  // DIVERGENCE: reading a repeated item from outside its repeat needs sum/count/min/max/concat, whatever the row count (JavaRosa allows it with 0 or 1 rows)
    ExpressionCase("${amount}", answers: #"{"rows": []}"#, expect: nil),  // DIVERGENCE: reading a repeated item from outside its repeat needs sum/count/min/max/concat, whatever the row count (JavaRosa allows it with 0 or 1 rows)
    ExpressionCase("${amount} + 1", answers: #"{"rows": [{"amount": 3}, {"amount": 4}]}"#, expect: nil),  // "This field is repeated"
    ExpressionCase("${amount} = 3", answers: #"{"rows": [{"amount": 3}, {"amount": 4}]}"#, expect: nil),  // no node-set existential =
    ExpressionCase("concat(${amount}, '')", answers: #"{"rows": [{"amount": 3}, {"amount": 4}]}"#, expect: nil),
    ExpressionCase("concat(${amount})", answers: #"{"rows": [{"amount": 3}, {"amount": 4}]}"#, expect: "34"),  // single node-set argument is joined

    // MARK: inside rows[0]
    ExpressionCase("${amount} * 2", answers: #"{"rows": [{"amount": 3, "label": "a"}, {"amount": 4, "label": "b"}]}"#, inRepeatInstance: 0, expect: "6"),
    ExpressionCase("${half}", answers: #"{"rows": [{"amount": 3, "label": "a"}, {"amount": 4, "label": "b"}]}"#, inRepeatInstance: 0, expect: "1.5"),
    ExpressionCase("${label}", answers: #"{"rows": [{"amount": 3, "label": "a"}, {"amount": 4, "label": "b"}]}"#, inRepeatInstance: 0, expect: "a"),
    ExpressionCase("${amount} = 3", answers: #"{"rows": [{"amount": 3, "label": "a"}, {"amount": 4, "label": "b"}]}"#, inRepeatInstance: 0, expect: "true"),
    ExpressionCase("${half}", answers: #"{"rows": [{"label": "a"}, {"amount": 4}]}"#, inRepeatInstance: 0, expect: ""),  // NaN result stored as empty
    ExpressionCase("${amount} + ${n}", answers: #"{"n": 10, "rows": [{"amount": 3}, {"amount": 4}]}"#, inRepeatInstance: 0, expect: "13"),
    ExpressionCase("${total}", answers: #"{"rows": [{"amount": 3}, {"amount": 4}]}"#, inRepeatInstance: 0, expect: "7"),
    ExpressionCase("${amount} div ${total}", answers: #"{"rows": [{"amount": 3}, {"amount": 4}]}"#, inRepeatInstance: 0, expect: "0.42857142857142855"),
    ExpressionCase("${row_count}", answers: #"{"rows": [{"amount": 3}, {"amount": 4}]}"#, inRepeatInstance: 0, expect: "2"),
    ExpressionCase("sum(${amount})", answers: #"{"rows": [{"amount": 3}, {"amount": 4}]}"#, inRepeatInstance: 0, expect: "3"),  // contextualized to this instance
    ExpressionCase("count(${amount})", answers: #"{"rows": [{"amount": 3}, {"amount": 4}]}"#, inRepeatInstance: 0, expect: "1"),
    ExpressionCase("count(${rows})", answers: #"{"rows": [{"amount": 3}, {"amount": 4}]}"#, inRepeatInstance: 0, expect: "1"),  // TreeReference.contextualize binds rows to this instance too

    // MARK: dates (date → days since 1970-01-01 in numeric context; today() is 2023-10-20 = day 19650)
    ExpressionCase("date('2023-10-01') < today()", expect: "true"),
    ExpressionCase("today()", expect: "2023-10-20"),
    ExpressionCase("string(today())", expect: "2023-10-20"),
    ExpressionCase("today() = '2023-10-20'", expect: "true"),              // date vs string: string comparison
    ExpressionCase("date('2023-10-20') = today()", expect: "true"),
    ExpressionCase("number(today())", expect: "19650"),
    ExpressionCase("today() - date('2023-10-01')", expect: "19"),
    ExpressionCase("today() - ${dt}", answers: #"{"dt": "2023-04-01"}"#, expect: "202"),
    ExpressionCase("today() > ${dt}", answers: #"{"dt": "2023-04-01"}"#, expect: "true"),
    ExpressionCase("${dt}", answers: #"{"dt": "2023-04-01"}"#, expect: "2023-04-01"),
    ExpressionCase("${dt} + 1", answers: #"{"dt": "2023-04-01"}"#, expect: "19449"),  // arithmetic gives a number, not a date
    ExpressionCase("date(${dt} + 1)", answers: #"{"dt": "2023-04-01"}"#, expect: "2023-04-02"),
    ExpressionCase("${dt} - date('2023-01-01')", answers: #"{"dt": "2023-04-01"}"#, expect: "90"),
    ExpressionCase("${dt} = '2023-04-01'", answers: #"{"dt": "2023-04-01"}"#, expect: "true"),
    ExpressionCase("${dt} = date('2023-04-01')", answers: #"{"dt": "2023-04-01"}"#, expect: "true"),
    ExpressionCase("${dt} > date('2023-03-31')", answers: #"{"dt": "2023-04-01"}"#, expect: "true"),
    ExpressionCase("${dt} + 1", expect: "NaN"),
    ExpressionCase("date(${dt})", expect: ""),                             // date('') returns '' (no error)
    ExpressionCase("${dt} < today()", expect: "false"),
    ExpressionCase("date(today() + 1)", expect: "2023-10-21"),
    ExpressionCase("date(today() - 20)", expect: "2023-09-30"),
    ExpressionCase("string(date('2023-01-31'))", expect: "2023-01-31"),
    ExpressionCase("date(date('2023-01-31') + 1)", expect: "2023-02-01"),
    ExpressionCase("date('2023-12-31') + 1 = date('2024-01-01')", expect: "true"),
    ExpressionCase("date('2024-03-01') - date('2024-02-01')", expect: "29"),
    ExpressionCase("date('2023-03-01') - date('2023-02-01')", expect: "28"),
    ExpressionCase("date('2024-02-29') - date('2023-02-28')", expect: "366"),
    ExpressionCase("date('2024-02-29')", expect: "2024-02-29"),            // leap day
    ExpressionCase("date('2000-02-29')", expect: "2000-02-29"),
    ExpressionCase("date('2023-02-29')", expect: nil),                     // Joda rejects impossible dates
    ExpressionCase("date('1900-02-29')", expect: nil),
    ExpressionCase("date('2023-02-30')", expect: nil),
    ExpressionCase("date('2023-04-31')", expect: nil),
    ExpressionCase("date('2023-13-01')", expect: nil),
    ExpressionCase("date('2023-00-10')", expect: nil),
    ExpressionCase("date('not a date')", expect: nil),
    ExpressionCase("date('2023/04/01')", expect: nil),
    ExpressionCase("date('20230401')", expect: nil),
    ExpressionCase("date('2023-04-01 ')", expect: nil),                    // Integer.parseInt does not trim
    ExpressionCase("date('2023-4-1')", expect: "2023-04-01"),
    ExpressionCase("date('')", expect: ""),
    ExpressionCase("date(0)", expect: "1970-01-01"),
    ExpressionCase("date(-1)", expect: "1969-12-31"),
    ExpressionCase("date(6.5)", expect: "1970-01-07"),                     // number is truncated
    ExpressionCase("date(19650)", expect: "2023-10-20"),
    ExpressionCase("date(number('x'))", expect: "NaN"),                    // NaN passes through (no error)
    ExpressionCase("date(1 div 0)", expect: nil),
    ExpressionCase("date(true())", expect: nil),
    ExpressionCase("date()", expect: nil),
    ExpressionCase("date('2023-01-01', 1)", expect: nil),
    ExpressionCase("boolean(today())", expect: "true"),
    ExpressionCase("string-length(today())", expect: "10"),
    ExpressionCase("today(1)", expect: nil),

    // MARK: relevance (non-relevant nodes are dropped from node-sets → '')
    ExpressionCase("${hidden}", answers: #"{"yn": "no", "hidden": "secret"}"#, expect: ""),
    ExpressionCase("${hidden}", answers: #"{"yn": "yes", "hidden": "secret"}"#, expect: "secret"),
    ExpressionCase("${hidden}", answers: #"{"hidden": "secret"}"#, expect: ""),
    ExpressionCase("${hidden} = ''", answers: #"{"yn": "no", "hidden": "secret"}"#, expect: "true"),
    ExpressionCase("string-length(${hidden})", answers: #"{"yn": "no", "hidden": "secret"}"#, expect: "0"),
    ExpressionCase("count(${hidden})", answers: #"{"yn": "no", "hidden": "secret"}"#, expect: "0"),  // XPathPathExprEval.removeIrrelevantNodesets
    ExpressionCase("count(${hidden})", answers: #"{"yn": "yes", "hidden": "secret"}"#, expect: "1"),

    // MARK: errors — unknown functions and arity
    ExpressionCase("foo(1)", expect: nil),
    ExpressionCase("Round(1.5)", expect: nil),                             // function names are case-sensitive
    ExpressionCase("boolean-from-string('true')", expect: nil),            // JavaRosa has it; not in our list
    ExpressionCase("now()", expect: nil),
    ExpressionCase("format-date(today(), '%Y')", expect: nil),
    ExpressionCase("uuid()", expect: nil),
    ExpressionCase("true(1)", expect: nil),
    ExpressionCase("number()", expect: nil),
    ExpressionCase("string()", expect: nil),                               // JavaRosa requires exactly 1 argument
    ExpressionCase("string('a', 'b')", expect: nil),
    ExpressionCase("boolean()", expect: nil),
    ExpressionCase("not()", expect: nil),

    // MARK: errors — syntax
    ExpressionCase("1 +", expect: nil),
    ExpressionCase("-", expect: nil),
    ExpressionCase("(1 + 2", expect: nil),
    ExpressionCase("1 + 2)", expect: nil),
    ExpressionCase("substr('abc', 1", expect: nil),
    ExpressionCase("'abc", expect: nil),
    ExpressionCase("\"abc", expect: nil),
    ExpressionCase("1 2", expect: nil),
    ExpressionCase("1 = = 1", expect: nil),
    ExpressionCase("concat('a', )", expect: nil),
    ExpressionCase("'it''s'", expect: nil),                                // no quote escaping: two adjacent literals
    ExpressionCase("\"it's\"", expect: "it's"),
    ExpressionCase("1.2.3", expect: nil),
    ExpressionCase("1e3", expect: nil),                                    // no exponent in numeric literals

    // MARK: errors — references
    ExpressionCase("${nope}", expect: nil),
    ExpressionCase("${nope} + 1", expect: nil),
    ExpressionCase("${}", expect: nil),
    ExpressionCase("${n", expect: nil),
]
