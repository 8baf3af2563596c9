package cfsim

import (
	"encoding/base64"
	"net/http"
	"net/netip"
	"strconv"
	"strings"
	"time"
)

type ipList struct {
	ID          string
	Name        string
	Description string
	Kind        string
	CreatedOn   time.Time
	ModifiedOn  time.Time
	Items       []*listItem
}

type listItem struct {
	ID         string
	IP         string
	Comment    string
	CreatedOn  time.Time
	ModifiedOn time.Time
}

type bulkOp struct {
	ID        string
	Status    string
	Completed time.Time
	Error     string
}

// json renders the list; refs is how many rules reference it as $name.
func (l *ipList) json(refs int) map[string]any {
	return map[string]any{
		"id": l.ID, "name": l.Name, "description": l.Description, "kind": l.Kind,
		"num_items": len(l.Items), "num_referencing_filters": refs,
		"created_on": ts(l.CreatedOn), "modified_on": ts(l.ModifiedOn),
	}
}

func (it *listItem) json() map[string]any {
	m := map[string]any{"id": it.ID, "ip": it.IP, "created_on": ts(it.CreatedOn), "modified_on": ts(it.ModifiedOn)}
	if it.Comment != "" {
		m["comment"] = it.Comment
	}
	return m
}

func (s *Sim) listRoutes(route func(string, handlerFunc)) {
	route("GET /accounts/{account_id}/rules/lists", s.listsList)
	route("POST /accounts/{account_id}/rules/lists", s.listCreate)
	route("GET /accounts/{account_id}/rules/lists/{list_id}", s.listGet)
	route("PUT /accounts/{account_id}/rules/lists/{list_id}", s.listUpdate)
	route("DELETE /accounts/{account_id}/rules/lists/{list_id}", s.listDelete)
	route("GET /accounts/{account_id}/rules/lists/{list_id}/items/{item_id}", s.listItemGet)
	// One pattern for .../{list_id}/items and .../bulk_operations/{operation_id}:
	// as two patterns they would overlap.
	route("GET /accounts/{account_id}/rules/lists/{list_id}/{sub}", s.listSubGet)
	route("POST /accounts/{account_id}/rules/lists/{list_id}/items", s.listItemsAdd)
	route("PUT /accounts/{account_id}/rules/lists/{list_id}/items", s.listItemsReplace)
	route("DELETE /accounts/{account_id}/rules/lists/{list_id}/items", s.listItemsDelete)
}

func (s *Sim) listSubGet(w http.ResponseWriter, r *http.Request) error {
	if r.PathValue("list_id") == "bulk_operations" {
		return s.bulkOpGet(w, r, r.PathValue("sub"))
	}
	if r.PathValue("sub") == "items" {
		return s.listItems(w, r)
	}
	return errf(400, 7000, "No route for that URI")
}

// listJSON renders l with the number of ruleset rules whose expression uses $name.
func (s *Sim) listJSON(l *ipList) map[string]any {
	refs := 0
	for _, rs := range s.st.rulesets {
		for _, ru := range rs.Rules {
			if e, _ := ru.Fields["expression"].(string); strings.Contains(e, "$"+l.Name) {
				refs++
			}
		}
	}
	return l.json(refs)
}

func listErr(status int, format string, args ...any) *httpError {
	return errf(status, 10001, format, args...)
}

func (s *Sim) findList(r *http.Request) (*ipList, error) {
	if err := checkAccount(r); err != nil {
		return nil, err
	}
	id := r.PathValue("list_id")
	for _, l := range s.st.lists {
		if l.ID == id {
			return l, nil
		}
	}
	return nil, errf(404, 10000+1, "list not found")
}

func (s *Sim) listsList(w http.ResponseWriter, r *http.Request) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := checkAccount(r); err != nil {
		return err
	}
	out := []map[string]any{}
	for _, l := range s.st.lists {
		out = append(out, s.listJSON(l))
	}
	writeOK(w, out)
	return nil
}

func validListName(n string) bool {
	if n == "" || len(n) > 50 {
		return false
	}
	for _, c := range n {
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}

func (s *Sim) listCreate(w http.ResponseWriter, r *http.Request) error {
	var in struct {
		Name        string `json:"name"`
		Kind        string `json:"kind"`
		Description string `json:"description"`
	}
	if err := decodeBody(r, &in); err != nil {
		return err
	}
	if !validListName(in.Name) {
		return listErr(400, "list name must be 1-50 characters of lower-case letters, digits and underscores")
	}
	if in.Kind != "ip" {
		return listErr(400, "the simulator supports lists of kind ip (got %q)", in.Kind)
	}
	if len(in.Description) > 500 {
		return listErr(400, "description is longer than 500 characters")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := checkAccount(r); err != nil {
		return err
	}
	for _, l := range s.st.lists {
		if l.Name == in.Name {
			return listErr(400, "a list named %s already exists", in.Name)
		}
	}
	now := s.Now()
	l := &ipList{ID: s.newID("list"), Name: in.Name, Kind: in.Kind, Description: in.Description, CreatedOn: now, ModifiedOn: now}
	s.st.lists = append(s.st.lists, l)
	s.audit("list_create", "rules_list", l.ID, "", map[string]any{"list_name": l.Name}, "", "")
	writeOK(w, s.listJSON(l))
	return nil
}

func (s *Sim) listGet(w http.ResponseWriter, r *http.Request) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	l, err := s.findList(r)
	if err != nil {
		return err
	}
	writeOK(w, s.listJSON(l))
	return nil
}

// listUpdate changes a list's description (the only mutable field).
func (s *Sim) listUpdate(w http.ResponseWriter, r *http.Request) error {
	var in struct {
		Description *string `json:"description"`
	}
	if err := decodeBody(r, &in); err != nil {
		return err
	}
	if in.Description != nil && len(*in.Description) > 500 {
		return listErr(400, "description is longer than 500 characters")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	l, err := s.findList(r)
	if err != nil {
		return err
	}
	if in.Description != nil {
		l.Description = *in.Description
	}
	l.ModifiedOn = s.Now()
	s.audit("list_update", "rules_list", l.ID, "", map[string]any{"list_name": l.Name}, "", "")
	writeOK(w, s.listJSON(l))
	return nil
}

// listDelete removes a list, refusing (as the API does) while rules use it.
func (s *Sim) listDelete(w http.ResponseWriter, r *http.Request) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	l, err := s.findList(r)
	if err != nil {
		return err
	}
	if refs := s.listJSON(l)["num_referencing_filters"].(int); refs > 0 {
		return listErr(400, "list %s is referenced by %d rule(s); remove those references first", l.Name, refs)
	}
	for i, x := range s.st.lists {
		if x == l {
			s.st.lists = append(s.st.lists[:i:i], s.st.lists[i+1:]...)
			break
		}
	}
	s.audit("list_delete", "rules_list", l.ID, "", map[string]any{"list_name": l.Name}, "", "")
	writeOK(w, map[string]any{"id": l.ID})
	return nil
}

func (s *Sim) listItemGet(w http.ResponseWriter, r *http.Request) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	l, err := s.findList(r)
	if err != nil {
		return err
	}
	for _, it := range l.Items {
		if it.ID == r.PathValue("item_id") {
			writeOK(w, it.json())
			return nil
		}
	}
	return errf(404, 10001, "list item not found")
}

// listItems pages with an opaque cursor in result_info.cursors.after, as the
// real API does (absent on the last page).
func (s *Sim) listItems(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	per := 25
	if v := q.Get("per_page"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 500 {
			return listErr(400, "per_page must be between 1 and 500")
		}
		per = n
	}
	start := 0
	if c := q.Get("cursor"); c != "" {
		b, err := base64.RawURLEncoding.DecodeString(c)
		n, err2 := strconv.Atoi(strings.TrimPrefix(string(b), "o:"))
		if err != nil || err2 != nil || n < 0 || !strings.HasPrefix(string(b), "o:") {
			return listErr(400, "invalid cursor")
		}
		start = n
	}
	search := strings.ToLower(q.Get("search"))
	s.mu.Lock()
	defer s.mu.Unlock()
	l, err := s.findList(r)
	if err != nil {
		return err
	}
	var items []*listItem
	for _, it := range l.Items {
		if search == "" || strings.Contains(strings.ToLower(it.IP), search) || strings.Contains(strings.ToLower(it.Comment), search) {
			items = append(items, it)
		}
	}
	out := []map[string]any{}
	end := min(start+per, len(items))
	for i := start; i < end; i++ {
		out = append(out, items[i].json())
	}
	cursors := map[string]any{}
	if start > 0 {
		cursors["before"] = base64.RawURLEncoding.EncodeToString([]byte("o:" + strconv.Itoa(max(start-per, 0))))
	}
	if end < len(items) {
		cursors["after"] = base64.RawURLEncoding.EncodeToString([]byte("o:" + strconv.Itoa(end)))
	}
	writeList(w, out, map[string]any{"cursors": cursors})
	return nil
}

// normListIP validates an IP list item: an IPv4 address or CIDR (/8–/32) or
// an IPv6 CIDR (/12–/64) or address, stored in canonical form.
func normListIP(v string) (string, bool) {
	if p, err := netip.ParsePrefix(v); err == nil {
		if p.Addr().Is4() && p.Bits() >= 8 && p.Bits() <= 32 || p.Addr().Is6() && p.Bits() >= 12 && p.Bits() <= 64 {
			p = p.Masked()
			if p.Addr().Is4() && p.Bits() == 32 {
				return p.Addr().String(), true
			}
			return p.String(), true
		}
		return "", false
	}
	if a, err := netip.ParseAddr(v); err == nil && a.Zone() == "" {
		if a.Is6() {
			return netip.PrefixFrom(a, 64).Masked().String(), true
		}
		return a.String(), true
	}
	return "", false
}

type itemIn struct {
	IP      string `json:"ip"`
	Comment string `json:"comment"`
}

func (s *Sim) readItems(r *http.Request) ([]itemIn, error) {
	var in []itemIn
	if err := decodeBody(r, &in); err != nil {
		return nil, err
	}
	for i := range in {
		ip, ok := normListIP(in[i].IP)
		if !ok {
			return nil, listErr(400, "item %d: %q is not a valid IP list item (IPv4 address or /8–/32 CIDR, IPv6 /12–/64 CIDR)", i, in[i].IP)
		}
		in[i].IP = ip
	}
	return in, nil
}

func (s *Sim) completeOp(l *ipList, action string, n int) string {
	s.audit(action, "rules_list", l.ID, "", map[string]any{"list_name": l.Name, "items": n}, "", "")
	id := s.newID("bulk")
	s.st.bulkOps[id] = &bulkOp{ID: id, Status: "completed", Completed: s.Now()}
	return id
}

func (s *Sim) listItemsAdd(w http.ResponseWriter, r *http.Request) error {
	in, err := s.readItems(r)
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	l, err := s.findList(r)
	if err != nil {
		return err
	}
	now := s.Now()
	for _, it := range in {
		found := false
		for _, ex := range l.Items {
			if ex.IP == it.IP { // adding an existing item updates its comment
				ex.Comment, ex.ModifiedOn, found = it.Comment, now, true
			}
		}
		if !found {
			l.Items = append(l.Items, &listItem{ID: s.newID("item"), IP: it.IP, Comment: it.Comment, CreatedOn: now, ModifiedOn: now})
		}
	}
	l.ModifiedOn = now
	writeOK(w, map[string]any{"operation_id": s.completeOp(l, "items_add", len(in))})
	return nil
}

func (s *Sim) listItemsReplace(w http.ResponseWriter, r *http.Request) error {
	in, err := s.readItems(r)
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	l, err := s.findList(r)
	if err != nil {
		return err
	}
	now := s.Now()
	var items []*listItem
	seen := map[string]bool{}
	for _, it := range in {
		if seen[it.IP] {
			continue
		}
		seen[it.IP] = true
		items = append(items, &listItem{ID: s.newID("item"), IP: it.IP, Comment: it.Comment, CreatedOn: now, ModifiedOn: now})
	}
	l.Items = items
	l.ModifiedOn = now
	writeOK(w, map[string]any{"operation_id": s.completeOp(l, "items_replace", len(items))})
	return nil
}

// listItemsDelete removes the items named in {"items":[{"id":…}]}.
func (s *Sim) listItemsDelete(w http.ResponseWriter, r *http.Request) error {
	var in struct {
		Items []struct {
			ID string `json:"id"`
		} `json:"items"`
	}
	if err := decodeBody(r, &in); err != nil {
		return listErr(400, `delete needs a body {"items":[{"id":"…"}]}`)
	}
	if len(in.Items) == 0 {
		return listErr(400, `delete needs a body {"items":[{"id":"…"}]}`)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	l, err := s.findList(r)
	if err != nil {
		return err
	}
	drop := map[string]bool{}
	for _, it := range in.Items {
		drop[it.ID] = true
	}
	var keep []*listItem
	for _, it := range l.Items {
		if !drop[it.ID] {
			keep = append(keep, it)
		}
	}
	l.Items = keep
	l.ModifiedOn = s.Now()
	writeOK(w, map[string]any{"operation_id": s.completeOp(l, "items_delete", len(in.Items))})
	return nil
}

func (s *Sim) bulkOpGet(w http.ResponseWriter, r *http.Request, opID string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := checkAccount(r); err != nil {
		return err
	}
	op := s.st.bulkOps[opID]
	if op == nil {
		return errf(404, 10001, "bulk operation not found")
	}
	m := map[string]any{"id": op.ID, "status": op.Status}
	if !op.Completed.IsZero() {
		m["completed"] = ts(op.Completed)
	}
	if op.Error != "" {
		m["error"] = op.Error
	}
	writeOK(w, m)
	return nil
}

func seedLists(s *Sim) {
	at := seedEpoch().Add(10 * 24 * time.Hour)
	mk := func(id, name, desc string, ips ...string) {
		l := &ipList{ID: id, Name: name, Kind: "ip", Description: desc, CreatedOn: at, ModifiedOn: at}
		for i, ip := range ips {
			ip, c, _ := strings.Cut(ip, "#")
			n, ok := normListIP(ip)
			if !ok {
				panic("cfsim seed: list item " + ip)
			}
			l.Items = append(l.Items, &listItem{ID: HexID("item/" + name + "/" + n), IP: n, Comment: c,
				CreatedOn: at.Add(time.Duration(i) * time.Minute), ModifiedOn: at.Add(time.Duration(i) * time.Minute)})
		}
		s.st.lists = append(s.st.lists, l)
	}
	mk(SeedListOfficeID, "office_ips", "Office egress ranges",
		"192.0.2.0/24#HQ", "198.51.100.0/24#branch office", "2001:db8:1000::/48#HQ IPv6")
	mk(SeedListBlockedID, "blocked_ips", "Addresses blocked after incidents",
		"203.0.113.66#credential stuffing 2025-11", "203.0.113.67", "203.0.113.128/25#scanner range",
		"198.18.0.0/15#benchmark abuse", "192.0.2.200", "100.64.10.10#tor exit (reported)")
}
