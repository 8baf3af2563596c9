package plan

import (
	"time"
	"unicode/utf8"
)

// OpRef names the object one operation touched, without its values.
type OpRef struct {
	Kind     string `json:"kind"`
	Action   string `json:"action"`
	Object   string `json:"object"`
	ID       string `json:"id,omitempty"`
	Identity string `json:"identity,omitempty"`
}

func opRefs(ops []Op) []OpRef {
	var out []OpRef
	for _, o := range ops {
		out = append(out, OpRef{Kind: o.Kind, Action: o.Action, Object: o.Object, ID: o.ID, Identity: o.Identity})
	}
	return out
}

// compactRefs is what a compacted entry keeps: the operations that named
// an existing object by id (what attribution matches), with labels
// clipped, so that compaction still shrinks the journal.
func compactRefs(ops []Op) []OpRef {
	var out []OpRef
	for _, o := range ops {
		if o.ID == "" {
			continue
		}
		label := o.Object
		if len(label) > 80 {
			n := 80
			for n > 0 && !utf8.RuneStart(label[n]) {
				n--
			}
			label = label[:n] + "…"
		}
		out = append(out, OpRef{Kind: o.Kind, Action: o.Action, Object: label, ID: o.ID})
	}
	return out
}

// ChangeTouch is one change of the journal with the objects it touched.
type ChangeTouch struct {
	ChangeID string    `json:"change_id"`
	PlanID   string    `json:"plan_id"`
	ZoneID   string    `json:"zone_id"`
	Time     time.Time `json:"time"`
	// Status is the change's outcome (empty while it has none).
	Status string  `json:"status,omitempty"`
	Ops    []OpRef `json:"ops"`
}

// ZoneTouches lists the changes of a zone (by id) in journal order, each
// with the objects its operations touched; compacted changes keep theirs
// (drift attribution reads this, not the journal's files).
func (e *Engine) ZoneTouches(zoneID string) ([]ChangeTouch, error) {
	if err := e.init(); err != nil {
		return nil, err
	}
	var cs []changeState
	err := e.journal.withIndex(func(ix *journalIndex) error {
		for _, id := range ix.byZone[zoneID] {
			cs = append(cs, *ix.changes[id])
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	out := make([]ChangeTouch, 0, len(cs))
	for i := range cs {
		c := &cs[i]
		t := ChangeTouch{ChangeID: c.intent.ChangeID, PlanID: c.intent.PlanID, ZoneID: c.intent.Zone.ID, Time: c.intent.Time}
		if c.outcome != nil {
			t.Status = c.outcome.Status
		}
		if c.compacted {
			t.Ops = c.intent.Touched
		} else {
			full, err := e.journal.intentAt(c)
			if err != nil {
				return nil, err
			}
			t.Ops = opRefs(full.Ops)
		}
		out = append(out, t)
	}
	return out, nil
}
