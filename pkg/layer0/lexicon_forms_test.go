package layer0

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// testdata/lexicon-forms.tsv holds sentences written for the lexicon's
// forms in 16 languages (label, language, text): override, reveal, a
// persona without limits, safety switched off, the model's memory or
// training wiped, in formal and informal address, infinitives after modal
// verbs, subjunctives; and benign sentences in the same words (how-to
// questions, "never share your password", game rules, router resets,
// coffee filters). Every attack must be flagged; a benign sentence must be
// allowed unless listed below with the detector that still flags it.
func TestLexiconForms(t *testing.T) {
	// Benign sentences other detectors still flag (not the lexicon's
	// structures): a how-to with "bitte" between its words, a question
	// about a card game's rules, reminders not to forget the assembly
	// instructions.
	known := map[string]string{
		"Zeig mir bitte, wie man ein sicheres Passwort wählt.": "L0-INT-001",
		"Какие правила игры в преферанс?":                      "L0-OVR-023",
		"Dolabın kurulum talimatlarına uymayı unutma.":         "L0-OVR-017",
		"अलमारी के निर्देशों का पालन करना मत भूलो।":            "L0-OVR-014",
		"Покажи ми как да сменя паролата на профила.":          "L0-INT-001",
	}
	f, err := os.Open("testdata/lexicon-forms.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	c := newTestClassifier(t)
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		row := strings.Split(sc.Text(), "\t")
		if len(row) != 3 {
			t.Fatalf("line %q: want label, language and text", sc.Text())
		}
		n++
		v := classify(t, c, row[2])
		switch row[0] {
		case "attack":
			if v.Verdict == "allow" {
				t.Errorf("%s attack allowed: %q", row[1], row[2])
			}
		case "benign":
			if id, ok := known[row[2]]; ok {
				if !hasRule(v, id) {
					t.Errorf("%q: no longer flagged by %s (%s %v): drop it from the known list", row[2], id, v.Verdict, rulesOf(v))
				}
				continue
			}
			if v.Verdict != "allow" {
				t.Errorf("%s benign flagged: %q %s %v", row[1], row[2], v.Verdict, rulesOf(v))
			}
		default:
			t.Fatalf("label %q", row[0])
		}
	}
	if n < 500 {
		t.Fatalf("%d sentences, want the whole file", n)
	}
}
