// Command images writes one container image per binary as a tarball that
// `docker load` and `podman load` accept, without a Docker daemon:
//
//	go run ./scripts/images --bin-dir dist/bin --out dist/images cloudflare_safe cfsim
//
// Each image is built with go-containerregistry from nothing (no base image):
// the static binary at /usr/local/bin/NAME as the entrypoint, the build
// machine's CA bundle at /etc/ssl/certs/ca-certificates.crt (--ca-bundle),
// /etc/passwd and /etc/group naming the numeric user 65532 ("nonroot"), its
// home and state folder owned by it, and /tmp. There is no shell and no
// package manager. A binary that is not a static ELF executable is refused.
//
// `make images` builds the binaries with CGO_ENABLED=0 and runs this.
package main

import (
	"archive/tar"
	"bytes"
	"crypto/x509"
	"debug/elf"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"time"

	"github.com/google/go-containerregistry/pkg/name"
	v1 "github.com/google/go-containerregistry/pkg/v1"
	"github.com/google/go-containerregistry/pkg/v1/empty"
	"github.com/google/go-containerregistry/pkg/v1/mutate"
	"github.com/google/go-containerregistry/pkg/v1/tarball"
)

// UID and GID of the user every image runs as (distroless "nonroot").
const (
	UID  = 65532
	Home = "/home/nonroot"
	// StateDir is where the servers keep plans, the journal and the audit
	// log unless configured otherwise ($HOME/.local/state/cfplane); it
	// exists in the image, owned by UID, so a fresh named volume mounted
	// there inherits the ownership.
	StateDir = Home + "/.local/state/cfplane"
	// CAPath is where the CA bundle goes (Go's crypto/x509 looks there).
	CAPath = "/etc/ssl/certs/ca-certificates.crt"
	BinDir = "/usr/local/bin"
)

// Options configures one image.
type Options struct {
	Name     string // binary name
	Binary   string // path of the static binary
	CABundle string // PEM file
	Tag      string // e.g. ghcr.io/cfplane/cloudflare_safe:v1.2.3
	Version  string
	Source   string // org.opencontainers.image.source
	Created  time.Time
}

func main() {
	var (
		binDir   = flag.String("bin-dir", "dist/bin", "folder holding the static binaries")
		out      = flag.String("out", "dist/images", "folder to write NAME.tar into")
		repo     = flag.String("repo", "ghcr.io/cfplane", "image repository prefix; images are tagged REPO/NAME:VERSION")
		version  = flag.String("version", "dev", "version (image tag and label)")
		caBundle = flag.String("ca-bundle", "/etc/ssl/certs/ca-certificates.crt", "PEM CA bundle copied into the images")
		source   = flag.String("source", "https://github.com/cfplane/cfplane", "org.opencontainers.image.source label")
	)
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: images [flags] BINARY...\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() == 0 {
		flag.Usage()
		os.Exit(2)
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		fatal(err)
	}
	created := time.Unix(0, 0).UTC()
	if s := os.Getenv("SOURCE_DATE_EPOCH"); s != "" {
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			fatal(fmt.Errorf("SOURCE_DATE_EPOCH %q is not a number of seconds", s))
		}
		created = time.Unix(n, 0).UTC()
	}
	for _, n := range flag.Args() {
		o := Options{
			Name: n, Binary: filepath.Join(*binDir, n), CABundle: *caBundle,
			Tag: *repo + "/" + n + ":" + tagSafe(*version), Version: *version, Source: *source, Created: created,
		}
		path := filepath.Join(*out, n+".tar")
		if err := Write(path, o); err != nil {
			fatal(fmt.Errorf("%s: %w", n, err))
		}
		fi, _ := os.Stat(path)
		fmt.Printf("%s  %s  %.1f MB\n", path, o.Tag, float64(fi.Size())/1e6)
	}
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "images:", err)
	os.Exit(1)
}

// tagSafe maps a version (git describe output) to a valid image tag.
func tagSafe(v string) string {
	b := []byte(v)
	for i, c := range b {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '-') {
			b[i] = '-'
		}
	}
	if len(b) == 0 || b[0] == '.' || b[0] == '-' {
		b = append([]byte("v"), b...)
	}
	if len(b) > 128 {
		b = b[:128]
	}
	return string(b)
}

// Write builds the image and writes it as a docker/podman-loadable tarball.
func Write(path string, o Options) error {
	img, err := Build(o)
	if err != nil {
		return err
	}
	tag, err := name.NewTag(o.Tag)
	if err != nil {
		return fmt.Errorf("tag %q: %w", o.Tag, err)
	}
	tmp := path + ".tmp"
	if err := tarball.WriteToFile(tmp, tag, img); err != nil {
		_ = os.Remove(tmp)
		return err
	}
	return os.Rename(tmp, path)
}

// Build returns the image for one binary.
func Build(o Options) (v1.Image, error) {
	bin, err := os.ReadFile(o.Binary)
	if err != nil {
		return nil, fmt.Errorf("read the binary: %w (run `make images`, which builds it with CGO_ENABLED=0)", err)
	}
	arch, err := CheckStatic(bin)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", o.Binary, err)
	}
	ca, err := os.ReadFile(o.CABundle)
	if err != nil {
		return nil, fmt.Errorf("CA bundle: %w (pass --ca-bundle with a PEM file)", err)
	}
	if pool := x509.NewCertPool(); !pool.AppendCertsFromPEM(ca) {
		return nil, fmt.Errorf("CA bundle %s holds no PEM certificate", o.CABundle)
	}
	base, err := layer(o.Created, baseFiles(ca))
	if err != nil {
		return nil, err
	}
	app, err := layer(o.Created, []file{
		{path: "usr/", dir: true, mode: 0o755},
		{path: "usr/local/", dir: true, mode: 0o755},
		{path: "usr/local/bin/", dir: true, mode: 0o755},
		{path: "usr/local/bin/" + o.Name, mode: 0o755, data: bin},
	})
	if err != nil {
		return nil, err
	}
	img, err := mutate.AppendLayers(empty.Image, base, app)
	if err != nil {
		return nil, err
	}
	cf, err := img.ConfigFile()
	if err != nil {
		return nil, err
	}
	cf = cf.DeepCopy()
	cf.OS = "linux"
	cf.Architecture = arch
	cf.Created = v1.Time{Time: o.Created}
	cf.Author = "cfplane"
	cf.Config.User = fmt.Sprintf("%d:%d", UID, UID)
	cf.Config.Entrypoint = []string{BinDir + "/" + o.Name}
	cf.Config.Cmd = nil
	cf.Config.WorkingDir = Home
	cf.Config.Env = []string{
		"PATH=" + BinDir,
		"HOME=" + Home,
		"SSL_CERT_FILE=" + CAPath,
	}
	cf.Config.Labels = map[string]string{
		"org.opencontainers.image.title":   o.Name,
		"org.opencontainers.image.version": o.Version,
		"org.opencontainers.image.source":  o.Source,
	}
	return mutate.ConfigFile(img, cf)
}

// CheckStatic refuses anything but a statically linked ELF executable (no
// program interpreter, no shared libraries) and returns its GOARCH name.
func CheckStatic(bin []byte) (string, error) {
	f, err := elf.NewFile(bytes.NewReader(bin))
	if err != nil {
		return "", fmt.Errorf("not an ELF executable: %w", err)
	}
	defer f.Close()
	for _, p := range f.Progs {
		if p.Type == elf.PT_INTERP {
			return "", errors.New("dynamically linked (has a program interpreter); build it with CGO_ENABLED=0")
		}
	}
	if libs, _ := f.ImportedLibraries(); len(libs) > 0 {
		return "", fmt.Errorf("needs shared libraries %v; build it with CGO_ENABLED=0", libs)
	}
	switch f.Machine {
	case elf.EM_X86_64:
		return "amd64", nil
	case elf.EM_AARCH64:
		return "arm64", nil
	}
	return "", fmt.Errorf("ELF machine %v is not supported (amd64 or arm64; this machine is %s)", f.Machine, runtime.GOARCH)
}

type file struct {
	path     string
	dir      bool
	mode     int64
	uid, gid int
	data     []byte
}

func baseFiles(ca []byte) []file {
	passwd := fmt.Sprintf("root:x:0:0:root:/root:/sbin/nologin\nnonroot:x:%d:%d:nonroot:%s:/sbin/nologin\n", UID, UID, Home)
	group := fmt.Sprintf("root:x:0:\nnonroot:x:%d:\n", UID)
	return []file{
		{path: "etc/", dir: true, mode: 0o755},
		{path: "etc/passwd", mode: 0o644, data: []byte(passwd)},
		{path: "etc/group", mode: 0o644, data: []byte(group)},
		{path: "etc/ssl/", dir: true, mode: 0o755},
		{path: "etc/ssl/certs/", dir: true, mode: 0o755},
		{path: "etc/ssl/certs/ca-certificates.crt", mode: 0o644, data: ca},
		{path: "home/", dir: true, mode: 0o755},
		{path: "home/nonroot/", dir: true, mode: 0o700, uid: UID, gid: UID},
		{path: "home/nonroot/.local/", dir: true, mode: 0o700, uid: UID, gid: UID},
		{path: "home/nonroot/.local/state/", dir: true, mode: 0o700, uid: UID, gid: UID},
		{path: "home/nonroot/.local/state/cfplane/", dir: true, mode: 0o700, uid: UID, gid: UID},
		{path: "tmp/", dir: true, mode: 0o1777},
	}
}

// layer writes files into one gzip-compressed layer with fixed times, so the
// same inputs give the same digest.
func layer(mtime time.Time, files []file) (v1.Layer, error) {
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	for _, f := range files {
		h := &tar.Header{Name: f.path, Mode: f.mode, Uid: f.uid, Gid: f.gid, ModTime: mtime, Format: tar.FormatPAX}
		if f.dir {
			h.Typeflag = tar.TypeDir
		} else {
			h.Typeflag = tar.TypeReg
			h.Size = int64(len(f.data))
		}
		if err := tw.WriteHeader(h); err != nil {
			return nil, err
		}
		if !f.dir {
			if _, err := tw.Write(f.data); err != nil {
				return nil, err
			}
		}
	}
	if err := tw.Close(); err != nil {
		return nil, err
	}
	b := buf.Bytes()
	return tarball.LayerFromOpener(func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(b)), nil })
}
