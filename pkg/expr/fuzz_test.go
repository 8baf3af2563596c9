package expr

import "testing"

// Any input either fails to compile with an error or evaluates (to a value
// or an error) without panicking, within its step budget.
func FuzzCompileEval(f *testing.F) {
	for _, s := range []string{
		`l.all(x, x.size() == 1)`, `m.exists(k, m[k] == 'v')`, `s.matches('^H') ? n * 2 : -n`, `{'a': [1, 2.5]}['a'][1] > 2`,
		`twice(s).substring(1, 3) in ['el']`, `has(m.k) && int('9') / 0 == 1`, `l.map(x, x + '!').join(',') == 'a!,b!'`,
		`[1, 2, 3].filter(x, x % 2 == 1).exists_one(y, y == 3)`, `r"\d+" + '\x41\u00e9' != "" || d == null`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		e := env()
		e.MaxSteps = 100_000
		p, err := e.Compile(src)
		if err != nil {
			return
		}
		_, _ = p.Eval(vars())
	})
}
