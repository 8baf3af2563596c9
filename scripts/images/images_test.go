package main

import (
	"archive/tar"
	"bytes"
	"crypto/x509"
	"debug/elf"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/google/go-containerregistry/pkg/name"
	"github.com/google/go-containerregistry/pkg/v1/mutate"
	"github.com/google/go-containerregistry/pkg/v1/tarball"
)

// The images `make images` wrote; CFPLANE_IMAGES names their folder and
// CFPLANE_IMAGE_BINARIES which of them (default: all four; the images target
// sets both). Without CFPLANE_IMAGES the test is skipped.
var shipped = []string{"cloudflare_safe", "waf_intelligence", "oracle_answer", "cfsim"}

func TestShippedImages(t *testing.T) {
	dir := os.Getenv("CFPLANE_IMAGES")
	if dir == "" {
		t.Skip("CFPLANE_IMAGES is not set; `make images` builds the images and runs this check")
	}
	names := shipped
	if s := os.Getenv("CFPLANE_IMAGE_BINARIES"); s != "" {
		names = strings.Fields(s)
	}
	for _, n := range names {
		t.Run(n, func(t *testing.T) { checkImage(t, filepath.Join(dir, n+".tar"), n) })
	}
}

// A throw-away static program goes through the same builder and the same
// checks, so the checks themselves are exercised without `make images`.
func TestBuildAndCheck(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "hello")
	build := exec.Command("go", "build", "-trimpath", "-o", bin, "./testdata/hello")
	build.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	path := filepath.Join(dir, "hello.tar")
	if err := Write(path, Options{Name: "hello", Binary: bin, CABundle: caBundle(t), Tag: "example.test/cfplane/hello:dev", Version: "dev"}); err != nil {
		t.Fatal(err)
	}
	checkImage(t, path, "hello")

	// The same inputs give the same image.
	again := filepath.Join(dir, "again.tar")
	if err := Write(again, Options{Name: "hello", Binary: bin, CABundle: caBundle(t), Tag: "example.test/cfplane/hello:dev", Version: "dev"}); err != nil {
		t.Fatal(err)
	}
	if digest(t, path) != digest(t, again) {
		t.Error("two builds of the same binary have different digests")
	}
}

func TestRefusesNonStaticBinaries(t *testing.T) {
	if _, err := CheckStatic([]byte("#!/bin/sh\necho hi\n")); err == nil || !strings.Contains(err.Error(), "not an ELF") {
		t.Errorf("a shell script: got %v", err)
	}
	// The go tool on this machine is static; look for a dynamically linked
	// system program instead.
	for _, p := range []string{"/bin/ls", "/usr/bin/env", "/bin/sh"} {
		b, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		if _, err := CheckStatic(b); err == nil || !strings.Contains(err.Error(), "CGO_ENABLED=0") {
			t.Errorf("%s (dynamically linked): got %v", p, err)
		}
		return
	}
	t.Skip("no dynamically linked program found on this machine")
}

func TestTagSafe(t *testing.T) {
	for in, want := range map[string]string{"v1.2.3": "v1.2.3", "1a2b-dirty": "1a2b-dirty", "": "v", "-x": "v-x", "a/b+c": "a-b-c"} {
		if got := tagSafe(in); got != want {
			t.Errorf("tagSafe(%q) = %q, want %q", in, got, want)
		}
		if _, err := name.NewTag("r.test/x:" + tagSafe(in)); err != nil {
			t.Errorf("tag from %q: %v", in, err)
		}
	}
}

func caBundle(t *testing.T) string {
	t.Helper()
	if _, err := os.Stat(CAPath); err == nil {
		return CAPath
	}
	t.Skipf("%s is missing on this machine", CAPath)
	return ""
}

func digest(t *testing.T, path string) string {
	t.Helper()
	img, err := tarball.ImageFromPath(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	d, err := img.Digest()
	if err != nil {
		t.Fatal(err)
	}
	return d.String()
}

// checkImage loads a tarball with go-containerregistry and checks what a
// cluster relies on: tagged, numeric non-root user, the entrypoint is a
// static ELF that runs `version`, CA certificates, no shell.
func checkImage(t *testing.T, path, binName string) {
	t.Helper()
	m, err := tarball.LoadManifest(func() (io.ReadCloser, error) { return os.Open(path) })
	if err != nil {
		t.Fatalf("%s is not a docker/podman-loadable tarball: %v", path, err)
	}
	if len(m) != 1 || len(m[0].RepoTags) != 1 || !strings.HasSuffix(strings.SplitN(m[0].RepoTags[0], ":", 2)[0], "/"+binName) {
		t.Fatalf("manifest.json: want one image tagged …/%s:VERSION, got %+v", binName, m)
	}
	img, err := tarball.ImageFromPath(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	cf, err := img.ConfigFile()
	if err != nil {
		t.Fatal(err)
	}
	if cf.Config.User != "65532:65532" {
		t.Errorf("user %q, want the numeric 65532:65532", cf.Config.User)
	}
	if cf.OS != "linux" || cf.Architecture != runtime.GOARCH {
		t.Errorf("platform %s/%s, want linux/%s", cf.OS, cf.Architecture, runtime.GOARCH)
	}
	entry := "/usr/local/bin/" + binName
	if len(cf.Config.Entrypoint) != 1 || cf.Config.Entrypoint[0] != entry {
		t.Fatalf("entrypoint %q, want [%s]", cf.Config.Entrypoint, entry)
	}

	files := map[string]*tar.Header{}
	contents := map[string][]byte{}
	rc := mutate.Extract(img)
	defer rc.Close()
	tr := tar.NewReader(rc)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		p := "/" + strings.TrimSuffix(strings.TrimPrefix(h.Name, "./"), "/")
		files[p] = h
		if p == entry || p == CAPath || p == "/etc/passwd" {
			b, err := io.ReadAll(tr)
			if err != nil {
				t.Fatal(err)
			}
			contents[p] = b
		}
	}
	for _, sh := range []string{"/bin/sh", "/bin/bash", "/bin/busybox", "/usr/bin/sh"} {
		if _, ok := files[sh]; ok {
			t.Errorf("the image has a shell: %s", sh)
		}
	}
	if pool := x509.NewCertPool(); !pool.AppendCertsFromPEM(contents[CAPath]) {
		t.Errorf("%s holds no CA certificate", CAPath)
	}
	if !strings.Contains(string(contents["/etc/passwd"]), ":65532:65532:") {
		t.Errorf("/etc/passwd does not name uid 65532")
	}
	if h := files[StateDir]; h == nil || h.Uid != UID || h.Typeflag != tar.TypeDir {
		t.Errorf("%s is not a folder owned by %d: %+v", StateDir, UID, h)
	}
	bin := contents[entry]
	if bin == nil {
		t.Fatalf("the entrypoint %s is not in the image", entry)
	}
	f, err := elf.NewFile(bytes.NewReader(bin))
	if err != nil {
		t.Fatalf("the entrypoint is not an ELF executable: %v", err)
	}
	for _, p := range f.Progs {
		if p.Type == elf.PT_INTERP {
			t.Errorf("the entrypoint is dynamically linked (PT_INTERP)")
		}
	}
	if h := files[entry]; h.Mode&0o111 == 0 {
		t.Errorf("the entrypoint is not executable: mode %o", h.Mode)
	}

	// Run the extracted binary, as the container would, with the image's
	// environment only.
	exe := filepath.Join(t.TempDir(), binName)
	if err := os.WriteFile(exe, bin, 0o755); err != nil {
		t.Fatal(err)
	}
	run := exec.Command(exe, "version")
	run.Env = cf.Config.Env
	out, err := run.CombinedOutput()
	if err != nil {
		t.Fatalf("%s version: %v\n%s", binName, err, out)
	}
	if !strings.HasPrefix(string(out), binName+" ") {
		t.Errorf("%s version printed %q", binName, out)
	}
}
