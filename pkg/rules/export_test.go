package rules

// CompileReference compiles src without the evaluation speed-ups (split and
// prefiltered regular expressions, shared sub-expressions): the reference
// the differential tests compare Compile against.
func CompileReference(src string, opts Options) (*Program, error) {
	ch, err := Check(src, opts)
	if err != nil {
		return nil, err
	}
	cc := &compiler{c: ch.c, plain: true}
	return &Program{checked: ch, root: cc.bool(ch.Root, nil)}, nil
}

func compileReferenceInternal(src string) (*Program, error) { return CompileReference(src, Options{}) }

// RaceEnabled reports a -race build (the differential tests sample less).
const RaceEnabled = raceEnabled

// SplitPrefilter reports whether Compile runs the pattern of a matches
// comparison split and prefiltered, and into how many parts.
func SplitPrefilter(pattern string) (parts int, ok bool) {
	re, issue := compileRegex(pattern)
	if issue != nil {
		return 0, false
	}
	m := matcherFor(re)
	if m == nil {
		return 0, false
	}
	return len(m.parts), true
}
