// Package deploy checks the shipped deployment files: the Kubernetes manifest
// decoded strictly into the Kubernetes API types and held to the
// "restricted" Pod Security Standard, the compose file loaded by the Compose
// specification's own loader, and every command line either uses checked
// against the binaries' real flags.
package deploy

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/compose-spec/compose-go/v2/loader"
	composetypes "github.com/compose-spec/compose-go/v2/types"
	appsv1 "k8s.io/api/apps/v1"
	corev1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"sigs.k8s.io/yaml"

	"github.com/cfplane/cfplane/pkg/cfsim"
	"github.com/cfplane/cfplane/pkg/clicore"
	"github.com/cfplane/cfplane/pkg/config"
	"github.com/cfplane/cfplane/servers/oracle"
	"github.com/cfplane/cfplane/servers/safe"
	"github.com/cfplane/cfplane/servers/wafintel"
)

const (
	uid = 65532
	// imageStateDir is the state folder inside the images (owned by uid).
	imageStateDir = "/home/nonroot/.local/state/cfplane"
)

// binaries as pkg/clicore runs them (the Cloudflare servers with their
// connection wired in by pkg/cli).
var binaries = map[string]clicore.Server{
	"cloudflare_safe":  safe.Spec().Core(),
	"waf_intelligence": wafintel.Spec().Core(),
	"oracle_answer":    oracle.Spec(),
}

// checkArgs runs the binary's real command tree on args plus --help: the
// subcommand and every flag must exist (cobra parses flags before help).
func checkArgs(t *testing.T, bin string, args []string) {
	t.Helper()
	var out, errb bytes.Buffer
	withHelp := append(slices.Clone(args), "--help")
	if bin == "cfsim" {
		c := cfsim.Command()
		c.SetOut(&out)
		c.SetErr(&errb)
		if code := cfsim.Execute(c, withHelp); code != 0 {
			t.Errorf("cfsim %q: exit %d: %s", args, code, errb.String())
		}
		return
	}
	s, ok := binaries[bin]
	if !ok {
		t.Errorf("unknown binary %q", bin)
		return
	}
	if code := clicore.Run(s, withHelp, strings.NewReader(""), &out, &errb); code != 0 {
		t.Errorf("%s %q: exit %d: %s", bin, args, code, errb.String())
	}
}

func flagValue(args []string, name string) (string, bool) {
	for i, a := range args {
		if a == name && i+1 < len(args) {
			return args[i+1], true
		}
		if v, ok := strings.CutPrefix(a, name+"="); ok {
			return v, true
		}
	}
	return "", false
}

func TestCheckArgsCatchesUnknownFlags(t *testing.T) {
	ft := &testing.T{}
	done := make(chan struct{})
	go func() {
		defer close(done)
		checkArgs(ft, "cfsim", []string{"--addr", "0.0.0.0:8787", "--listen-anywhere"})
	}()
	<-done
	if !ft.Failed() {
		t.Error("an unknown cfsim flag passed the check")
	}
	ft = &testing.T{}
	done = make(chan struct{})
	go func() {
		defer close(done)
		checkArgs(ft, "cloudflare_safe", []string{"serve", "--sandbox-allow-remotely"})
	}()
	<-done
	if !ft.Failed() {
		t.Error("an unknown server flag passed the check")
	}
}

// ---- Kubernetes ----

type k8sObjects struct {
	configMaps map[string]corev1.ConfigMap
	secrets    map[string]corev1.Secret
	pvcs       map[string]corev1.PersistentVolumeClaim
	deploys    []appsv1.Deployment
}

func decodeManifest(t *testing.T, data []byte) (k8sObjects, error) {
	t.Helper()
	objs := k8sObjects{configMaps: map[string]corev1.ConfigMap{}, secrets: map[string]corev1.Secret{}, pvcs: map[string]corev1.PersistentVolumeClaim{}}
	for _, doc := range regexp.MustCompile(`(?m)^---\s*$`).Split(string(data), -1) {
		if strings.TrimSpace(stripComments(doc)) == "" {
			continue
		}
		var tm metav1.TypeMeta
		if err := yaml.Unmarshal([]byte(doc), &tm); err != nil {
			return objs, err
		}
		var err error
		switch tm.APIVersion + " " + tm.Kind {
		case "v1 ConfigMap":
			var o corev1.ConfigMap
			err = yaml.UnmarshalStrict([]byte(doc), &o)
			objs.configMaps[o.Name] = o
		case "v1 Secret":
			var o corev1.Secret
			err = yaml.UnmarshalStrict([]byte(doc), &o)
			objs.secrets[o.Name] = o
		case "v1 PersistentVolumeClaim":
			var o corev1.PersistentVolumeClaim
			err = yaml.UnmarshalStrict([]byte(doc), &o)
			objs.pvcs[o.Name] = o
		case "apps/v1 Deployment":
			var o appsv1.Deployment
			err = yaml.UnmarshalStrict([]byte(doc), &o)
			objs.deploys = append(objs.deploys, o)
		default:
			t.Errorf("unexpected object %s %s", tm.APIVersion, tm.Kind)
		}
		if err != nil {
			return objs, err
		}
	}
	return objs, nil
}

func stripComments(s string) string {
	var b strings.Builder
	for _, l := range strings.Split(s, "\n") {
		if !strings.HasPrefix(strings.TrimSpace(l), "#") {
			b.WriteString(l + "\n")
		}
	}
	return b.String()
}

func TestStrictDecodingCatchesTypos(t *testing.T) {
	data, err := os.ReadFile("../../configs/k8s-sidecars.yaml")
	if err != nil {
		t.Fatal(err)
	}
	bad := strings.Replace(string(data), "runAsUser: 65532", "runAsUsr: 65532", 1)
	if _, err := decodeManifest(t, []byte(bad)); err == nil || !strings.Contains(err.Error(), "runAsUsr") {
		t.Errorf("a misspelt field decoded: %v", err)
	}
}

func TestKubernetesManifest(t *testing.T) {
	data, err := os.ReadFile("../../configs/k8s-sidecars.yaml")
	if err != nil {
		t.Fatal(err)
	}
	objs, err := decodeManifest(t, data)
	if err != nil {
		t.Fatalf("strict decode: %v", err)
	}
	if len(objs.deploys) != 1 {
		t.Fatalf("want one Deployment, got %d", len(objs.deploys))
	}
	d := objs.deploys[0]
	pod := d.Spec.Template.Spec
	if sel := d.Spec.Selector; sel == nil || d.Spec.Template.Labels["app.kubernetes.io/name"] != sel.MatchLabels["app.kubernetes.io/name"] {
		t.Errorf("the selector does not match the pod labels")
	}

	// The ConfigMap's cfplane.yaml is a valid configuration.
	stateDir := ""
	for name, cm := range objs.configMaps {
		if body, ok := cm.Data["cfplane.yaml"]; ok {
			p := filepath.Join(t.TempDir(), "cfplane.yaml")
			if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
				t.Fatal(err)
			}
			cfg, err := config.Load(p)
			if err != nil {
				t.Errorf("ConfigMap %s: cfplane.yaml: %v", name, err)
				continue
			}
			stateDir = cfg.StateDir
		}
	}
	if stateDir == "" {
		t.Fatal("no ConfigMap carries cfplane.yaml with a state_dir")
	}

	// Pod-level restricted fields.
	psc := pod.SecurityContext
	if psc == nil || psc.RunAsNonRoot == nil || !*psc.RunAsNonRoot || psc.RunAsUser == nil || *psc.RunAsUser != uid ||
		psc.RunAsGroup == nil || *psc.RunAsGroup != uid || psc.FSGroup == nil || *psc.FSGroup != uid {
		t.Errorf("pod securityContext: want runAsNonRoot, runAsUser/runAsGroup/fsGroup %d: %+v", uid, psc)
	}
	if psc == nil || psc.SeccompProfile == nil || psc.SeccompProfile.Type != corev1.SeccompProfileTypeRuntimeDefault {
		t.Errorf("pod seccompProfile must be RuntimeDefault")
	}
	if pod.HostNetwork || pod.HostPID || pod.HostIPC {
		t.Errorf("host namespaces are not allowed under the restricted standard")
	}
	if pod.AutomountServiceAccountToken == nil || *pod.AutomountServiceAccountToken {
		t.Errorf("the pod should not mount a service account token (cfplane never calls the Kubernetes API)")
	}

	// Volumes point at objects in the file; restricted allows only these kinds.
	volumes := map[string]corev1.Volume{}
	for _, v := range pod.Volumes {
		volumes[v.Name] = v
		switch {
		case v.ConfigMap != nil:
			if _, ok := objs.configMaps[v.ConfigMap.Name]; !ok {
				t.Errorf("volume %s: ConfigMap %s is not in the manifest", v.Name, v.ConfigMap.Name)
			}
		case v.Secret != nil:
			if _, ok := objs.secrets[v.Secret.SecretName]; !ok {
				t.Errorf("volume %s: Secret %s is not in the manifest", v.Name, v.Secret.SecretName)
			}
		case v.PersistentVolumeClaim != nil:
			if _, ok := objs.pvcs[v.PersistentVolumeClaim.ClaimName]; !ok {
				t.Errorf("volume %s: PVC %s is not in the manifest", v.Name, v.PersistentVolumeClaim.ClaimName)
			}
		case v.EmptyDir != nil:
		default:
			t.Errorf("volume %s: only configMap, secret, PVC and emptyDir volumes are expected", v.Name)
		}
	}

	seen := map[string]bool{}
	for _, c := range pod.Containers {
		sc := c.SecurityContext
		if sc == nil || sc.AllowPrivilegeEscalation == nil || *sc.AllowPrivilegeEscalation {
			t.Errorf("%s: allowPrivilegeEscalation must be false", c.Name)
		}
		if sc == nil || sc.Capabilities == nil || !slices.Contains(sc.Capabilities.Drop, "ALL") || len(sc.Capabilities.Add) > 0 {
			t.Errorf("%s: capabilities must drop ALL and add none", c.Name)
		}
		if sc != nil && sc.Privileged != nil && *sc.Privileged {
			t.Errorf("%s: privileged", c.Name)
		}
		if sc != nil && sc.RunAsUser != nil && *sc.RunAsUser == 0 {
			t.Errorf("%s: runs as root", c.Name)
		}
		if sc == nil || sc.ReadOnlyRootFilesystem == nil || !*sc.ReadOnlyRootFilesystem {
			t.Errorf("%s: readOnlyRootFilesystem should be true", c.Name)
		}
		for _, m := range c.VolumeMounts {
			if _, ok := volumes[m.Name]; !ok {
				t.Errorf("%s: mounts the undefined volume %s", c.Name, m.Name)
			}
		}

		bin := imageBinary(c.Image)
		if bin == "" {
			continue // the agent
		}
		seen[bin] = true
		t.Run(c.Name, func(t *testing.T) {
			checkArgs(t, bin, c.Args)
			addr, _ := flagValue(c.Args, "--addr")
			if _, hasToken := flagValue(c.Args, "--auth-token-file"); !hasToken && !loopback(addr) {
				t.Errorf("MCP on %s beyond loopback without --auth-token-file would be refused", addr)
			}
			metrics, ok := flagValue(c.Args, "--metrics-addr")
			if !ok {
				t.Fatalf("no --metrics-addr: the kubelet cannot probe a loopback listener")
			}
			ports := map[string]int32{}
			for _, p := range c.Ports {
				ports[p.Name] = p.ContainerPort
			}
			for kind, p := range map[string]*corev1.Probe{"readiness": c.ReadinessProbe, "liveness": c.LivenessProbe} {
				if p == nil || p.HTTPGet == nil {
					t.Errorf("%s probe: want an HTTP probe", kind)
					continue
				}
				if p.HTTPGet.Host != "" {
					t.Errorf("%s probe sets host %q: the kubelet would probe that address on the node, not the pod", kind, p.HTTPGet.Host)
				}
				port := p.HTTPGet.Port.IntVal
				if p.HTTPGet.Port.StrVal != "" {
					port = ports[p.HTTPGet.Port.StrVal]
				}
				if port == 0 || !strings.HasSuffix(metrics, ":"+itoa(port)) || strings.HasPrefix(metrics, "127.") {
					t.Errorf("%s probe port %v is not the pod-reachable --metrics-addr %s", kind, p.HTTPGet.Port.String(), metrics)
				}
				want := map[string]string{"readiness": "/healthz", "liveness": "/livez"}[kind]
				if p.HTTPGet.Path != want {
					t.Errorf("%s probe path %s, want %s", kind, p.HTTPGet.Path, want)
				}
			}
			if cfgPath, ok := flagValue(c.Args, "--config"); ok && !mountedFrom(c, volumes, filepath.Dir(cfgPath), "configMap") {
				t.Errorf("--config %s is not on a ConfigMap mount", cfgPath)
			}
			if binaries[bin].UsesCloudflare {
				if !mountedFrom(c, volumes, stateDir, "pvc") {
					t.Errorf("state_dir %s is not on the PVC mount", stateDir)
				}
				var tokenFile string
				for _, e := range c.Env {
					if e.Name == clicore.TokenFileEnv {
						tokenFile = e.Value
					}
				}
				if tokenFile == "" || !secretKeyMounted(c, volumes, objs.secrets, tokenFile) {
					t.Errorf("%s=%q is not a key of a mounted Secret", clicore.TokenFileEnv, tokenFile)
				}
			}
		})
	}
	for bin := range binaries {
		if !seen[bin] {
			t.Errorf("%s is not in the pod", bin)
		}
	}
}

func itoa(n int32) string {
	b := []byte{}
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	return string(b)
}

func loopback(addr string) bool {
	return strings.HasPrefix(addr, "127.") || strings.HasPrefix(addr, "localhost:") || strings.HasPrefix(addr, "[::1]:")
}

func imageBinary(image string) string {
	m := regexp.MustCompile(`/(cloudflare_safe|waf_intelligence|oracle_answer|cfsim):`).FindStringSubmatch(image)
	if m == nil {
		return ""
	}
	return m[1]
}

func mountedFrom(c corev1.Container, volumes map[string]corev1.Volume, dir, kind string) bool {
	for _, m := range c.VolumeMounts {
		if filepath.Clean(m.MountPath) != filepath.Clean(dir) {
			continue
		}
		v := volumes[m.Name]
		switch kind {
		case "configMap":
			return v.ConfigMap != nil
		case "pvc":
			return v.PersistentVolumeClaim != nil && !m.ReadOnly
		}
	}
	return false
}

func secretKeyMounted(c corev1.Container, volumes map[string]corev1.Volume, secrets map[string]corev1.Secret, file string) bool {
	for _, m := range c.VolumeMounts {
		v := volumes[m.Name]
		if v.Secret == nil || filepath.Dir(file) != filepath.Clean(m.MountPath) {
			continue
		}
		s := secrets[v.Secret.SecretName]
		key := filepath.Base(file)
		_, inData := s.Data[key]
		_, inString := s.StringData[key]
		return inData || inString
	}
	return false
}

// ---- compose ----

func TestComposeFile(t *testing.T) {
	abs, err := filepath.Abs("../../configs/docker-compose.yml")
	if err != nil {
		t.Fatal(err)
	}
	body, err := os.ReadFile(abs)
	if err != nil {
		t.Fatal(err)
	}
	p, err := loader.LoadWithContext(context.Background(), composetypes.ConfigDetails{
		WorkingDir:  filepath.Dir(abs),
		ConfigFiles: []composetypes.ConfigFile{{Filename: abs, Content: body}},
		Environment: composetypes.Mapping{},
	}, func(o *loader.Options) { o.SetProjectName("cfplane", true) })
	if err != nil {
		t.Fatalf("compose loader: %v", err)
	}
	targets := dockerfileTargets(t)
	want := []string{"cfsim", "cloudflare_safe", "oracle_answer", "waf_intelligence"}
	var names []string
	for n := range p.Services {
		names = append(names, n)
	}
	slices.Sort(names)
	if !slices.Equal(names, want) {
		t.Fatalf("services %v, want %v", names, want)
	}
	for name, s := range p.Services {
		t.Run(name, func(t *testing.T) {
			checkArgs(t, name, s.Command)
			if s.Build == nil || !slices.Contains(targets, s.Build.Target) || s.Build.Target != name {
				t.Errorf("build target %v is not the Dockerfile's %s stage", s.Build, name)
			}
			if imageBinary(s.Image) != name {
				t.Errorf("image %q is not the %s image", s.Image, name)
			}
			if !s.ReadOnly || !slices.Contains(s.CapDrop, "ALL") || !slices.Contains(s.SecurityOpt, "no-new-privileges:true") {
				t.Errorf("want read_only, cap_drop ALL, no-new-privileges")
			}
			for _, port := range s.Ports {
				if port.HostIP != "127.0.0.1" {
					t.Errorf("port %d is published beyond the host's loopback (%q)", port.Target, port.HostIP)
				}
			}
			addr, _ := flagValue(s.Command, "--addr")
			if name == "cfsim" {
				if len(s.Ports) > 0 {
					t.Errorf("the sandbox accepts any token; it must not be published")
				}
				if !loopback(addr) && !slices.Contains(s.Command, "--listen-any") {
					t.Errorf("cfsim on %s without --listen-any exits", addr)
				}
				return
			}
			if sb, ok := flagValue(s.Command, "--sandbox"); ok {
				if !strings.HasPrefix(sb, "http://cfsim:") || !slices.Contains(s.Command, "--sandbox-allow-remote") {
					t.Errorf("--sandbox=%s: the cfsim service needs --sandbox-allow-remote", sb)
				}
				if !slices.Contains(s.GetDependencies(), "cfsim") {
					t.Errorf("uses the sandbox but does not depend on cfsim")
				}
			}
			tokenFile, ok := flagValue(s.Command, "--auth-token-file")
			if !loopback(addr) && !ok {
				t.Fatalf("--addr %s beyond loopback without --auth-token-file exits", addr)
			}
			found := false
			for _, sec := range s.Secrets {
				target := sec.Target
				if target == "" {
					target = "/run/secrets/" + sec.Source
				}
				if _, declared := p.Secrets[sec.Source]; declared && target == tokenFile {
					found = true
				}
			}
			if !found {
				t.Errorf("--auth-token-file %s is not a declared secret of the service", tokenFile)
			}
			if binaries[name].UsesCloudflare {
				ok := false
				for _, v := range s.Volumes {
					ok = ok || v.Type == "volume" && v.Target == imageStateDir
				}
				if !ok {
					t.Errorf("no named volume on the image's state folder %s", imageStateDir)
				}
			}
		})
	}
	for name, sec := range p.Secrets {
		if !strings.HasPrefix(sec.File, filepath.Join(filepath.Dir(abs), "secrets")+"/") {
			t.Errorf("secret %s: file %s is not under configs/secrets (git-ignored)", name, sec.File)
		}
	}
}

func dockerfileTargets(t *testing.T) []string {
	f, err := os.Open("../../Dockerfile")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	b, _ := io.ReadAll(f)
	var out []string
	for _, m := range regexp.MustCompile(`(?mi)^FROM\s+\S+\s+AS\s+(\S+)\s*$`).FindAllStringSubmatch(string(b), -1) {
		out = append(out, m[1])
	}
	return out
}
