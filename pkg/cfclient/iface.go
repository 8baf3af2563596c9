package cfclient

import (
	"context"
	"encoding/json"
)

// ZoneReader reads zones.
type ZoneReader interface {
	ListZones(ctx context.Context, f ZoneFilter, max int) (Page[Zone], error)
	GetZone(ctx context.Context, zoneID string) (Zone, error)
}

// TokenVerifier checks the API token.
type TokenVerifier interface {
	VerifyToken(ctx context.Context) (TokenStatus, error)
}

// DNSReader reads DNS records.
type DNSReader interface {
	ListDNSRecords(ctx context.Context, zoneID string, f DNSFilter, max int) (Page[DNSRecord], error)
	EachDNSRecord(ctx context.Context, zoneID string, f DNSFilter, max int, fn func(DNSRecord) error) (int, bool, error)
	ListDNSRecordsPage(ctx context.Context, zoneID string, f DNSFilter, page, perPage int) ([]DNSRecord, PageInfo, error)
	GetDNSRecord(ctx context.Context, zoneID, recordID string) (DNSRecord, error)
	ExportDNSRecords(ctx context.Context, zoneID string) (string, error)
}

// DNSWriter changes DNS records.
type DNSWriter interface {
	CreateDNSRecord(ctx context.Context, zoneID string, in DNSRecordInput) (DNSRecord, error)
	UpdateDNSRecord(ctx context.Context, zoneID, recordID string, in DNSRecordInput) (DNSRecord, error)
	EditDNSRecord(ctx context.Context, zoneID, recordID string, in DNSRecordInput) (DNSRecord, error)
	DeleteDNSRecord(ctx context.Context, zoneID, recordID string) error
	BatchDNSRecords(ctx context.Context, zoneID string, b DNSBatch) (DNSBatchResult, error)
	ImportDNSRecords(ctx context.Context, zoneID, bind string, proxied bool) (DNSImportResult, error)
}

// RulesetReader reads rulesets.
type RulesetReader interface {
	ListRulesets(ctx context.Context, zoneID string) ([]Ruleset, error)
	GetRuleset(ctx context.Context, zoneID, rulesetID string) (Ruleset, error)
	GetPhaseEntrypoint(ctx context.Context, zoneID, phase string) (Ruleset, error)
}

// RulesetWriter changes rulesets and their rules.
type RulesetWriter interface {
	UpdatePhaseEntrypoint(ctx context.Context, zoneID, phase string, u RulesetUpdate) (Ruleset, error)
	CreateRule(ctx context.Context, zoneID, rulesetID string, r Rule, pos *RulePosition) (Ruleset, error)
	UpdateRule(ctx context.Context, zoneID, rulesetID, ruleID string, r Rule, pos *RulePosition) (Ruleset, error)
	DeleteRule(ctx context.Context, zoneID, rulesetID, ruleID string) (Ruleset, error)
}

// ListReader reads account lists.
type ListReader interface {
	ListIPLists(ctx context.Context) ([]IPList, error)
	GetIPList(ctx context.Context, listID string) (IPList, error)
	ListListItems(ctx context.Context, listID, search string, max int) (Page[ListItem], error)
	GetBulkOperation(ctx context.Context, operationID string) (BulkOperation, error)
}

// ListWriter changes account lists.
type ListWriter interface {
	CreateIPList(ctx context.Context, name, kind, description string) (IPList, error)
	AddListItems(ctx context.Context, listID string, items []ListItem) (string, error)
	ReplaceListItems(ctx context.Context, listID string, items []ListItem) (string, error)
	DeleteListItems(ctx context.Context, listID string, itemIDs []string) (string, error)
}

// TunnelReader reads Cloudflare Tunnels.
type TunnelReader interface {
	ListTunnels(ctx context.Context, max int) (Page[Tunnel], error)
	GetTunnel(ctx context.Context, tunnelID string) (Tunnel, error)
	ListTunnelConnections(ctx context.Context, tunnelID string) ([]TunnelClient, error)
	GetTunnelConfig(ctx context.Context, tunnelID string) (TunnelConfig, error)
}

// TunnelWriter changes tunnel configurations.
type TunnelWriter interface {
	// PutTunnelConfigRaw replaces the whole configuration: send back what
	// GetTunnelConfigRaw read, changed, so no field is lost.
	PutTunnelConfigRaw(ctx context.Context, tunnelID string, config json.RawMessage) (TunnelConfigRaw, error)
	CreateTunnel(ctx context.Context, name, configSrc string) (Tunnel, error)
}

// SettingsReader reads zone settings.
type SettingsReader interface {
	GetZoneSettings(ctx context.Context, zoneID string) ([]ZoneSetting, error)
	GetZoneSetting(ctx context.Context, zoneID, settingID string) (ZoneSetting, error)
}

// SettingsWriter changes zone settings.
type SettingsWriter interface {
	EditZoneSetting(ctx context.Context, zoneID, settingID string, value any) (ZoneSetting, error)
}

// AuditReader reads account audit logs.
type AuditReader interface {
	ListAuditLogs(ctx context.Context, f AuditFilter, max int) (Page[AuditLog], error)
}

// Analytics runs GraphQL analytics queries.
type Analytics interface {
	GraphQL(ctx context.Context, query string, variables map[string]any, out any) error
}

// Reader is every read a server needs.
type Reader interface {
	ZoneReader
	TokenVerifier
	DNSReader
	RulesetReader
	ListReader
	TunnelReader
	SettingsReader
	AuditReader
	Analytics
	AccountID(ctx context.Context) (string, error)
}

// Writer is every change cloudflare_safe applies.
type Writer interface {
	DNSWriter
	RulesetWriter
	ListWriter
	TunnelWriter
	SettingsWriter
}

// API is the whole client surface.
type API interface {
	Reader
	Writer
}

var (
	_ ZoneReader     = (*Client)(nil)
	_ TokenVerifier  = (*Client)(nil)
	_ DNSReader      = (*Client)(nil)
	_ DNSWriter      = (*Client)(nil)
	_ RulesetReader  = (*Client)(nil)
	_ RulesetWriter  = (*Client)(nil)
	_ ListReader     = (*Client)(nil)
	_ ListWriter     = (*Client)(nil)
	_ TunnelReader   = (*Client)(nil)
	_ TunnelWriter   = (*Client)(nil)
	_ SettingsReader = (*Client)(nil)
	_ SettingsWriter = (*Client)(nil)
	_ AuditReader    = (*Client)(nil)
	_ Analytics      = (*Client)(nil)
	_ API            = (*Client)(nil)
)
