package layer0

import (
	"strings"
	"unicode/utf8"
)

// Views for Hangul spelled in loose jamo ("ㅅㅣㅅㅡㅌㅔㅁ") and for Korean,
// Chinese and Japanese written one character per word or with a separator
// between characters ("이 전 지 시 를 무 시 해", "시@스@템", "系-统-提-示"),
// the tricks that letter spacing (despace) undoes for Latin words.

// Hangul syllable arithmetic (Unicode §3.12): a syllable is
// 0xAC00 + (L*21 + V)*28 + T, with L one of 19 leading consonants, V one
// of 21 vowels and T 0 or one of 27 trailing consonants. The compatibility
// jamo (U+3131–U+318E) are the letters typed alone: 30 consonants from
// U+3131 (ㄱ) and the 21 vowels from U+314F (ㅏ), in V order.
//
// golang.org/x/text/unicode/norm, linked here for NFKC, composes
// conjoining jamo, but NFKC maps every compatibility consonant to a
// leading one ("ㅌㅔㅁ" becomes 테 + ᄆ): which consonant ends a syllable and
// which begins the next is the decision that composing typed letters needs
// (a consonant a vowel follows begins one), and with it made the
// arithmetic is a line, so it is done here.
const (
	hangulFirst     = 0xAC00
	hangulLast      = 0xD7A3
	compatConsFirst = 0x3131 // ㄱ
	compatConsLast  = 0x314E // ㅎ
	compatVowFirst  = 0x314F // ㅏ
	compatVowLast   = 0x3163 // ㅣ
)

// compatL and compatT are a compatibility consonant's leading index (-1 for
// the clusters, which never begin a syllable) and trailing index (0 for
// ㄸ ㅃ ㅉ, which never end one), by its offset from U+3131.
var (
	compatL = [30]int8{0, 1, -1, 2, -1, -1, 3, 4, 5, -1, -1, -1, -1, -1, -1, -1, 6, 7, 8, -1, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18}
	compatT = [30]int8{1, 2, 3, 4, 5, 6, 7, 0, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 0, 18, 19, 20, 21, 22, 0, 23, 24, 25, 26, 27}
)

// jamoTCluster is the trailing cluster a trailing consonant t forms with
// the consonant that follows it, given by its leading index l (ㄹ+ㄱ: ㄺ),
// 0 when there is none.
func jamoTCluster(t, l int) int {
	switch t<<8 | l {
	case 1<<8 | 9: // ㄱㅅ
		return 3
	case 4<<8 | 12: // ㄴㅈ
		return 5
	case 4<<8 | 18: // ㄴㅎ
		return 6
	case 8<<8 | 0: // ㄹㄱ
		return 9
	case 8<<8 | 6: // ㄹㅁ
		return 10
	case 8<<8 | 7: // ㄹㅂ
		return 11
	case 8<<8 | 9: // ㄹㅅ
		return 12
	case 8<<8 | 16: // ㄹㅌ
		return 13
	case 8<<8 | 17: // ㄹㅍ
		return 14
	case 8<<8 | 18: // ㄹㅎ
		return 15
	case 17<<8 | 9: // ㅂㅅ
		return 18
	}
	return 0
}

// jamoVCompound is the compound vowel a vowel v forms with the vowel w that
// follows it (ㅜ+ㅓ: ㅝ), -1 when there is none.
func jamoVCompound(v, w int) int {
	switch v<<8 | w {
	case 8<<8 | 0: // ㅗㅏ
		return 9
	case 8<<8 | 1: // ㅗㅐ
		return 10
	case 8<<8 | 20: // ㅗㅣ
		return 11
	case 13<<8 | 4: // ㅜㅓ
		return 14
	case 13<<8 | 5: // ㅜㅔ
		return 15
	case 13<<8 | 20: // ㅜㅣ
		return 16
	case 18<<8 | 20: // ㅡㅣ
		return 19
	}
	return -1
}

// mayHaveCJK reports whether s may hold what cjkView works on: a UTF-8
// lead byte of U+3000–U+DFFF (kana, compatibility jamo, CJK ideographs,
// Hangul syllables) or of the ideographs beyond the BMP (U+20000–U+2FFFF).
// Most texts are ASCII and this byte scan is all they cost.
func mayHaveCJK(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 { // eight bytes at a time while they are ASCII
		if (uint64(s[i])|uint64(s[i+1])<<8|uint64(s[i+2])<<16|uint64(s[i+3])<<24|
			uint64(s[i+4])<<32|uint64(s[i+5])<<40|uint64(s[i+6])<<48|uint64(s[i+7])<<56)&0x8080808080808080 != 0 {
			break
		}
	}
	for ; i < len(s); i++ {
		c := s[i]
		if c < 0xE3 {
			continue
		}
		if c <= 0xED || c == 0xF0 && i+1 < len(s) && s[i+1] >= 0xA0 && s[i+1] <= 0xAF {
			return true
		}
	}
	return false
}

// hasCompatJamo reports a UTF-8 lead of U+3100–U+31BF (E3 84–86), where
// the compatibility jamo are.
func hasCompatJamo(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == 0xE3 && s[i+1] >= 0x84 && s[i+1] <= 0x86 {
			return true
		}
	}
	return false
}

// composeJamo composes the runs of compatibility jamo in s into Hangul
// syllables, as a Korean input method composes keystrokes: a consonant
// that a vowel follows begins a syllable, a consonant that none follows
// ends the syllable before it (or joins its final consonant into a
// cluster: ㄹ+ㄱ, 닭), and a vowel after a syllable's vowel compounds with
// it where it can (ㅜ+ㅓ: ㅝ). Only jamo are composed with jamo: laughter
// after a word ("없어ㅋㅋ") and jamo with no vowel (ㅋㅋ, ㅇㅇ, ㄱㅅ) or no
// consonant before a vowel (ㅠㅠ) are left alone. It reports false when no
// syllable was composed.
func composeJamo(s string) (string, bool) {
	if !hasCompatJamo(s) {
		return "", false
	}
	rs := []rune(s)
	var b strings.Builder
	b.Grow(len(s))
	composed := false
	l, v, t := -1, -1, 0 // the open syllable (l >= 0); a leading consonant is taken only before a vowel
	flush := func() {
		if l >= 0 {
			b.WriteRune(hangulFirst + rune((l*21+v)*28+t))
			l, v, t = -1, -1, 0
		}
	}
	isVowel := func(r rune) bool { return r >= compatVowFirst && r <= compatVowLast }
	for i, r := range rs {
		switch {
		case r >= compatConsFirst && r <= compatConsLast:
			k := r - compatConsFirst
			if i+1 < len(rs) && isVowel(rs[i+1]) && compatL[k] >= 0 {
				flush()
				l = int(compatL[k])
				continue
			}
			if l >= 0 && t == 0 && compatT[k] != 0 {
				t = int(compatT[k])
				continue
			}
			if l >= 0 && t != 0 && compatL[k] >= 0 {
				if ct := jamoTCluster(t, int(compatL[k])); ct != 0 {
					t = ct
					continue
				}
			}
		case isVowel(r):
			w := int(r - compatVowFirst)
			if l >= 0 && v < 0 {
				v = w
				composed = true
				continue
			}
			if l >= 0 && t == 0 {
				if cv := jamoVCompound(v, w); cv >= 0 {
					v = cv
					continue
				}
			}
		}
		flush()
		b.WriteRune(r)
	}
	flush()
	if !composed {
		return "", false
	}
	return b.String(), true
}

// isCJKRune reports the characters cjkView joins: Hangul syllables, kana
// and CJK ideographs.
func isCJKRune(r rune) bool {
	switch {
	case r >= hangulFirst && r <= hangulLast,
		r >= 0x4E00 && r <= 0x9FFF,                // CJK unified ideographs
		r >= 0x3400 && r <= 0x4DBF,                // extension A
		r >= 0x3041 && r <= 0x309F,                // hiragana
		r >= 0x30A0 && r <= 0x30FF && r != 0x30FB, // katakana, but its middle dot
		r >= 0x20000 && r <= 0x2FFFF:              // extensions B and later
		return true
	}
	return false
}

// isCJKSep reports the separators put between characters to split words:
// a space, @ ^ * _ - . · ~ | / and the katakana middle dot.
func isCJKSep(r rune) bool {
	switch r {
	case ' ', '@', '^', '*', '_', '-', '.', '~', '|', '/', 0xB7, 0x30FB:
		return true
	}
	return false
}

// cjkUnit is a maximal run of CJK characters: s[start:end], n characters.
type cjkUnit struct {
	start, end int
	n          int
	link       rune // the one separator between this unit and the next, 0 if they are not linked
}

// minCJKRun is how many single characters, each linked to the next by one
// separator, make a text spaced out: ordinary Korean has words of one
// syllable, but rarely four in a row, and Chinese and Japanese are written
// without spaces.
const minCJKRun = 4

// joinCJKSpacing joins CJK characters spaced out one per word or with a
// separator between them, when s has a run of at least minCJKRun single
// characters each linked to the next by one space or separator. Then every
// run of two or more such characters is joined (once a text is spaced
// out, its shorter words are too): a run whose links are all spaces loses
// them ("이 전 지 시" to 이전지시); a run with other separators loses those
// and keeps its spaces as the breaks between words ("시@스@템 프@롬@프@트"
// to "시스템 프롬프트"). A longer word linked to either end of a run by one
// of the separators the run drops is joined to it too ("공*개해" to 공개해).
// It reports false when s has no such run.
func joinCJKSpacing(s string) (string, bool) {
	if !cjkSpaced(s) {
		return "", false
	}
	var units []cjkUnit
	for u := nextCJKUnit(s, 0); u.start >= 0; u = nextCJKUnit(s, u.end) {
		if k := len(units) - 1; k >= 0 {
			units[k].link = cjkLink(s, units[k].end, u.start)
		}
		units = append(units, u)
	}
	// Runs of single characters, linked: units[a:b].
	type run struct{ a, b int }
	var runs []run
	for a := 0; a < len(units); {
		b := a
		for b < len(units) && units[b].n == 1 {
			b++
			if units[b-1].link == 0 {
				break
			}
		}
		if b-a >= 2 {
			runs = append(runs, run{a, b})
		}
		a = max(b, a+1)
	}
	drop := make([]bool, len(units)) // drop[k]: the link after units[k] goes
	for _, r := range runs {
		spacesOnly := true
		for k := r.a; k < r.b-1; k++ {
			spacesOnly = spacesOnly && units[k].link == ' '
		}
		joins := func(sep rune) bool { return sep != 0 && (sep == ' ') == spacesOnly }
		for k := r.a; k < r.b-1; k++ {
			drop[k] = joins(units[k].link)
		}
		if r.a > 0 && joins(units[r.a-1].link) {
			drop[r.a-1] = true
		}
		if r.b < len(units) && joins(units[r.b-1].link) {
			drop[r.b-1] = true
		}
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:units[0].start])
	for k, u := range units {
		next := len(s)
		if k+1 < len(units) {
			next = units[k+1].start
		}
		b.WriteString(s[u.start:u.end])
		if !drop[k] {
			b.WriteString(s[u.end:next])
		}
	}
	return b.String(), true
}

// nextCJKUnit returns the first unit of CJK characters at or after s[i]
// (start -1 when there is none). Bytes below 0xE3 lead no CJK character
// and are skipped without decoding.
func nextCJKUnit(s string, i int) cjkUnit {
	for i < len(s) {
		if s[i] < 0xE3 {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isCJKRune(r) {
			i += size
			continue
		}
		u := cjkUnit{start: i}
		for i < len(s) {
			r, size = utf8.DecodeRuneInString(s[i:])
			if !isCJKRune(r) {
				break
			}
			i += size
			u.n++
		}
		u.end = i
		return u
	}
	return cjkUnit{start: -1}
}

// cjkLink returns the separator s[end:start] consists of, 0 when it is
// not exactly one separator.
func cjkLink(s string, end, start int) rune {
	if sep, size := utf8.DecodeRuneInString(s[end:]); end+size == start && isCJKSep(sep) {
		return sep
	}
	return 0
}

// cjkSpaced reports whether s has minCJKRun single CJK characters in a
// row, each linked to the next by one separator; it allocates nothing, so
// ordinary CJK text costs one pass.
func cjkSpaced(s string) bool {
	run, prevEnd := 0, -1 // run: single characters linked so far, the last one ending at prevEnd
	for u := nextCJKUnit(s, 0); u.start >= 0; u = nextCJKUnit(s, u.end) {
		switch {
		case u.n != 1:
			run = 0
		case run > 0 && cjkLink(s, prevEnd, u.start) != 0:
			run++
		default:
			run = 1
		}
		if run >= minCJKRun {
			return true
		}
		prevEnd = u.end
	}
	return false
}

// cjkView renders a text with its runs of compatibility jamo composed and
// its spaced-out CJK words joined, cleaned like the input (clean is the
// input cleaned), and names what was undone; it reports false when neither
// applies, which mayHaveCJK settles for most texts.
func (n *normalized) cjkView(s, clean string) (text, origin string, ok bool) {
	if !mayHaveCJK(clean) {
		return "", "", false
	}
	text = clean
	if c, ok := composeJamo(s); ok {
		text, _ = n.clean(c, false)
		origin = "hangul-jamo"
	}
	if j, ok := joinCJKSpacing(text); ok {
		text, origin = j, joinOrigin(origin, "cjk-spacing")
	}
	return text, origin, origin != ""
}
