package plan

import (
	"errors"
	"fmt"
	"net"
	"os"
	"strings"

	"golang.org/x/crypto/ssh"
	"golang.org/x/crypto/ssh/agent"
)

// KeyFileSigner reads an OpenSSH private key file (unencrypted) for
// `cloudflare_safe approve --key FILE`. An encrypted key is refused with
// the way to use it: through ssh-agent.
func KeyFileSigner(path string) (ssh.Signer, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("--key %s cannot be read: %v", path, errors.Unwrap(err))
	}
	s, err := ssh.ParsePrivateKey(b)
	var pm *ssh.PassphraseMissingError
	switch {
	case errors.As(err, &pm):
		return nil, fmt.Errorf("--key %s is passphrase-protected; add it to ssh-agent (`ssh-add %s`, `ssh-add -c` to confirm each use) and run approve with --key %s.pub", path, path, path)
	case err != nil:
		if _, _, _, _, perr := ssh.ParseAuthorizedKey(b); perr == nil {
			return nil, errPublicKeyFile
		}
		return nil, fmt.Errorf("--key %s is not an OpenSSH private key (%v); accepted: a key file made by ssh-keygen -t ed25519, or its .pub with the key loaded in ssh-agent", path, err)
	}
	return s, nil
}

var errPublicKeyFile = errors.New("public key file")

// AgentSigner picks the signing key from the ssh-agent at sock: the one
// whose public key is pub when given, else the one key of the agent listed
// in allowed (or the agent's only key). FIDO keys (sk-ssh-ed25519) ask for
// a touch and keys added with `ssh-add -c` ask for confirmation, in the
// agent, as the signature is made.
func AgentSigner(sock string, pub ssh.PublicKey, allowed []AllowedSigner) (ssh.Signer, func(), error) {
	if sock == "" {
		return nil, nil, errors.New("no signing key: pass --key FILE (an OpenSSH private key, or the .pub of a key loaded in ssh-agent), or start ssh-agent and set SSH_AUTH_SOCK")
	}
	conn, err := net.Dial("unix", sock)
	if err != nil {
		return nil, nil, fmt.Errorf("ssh-agent at SSH_AUTH_SOCK=%s: %v", sock, err)
	}
	signers, err := agent.NewClient(conn).Signers()
	if err != nil {
		conn.Close()
		return nil, nil, fmt.Errorf("ssh-agent: %v", err)
	}
	closeFn := func() { conn.Close() }
	var pick []ssh.Signer
	for _, s := range signers {
		fp := ssh.FingerprintSHA256(s.PublicKey())
		switch {
		case pub != nil:
			if fp == ssh.FingerprintSHA256(pub) {
				pick = append(pick, s)
			}
		case len(allowed) > 0:
			for _, a := range allowed {
				if ssh.FingerprintSHA256(a.Key) == fp {
					pick = append(pick, s)
					break
				}
			}
		default:
			pick = append(pick, s)
		}
	}
	switch {
	case len(pick) == 1:
		return pick[0], closeFn, nil
	case len(pick) == 0 && pub != nil:
		closeFn()
		return nil, nil, fmt.Errorf("the ssh-agent does not hold the key %s; `ssh-add` it first", ssh.FingerprintSHA256(pub))
	case len(pick) == 0:
		closeFn()
		return nil, nil, fmt.Errorf("the ssh-agent holds %d key(s), none listed in approval.allowed_signers; `ssh-add` your approval key or pass --key", len(signers))
	default:
		var fps []string
		for _, s := range pick {
			fps = append(fps, ssh.FingerprintSHA256(s.PublicKey()))
		}
		closeFn()
		return nil, nil, fmt.Errorf("the ssh-agent holds several usable keys (%s); choose one with --key FILE.pub", strings.Join(fps, ", "))
	}
}

// ApprovalSigner returns the signer `approve` uses: --key FILE (a private
// key, or a public key whose private half is in the agent), else the agent.
func ApprovalSigner(keyFile, sock string, allowed []AllowedSigner) (ssh.Signer, func(), error) {
	if keyFile == "" {
		return AgentSigner(sock, nil, allowed)
	}
	s, err := KeyFileSigner(keyFile)
	if errors.Is(err, errPublicKeyFile) {
		b, _ := os.ReadFile(keyFile)
		pub, _, _, _, _ := ssh.ParseAuthorizedKey(b)
		return AgentSigner(sock, pub, nil)
	}
	if err != nil {
		return nil, nil, err
	}
	return s, func() {}, nil
}

// AgentExposure says when the ssh-agent this process can reach (sock, from
// its own environment) holds a key listed in approval.allowed_signers: the
// model running beside the server could then sign approvals through it,
// unless the key asks for a touch (FIDO) or a confirmation (ssh-add -c).
// "" when there is no such agent.
func AgentExposure(allowed []AllowedSigner, sock string) string {
	if sock == "" || len(allowed) == 0 {
		return ""
	}
	conn, err := net.DialTimeout("unix", sock, 2e9)
	if err != nil {
		return ""
	}
	defer conn.Close()
	keys, err := agent.NewClient(conn).List()
	if err != nil {
		return ""
	}
	for _, k := range keys {
		fp := ssh.FingerprintSHA256(k)
		for _, a := range allowed {
			if ssh.FingerprintSHA256(a.Key) == fp {
				return "the server's environment reaches an ssh-agent (SSH_AUTH_SOCK) holding approver key " + fp + " (" + a.Principal + "): unless that key needs a touch (FIDO, sk-ssh-ed25519) or was added with `ssh-add -c`, anything running beside the server can approve; start the server without SSH_AUTH_SOCK"
			}
		}
	}
	return ""
}
