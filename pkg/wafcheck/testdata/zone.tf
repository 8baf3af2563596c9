# A fixed configuration for the compliance golden file.
resource "cloudflare_ruleset" "custom" {
  zone_id = var.zone_id
  name    = "default"
  kind    = "zone"
  phase   = "http_request_firewall_custom"
  rules = [
    {
      ref               = "skip_office"
      description       = "Skip for the office"
      expression        = "ip.src in $office_ips"
      action            = "skip"
      action_parameters = { ruleset = "current" }
      logging           = { enabled = true }
    },
    {
      ref         = "admin_lockdown"
      description = "Admin only from the office"
      expression  = "starts_with(http.request.uri.path, \"/admin\") and not ip.src in $office_ips"
      action      = "block"
    },
    {
      ref         = "attack_score"
      description = "Challenge likely attacks"
      expression  = "cf.waf.score.class eq \"attack\""
      action      = "managed_challenge"
    },
    {
      ref         = "threat"
      description = "Old threat score rule"
      expression  = "cf.threat_score gt 10"
      action      = "managed_challenge"
    }
  ]
}

resource "cloudflare_ruleset" "managed" {
  zone_id = var.zone_id
  name    = "default"
  kind    = "zone"
  phase   = "http_request_firewall_managed"
  rules = [
    {
      ref               = "cf_managed"
      expression        = "true"
      action            = "execute"
      action_parameters = { id = "efb7b8c949ac4650a09736fc376e9aee", version = "latest" }
    },
    {
      ref        = "owasp"
      expression = "true"
      action     = "execute"
      action_parameters = {
        id = "4814384a9e5d4991b9815dcfc25d2f1f"
        overrides = {
          rules = [{ id = "6179ae15870a4bb7b2d480d4843b323c", score_threshold = 60, action = "block" }]
        }
      }
    }
  ]
}

resource "cloudflare_ruleset" "ratelimit" {
  zone_id = var.zone_id
  name    = "default"
  kind    = "zone"
  phase   = "http_ratelimit"
  rules = [{
    ref        = "login"
    expression = "http.request.uri.path eq \"/login\" and http.request.method eq \"POST\""
    action     = "block"
    ratelimit  = { characteristics = ["cf.colo.id", "ip.src"], period = 60, requests_per_period = 10, mitigation_timeout = 600 }
  }]
}

resource "cloudflare_zone_setting" "ssl" {
  zone_id    = var.zone_id
  setting_id = "ssl"
  value      = "full"
}

resource "cloudflare_zone_setting" "min_tls" {
  zone_id    = var.zone_id
  setting_id = "min_tls_version"
  value      = "1.2"
}

resource "cloudflare_zone_setting" "https" {
  zone_id    = var.zone_id
  setting_id = "always_use_https"
  value      = "on"
}

resource "cloudflare_zone_setting" "hsts" {
  zone_id    = var.zone_id
  setting_id = "security_header"
  value      = { strict_transport_security = { enabled = true, max_age = 86400, include_subdomains = false } }
}
