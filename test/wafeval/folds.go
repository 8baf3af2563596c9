package main

import (
	"fmt"
	"hash/fnv"
	"os"
	"sort"
	"strings"
	"text/tabwriter"
)

// nFolds is the number of folds CRS test files are dealt into.
const nFolds = 5

// fileOf is the CRS test file of a sample id ("942100.yaml#3/0").
func fileOf(id string) string {
	f, _, _ := strings.Cut(id, "#")
	return f
}

func foldOf(file string) int {
	h := fnv.New32a()
	h.Write([]byte("fold:" + file))
	return int(h.Sum32() % nFolds)
}

// reportFolds is the third measurement: the report split's requests
// grouped by CRS test FILE (one file tests one CRS rule, i.e. one attack
// form), files dealt into folds by a hash of their name. A gain that holds
// for a few attack forms only shows as a spread between folds and as a
// file-macro recall (every file weighs the same, however many tests it
// has) below the request-level recall.
func reportFolds(crs map[string][]sample, match func(class string, s sample) bool) {
	fmt.Printf("\n== third measure: report split by CRS test file (%d file folds; macro = mean of per-file recall) ==\n", nFolds)
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	head := "family\tfiles\tfile-macro recall\tworst fold\t"
	for i := 0; i < nFolds; i++ {
		head += fmt.Sprintf("fold %d\t", i)
	}
	fmt.Fprintln(tw, head)
	for _, fam := range families {
		type cnt struct{ n, hit int }
		perFile := map[string]*cnt{}
		var folds [nFolds]cnt
		for _, s := range crs[fam.name] {
			if s.split != "report" {
				continue
			}
			f := fileOf(s.id)
			if perFile[f] == nil {
				perFile[f] = &cnt{}
			}
			ok := match(fam.class, s)
			perFile[f].n++
			folds[foldOf(f)].n++
			if ok {
				perFile[f].hit++
				folds[foldOf(f)].hit++
			}
		}
		macro := 0.0
		for _, c := range perFile {
			macro += float64(c.hit) / float64(c.n)
		}
		if len(perFile) > 0 {
			macro /= float64(len(perFile))
		}
		var rates []float64
		line := ""
		for _, c := range folds {
			line += pct(c.hit, c.n) + "\t"
			if c.n > 0 {
				rates = append(rates, float64(c.hit)/float64(c.n))
			}
		}
		sort.Float64s(rates)
		worst := "-"
		if len(rates) > 0 {
			worst = fmt.Sprintf("%.1f%%", 100*rates[0])
		}
		fmt.Fprintf(tw, "%s\t%d\t%.1f%%\t%s\t%s\n", fam.name, len(perFile), 100*macro, worst, line)
	}
	tw.Flush()
}
