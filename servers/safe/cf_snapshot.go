package safe

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/cfplane/cfplane/pkg/cfclient"
	"github.com/cfplane/cfplane/pkg/cli"
	"github.com/cfplane/cfplane/pkg/lazyre"
	"github.com/cfplane/cfplane/pkg/mcpkit"
)

// Limits of snapshots.
const (
	// maxSnapshotFileBytes bounds a snapshot file read back.
	maxSnapshotFileBytes = 64 << 20
	snapshotFormat       = 1
	snapshotDirName      = "snapshots"
)

// maxSnapshotRecords is the most DNS records a snapshot holds; a larger
// zone is refused rather than snapshotted in part. A variable for tests.
var maxSnapshotRecords = 10000

// maxStoredSnapshots bounds the snapshots kept under state_dir, so that a
// loop of cf_snapshot calls cannot fill the disk. A variable for tests.
var maxStoredSnapshots = 500

// snapshotPhases are the ruleset phases a snapshot holds, in order.
var snapshotPhases = []string{cfclient.PhaseCustom, cfclient.PhaseRateLimit, cfclient.PhaseManaged}

// snapshotIDPattern is the shape of every snapshot id: the UTC time it was
// taken and 96 random bits. Only ids of this shape are looked up on disk.
var snapshotIDPattern = lazyre.New(`^snap-[0-9]{8}T[0-9]{6}Z-[0-9a-f]{24}$`)

const snapshotIDHelp = "ids that cf_snapshot returned, like snap-20261121T080000Z- followed by 24 hex digits"

// SnapshotArgs are cf_snapshot's arguments.
type SnapshotArgs struct {
	Zone string `json:"zone" jsonschema:"zone name or 32-hex id"`
}

// SnapshotCounts counts what a snapshot holds.
type SnapshotCounts struct {
	DNSRecords int `json:"dns_records"`
	Rulesets   int `json:"rulesets"`
	Rules      int `json:"rules"`
	Settings   int `json:"settings"`
}

// SnapshotResult is cf_snapshot's result.
type SnapshotResult struct {
	SnapshotID string `json:"snapshot_id"`
	Zone       string `json:"zone"`
	ZoneID     string `json:"zone_id"`
	TakenAt    string `json:"taken_at"`
	// Hash is the sha256 of the canonical JSON of the snapshot's content.
	Hash   string         `json:"hash"`
	Counts SnapshotCounts `json:"counts"`
}

// snapshotFile is a snapshot as stored.
type snapshotFile struct {
	Format  int           `json:"format"`
	ID      string        `json:"id"`
	TakenAt string        `json:"taken_at"`
	Hash    string        `json:"hash"`
	Content zoneStateSnap `json:"content"`
}

// zoneStateSnap is the state of one zone: what a snapshot holds and what
// a diff compares. Volatile fields (modification times, versions) are left
// out so that an unchanged zone has an unchanged hash.
type zoneStateSnap struct {
	ZoneID   string        `json:"zone_id"`
	ZoneName string        `json:"zone_name"`
	DNS      []snapRecord  `json:"dns"`
	Rulesets []snapRuleset `json:"rulesets"`
	Settings []snapSetting `json:"settings"`
}

type snapRecord struct {
	ID       string          `json:"id"`
	Type     string          `json:"type"`
	Name     string          `json:"name"`
	Content  string          `json:"content,omitempty"`
	TTL      int             `json:"ttl"`
	Proxied  bool            `json:"proxied"`
	Priority *int            `json:"priority,omitempty"`
	Comment  string          `json:"comment,omitempty"`
	Tags     []string        `json:"tags,omitempty"`
	Data     json.RawMessage `json:"data,omitempty"`
}

type snapRuleset struct {
	Phase string     `json:"phase"`
	ID    string     `json:"id"`
	Name  string     `json:"name,omitempty"`
	Rules []snapRule `json:"rules"`
}

type snapRule struct {
	ID               string          `json:"id"`
	Ref              string          `json:"ref,omitempty"`
	Action           string          `json:"action"`
	Expression       string          `json:"expression"`
	Description      string          `json:"description,omitempty"`
	Enabled          bool            `json:"enabled"`
	ActionParameters json.RawMessage `json:"action_parameters,omitempty"`
	RateLimit        json.RawMessage `json:"ratelimit,omitempty"`
	Logging          json.RawMessage `json:"logging,omitempty"`
}

type snapSetting struct {
	ID    string          `json:"id"`
	Value json.RawMessage `json:"value"`
}

func (s zoneStateSnap) counts() SnapshotCounts {
	c := SnapshotCounts{DNSRecords: len(s.DNS), Rulesets: len(s.Rulesets), Settings: len(s.Settings)}
	for _, rs := range s.Rulesets {
		c.Rules += len(rs.Rules)
	}
	return c
}

func cfSnapshot(d *cli.Deps) mcpkit.Tool {
	return compactOutputSchema(mcpkit.NewTool("cf_snapshot",
		"Snapshot a zone (DNS records, custom/rate-limit/managed rulesets, settings) into local storage; returns its id, content hash and counts, for cf_config_diff.",
		mcpkit.ReadHints,
		func(ctx context.Context, a SnapshotArgs) (SnapshotResult, error) {
			z, err := resolveZone(ctx, d, a.Zone)
			if err != nil {
				return SnapshotResult{}, err
			}
			state, err := readZoneState(ctx, d, z)
			if err != nil {
				return SnapshotResult{}, err
			}
			f, err := storeSnapshot(d.Config.StateDir, state, time.Now().UTC())
			if err != nil {
				return SnapshotResult{}, err
			}
			return SnapshotResult{SnapshotID: f.ID, Zone: z.Name, ZoneID: z.ID, TakenAt: f.TakenAt, Hash: f.Hash, Counts: state.counts()}, nil
		}))
}

// readZoneState reads a zone's DNS records, phase entry point rulesets and
// settings from Cloudflare.
func readZoneState(ctx context.Context, d *cli.Deps, z cfclient.Zone) (zoneStateSnap, error) {
	s := zoneStateSnap{ZoneID: z.ID, ZoneName: z.Name, DNS: []snapRecord{}, Rulesets: []snapRuleset{}, Settings: []snapSetting{}}
	_, more, err := d.Client.EachDNSRecord(ctx, z.ID, cfclient.DNSFilter{}, maxSnapshotRecords, func(r cfclient.DNSRecord) error {
		rec := snapRecord{ID: r.ID, Type: r.Type, Name: r.Name, Content: r.Content, TTL: r.TTL, Proxied: r.Proxied,
			Priority: r.Priority, Comment: r.Comment, Data: canonicalRaw(r.Data)}
		if len(r.Tags) > 0 {
			rec.Tags = append([]string(nil), r.Tags...)
			sort.Strings(rec.Tags)
		}
		s.DNS = append(s.DNS, rec)
		return nil
	})
	if err != nil {
		return s, mcpkit.Errorf("reading the DNS records of zone %s failed: %v", z.Name, err)
	}
	if more {
		return s, mcpkit.Errorf("zone %s has more than %d DNS records; a snapshot holds at most %d and is not taken in part", z.Name, maxSnapshotRecords, maxSnapshotRecords)
	}
	sort.Slice(s.DNS, func(i, j int) bool {
		a, b := s.DNS[i], s.DNS[j]
		if a.Name != b.Name {
			return a.Name < b.Name
		}
		if a.Type != b.Type {
			return a.Type < b.Type
		}
		if a.Content != b.Content {
			return a.Content < b.Content
		}
		return a.ID < b.ID
	})
	for _, phase := range snapshotPhases {
		rs, err := d.Client.GetPhaseEntrypoint(ctx, z.ID, phase)
		if errors.Is(err, cfclient.ErrNotFound) {
			continue
		}
		if err != nil {
			return s, mcpkit.Errorf("reading the %s ruleset of zone %s failed: %v", phase, z.Name, err)
		}
		sr := snapRuleset{Phase: phase, ID: rs.ID, Name: rs.Name, Rules: []snapRule{}}
		for _, r := range rs.Rules {
			sr.Rules = append(sr.Rules, snapRule{ID: r.ID, Ref: r.Ref, Action: r.Action, Expression: r.Expression,
				Description: r.Description, Enabled: r.Enabled == nil || *r.Enabled,
				ActionParameters: canonicalRaw(r.ActionParameters), RateLimit: canonicalRaw(r.RateLimit), Logging: canonicalRaw(r.Logging)})
		}
		s.Rulesets = append(s.Rulesets, sr)
	}
	settings, err := d.Client.GetZoneSettings(ctx, z.ID)
	if err != nil {
		return s, mcpkit.Errorf("reading the settings of zone %s failed: %v", z.Name, err)
	}
	for _, st := range settings {
		s.Settings = append(s.Settings, snapSetting{ID: st.ID, Value: canonicalRaw(st.Value)})
	}
	sort.Slice(s.Settings, func(i, j int) bool { return s.Settings[i].ID < s.Settings[j].ID })
	return s, nil
}

// canonicalJSON encodes v as canonical JSON: object keys sorted, no
// insignificant space, no HTML escaping, numbers as written.
func canonicalJSON(v any) ([]byte, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var generic any
	if err := dec.Decode(&generic); err != nil {
		return nil, err
	}
	var out bytes.Buffer
	enc := json.NewEncoder(&out)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(generic); err != nil {
		return nil, err
	}
	return bytes.TrimRight(out.Bytes(), "\n"), nil
}

// canonicalRaw returns raw JSON in canonical form, nil for an absent or
// null value, and raw itself if it is not valid JSON.
func canonicalRaw(raw json.RawMessage) json.RawMessage {
	t := bytes.TrimSpace(raw)
	if len(t) == 0 || string(t) == "null" {
		return nil
	}
	b, err := canonicalJSON(json.RawMessage(t))
	if err != nil {
		return raw
	}
	return b
}

// hashState is "sha256:" and the hex sha256 of the state's canonical JSON.
func hashState(s zoneStateSnap) (string, error) {
	b, err := canonicalJSON(s)
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256(b)
	return "sha256:" + hex.EncodeToString(sum[:]), nil
}

func snapshotDir(stateDir string) (string, error) {
	if strings.TrimSpace(stateDir) == "" {
		return "", mcpkit.Errorf("no state_dir is configured; set state_dir in cfplane.yaml to store snapshots")
	}
	return filepath.Join(stateDir, snapshotDirName), nil
}

// storeSnapshot writes a new snapshot file (0600, in a 0700 directory),
// atomically: a reader sees the whole file or none.
func storeSnapshot(stateDir string, s zoneStateSnap, now time.Time) (snapshotFile, error) {
	var f snapshotFile
	dir, err := snapshotDir(stateDir)
	if err != nil {
		return f, err
	}
	hash, err := hashState(s)
	if err != nil {
		return f, mcpkit.Internal(fmt.Errorf("hash snapshot: %w", err))
	}
	rnd := make([]byte, 12)
	if _, err := rand.Read(rnd); err != nil {
		return f, mcpkit.Internal(fmt.Errorf("snapshot id: %w", err))
	}
	f = snapshotFile{Format: snapshotFormat, ID: "snap-" + now.Format("20060102T150405Z") + "-" + hex.EncodeToString(rnd),
		TakenAt: now.Format(time.RFC3339), Hash: hash, Content: s}
	b, err := json.Marshal(f)
	if err != nil {
		return f, mcpkit.Internal(fmt.Errorf("encode snapshot: %w", err))
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return f, mcpkit.Errorf("cannot create the snapshot directory under state_dir: %v", pathless(err))
	}
	if err := os.Chmod(dir, 0o700); err != nil {
		return f, mcpkit.Errorf("cannot restrict the snapshot directory under state_dir: %v", pathless(err))
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return f, mcpkit.Errorf("cannot read the snapshot directory under state_dir: %v", pathless(err))
	}
	stored := 0
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".json") {
			stored++
		}
	}
	if stored >= maxStoredSnapshots {
		return f, mcpkit.Errorf("%d snapshots are stored, the most this server keeps; an operator must delete old ones from the snapshots directory under state_dir before another is taken", stored)
	}
	tmp, err := os.CreateTemp(dir, ".tmp-snap-*")
	if err != nil {
		return f, mcpkit.Errorf("cannot write a snapshot under state_dir: %v", pathless(err))
	}
	defer os.Remove(tmp.Name()) // no-op after the rename
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return f, mcpkit.Errorf("cannot write a snapshot under state_dir: %v", pathless(err))
	}
	if _, err := tmp.Write(b); err != nil {
		tmp.Close()
		return f, mcpkit.Errorf("cannot write a snapshot under state_dir: %v", pathless(err))
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return f, mcpkit.Errorf("cannot write a snapshot under state_dir: %v", pathless(err))
	}
	if err := tmp.Close(); err != nil {
		return f, mcpkit.Errorf("cannot write a snapshot under state_dir: %v", pathless(err))
	}
	if err := os.Rename(tmp.Name(), filepath.Join(dir, f.ID+".json")); err != nil {
		return f, mcpkit.Errorf("cannot write a snapshot under state_dir: %v", pathless(err))
	}
	return f, nil
}

// loadSnapshot reads a snapshot by id. The id must have the shape of the
// ids cf_snapshot hands out, so it can only name a file in the snapshot
// directory; the file must be a regular file whose content still matches
// its hash.
func loadSnapshot(stateDir, id string) (snapshotFile, error) {
	var f snapshotFile
	if !snapshotIDPattern.MatchString(id) {
		return f, mcpkit.Errorf("snapshot id %q is not a snapshot id; accepted: %s", clipQuoted(id, 80), snapshotIDHelp)
	}
	dir, err := snapshotDir(stateDir)
	if err != nil {
		return f, err
	}
	path := filepath.Join(dir, id+".json")
	fi, err := os.Lstat(path)
	if errors.Is(err, os.ErrNotExist) {
		return f, mcpkit.Errorf("no snapshot %s is stored on this server; cf_snapshot takes one and returns its id", id)
	}
	if err != nil {
		return f, mcpkit.Errorf("cannot read snapshot %s: %v", id, pathless(err))
	}
	if !fi.Mode().IsRegular() || fi.Size() > maxSnapshotFileBytes {
		return f, mcpkit.Errorf("snapshot %s is not a regular file of at most %d bytes; take a new snapshot", id, maxSnapshotFileBytes)
	}
	file, err := os.Open(path)
	if err != nil {
		return f, mcpkit.Errorf("cannot read snapshot %s: %v", id, pathless(err))
	}
	defer file.Close()
	dec := json.NewDecoder(io.LimitReader(file, maxSnapshotFileBytes))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil || f.Format != snapshotFormat || f.ID != id {
		return snapshotFile{}, mcpkit.Errorf("snapshot %s is damaged or of an unknown format; take a new snapshot", id)
	}
	if h, err := hashState(f.Content); err != nil || h != f.Hash {
		return snapshotFile{}, mcpkit.Errorf("snapshot %s is damaged: its content no longer matches its hash %s; take a new snapshot", id, f.Hash)
	}
	return f, nil
}

// pathless drops the file path from a file system error: the state
// directory's location is not the client's business.
func pathless(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}
