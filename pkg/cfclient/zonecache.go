package cfclient

import (
	"errors"
	"strings"
	"sync"
	"time"
)

// DefaultZoneCacheTTL is how long a zone looked up by name is remembered.
const DefaultZoneCacheTTL = time.Minute

// zoneCacheMax bounds the remembered lookups; the oldest goes first.
const zoneCacheMax = 256

// zoneCache remembers ListZones answers for a zone name (the lookup every
// zone-scoped tool call starts with), for a bounded time. An entry is
// dropped when a call about one of its zones answers 404.
type zoneCache struct {
	mu      sync.Mutex
	ttl     time.Duration
	now     func() time.Time
	entries map[string]zoneCacheEntry
}

type zoneCacheEntry struct {
	page    Page[Zone]
	expires time.Time
	added   time.Time
}

func newZoneCache(ttl time.Duration) *zoneCache {
	if ttl < 0 {
		return nil
	}
	if ttl == 0 {
		ttl = DefaultZoneCacheTTL
	}
	return &zoneCache{ttl: ttl, now: time.Now, entries: map[string]zoneCacheEntry{}}
}

func clonePage(p Page[Zone]) Page[Zone] {
	p.Items = append([]Zone(nil), p.Items...)
	for i := range p.Items {
		p.Items[i].NameServers = append([]string(nil), p.Items[i].NameServers...)
	}
	return p
}

func (c *zoneCache) get(key string) (Page[Zone], bool) {
	if c == nil {
		return Page[Zone]{}, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.entries[key]
	if !ok {
		return Page[Zone]{}, false
	}
	if !c.now().Before(e.expires) {
		delete(c.entries, key)
		return Page[Zone]{}, false
	}
	return clonePage(e.page), true
}

func (c *zoneCache) put(key string, p Page[Zone]) {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	now := c.now()
	if len(c.entries) >= zoneCacheMax {
		oldest := ""
		for k, e := range c.entries {
			if !now.Before(e.expires) {
				delete(c.entries, k)
				continue
			}
			if oldest == "" || e.added.Before(c.entries[oldest].added) {
				oldest = k
			}
		}
		if len(c.entries) >= zoneCacheMax {
			delete(c.entries, oldest)
		}
	}
	c.entries[key] = zoneCacheEntry{page: clonePage(p), expires: now.Add(c.ttl), added: now}
}

// forget drops every entry that names zoneID.
func (c *zoneCache) forget(zoneID string) {
	if c == nil || zoneID == "" {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	for k, e := range c.entries {
		for _, z := range e.page.Items {
			if z.ID == zoneID {
				delete(c.entries, k)
				break
			}
		}
	}
}

// noteErr invalidates the cached lookups of the zone in path when the call
// answered 404 (the zone is gone or the token lost it).
func (c *Client) noteErr(path string, err error) {
	if err == nil || !errors.Is(err, ErrNotFound) {
		return
	}
	rest, ok := strings.CutPrefix(path, "zones/")
	if !ok {
		return
	}
	id, _, _ := strings.Cut(rest, "/")
	c.zoneCache.forget(id)
}
