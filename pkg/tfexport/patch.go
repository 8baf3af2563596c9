package tfexport

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclwrite"
	"github.com/pmezard/go-difflib/difflib"
)

// UnmanagedFile receives the resources and import blocks a patch adds for
// live objects the code does not manage.
const UnmanagedFile = "unmanaged.tf"

// CodifyPatch rewrites the .tf files of dir so that they describe live
// state: drifted resources take their live values, missing ones are
// removed (with their import blocks), unmanaged objects are added with
// import blocks to unmanaged.tf. It returns the new contents of the files
// it changes and a unified diff of them. Layout and comments of untouched
// code stay as they are.
func CodifyPatch(dir string, l *Live, rep *Report) (map[string]string, string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, "", inputErr("a patch needs a directory of .tf files: %v", err)
	}
	type file struct {
		old string
		f   *hclwrite.File
	}
	files := map[string]*file{}
	blocks := map[string]*hclwrite.Block{}
	blockFile := map[string]string{}
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".tf") {
			continue
		}
		data, err := readBounded(filepath.Join(dir, e.Name()), MaxCodeBytes)
		if err != nil {
			return nil, "", err
		}
		f, d := hclwrite.ParseConfig(data, e.Name(), hcl.InitialPos)
		if d.HasErrors() {
			return nil, "", inputErr("%s does not parse: %s", e.Name(), d.Error())
		}
		files[e.Name()] = &file{old: string(data), f: f}
		for _, b := range f.Body().Blocks() {
			if b.Type() == "resource" && len(b.Labels()) == 2 {
				addr := b.Labels()[0] + "." + b.Labels()[1]
				blocks[addr], blockFile[addr] = b, e.Name()
			}
		}
	}
	live := map[string]Resource{}
	for _, r := range l.Resources {
		live[r.Type+"\x00"+r.ID] = r
	}
	for _, o := range rep.Objects {
		switch o.Status {
		case StatusDrifted:
			b, r := blocks[o.Address], live[o.Type+"\x00"+o.ID]
			if b == nil || r.ID == "" {
				continue
			}
			body := b.Body()
			for _, k := range managed[o.Type] {
				if _, ok := r.Attrs[k]; ok {
					if err := setAttr(body, r, k); err != nil {
						return nil, "", err
					}
				} else if body.GetAttribute(k) != nil {
					body.RemoveAttribute(k)
				}
			}
		case StatusMissing:
			if b := blocks[o.Address]; b != nil {
				files[blockFile[o.Address]].f.Body().RemoveBlock(b)
				for _, fl := range files {
					for _, ib := range fl.f.Body().Blocks() {
						if ib.Type() == "import" && importTarget(ib) == o.Address {
							fl.f.Body().RemoveBlock(ib)
						}
					}
				}
			}
		}
	}
	var add []Resource
	for _, o := range rep.Objects {
		if o.Status != StatusUnmanaged {
			continue
		}
		r := live[o.Type+"\x00"+o.ID]
		if r.ID == "" {
			continue
		}
		if _, taken := blocks[r.Address()]; taken {
			r.Name += "_" + shortHash(r.ID, 6)
		}
		add = append(add, r)
	}
	if len(add) > 0 {
		fl := files[UnmanagedFile]
		if fl == nil {
			fl = &file{f: hclwrite.NewEmptyFile()}
			files[UnmanagedFile] = fl
		}
		for _, r := range add {
			if len(fl.f.Body().Blocks()) > 0 || len(fl.f.Bytes()) > 0 {
				fl.f.Body().AppendNewline()
			}
			if r.Type == TypeTunnelConfig {
				r.Attrs["tunnel_id"] = r.ID // its tunnel may be managed under another name
			}
			if err := writeResource(fl.f.Body(), r); err != nil {
				return nil, "", err
			}
			id, err := importID(r)
			if err != nil {
				return nil, "", err
			}
			fl.f.Body().AppendNewline()
			ib := fl.f.Body().AppendNewBlock("import", nil).Body()
			ib.SetAttributeTraversal("to", traversal(r.Address()))
			ib.SetAttributeRaw("id", hclwrite.Tokens{{Type: 0, Bytes: []byte(id)}})
		}
	}
	out := map[string]string{}
	var diff strings.Builder
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fl := files[n]
		nw := string(hclwrite.Format(fl.f.Bytes()))
		if nw == fl.old {
			continue
		}
		out[n] = nw
		from, a := "a/"+n, difflib.SplitLines(fl.old)
		if fl.old == "" {
			from, a = "/dev/null", nil
		}
		u, err := difflib.GetUnifiedDiffString(difflib.UnifiedDiff{A: a, B: difflib.SplitLines(nw),
			FromFile: from, ToFile: "b/" + n, Context: 3})
		if err != nil {
			return nil, "", fmt.Errorf("diff of %s: %v", n, err)
		}
		diff.WriteString(u)
	}
	return out, diff.String(), nil
}

func importTarget(b *hclwrite.Block) string {
	a := b.Body().GetAttribute("to")
	if a == nil {
		return ""
	}
	return strings.TrimSpace(string(a.Expr().BuildTokens(nil).Bytes()))
}
