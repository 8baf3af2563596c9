package expr

import (
	"strings"
	"testing"
)

func env() *Env {
	return NewEnv(map[string]Type{"s": String, "n": Int, "m": Map, "l": List, "d": Dyn},
		Func{Name: "twice", Params: []Type{String}, Result: String, Call: func(a []any) (any, error) { return a[0].(string) + a[0].(string), nil }})
}

func vars() map[string]any {
	return map[string]any{"s": "Hello", "n": 3, "m": map[string]any{"k": "v", "x": 2}, "l": []string{"a", "b"}, "d": nil}
}

func TestEval(t *testing.T) {
	for src, want := range map[string]any{
		`s.startsWith('He') && s.endsWith("lo") && s.contains('ell')`: true,
		`s.lowerAscii() + s.upperAscii()`:                             "helloHELLO",
		`size(s) + s.size() + l.size() + m.size()`:                    int64(14),
		`l.map(x, x + '!').join(',')`:                                 "a!,b!",
		`l.filter(x, x != 'a')`:                                       []any{"b"},
		`m.exists(k, m[k] == 'v') && 'x' in m && !('z' in m)`:         true,
		`l.exists_one(x, x in ['a', 'c'])`:                            true,
		`has(m.k) && !has(m.z)`:                                       true,
		`n > 2 ? 'big' : 'small'`:                                     "big",
		`n * 2 - 1 == 5 && n / 2 == 1 && n % 2 == 1 && -n == -3`:      true,
		`twice(s)`: "HelloHello",
		`'  x '.trim() == 'x' && 'a.b'.split('.') == ['a', 'b']`:                                            true,
		`s.matches('^H.*o$') && s.replace('l', 'L') == 'HeLLo'`:                                             true,
		`s.indexOf('l') == 2 && s.lastIndexOf('l') == 3 && s.substring(1, 3) == 'el' && s.charAt(4) == 'o'`: true,
		`int('7') + int(2.9) == 9 && string(n) == '3' && double(n) == 3.0`:                                  true,
		`{'a': [1, 2]}['a'][1] == 2 && m.x == 2`:                                                            true,
		`d == null`:                                                                                         true,
		`r"\d" == '\\d' && '\x41\u00e9\101' == 'Aé' + 'A'`:                                                  true,
		`l.all(x, x.size() == 1) // a comment`:                                                              true,
	} {
		p, err := env().Compile(src)
		if err != nil {
			t.Errorf("%s: %v", src, err)
			continue
		}
		got, err := p.Eval(vars())
		if err != nil {
			t.Errorf("%s: %v", src, err)
			continue
		}
		if !equal(got, want) {
			t.Errorf("%s = %#v, want %#v", src, got, want)
		}
	}
}

// Errors follow CEL: && and || decide past a failing side; all() is false
// when an element is false, else the error.
func TestEvalErrors(t *testing.T) {
	for src, want := range map[string]string{
		`m.z == 1`:                    "no such key: z",
		`m['z'] == 1 && true`:         "no such key: z",
		`n / (n - 3) == 1`:            "division by zero",
		`l[5] == 'a'`:                 "index out of range",
		`l.all(x, m[x] == 1)`:         "no such key",
		`9223372036854775807 + 1 > 0`: "overflow",
	} {
		p, err := env().Compile(src)
		if err != nil {
			t.Errorf("%s: %v", src, err)
			continue
		}
		if v, err := p.Eval(vars()); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s = %v, %v; want an error with %q", src, v, err, want)
		}
	}
	for src, want := range map[string]bool{
		`m.z == 1 && false`:                  false,
		`m.z == 1 || true`:                   true,
		`l.exists(x, x == 'b' || m[x] == 1)`: true,
		`l.all(x, x == 'b' && m[x] == 1)`:    false,
	} {
		p, err := env().Compile(src)
		if err != nil {
			t.Fatalf("%s: %v", src, err)
		}
		if v, err := p.Eval(vars()); err != nil || v != want {
			t.Errorf("%s = %v, %v; want %v", src, v, err, want)
		}
	}
}

func TestCompileErrors(t *testing.T) {
	for src, want := range map[string]string{
		`nope == 1`:         "column 1: unknown name nope; accepted: d, l, m, n, s",
		`s.frob()`:          "unknown method .frob()",
		`frob(s)`:           "unknown function frob()",
		`startsWith(s)`:     "is a method: write x.startsWith",
		`s + 1`:             "column 3: + of string and int",
		`!s`:                "! needs a boolean, found string",
		`n.startsWith('a')`: "is a method of string, called on a int",
		`twice(n)`:          "argument 1 of twice() is int; accepted: string",
		`l.all(1, true)`:    "needs a variable name first",
		`1u == 1u`:          "unsigned integers",
		`b"x"`:              "bytes literals are not supported",
		`'''x'''`:           "triple-quoted strings are not supported",
		`m.?k`:              "",
		`m?.k`:              "optional field selection",
		`Foo{a: 1}`:         "message construction",
		`s.matches('(')`:    "the regular expression does not compile",
		`s == 'x`:           "string not closed",
		`s ==`:              "expected an operand, found the end of the expression",
		`(s == 'x'`:         `expected ")"`,
		`s == 'x' s`:        `unexpected "s" after the end`,
		`s # 1`:             "unexpected character '#'",
		`'\q'`:              `unknown escape \q`,
		``:                  "empty",
		strings.Repeat("(", 100) + "1" + strings.Repeat(")", 100): "nested deeper than 64",
	} {
		_, err := env().Compile(src)
		if want == "" {
			if err == nil {
				t.Errorf("%s compiles", src)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v; want %q", src, err, want)
		}
	}
	e := env()
	e.MaxLen = 10
	if _, err := e.Compile(strings.Repeat("1", 11)); err == nil || !strings.Contains(err.Error(), "at most 10") {
		t.Errorf("length: %v", err)
	}
}

func TestBudget(t *testing.T) {
	e := env()
	e.MaxSteps = 1000
	big := make([]any, 100)
	for i := range big {
		big[i] = int64(i)
	}
	p, err := e.Compile(`d.all(x, d.all(y, x + y >= 0))`)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.Eval(map[string]any{"d": big}); err == nil || !strings.Contains(err.Error(), "step budget") {
		t.Errorf("10,000 steps under a budget of 1,000: %v", err)
	}
	p, _ = e.Compile(`d.all(x, x >= 0)`)
	if v, err := p.Eval(map[string]any{"d": big}); err != nil || v != true {
		t.Errorf("100 steps: %v %v", v, err)
	}
}
