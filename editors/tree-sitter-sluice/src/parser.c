#include "tree_sitter/parser.h"

#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#endif

#define LANGUAGE_VERSION 14
#define STATE_COUNT 233
#define LARGE_STATE_COUNT 2
#define SYMBOL_COUNT 114
#define ALIAS_COUNT 0
#define TOKEN_COUNT 69
#define EXTERNAL_TOKEN_COUNT 0
#define FIELD_COUNT 8
#define MAX_ALIAS_SEQUENCE_LENGTH 8
#define PRODUCTION_ID_COUNT 10

enum ts_symbol_identifiers {
  sym_identifier = 1,
  anon_sym_SEMI = 2,
  sym__newline = 3,
  anon_sym_policy = 4,
  anon_sym_LBRACE = 5,
  anon_sym_RBRACE = 6,
  anon_sym_mode = 7,
  anon_sym_gateway = 8,
  anon_sym_host = 9,
  anon_sym_egress = 10,
  anon_sym_COMMA = 11,
  anon_sym_management = 12,
  anon_sym_inside = 13,
  anon_sym_log = 14,
  anon_sym_denied = 15,
  anon_sym_baseline = 16,
  anon_sym_learn = 17,
  anon_sym_dns = 18,
  anon_sym_ttl = 19,
  anon_sym_at = 20,
  anon_sym_least = 21,
  anon_sym_addresses = 22,
  anon_sym_per = 23,
  anon_sym_name = 24,
  aux_sym_setting_token1 = 25,
  anon_sym_include = 26,
  anon_sym_group = 27,
  anon_sym_destination = 28,
  anon_sym_service = 29,
  anon_sym_allow = 30,
  anon_sym_to = 31,
  anon_sym_on = 32,
  anon_sym_quota = 33,
  anon_sym_user = 34,
  anon_sym_total = 35,
  anon_sym_warn = 36,
  anon_sym_usual = 37,
  sym_multiple = 38,
  anon_sym_exceed = 39,
  anon_sym_block = 40,
  anon_sym_isolate = 41,
  anon_sym_for = 42,
  anon_sym_alert = 43,
  anon_sym_exec = 44,
  anon_sym_audit = 45,
  anon_sym_users = 46,
  sym_uid = 47,
  anon_sym_expect = 48,
  anon_sym_deny = 49,
  anon_sym_self = 50,
  anon_sym_any = 51,
  anon_sym_hour = 52,
  anon_sym_day = 53,
  anon_sym_week = 54,
  sym_duration = 55,
  sym_size = 56,
  anon_sym_SLASH = 57,
  anon_sym_second = 58,
  anon_sym_minute = 59,
  anon_sym_hour2 = 60,
  anon_sym_tcp = 61,
  anon_sym_udp = 62,
  aux_sym_port_token1 = 63,
  anon_sym_icmp = 64,
  anon_sym_icmpv6 = 65,
  sym_address = 66,
  sym_string = 67,
  sym_comment = 68,
  sym_source_file = 69,
  sym__separator = 70,
  sym__statement = 71,
  sym_policy_statement = 72,
  sym__settings = 73,
  sym_setting = 74,
  sym_gateway_statement = 75,
  sym__gateway_settings = 76,
  sym__gateway_setting = 77,
  sym_include_statement = 78,
  sym_group_statement = 79,
  sym_destination_statement = 80,
  sym_service_statement = 81,
  sym_allow_statement = 82,
  sym_inline_quota = 83,
  sym_quota_statement = 84,
  sym__budget = 85,
  sym_learned = 86,
  sym_exceed_statement = 87,
  sym__actions = 88,
  sym_action = 89,
  sym_sink = 90,
  sym_audit_statement = 91,
  sym_users_statement = 92,
  sym_expect_statement = 93,
  sym_sources = 94,
  sym_targets = 95,
  sym_window = 96,
  sym_rate = 97,
  sym_port = 98,
  aux_sym_source_file_repeat1 = 99,
  aux_sym_source_file_repeat2 = 100,
  aux_sym_policy_statement_repeat1 = 101,
  aux_sym__settings_repeat1 = 102,
  aux_sym_setting_repeat1 = 103,
  aux_sym_setting_repeat2 = 104,
  aux_sym__gateway_settings_repeat1 = 105,
  aux_sym_destination_statement_repeat1 = 106,
  aux_sym_service_statement_repeat1 = 107,
  aux_sym_allow_statement_repeat1 = 108,
  aux_sym__actions_repeat1 = 109,
  aux_sym_action_repeat1 = 110,
  aux_sym_users_statement_repeat1 = 111,
  aux_sym_sources_repeat1 = 112,
  aux_sym_targets_repeat1 = 113,
};

static const char * const ts_symbol_names[] = {
  [ts_builtin_sym_end] = "end",
  [sym_identifier] = "identifier",
  [anon_sym_SEMI] = ";",
  [sym__newline] = "_newline",
  [anon_sym_policy] = "policy",
  [anon_sym_LBRACE] = "{",
  [anon_sym_RBRACE] = "}",
  [anon_sym_mode] = "mode",
  [anon_sym_gateway] = "gateway",
  [anon_sym_host] = "host",
  [anon_sym_egress] = "egress",
  [anon_sym_COMMA] = ",",
  [anon_sym_management] = "management",
  [anon_sym_inside] = "inside",
  [anon_sym_log] = "log",
  [anon_sym_denied] = "denied",
  [anon_sym_baseline] = "baseline",
  [anon_sym_learn] = "learn",
  [anon_sym_dns] = "dns",
  [anon_sym_ttl] = "ttl",
  [anon_sym_at] = "at",
  [anon_sym_least] = "least",
  [anon_sym_addresses] = "addresses",
  [anon_sym_per] = "per",
  [anon_sym_name] = "name",
  [aux_sym_setting_token1] = "number",
  [anon_sym_include] = "include",
  [anon_sym_group] = "group",
  [anon_sym_destination] = "destination",
  [anon_sym_service] = "service",
  [anon_sym_allow] = "allow",
  [anon_sym_to] = "to",
  [anon_sym_on] = "on",
  [anon_sym_quota] = "quota",
  [anon_sym_user] = "user",
  [anon_sym_total] = "total",
  [anon_sym_warn] = "warn",
  [anon_sym_usual] = "usual",
  [sym_multiple] = "multiple",
  [anon_sym_exceed] = "exceed",
  [anon_sym_block] = "block",
  [anon_sym_isolate] = "isolate",
  [anon_sym_for] = "for",
  [anon_sym_alert] = "alert",
  [anon_sym_exec] = "exec",
  [anon_sym_audit] = "audit",
  [anon_sym_users] = "users",
  [sym_uid] = "uid",
  [anon_sym_expect] = "expect",
  [anon_sym_deny] = "deny",
  [anon_sym_self] = "self",
  [anon_sym_any] = "any",
  [anon_sym_hour] = "hour",
  [anon_sym_day] = "day",
  [anon_sym_week] = "week",
  [sym_duration] = "duration",
  [sym_size] = "size",
  [anon_sym_SLASH] = "/",
  [anon_sym_second] = "second",
  [anon_sym_minute] = "minute",
  [anon_sym_hour2] = "hour",
  [anon_sym_tcp] = "tcp",
  [anon_sym_udp] = "udp",
  [aux_sym_port_token1] = "number",
  [anon_sym_icmp] = "icmp",
  [anon_sym_icmpv6] = "icmpv6",
  [sym_address] = "address",
  [sym_string] = "string",
  [sym_comment] = "comment",
  [sym_source_file] = "source_file",
  [sym__separator] = "_separator",
  [sym__statement] = "_statement",
  [sym_policy_statement] = "policy_statement",
  [sym__settings] = "block",
  [sym_setting] = "setting",
  [sym_gateway_statement] = "gateway_statement",
  [sym__gateway_settings] = "block",
  [sym__gateway_setting] = "setting",
  [sym_include_statement] = "include_statement",
  [sym_group_statement] = "group_statement",
  [sym_destination_statement] = "destination_statement",
  [sym_service_statement] = "service_statement",
  [sym_allow_statement] = "allow_statement",
  [sym_inline_quota] = "inline_quota",
  [sym_quota_statement] = "quota_statement",
  [sym__budget] = "_budget",
  [sym_learned] = "learned",
  [sym_exceed_statement] = "exceed_statement",
  [sym__actions] = "block",
  [sym_action] = "action",
  [sym_sink] = "sink",
  [sym_audit_statement] = "audit_statement",
  [sym_users_statement] = "users_statement",
  [sym_expect_statement] = "expect_statement",
  [sym_sources] = "sources",
  [sym_targets] = "targets",
  [sym_window] = "window",
  [sym_rate] = "rate",
  [sym_port] = "port",
  [aux_sym_source_file_repeat1] = "source_file_repeat1",
  [aux_sym_source_file_repeat2] = "source_file_repeat2",
  [aux_sym_policy_statement_repeat1] = "policy_statement_repeat1",
  [aux_sym__settings_repeat1] = "_settings_repeat1",
  [aux_sym_setting_repeat1] = "setting_repeat1",
  [aux_sym_setting_repeat2] = "setting_repeat2",
  [aux_sym__gateway_settings_repeat1] = "_gateway_settings_repeat1",
  [aux_sym_destination_statement_repeat1] = "destination_statement_repeat1",
  [aux_sym_service_statement_repeat1] = "service_statement_repeat1",
  [aux_sym_allow_statement_repeat1] = "allow_statement_repeat1",
  [aux_sym__actions_repeat1] = "_actions_repeat1",
  [aux_sym_action_repeat1] = "action_repeat1",
  [aux_sym_users_statement_repeat1] = "users_statement_repeat1",
  [aux_sym_sources_repeat1] = "sources_repeat1",
  [aux_sym_targets_repeat1] = "targets_repeat1",
};

static const TSSymbol ts_symbol_map[] = {
  [ts_builtin_sym_end] = ts_builtin_sym_end,
  [sym_identifier] = sym_identifier,
  [anon_sym_SEMI] = anon_sym_SEMI,
  [sym__newline] = sym__newline,
  [anon_sym_policy] = anon_sym_policy,
  [anon_sym_LBRACE] = anon_sym_LBRACE,
  [anon_sym_RBRACE] = anon_sym_RBRACE,
  [anon_sym_mode] = anon_sym_mode,
  [anon_sym_gateway] = anon_sym_gateway,
  [anon_sym_host] = anon_sym_host,
  [anon_sym_egress] = anon_sym_egress,
  [anon_sym_COMMA] = anon_sym_COMMA,
  [anon_sym_management] = anon_sym_management,
  [anon_sym_inside] = anon_sym_inside,
  [anon_sym_log] = anon_sym_log,
  [anon_sym_denied] = anon_sym_denied,
  [anon_sym_baseline] = anon_sym_baseline,
  [anon_sym_learn] = anon_sym_learn,
  [anon_sym_dns] = anon_sym_dns,
  [anon_sym_ttl] = anon_sym_ttl,
  [anon_sym_at] = anon_sym_at,
  [anon_sym_least] = anon_sym_least,
  [anon_sym_addresses] = anon_sym_addresses,
  [anon_sym_per] = anon_sym_per,
  [anon_sym_name] = anon_sym_name,
  [aux_sym_setting_token1] = aux_sym_setting_token1,
  [anon_sym_include] = anon_sym_include,
  [anon_sym_group] = anon_sym_group,
  [anon_sym_destination] = anon_sym_destination,
  [anon_sym_service] = anon_sym_service,
  [anon_sym_allow] = anon_sym_allow,
  [anon_sym_to] = anon_sym_to,
  [anon_sym_on] = anon_sym_on,
  [anon_sym_quota] = anon_sym_quota,
  [anon_sym_user] = anon_sym_user,
  [anon_sym_total] = anon_sym_total,
  [anon_sym_warn] = anon_sym_warn,
  [anon_sym_usual] = anon_sym_usual,
  [sym_multiple] = sym_multiple,
  [anon_sym_exceed] = anon_sym_exceed,
  [anon_sym_block] = anon_sym_block,
  [anon_sym_isolate] = anon_sym_isolate,
  [anon_sym_for] = anon_sym_for,
  [anon_sym_alert] = anon_sym_alert,
  [anon_sym_exec] = anon_sym_exec,
  [anon_sym_audit] = anon_sym_audit,
  [anon_sym_users] = anon_sym_users,
  [sym_uid] = sym_uid,
  [anon_sym_expect] = anon_sym_expect,
  [anon_sym_deny] = anon_sym_deny,
  [anon_sym_self] = anon_sym_self,
  [anon_sym_any] = anon_sym_any,
  [anon_sym_hour] = anon_sym_hour,
  [anon_sym_day] = anon_sym_day,
  [anon_sym_week] = anon_sym_week,
  [sym_duration] = sym_duration,
  [sym_size] = sym_size,
  [anon_sym_SLASH] = anon_sym_SLASH,
  [anon_sym_second] = anon_sym_second,
  [anon_sym_minute] = anon_sym_minute,
  [anon_sym_hour2] = anon_sym_hour,
  [anon_sym_tcp] = anon_sym_tcp,
  [anon_sym_udp] = anon_sym_udp,
  [aux_sym_port_token1] = aux_sym_setting_token1,
  [anon_sym_icmp] = anon_sym_icmp,
  [anon_sym_icmpv6] = anon_sym_icmpv6,
  [sym_address] = sym_address,
  [sym_string] = sym_string,
  [sym_comment] = sym_comment,
  [sym_source_file] = sym_source_file,
  [sym__separator] = sym__separator,
  [sym__statement] = sym__statement,
  [sym_policy_statement] = sym_policy_statement,
  [sym__settings] = sym__settings,
  [sym_setting] = sym_setting,
  [sym_gateway_statement] = sym_gateway_statement,
  [sym__gateway_settings] = sym__settings,
  [sym__gateway_setting] = sym_setting,
  [sym_include_statement] = sym_include_statement,
  [sym_group_statement] = sym_group_statement,
  [sym_destination_statement] = sym_destination_statement,
  [sym_service_statement] = sym_service_statement,
  [sym_allow_statement] = sym_allow_statement,
  [sym_inline_quota] = sym_inline_quota,
  [sym_quota_statement] = sym_quota_statement,
  [sym__budget] = sym__budget,
  [sym_learned] = sym_learned,
  [sym_exceed_statement] = sym_exceed_statement,
  [sym__actions] = sym__settings,
  [sym_action] = sym_action,
  [sym_sink] = sym_sink,
  [sym_audit_statement] = sym_audit_statement,
  [sym_users_statement] = sym_users_statement,
  [sym_expect_statement] = sym_expect_statement,
  [sym_sources] = sym_sources,
  [sym_targets] = sym_targets,
  [sym_window] = sym_window,
  [sym_rate] = sym_rate,
  [sym_port] = sym_port,
  [aux_sym_source_file_repeat1] = aux_sym_source_file_repeat1,
  [aux_sym_source_file_repeat2] = aux_sym_source_file_repeat2,
  [aux_sym_policy_statement_repeat1] = aux_sym_policy_statement_repeat1,
  [aux_sym__settings_repeat1] = aux_sym__settings_repeat1,
  [aux_sym_setting_repeat1] = aux_sym_setting_repeat1,
  [aux_sym_setting_repeat2] = aux_sym_setting_repeat2,
  [aux_sym__gateway_settings_repeat1] = aux_sym__gateway_settings_repeat1,
  [aux_sym_destination_statement_repeat1] = aux_sym_destination_statement_repeat1,
  [aux_sym_service_statement_repeat1] = aux_sym_service_statement_repeat1,
  [aux_sym_allow_statement_repeat1] = aux_sym_allow_statement_repeat1,
  [aux_sym__actions_repeat1] = aux_sym__actions_repeat1,
  [aux_sym_action_repeat1] = aux_sym_action_repeat1,
  [aux_sym_users_statement_repeat1] = aux_sym_users_statement_repeat1,
  [aux_sym_sources_repeat1] = aux_sym_sources_repeat1,
  [aux_sym_targets_repeat1] = aux_sym_targets_repeat1,
};

static const TSSymbolMetadata ts_symbol_metadata[] = {
  [ts_builtin_sym_end] = {
    .visible = false,
    .named = true,
  },
  [sym_identifier] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_SEMI] = {
    .visible = true,
    .named = false,
  },
  [sym__newline] = {
    .visible = false,
    .named = true,
  },
  [anon_sym_policy] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_LBRACE] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_RBRACE] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_mode] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_gateway] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_host] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_egress] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_COMMA] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_management] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_inside] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_log] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_denied] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_baseline] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_learn] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_dns] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_ttl] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_at] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_least] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_addresses] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_per] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_name] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_setting_token1] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_include] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_group] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_destination] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_service] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_allow] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_to] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_on] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_quota] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_user] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_total] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_warn] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_usual] = {
    .visible = true,
    .named = false,
  },
  [sym_multiple] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_exceed] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_block] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_isolate] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_for] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_alert] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_exec] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_audit] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_users] = {
    .visible = true,
    .named = false,
  },
  [sym_uid] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_expect] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_deny] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_self] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_any] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_hour] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_day] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_week] = {
    .visible = true,
    .named = false,
  },
  [sym_duration] = {
    .visible = true,
    .named = true,
  },
  [sym_size] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_SLASH] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_second] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_minute] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_hour2] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_tcp] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_udp] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_port_token1] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_icmp] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_icmpv6] = {
    .visible = true,
    .named = false,
  },
  [sym_address] = {
    .visible = true,
    .named = true,
  },
  [sym_string] = {
    .visible = true,
    .named = true,
  },
  [sym_comment] = {
    .visible = true,
    .named = true,
  },
  [sym_source_file] = {
    .visible = true,
    .named = true,
  },
  [sym__separator] = {
    .visible = false,
    .named = true,
  },
  [sym__statement] = {
    .visible = false,
    .named = true,
  },
  [sym_policy_statement] = {
    .visible = true,
    .named = true,
  },
  [sym__settings] = {
    .visible = true,
    .named = true,
  },
  [sym_setting] = {
    .visible = true,
    .named = true,
  },
  [sym_gateway_statement] = {
    .visible = true,
    .named = true,
  },
  [sym__gateway_settings] = {
    .visible = true,
    .named = true,
  },
  [sym__gateway_setting] = {
    .visible = true,
    .named = true,
  },
  [sym_include_statement] = {
    .visible = true,
    .named = true,
  },
  [sym_group_statement] = {
    .visible = true,
    .named = true,
  },
  [sym_destination_statement] = {
    .visible = true,
    .named = true,
  },
  [sym_service_statement] = {
    .visible = true,
    .named = true,
  },
  [sym_allow_statement] = {
    .visible = true,
    .named = true,
  },
  [sym_inline_quota] = {
    .visible = true,
    .named = true,
  },
  [sym_quota_statement] = {
    .visible = true,
    .named = true,
  },
  [sym__budget] = {
    .visible = false,
    .named = true,
  },
  [sym_learned] = {
    .visible = true,
    .named = true,
  },
  [sym_exceed_statement] = {
    .visible = true,
    .named = true,
  },
  [sym__actions] = {
    .visible = true,
    .named = true,
  },
  [sym_action] = {
    .visible = true,
    .named = true,
  },
  [sym_sink] = {
    .visible = true,
    .named = true,
  },
  [sym_audit_statement] = {
    .visible = true,
    .named = true,
  },
  [sym_users_statement] = {
    .visible = true,
    .named = true,
  },
  [sym_expect_statement] = {
    .visible = true,
    .named = true,
  },
  [sym_sources] = {
    .visible = true,
    .named = true,
  },
  [sym_targets] = {
    .visible = true,
    .named = true,
  },
  [sym_window] = {
    .visible = true,
    .named = true,
  },
  [sym_rate] = {
    .visible = true,
    .named = true,
  },
  [sym_port] = {
    .visible = true,
    .named = true,
  },
  [aux_sym_source_file_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_source_file_repeat2] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_policy_statement_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym__settings_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_setting_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_setting_repeat2] = {
    .visible = false,
    .named = false,
  },
  [aux_sym__gateway_settings_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_destination_statement_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_service_statement_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_allow_statement_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym__actions_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_action_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_users_statement_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_sources_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_targets_repeat1] = {
    .visible = false,
    .named = false,
  },
};

enum ts_field_identifiers {
  field_destination = 1,
  field_name = 2,
  field_path = 3,
  field_ports = 4,
  field_source = 5,
  field_sources = 6,
  field_targets = 7,
  field_verdict = 8,
};

static const char * const ts_field_names[] = {
  [0] = NULL,
  [field_destination] = "destination",
  [field_name] = "name",
  [field_path] = "path",
  [field_ports] = "ports",
  [field_source] = "source",
  [field_sources] = "sources",
  [field_targets] = "targets",
  [field_verdict] = "verdict",
};

static const TSFieldMapSlice ts_field_map_slices[PRODUCTION_ID_COUNT] = {
  [1] = {.index = 0, .length = 1},
  [2] = {.index = 1, .length = 1},
  [3] = {.index = 2, .length = 1},
  [4] = {.index = 3, .length = 2},
  [5] = {.index = 5, .length = 1},
  [6] = {.index = 6, .length = 3},
  [7] = {.index = 9, .length = 3},
  [8] = {.index = 12, .length = 4},
  [9] = {.index = 16, .length = 4},
};

static const TSFieldMapEntry ts_field_map_entries[] = {
  [0] =
    {field_path, 1},
  [1] =
    {field_sources, 1},
  [2] =
    {field_name, 1},
  [3] =
    {field_sources, 1},
    {field_targets, 3},
  [5] =
    {field_sources, 2},
  [6] =
    {field_destination, 4},
    {field_source, 2},
    {field_verdict, 1},
  [9] =
    {field_ports, 5},
    {field_sources, 1},
    {field_targets, 3},
  [12] =
    {field_destination, 5},
    {field_source, 2},
    {field_source, 3},
    {field_verdict, 1},
  [16] =
    {field_ports, 5},
    {field_ports, 6},
    {field_sources, 1},
    {field_targets, 3},
};

static const TSSymbol ts_alias_sequences[PRODUCTION_ID_COUNT][MAX_ALIAS_SEQUENCE_LENGTH] = {
  [0] = {0},
};

static const uint16_t ts_non_terminal_alias_map[] = {
  0,
};

static const TSStateId ts_primary_state_ids[STATE_COUNT] = {
  [0] = 0,
  [1] = 1,
  [2] = 2,
  [3] = 3,
  [4] = 4,
  [5] = 5,
  [6] = 6,
  [7] = 7,
  [8] = 8,
  [9] = 9,
  [10] = 10,
  [11] = 11,
  [12] = 12,
  [13] = 13,
  [14] = 14,
  [15] = 15,
  [16] = 16,
  [17] = 17,
  [18] = 18,
  [19] = 19,
  [20] = 20,
  [21] = 21,
  [22] = 22,
  [23] = 23,
  [24] = 24,
  [25] = 25,
  [26] = 26,
  [27] = 27,
  [28] = 28,
  [29] = 29,
  [30] = 30,
  [31] = 31,
  [32] = 32,
  [33] = 33,
  [34] = 34,
  [35] = 35,
  [36] = 36,
  [37] = 37,
  [38] = 38,
  [39] = 39,
  [40] = 40,
  [41] = 41,
  [42] = 42,
  [43] = 43,
  [44] = 44,
  [45] = 45,
  [46] = 46,
  [47] = 47,
  [48] = 48,
  [49] = 49,
  [50] = 50,
  [51] = 51,
  [52] = 52,
  [53] = 53,
  [54] = 54,
  [55] = 55,
  [56] = 56,
  [57] = 57,
  [58] = 58,
  [59] = 59,
  [60] = 60,
  [61] = 61,
  [62] = 62,
  [63] = 63,
  [64] = 64,
  [65] = 65,
  [66] = 66,
  [67] = 67,
  [68] = 68,
  [69] = 69,
  [70] = 70,
  [71] = 71,
  [72] = 72,
  [73] = 73,
  [74] = 74,
  [75] = 75,
  [76] = 76,
  [77] = 77,
  [78] = 78,
  [79] = 79,
  [80] = 80,
  [81] = 81,
  [82] = 82,
  [83] = 83,
  [84] = 84,
  [85] = 85,
  [86] = 86,
  [87] = 87,
  [88] = 88,
  [89] = 89,
  [90] = 90,
  [91] = 91,
  [92] = 92,
  [93] = 10,
  [94] = 94,
  [95] = 95,
  [96] = 96,
  [97] = 97,
  [98] = 98,
  [99] = 99,
  [100] = 100,
  [101] = 101,
  [102] = 102,
  [103] = 103,
  [104] = 104,
  [105] = 105,
  [106] = 106,
  [107] = 107,
  [108] = 108,
  [109] = 109,
  [110] = 110,
  [111] = 111,
  [112] = 112,
  [113] = 113,
  [114] = 114,
  [115] = 115,
  [116] = 116,
  [117] = 117,
  [118] = 118,
  [119] = 119,
  [120] = 120,
  [121] = 121,
  [122] = 122,
  [123] = 123,
  [124] = 124,
  [125] = 125,
  [126] = 126,
  [127] = 127,
  [128] = 128,
  [129] = 129,
  [130] = 130,
  [131] = 131,
  [132] = 132,
  [133] = 133,
  [134] = 134,
  [135] = 135,
  [136] = 136,
  [137] = 137,
  [138] = 138,
  [139] = 139,
  [140] = 140,
  [141] = 141,
  [142] = 142,
  [143] = 143,
  [144] = 144,
  [145] = 145,
  [146] = 146,
  [147] = 147,
  [148] = 148,
  [149] = 149,
  [150] = 150,
  [151] = 151,
  [152] = 152,
  [153] = 153,
  [154] = 154,
  [155] = 155,
  [156] = 156,
  [157] = 157,
  [158] = 158,
  [159] = 159,
  [160] = 160,
  [161] = 161,
  [162] = 162,
  [163] = 163,
  [164] = 164,
  [165] = 165,
  [166] = 166,
  [167] = 167,
  [168] = 168,
  [169] = 169,
  [170] = 170,
  [171] = 171,
  [172] = 172,
  [173] = 173,
  [174] = 174,
  [175] = 175,
  [176] = 176,
  [177] = 177,
  [178] = 178,
  [179] = 179,
  [180] = 180,
  [181] = 181,
  [182] = 182,
  [183] = 183,
  [184] = 184,
  [185] = 185,
  [186] = 186,
  [187] = 187,
  [188] = 188,
  [189] = 189,
  [190] = 190,
  [191] = 191,
  [192] = 192,
  [193] = 193,
  [194] = 194,
  [195] = 195,
  [196] = 196,
  [197] = 197,
  [198] = 198,
  [199] = 199,
  [200] = 200,
  [201] = 201,
  [202] = 202,
  [203] = 203,
  [204] = 204,
  [205] = 205,
  [206] = 206,
  [207] = 207,
  [208] = 208,
  [209] = 209,
  [210] = 210,
  [211] = 211,
  [212] = 212,
  [213] = 213,
  [214] = 214,
  [215] = 215,
  [216] = 216,
  [217] = 217,
  [218] = 218,
  [219] = 219,
  [220] = 220,
  [221] = 221,
  [222] = 222,
  [223] = 223,
  [224] = 224,
  [225] = 225,
  [226] = 226,
  [227] = 227,
  [228] = 228,
  [229] = 229,
  [230] = 230,
  [231] = 231,
  [232] = 232,
};

static bool ts_lex(TSLexer *lexer, TSStateId state) {
  START_LEXER();
  eof = lexer->eof(lexer);
  switch (state) {
    case 0:
      if (eof) ADVANCE(24);
      ADVANCE_MAP(
        '\n', 26,
        '"', 3,
        '#', 54,
        ',', 29,
        '/', 39,
        ';', 25,
        'h', 48,
        '{', 27,
        '}', 28,
        '.', 45,
        ':', 45,
      );
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ' ||
          lookahead == 0xfeff) SKIP(21);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(40);
      if (('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(51);
      if (('G' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('g' <= lookahead && lookahead <= 'z')) ADVANCE(52);
      END_STATE();
    case 1:
      if (lookahead == '\n') ADVANCE(26);
      if (lookahead == '"') ADVANCE(3);
      if (lookahead == '#') ADVANCE(54);
      if (lookahead == '.' ||
          lookahead == ':') ADVANCE(45);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ' ||
          lookahead == 0xfeff) SKIP(1);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(13);
      if (('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(51);
      if (('G' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('g' <= lookahead && lookahead <= 'z')) ADVANCE(52);
      END_STATE();
    case 2:
      if (lookahead == '\n') ADVANCE(26);
      if (lookahead == '#') ADVANCE(54);
      if (lookahead == ';') ADVANCE(25);
      if (lookahead == '}') ADVANCE(28);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ' ||
          lookahead == 0xfeff) SKIP(2);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(31);
      END_STATE();
    case 3:
      if (lookahead == '"') ADVANCE(53);
      if (lookahead == '\\') ADVANCE(12);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(3);
      END_STATE();
    case 4:
      if (lookahead == '#') ADVANCE(54);
      if (lookahead == 'h') ADVANCE(48);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ' ||
          lookahead == 0xfeff) SKIP(4);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(14);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(52);
      END_STATE();
    case 5:
      if (lookahead == '#') ADVANCE(54);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ' ||
          lookahead == 0xfeff) SKIP(5);
      END_STATE();
    case 6:
      if (lookahead == '#') ADVANCE(54);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ' ||
          lookahead == 0xfeff) SKIP(5);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(41);
      END_STATE();
    case 7:
      ADVANCE_MAP(
        '.', 18,
        'B', 38,
        'G', 11,
        'K', 11,
        'M', 11,
        'T', 11,
        'x', 32,
        '\t', 10,
        ' ', 10,
        'd', 36,
        'h', 36,
        'm', 36,
        's', 36,
        'w', 36,
      );
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(7);
      END_STATE();
    case 8:
      if (lookahead == 'B') ADVANCE(38);
      END_STATE();
    case 9:
      ADVANCE_MAP(
        'B', 38,
        'G', 11,
        'K', 11,
        'M', 11,
        'T', 11,
        'x', 32,
        '\t', 10,
        ' ', 10,
      );
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(9);
      END_STATE();
    case 10:
      if (lookahead == 'B') ADVANCE(38);
      if (lookahead == 'G') ADVANCE(11);
      if (lookahead == 'K') ADVANCE(11);
      if (lookahead == 'M') ADVANCE(11);
      if (lookahead == 'T') ADVANCE(11);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(10);
      END_STATE();
    case 11:
      if (lookahead == 'B') ADVANCE(38);
      if (lookahead == 'i') ADVANCE(8);
      END_STATE();
    case 12:
      if (lookahead == '"' ||
          lookahead == '\\') ADVANCE(3);
      END_STATE();
    case 13:
      if (lookahead == '.' ||
          lookahead == ':') ADVANCE(45);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(13);
      END_STATE();
    case 14:
      if (lookahead == 'd' ||
          lookahead == 'h' ||
          lookahead == 'm' ||
          lookahead == 's' ||
          lookahead == 'w') ADVANCE(36);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(14);
      END_STATE();
    case 15:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(46);
      END_STATE();
    case 16:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(42);
      END_STATE();
    case 17:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(34);
      END_STATE();
    case 18:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(9);
      END_STATE();
    case 19:
      if (lookahead == '.' ||
          ('0' <= lookahead && lookahead <= ':') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(47);
      END_STATE();
    case 20:
      if (eof) ADVANCE(24);
      ADVANCE_MAP(
        '\n', 26,
        '"', 3,
        '#', 54,
        ',', 29,
        '/', 39,
        ';', 25,
        '{', 27,
        '}', 28,
      );
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ' ||
          lookahead == 0xfeff) SKIP(22);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(33);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(52);
      END_STATE();
    case 21:
      if (eof) ADVANCE(24);
      ADVANCE_MAP(
        '\n', 26,
        '"', 3,
        '#', 54,
        ',', 29,
        ';', 25,
        'h', 48,
        '{', 27,
        '}', 28,
        '.', 45,
        ':', 45,
      );
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ' ||
          lookahead == 0xfeff) SKIP(21);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(30);
      if (('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(51);
      if (('G' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('g' <= lookahead && lookahead <= 'z')) ADVANCE(52);
      END_STATE();
    case 22:
      if (eof) ADVANCE(24);
      if (lookahead == '\n') ADVANCE(26);
      if (lookahead == '"') ADVANCE(3);
      if (lookahead == '#') ADVANCE(54);
      if (lookahead == ',') ADVANCE(29);
      if (lookahead == ';') ADVANCE(25);
      if (lookahead == '{') ADVANCE(27);
      if (lookahead == '}') ADVANCE(28);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ' ||
          lookahead == 0xfeff) SKIP(22);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(33);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(52);
      END_STATE();
    case 23:
      if (eof) ADVANCE(24);
      if (lookahead == '\n') ADVANCE(26);
      if (lookahead == '#') ADVANCE(54);
      if (lookahead == ',') ADVANCE(29);
      if (lookahead == ';') ADVANCE(25);
      if (lookahead == '{') ADVANCE(27);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ' ||
          lookahead == 0xfeff) SKIP(23);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(7);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(52);
      END_STATE();
    case 24:
      ACCEPT_TOKEN(ts_builtin_sym_end);
      END_STATE();
    case 25:
      ACCEPT_TOKEN(anon_sym_SEMI);
      END_STATE();
    case 26:
      ACCEPT_TOKEN(sym__newline);
      END_STATE();
    case 27:
      ACCEPT_TOKEN(anon_sym_LBRACE);
      END_STATE();
    case 28:
      ACCEPT_TOKEN(anon_sym_RBRACE);
      END_STATE();
    case 29:
      ACCEPT_TOKEN(anon_sym_COMMA);
      END_STATE();
    case 30:
      ACCEPT_TOKEN(aux_sym_setting_token1);
      ADVANCE_MAP(
        '-', 17,
        '.', 44,
        ':', 45,
        'd', 37,
        'x', 32,
        'h', 36,
        'm', 36,
        's', 36,
        'w', 36,
      );
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(30);
      if (('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(13);
      END_STATE();
    case 31:
      ACCEPT_TOKEN(aux_sym_setting_token1);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(31);
      END_STATE();
    case 32:
      ACCEPT_TOKEN(sym_multiple);
      END_STATE();
    case 33:
      ACCEPT_TOKEN(sym_uid);
      if (lookahead == '-') ADVANCE(17);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(33);
      END_STATE();
    case 34:
      ACCEPT_TOKEN(sym_uid);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(34);
      END_STATE();
    case 35:
      ACCEPT_TOKEN(anon_sym_hour);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(52);
      END_STATE();
    case 36:
      ACCEPT_TOKEN(sym_duration);
      END_STATE();
    case 37:
      ACCEPT_TOKEN(sym_duration);
      if (lookahead == '.' ||
          lookahead == ':') ADVANCE(45);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(13);
      END_STATE();
    case 38:
      ACCEPT_TOKEN(sym_size);
      END_STATE();
    case 39:
      ACCEPT_TOKEN(anon_sym_SLASH);
      END_STATE();
    case 40:
      ACCEPT_TOKEN(aux_sym_port_token1);
      ADVANCE_MAP(
        '-', 16,
        '.', 44,
        ':', 45,
        'd', 37,
        'x', 32,
        'h', 36,
        'm', 36,
        's', 36,
        'w', 36,
      );
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(40);
      if (('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(13);
      END_STATE();
    case 41:
      ACCEPT_TOKEN(aux_sym_port_token1);
      if (lookahead == '-') ADVANCE(16);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(41);
      END_STATE();
    case 42:
      ACCEPT_TOKEN(aux_sym_port_token1);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(42);
      END_STATE();
    case 43:
      ACCEPT_TOKEN(sym_address);
      if (lookahead == '-') ADVANCE(19);
      if (lookahead == '/') ADVANCE(15);
      if (lookahead == 'x') ADVANCE(32);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(43);
      if (('.' <= lookahead && lookahead <= ':') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(45);
      END_STATE();
    case 44:
      ACCEPT_TOKEN(sym_address);
      if (lookahead == '-') ADVANCE(19);
      if (lookahead == '/') ADVANCE(15);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(43);
      if (('.' <= lookahead && lookahead <= ':') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(45);
      END_STATE();
    case 45:
      ACCEPT_TOKEN(sym_address);
      if (lookahead == '-') ADVANCE(19);
      if (lookahead == '/') ADVANCE(15);
      if (('.' <= lookahead && lookahead <= ':') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(45);
      END_STATE();
    case 46:
      ACCEPT_TOKEN(sym_address);
      if (lookahead == '-') ADVANCE(19);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(46);
      END_STATE();
    case 47:
      ACCEPT_TOKEN(sym_address);
      if (lookahead == '.' ||
          ('0' <= lookahead && lookahead <= ':') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(47);
      END_STATE();
    case 48:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'o') ADVANCE(50);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(52);
      END_STATE();
    case 49:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'r') ADVANCE(35);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(52);
      END_STATE();
    case 50:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'u') ADVANCE(49);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(52);
      END_STATE();
    case 51:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '.' ||
          lookahead == ':') ADVANCE(45);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(51);
      if (lookahead == '-' ||
          ('G' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('g' <= lookahead && lookahead <= 'z')) ADVANCE(52);
      END_STATE();
    case 52:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(52);
      END_STATE();
    case 53:
      ACCEPT_TOKEN(sym_string);
      END_STATE();
    case 54:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(54);
      END_STATE();
    default:
      return false;
  }
}

static bool ts_lex_keywords(TSLexer *lexer, TSStateId state) {
  START_LEXER();
  eof = lexer->eof(lexer);
  switch (state) {
    case 0:
      ADVANCE_MAP(
        'a', 1,
        'b', 2,
        'd', 3,
        'e', 4,
        'f', 5,
        'g', 6,
        'h', 7,
        'i', 8,
        'l', 9,
        'm', 10,
        'n', 11,
        'o', 12,
        'p', 13,
        'q', 14,
        's', 15,
        't', 16,
        'u', 17,
        'w', 18,
      );
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ' ||
          lookahead == 0xfeff) SKIP(19);
      END_STATE();
    case 1:
      if (lookahead == 'd') ADVANCE(20);
      if (lookahead == 'l') ADVANCE(21);
      if (lookahead == 'n') ADVANCE(22);
      if (lookahead == 't') ADVANCE(23);
      if (lookahead == 'u') ADVANCE(24);
      END_STATE();
    case 2:
      if (lookahead == 'a') ADVANCE(25);
      if (lookahead == 'l') ADVANCE(26);
      END_STATE();
    case 3:
      if (lookahead == 'a') ADVANCE(27);
      if (lookahead == 'e') ADVANCE(28);
      if (lookahead == 'n') ADVANCE(29);
      END_STATE();
    case 4:
      if (lookahead == 'g') ADVANCE(30);
      if (lookahead == 'x') ADVANCE(31);
      END_STATE();
    case 5:
      if (lookahead == 'o') ADVANCE(32);
      END_STATE();
    case 6:
      if (lookahead == 'a') ADVANCE(33);
      if (lookahead == 'r') ADVANCE(34);
      END_STATE();
    case 7:
      if (lookahead == 'o') ADVANCE(35);
      END_STATE();
    case 8:
      if (lookahead == 'c') ADVANCE(36);
      if (lookahead == 'n') ADVANCE(37);
      if (lookahead == 's') ADVANCE(38);
      END_STATE();
    case 9:
      if (lookahead == 'e') ADVANCE(39);
      if (lookahead == 'o') ADVANCE(40);
      END_STATE();
    case 10:
      if (lookahead == 'a') ADVANCE(41);
      if (lookahead == 'i') ADVANCE(42);
      if (lookahead == 'o') ADVANCE(43);
      END_STATE();
    case 11:
      if (lookahead == 'a') ADVANCE(44);
      END_STATE();
    case 12:
      if (lookahead == 'n') ADVANCE(45);
      END_STATE();
    case 13:
      if (lookahead == 'e') ADVANCE(46);
      if (lookahead == 'o') ADVANCE(47);
      END_STATE();
    case 14:
      if (lookahead == 'u') ADVANCE(48);
      END_STATE();
    case 15:
      if (lookahead == 'e') ADVANCE(49);
      END_STATE();
    case 16:
      if (lookahead == 'c') ADVANCE(50);
      if (lookahead == 'o') ADVANCE(51);
      if (lookahead == 't') ADVANCE(52);
      END_STATE();
    case 17:
      if (lookahead == 'd') ADVANCE(53);
      if (lookahead == 's') ADVANCE(54);
      END_STATE();
    case 18:
      if (lookahead == 'a') ADVANCE(55);
      if (lookahead == 'e') ADVANCE(56);
      END_STATE();
    case 19:
      ADVANCE_MAP(
        'a', 1,
        'b', 2,
        'd', 3,
        'e', 4,
        'f', 5,
        'g', 6,
        'h', 57,
        'i', 8,
        'l', 9,
        'm', 58,
        'n', 11,
        'o', 12,
        'p', 13,
        'q', 14,
        's', 59,
        't', 16,
        'u', 17,
        'w', 18,
      );
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ' ||
          lookahead == 0xfeff) SKIP(19);
      END_STATE();
    case 20:
      if (lookahead == 'd') ADVANCE(60);
      END_STATE();
    case 21:
      if (lookahead == 'e') ADVANCE(61);
      if (lookahead == 'l') ADVANCE(62);
      END_STATE();
    case 22:
      if (lookahead == 'y') ADVANCE(63);
      END_STATE();
    case 23:
      ACCEPT_TOKEN(anon_sym_at);
      END_STATE();
    case 24:
      if (lookahead == 'd') ADVANCE(64);
      END_STATE();
    case 25:
      if (lookahead == 's') ADVANCE(65);
      END_STATE();
    case 26:
      if (lookahead == 'o') ADVANCE(66);
      END_STATE();
    case 27:
      if (lookahead == 'y') ADVANCE(67);
      END_STATE();
    case 28:
      if (lookahead == 'n') ADVANCE(68);
      if (lookahead == 's') ADVANCE(69);
      END_STATE();
    case 29:
      if (lookahead == 's') ADVANCE(70);
      END_STATE();
    case 30:
      if (lookahead == 'r') ADVANCE(71);
      END_STATE();
    case 31:
      if (lookahead == 'c') ADVANCE(72);
      if (lookahead == 'e') ADVANCE(73);
      if (lookahead == 'p') ADVANCE(74);
      END_STATE();
    case 32:
      if (lookahead == 'r') ADVANCE(75);
      END_STATE();
    case 33:
      if (lookahead == 't') ADVANCE(76);
      END_STATE();
    case 34:
      if (lookahead == 'o') ADVANCE(77);
      END_STATE();
    case 35:
      if (lookahead == 's') ADVANCE(78);
      if (lookahead == 'u') ADVANCE(79);
      END_STATE();
    case 36:
      if (lookahead == 'm') ADVANCE(80);
      END_STATE();
    case 37:
      if (lookahead == 'c') ADVANCE(81);
      if (lookahead == 's') ADVANCE(82);
      END_STATE();
    case 38:
      if (lookahead == 'o') ADVANCE(83);
      END_STATE();
    case 39:
      if (lookahead == 'a') ADVANCE(84);
      END_STATE();
    case 40:
      if (lookahead == 'g') ADVANCE(85);
      END_STATE();
    case 41:
      if (lookahead == 'n') ADVANCE(86);
      END_STATE();
    case 42:
      if (lookahead == 'n') ADVANCE(87);
      END_STATE();
    case 43:
      if (lookahead == 'd') ADVANCE(88);
      END_STATE();
    case 44:
      if (lookahead == 'm') ADVANCE(89);
      END_STATE();
    case 45:
      ACCEPT_TOKEN(anon_sym_on);
      END_STATE();
    case 46:
      if (lookahead == 'r') ADVANCE(90);
      END_STATE();
    case 47:
      if (lookahead == 'l') ADVANCE(91);
      END_STATE();
    case 48:
      if (lookahead == 'o') ADVANCE(92);
      END_STATE();
    case 49:
      if (lookahead == 'c') ADVANCE(93);
      if (lookahead == 'l') ADVANCE(94);
      if (lookahead == 'r') ADVANCE(95);
      END_STATE();
    case 50:
      if (lookahead == 'p') ADVANCE(96);
      END_STATE();
    case 51:
      ACCEPT_TOKEN(anon_sym_to);
      if (lookahead == 't') ADVANCE(97);
      END_STATE();
    case 52:
      if (lookahead == 'l') ADVANCE(98);
      END_STATE();
    case 53:
      if (lookahead == 'p') ADVANCE(99);
      END_STATE();
    case 54:
      if (lookahead == 'e') ADVANCE(100);
      if (lookahead == 'u') ADVANCE(101);
      END_STATE();
    case 55:
      if (lookahead == 'r') ADVANCE(102);
      END_STATE();
    case 56:
      if (lookahead == 'e') ADVANCE(103);
      END_STATE();
    case 57:
      if (lookahead == 'o') ADVANCE(104);
      END_STATE();
    case 58:
      if (lookahead == 'a') ADVANCE(41);
      if (lookahead == 'o') ADVANCE(43);
      END_STATE();
    case 59:
      if (lookahead == 'e') ADVANCE(105);
      END_STATE();
    case 60:
      if (lookahead == 'r') ADVANCE(106);
      END_STATE();
    case 61:
      if (lookahead == 'r') ADVANCE(107);
      END_STATE();
    case 62:
      if (lookahead == 'o') ADVANCE(108);
      END_STATE();
    case 63:
      ACCEPT_TOKEN(anon_sym_any);
      END_STATE();
    case 64:
      if (lookahead == 'i') ADVANCE(109);
      END_STATE();
    case 65:
      if (lookahead == 'e') ADVANCE(110);
      END_STATE();
    case 66:
      if (lookahead == 'c') ADVANCE(111);
      END_STATE();
    case 67:
      ACCEPT_TOKEN(anon_sym_day);
      END_STATE();
    case 68:
      if (lookahead == 'i') ADVANCE(112);
      if (lookahead == 'y') ADVANCE(113);
      END_STATE();
    case 69:
      if (lookahead == 't') ADVANCE(114);
      END_STATE();
    case 70:
      ACCEPT_TOKEN(anon_sym_dns);
      END_STATE();
    case 71:
      if (lookahead == 'e') ADVANCE(115);
      END_STATE();
    case 72:
      if (lookahead == 'e') ADVANCE(116);
      END_STATE();
    case 73:
      if (lookahead == 'c') ADVANCE(117);
      END_STATE();
    case 74:
      if (lookahead == 'e') ADVANCE(118);
      END_STATE();
    case 75:
      ACCEPT_TOKEN(anon_sym_for);
      END_STATE();
    case 76:
      if (lookahead == 'e') ADVANCE(119);
      END_STATE();
    case 77:
      if (lookahead == 'u') ADVANCE(120);
      END_STATE();
    case 78:
      if (lookahead == 't') ADVANCE(121);
      END_STATE();
    case 79:
      if (lookahead == 'r') ADVANCE(122);
      END_STATE();
    case 80:
      if (lookahead == 'p') ADVANCE(123);
      END_STATE();
    case 81:
      if (lookahead == 'l') ADVANCE(124);
      END_STATE();
    case 82:
      if (lookahead == 'i') ADVANCE(125);
      END_STATE();
    case 83:
      if (lookahead == 'l') ADVANCE(126);
      END_STATE();
    case 84:
      if (lookahead == 'r') ADVANCE(127);
      if (lookahead == 's') ADVANCE(128);
      END_STATE();
    case 85:
      ACCEPT_TOKEN(anon_sym_log);
      END_STATE();
    case 86:
      if (lookahead == 'a') ADVANCE(129);
      END_STATE();
    case 87:
      if (lookahead == 'u') ADVANCE(130);
      END_STATE();
    case 88:
      if (lookahead == 'e') ADVANCE(131);
      END_STATE();
    case 89:
      if (lookahead == 'e') ADVANCE(132);
      END_STATE();
    case 90:
      ACCEPT_TOKEN(anon_sym_per);
      END_STATE();
    case 91:
      if (lookahead == 'i') ADVANCE(133);
      END_STATE();
    case 92:
      if (lookahead == 't') ADVANCE(134);
      END_STATE();
    case 93:
      if (lookahead == 'o') ADVANCE(135);
      END_STATE();
    case 94:
      if (lookahead == 'f') ADVANCE(136);
      END_STATE();
    case 95:
      if (lookahead == 'v') ADVANCE(137);
      END_STATE();
    case 96:
      ACCEPT_TOKEN(anon_sym_tcp);
      END_STATE();
    case 97:
      if (lookahead == 'a') ADVANCE(138);
      END_STATE();
    case 98:
      ACCEPT_TOKEN(anon_sym_ttl);
      END_STATE();
    case 99:
      ACCEPT_TOKEN(anon_sym_udp);
      END_STATE();
    case 100:
      if (lookahead == 'r') ADVANCE(139);
      END_STATE();
    case 101:
      if (lookahead == 'a') ADVANCE(140);
      END_STATE();
    case 102:
      if (lookahead == 'n') ADVANCE(141);
      END_STATE();
    case 103:
      if (lookahead == 'k') ADVANCE(142);
      END_STATE();
    case 104:
      if (lookahead == 's') ADVANCE(78);
      END_STATE();
    case 105:
      if (lookahead == 'l') ADVANCE(94);
      if (lookahead == 'r') ADVANCE(95);
      END_STATE();
    case 106:
      if (lookahead == 'e') ADVANCE(143);
      END_STATE();
    case 107:
      if (lookahead == 't') ADVANCE(144);
      END_STATE();
    case 108:
      if (lookahead == 'w') ADVANCE(145);
      END_STATE();
    case 109:
      if (lookahead == 't') ADVANCE(146);
      END_STATE();
    case 110:
      if (lookahead == 'l') ADVANCE(147);
      END_STATE();
    case 111:
      if (lookahead == 'k') ADVANCE(148);
      END_STATE();
    case 112:
      if (lookahead == 'e') ADVANCE(149);
      END_STATE();
    case 113:
      ACCEPT_TOKEN(anon_sym_deny);
      END_STATE();
    case 114:
      if (lookahead == 'i') ADVANCE(150);
      END_STATE();
    case 115:
      if (lookahead == 's') ADVANCE(151);
      END_STATE();
    case 116:
      if (lookahead == 'e') ADVANCE(152);
      END_STATE();
    case 117:
      ACCEPT_TOKEN(anon_sym_exec);
      END_STATE();
    case 118:
      if (lookahead == 'c') ADVANCE(153);
      END_STATE();
    case 119:
      if (lookahead == 'w') ADVANCE(154);
      END_STATE();
    case 120:
      if (lookahead == 'p') ADVANCE(155);
      END_STATE();
    case 121:
      ACCEPT_TOKEN(anon_sym_host);
      END_STATE();
    case 122:
      ACCEPT_TOKEN(anon_sym_hour2);
      END_STATE();
    case 123:
      ACCEPT_TOKEN(anon_sym_icmp);
      if (lookahead == 'v') ADVANCE(156);
      END_STATE();
    case 124:
      if (lookahead == 'u') ADVANCE(157);
      END_STATE();
    case 125:
      if (lookahead == 'd') ADVANCE(158);
      END_STATE();
    case 126:
      if (lookahead == 'a') ADVANCE(159);
      END_STATE();
    case 127:
      if (lookahead == 'n') ADVANCE(160);
      END_STATE();
    case 128:
      if (lookahead == 't') ADVANCE(161);
      END_STATE();
    case 129:
      if (lookahead == 'g') ADVANCE(162);
      END_STATE();
    case 130:
      if (lookahead == 't') ADVANCE(163);
      END_STATE();
    case 131:
      ACCEPT_TOKEN(anon_sym_mode);
      END_STATE();
    case 132:
      ACCEPT_TOKEN(anon_sym_name);
      END_STATE();
    case 133:
      if (lookahead == 'c') ADVANCE(164);
      END_STATE();
    case 134:
      if (lookahead == 'a') ADVANCE(165);
      END_STATE();
    case 135:
      if (lookahead == 'n') ADVANCE(166);
      END_STATE();
    case 136:
      ACCEPT_TOKEN(anon_sym_self);
      END_STATE();
    case 137:
      if (lookahead == 'i') ADVANCE(167);
      END_STATE();
    case 138:
      if (lookahead == 'l') ADVANCE(168);
      END_STATE();
    case 139:
      ACCEPT_TOKEN(anon_sym_user);
      if (lookahead == 's') ADVANCE(169);
      END_STATE();
    case 140:
      if (lookahead == 'l') ADVANCE(170);
      END_STATE();
    case 141:
      ACCEPT_TOKEN(anon_sym_warn);
      END_STATE();
    case 142:
      ACCEPT_TOKEN(anon_sym_week);
      END_STATE();
    case 143:
      if (lookahead == 's') ADVANCE(171);
      END_STATE();
    case 144:
      ACCEPT_TOKEN(anon_sym_alert);
      END_STATE();
    case 145:
      ACCEPT_TOKEN(anon_sym_allow);
      END_STATE();
    case 146:
      ACCEPT_TOKEN(anon_sym_audit);
      END_STATE();
    case 147:
      if (lookahead == 'i') ADVANCE(172);
      END_STATE();
    case 148:
      ACCEPT_TOKEN(anon_sym_block);
      END_STATE();
    case 149:
      if (lookahead == 'd') ADVANCE(173);
      END_STATE();
    case 150:
      if (lookahead == 'n') ADVANCE(174);
      END_STATE();
    case 151:
      if (lookahead == 's') ADVANCE(175);
      END_STATE();
    case 152:
      if (lookahead == 'd') ADVANCE(176);
      END_STATE();
    case 153:
      if (lookahead == 't') ADVANCE(177);
      END_STATE();
    case 154:
      if (lookahead == 'a') ADVANCE(178);
      END_STATE();
    case 155:
      ACCEPT_TOKEN(anon_sym_group);
      END_STATE();
    case 156:
      if (lookahead == '6') ADVANCE(179);
      END_STATE();
    case 157:
      if (lookahead == 'd') ADVANCE(180);
      END_STATE();
    case 158:
      if (lookahead == 'e') ADVANCE(181);
      END_STATE();
    case 159:
      if (lookahead == 't') ADVANCE(182);
      END_STATE();
    case 160:
      ACCEPT_TOKEN(anon_sym_learn);
      END_STATE();
    case 161:
      ACCEPT_TOKEN(anon_sym_least);
      END_STATE();
    case 162:
      if (lookahead == 'e') ADVANCE(183);
      END_STATE();
    case 163:
      if (lookahead == 'e') ADVANCE(184);
      END_STATE();
    case 164:
      if (lookahead == 'y') ADVANCE(185);
      END_STATE();
    case 165:
      ACCEPT_TOKEN(anon_sym_quota);
      END_STATE();
    case 166:
      if (lookahead == 'd') ADVANCE(186);
      END_STATE();
    case 167:
      if (lookahead == 'c') ADVANCE(187);
      END_STATE();
    case 168:
      ACCEPT_TOKEN(anon_sym_total);
      END_STATE();
    case 169:
      ACCEPT_TOKEN(anon_sym_users);
      END_STATE();
    case 170:
      ACCEPT_TOKEN(anon_sym_usual);
      END_STATE();
    case 171:
      if (lookahead == 's') ADVANCE(188);
      END_STATE();
    case 172:
      if (lookahead == 'n') ADVANCE(189);
      END_STATE();
    case 173:
      ACCEPT_TOKEN(anon_sym_denied);
      END_STATE();
    case 174:
      if (lookahead == 'a') ADVANCE(190);
      END_STATE();
    case 175:
      ACCEPT_TOKEN(anon_sym_egress);
      END_STATE();
    case 176:
      ACCEPT_TOKEN(anon_sym_exceed);
      END_STATE();
    case 177:
      ACCEPT_TOKEN(anon_sym_expect);
      END_STATE();
    case 178:
      if (lookahead == 'y') ADVANCE(191);
      END_STATE();
    case 179:
      ACCEPT_TOKEN(anon_sym_icmpv6);
      END_STATE();
    case 180:
      if (lookahead == 'e') ADVANCE(192);
      END_STATE();
    case 181:
      ACCEPT_TOKEN(anon_sym_inside);
      END_STATE();
    case 182:
      if (lookahead == 'e') ADVANCE(193);
      END_STATE();
    case 183:
      if (lookahead == 'm') ADVANCE(194);
      END_STATE();
    case 184:
      ACCEPT_TOKEN(anon_sym_minute);
      END_STATE();
    case 185:
      ACCEPT_TOKEN(anon_sym_policy);
      END_STATE();
    case 186:
      ACCEPT_TOKEN(anon_sym_second);
      END_STATE();
    case 187:
      if (lookahead == 'e') ADVANCE(195);
      END_STATE();
    case 188:
      if (lookahead == 'e') ADVANCE(196);
      END_STATE();
    case 189:
      if (lookahead == 'e') ADVANCE(197);
      END_STATE();
    case 190:
      if (lookahead == 't') ADVANCE(198);
      END_STATE();
    case 191:
      ACCEPT_TOKEN(anon_sym_gateway);
      END_STATE();
    case 192:
      ACCEPT_TOKEN(anon_sym_include);
      END_STATE();
    case 193:
      ACCEPT_TOKEN(anon_sym_isolate);
      END_STATE();
    case 194:
      if (lookahead == 'e') ADVANCE(199);
      END_STATE();
    case 195:
      ACCEPT_TOKEN(anon_sym_service);
      END_STATE();
    case 196:
      if (lookahead == 's') ADVANCE(200);
      END_STATE();
    case 197:
      ACCEPT_TOKEN(anon_sym_baseline);
      END_STATE();
    case 198:
      if (lookahead == 'i') ADVANCE(201);
      END_STATE();
    case 199:
      if (lookahead == 'n') ADVANCE(202);
      END_STATE();
    case 200:
      ACCEPT_TOKEN(anon_sym_addresses);
      END_STATE();
    case 201:
      if (lookahead == 'o') ADVANCE(203);
      END_STATE();
    case 202:
      if (lookahead == 't') ADVANCE(204);
      END_STATE();
    case 203:
      if (lookahead == 'n') ADVANCE(205);
      END_STATE();
    case 204:
      ACCEPT_TOKEN(anon_sym_management);
      END_STATE();
    case 205:
      ACCEPT_TOKEN(anon_sym_destination);
      END_STATE();
    default:
      return false;
  }
}

static const TSLexMode ts_lex_modes[STATE_COUNT] = {
  [0] = {.lex_state = 0},
  [1] = {.lex_state = 20},
  [2] = {.lex_state = 20},
  [3] = {.lex_state = 20},
  [4] = {.lex_state = 20},
  [5] = {.lex_state = 20},
  [6] = {.lex_state = 20},
  [7] = {.lex_state = 20},
  [8] = {.lex_state = 20},
  [9] = {.lex_state = 20},
  [10] = {.lex_state = 20},
  [11] = {.lex_state = 20},
  [12] = {.lex_state = 20},
  [13] = {.lex_state = 20},
  [14] = {.lex_state = 20},
  [15] = {.lex_state = 20},
  [16] = {.lex_state = 20},
  [17] = {.lex_state = 23},
  [18] = {.lex_state = 23},
  [19] = {.lex_state = 23},
  [20] = {.lex_state = 20},
  [21] = {.lex_state = 23},
  [22] = {.lex_state = 20},
  [23] = {.lex_state = 20},
  [24] = {.lex_state = 23},
  [25] = {.lex_state = 20},
  [26] = {.lex_state = 20},
  [27] = {.lex_state = 23},
  [28] = {.lex_state = 20},
  [29] = {.lex_state = 20},
  [30] = {.lex_state = 20},
  [31] = {.lex_state = 20},
  [32] = {.lex_state = 20},
  [33] = {.lex_state = 20},
  [34] = {.lex_state = 20},
  [35] = {.lex_state = 20},
  [36] = {.lex_state = 20},
  [37] = {.lex_state = 20},
  [38] = {.lex_state = 20},
  [39] = {.lex_state = 20},
  [40] = {.lex_state = 20},
  [41] = {.lex_state = 20},
  [42] = {.lex_state = 20},
  [43] = {.lex_state = 20},
  [44] = {.lex_state = 20},
  [45] = {.lex_state = 20},
  [46] = {.lex_state = 20},
  [47] = {.lex_state = 0},
  [48] = {.lex_state = 0},
  [49] = {.lex_state = 0},
  [50] = {.lex_state = 4},
  [51] = {.lex_state = 0},
  [52] = {.lex_state = 0},
  [53] = {.lex_state = 0},
  [54] = {.lex_state = 2},
  [55] = {.lex_state = 0},
  [56] = {.lex_state = 0},
  [57] = {.lex_state = 20},
  [58] = {.lex_state = 0},
  [59] = {.lex_state = 0},
  [60] = {.lex_state = 0},
  [61] = {.lex_state = 0},
  [62] = {.lex_state = 0},
  [63] = {.lex_state = 20},
  [64] = {.lex_state = 0},
  [65] = {.lex_state = 0},
  [66] = {.lex_state = 0},
  [67] = {.lex_state = 0},
  [68] = {.lex_state = 20},
  [69] = {.lex_state = 4},
  [70] = {.lex_state = 0},
  [71] = {.lex_state = 0},
  [72] = {.lex_state = 0},
  [73] = {.lex_state = 0},
  [74] = {.lex_state = 0},
  [75] = {.lex_state = 0},
  [76] = {.lex_state = 0},
  [77] = {.lex_state = 0},
  [78] = {.lex_state = 0},
  [79] = {.lex_state = 0},
  [80] = {.lex_state = 0},
  [81] = {.lex_state = 0},
  [82] = {.lex_state = 0},
  [83] = {.lex_state = 20},
  [84] = {.lex_state = 0},
  [85] = {.lex_state = 20},
  [86] = {.lex_state = 0},
  [87] = {.lex_state = 0},
  [88] = {.lex_state = 0},
  [89] = {.lex_state = 20},
  [90] = {.lex_state = 20},
  [91] = {.lex_state = 0},
  [92] = {.lex_state = 20},
  [93] = {.lex_state = 1},
  [94] = {.lex_state = 0},
  [95] = {.lex_state = 0},
  [96] = {.lex_state = 20},
  [97] = {.lex_state = 0},
  [98] = {.lex_state = 23},
  [99] = {.lex_state = 0},
  [100] = {.lex_state = 20},
  [101] = {.lex_state = 0},
  [102] = {.lex_state = 0},
  [103] = {.lex_state = 20},
  [104] = {.lex_state = 1},
  [105] = {.lex_state = 1},
  [106] = {.lex_state = 0},
  [107] = {.lex_state = 0},
  [108] = {.lex_state = 1},
  [109] = {.lex_state = 0},
  [110] = {.lex_state = 0},
  [111] = {.lex_state = 0},
  [112] = {.lex_state = 20},
  [113] = {.lex_state = 20},
  [114] = {.lex_state = 0},
  [115] = {.lex_state = 20},
  [116] = {.lex_state = 23},
  [117] = {.lex_state = 0},
  [118] = {.lex_state = 1},
  [119] = {.lex_state = 20},
  [120] = {.lex_state = 20},
  [121] = {.lex_state = 20},
  [122] = {.lex_state = 0},
  [123] = {.lex_state = 0},
  [124] = {.lex_state = 20},
  [125] = {.lex_state = 20},
  [126] = {.lex_state = 0},
  [127] = {.lex_state = 20},
  [128] = {.lex_state = 0},
  [129] = {.lex_state = 0},
  [130] = {.lex_state = 20},
  [131] = {.lex_state = 20},
  [132] = {.lex_state = 0},
  [133] = {.lex_state = 0},
  [134] = {.lex_state = 0},
  [135] = {.lex_state = 20},
  [136] = {.lex_state = 20},
  [137] = {.lex_state = 1},
  [138] = {.lex_state = 0},
  [139] = {.lex_state = 0},
  [140] = {.lex_state = 20},
  [141] = {.lex_state = 0},
  [142] = {.lex_state = 0},
  [143] = {.lex_state = 0},
  [144] = {.lex_state = 0},
  [145] = {.lex_state = 0},
  [146] = {.lex_state = 0},
  [147] = {.lex_state = 0},
  [148] = {.lex_state = 0},
  [149] = {.lex_state = 0},
  [150] = {.lex_state = 0},
  [151] = {.lex_state = 0},
  [152] = {.lex_state = 0},
  [153] = {.lex_state = 0},
  [154] = {.lex_state = 0},
  [155] = {.lex_state = 1},
  [156] = {.lex_state = 0},
  [157] = {.lex_state = 0},
  [158] = {.lex_state = 20},
  [159] = {.lex_state = 0},
  [160] = {.lex_state = 0},
  [161] = {.lex_state = 0},
  [162] = {.lex_state = 1},
  [163] = {.lex_state = 0},
  [164] = {.lex_state = 0},
  [165] = {.lex_state = 0},
  [166] = {.lex_state = 0},
  [167] = {.lex_state = 0},
  [168] = {.lex_state = 0},
  [169] = {.lex_state = 0},
  [170] = {.lex_state = 0},
  [171] = {.lex_state = 0},
  [172] = {.lex_state = 1},
  [173] = {.lex_state = 0},
  [174] = {.lex_state = 0},
  [175] = {.lex_state = 0},
  [176] = {.lex_state = 0},
  [177] = {.lex_state = 0},
  [178] = {.lex_state = 0},
  [179] = {.lex_state = 0},
  [180] = {.lex_state = 20},
  [181] = {.lex_state = 0},
  [182] = {.lex_state = 0},
  [183] = {.lex_state = 1},
  [184] = {.lex_state = 20},
  [185] = {.lex_state = 20},
  [186] = {.lex_state = 20},
  [187] = {.lex_state = 1},
  [188] = {.lex_state = 1},
  [189] = {.lex_state = 20},
  [190] = {.lex_state = 1},
  [191] = {.lex_state = 20},
  [192] = {.lex_state = 20},
  [193] = {.lex_state = 20},
  [194] = {.lex_state = 20},
  [195] = {.lex_state = 20},
  [196] = {.lex_state = 23},
  [197] = {.lex_state = 20},
  [198] = {.lex_state = 20},
  [199] = {.lex_state = 20},
  [200] = {.lex_state = 20},
  [201] = {.lex_state = 20},
  [202] = {.lex_state = 20},
  [203] = {.lex_state = 1},
  [204] = {.lex_state = 20},
  [205] = {.lex_state = 0},
  [206] = {.lex_state = 20},
  [207] = {.lex_state = 20},
  [208] = {.lex_state = 20},
  [209] = {.lex_state = 20},
  [210] = {.lex_state = 20},
  [211] = {.lex_state = 0},
  [212] = {.lex_state = 20},
  [213] = {.lex_state = 23},
  [214] = {.lex_state = 20},
  [215] = {.lex_state = 20},
  [216] = {.lex_state = 23},
  [217] = {.lex_state = 0},
  [218] = {.lex_state = 20},
  [219] = {.lex_state = 20},
  [220] = {.lex_state = 20},
  [221] = {.lex_state = 6},
  [222] = {.lex_state = 0},
  [223] = {.lex_state = 20},
  [224] = {.lex_state = 20},
  [225] = {.lex_state = 23},
  [226] = {.lex_state = 0},
  [227] = {.lex_state = 23},
  [228] = {.lex_state = 0},
  [229] = {.lex_state = 20},
  [230] = {.lex_state = 1},
  [231] = {.lex_state = 2},
  [232] = {.lex_state = 20},
};

static const uint16_t ts_parse_table[LARGE_STATE_COUNT][SYMBOL_COUNT] = {
  [0] = {
    [ts_builtin_sym_end] = ACTIONS(1),
    [sym_identifier] = ACTIONS(1),
    [anon_sym_SEMI] = ACTIONS(1),
    [sym__newline] = ACTIONS(1),
    [anon_sym_policy] = ACTIONS(1),
    [anon_sym_LBRACE] = ACTIONS(1),
    [anon_sym_RBRACE] = ACTIONS(1),
    [anon_sym_mode] = ACTIONS(1),
    [anon_sym_gateway] = ACTIONS(1),
    [anon_sym_host] = ACTIONS(1),
    [anon_sym_egress] = ACTIONS(1),
    [anon_sym_COMMA] = ACTIONS(1),
    [anon_sym_management] = ACTIONS(1),
    [anon_sym_inside] = ACTIONS(1),
    [anon_sym_log] = ACTIONS(1),
    [anon_sym_denied] = ACTIONS(1),
    [anon_sym_baseline] = ACTIONS(1),
    [anon_sym_learn] = ACTIONS(1),
    [anon_sym_dns] = ACTIONS(1),
    [anon_sym_ttl] = ACTIONS(1),
    [anon_sym_at] = ACTIONS(1),
    [anon_sym_least] = ACTIONS(1),
    [anon_sym_addresses] = ACTIONS(1),
    [anon_sym_per] = ACTIONS(1),
    [anon_sym_name] = ACTIONS(1),
    [aux_sym_setting_token1] = ACTIONS(1),
    [anon_sym_include] = ACTIONS(1),
    [anon_sym_group] = ACTIONS(1),
    [anon_sym_destination] = ACTIONS(1),
    [anon_sym_service] = ACTIONS(1),
    [anon_sym_allow] = ACTIONS(1),
    [anon_sym_to] = ACTIONS(1),
    [anon_sym_on] = ACTIONS(1),
    [anon_sym_quota] = ACTIONS(1),
    [anon_sym_user] = ACTIONS(1),
    [anon_sym_total] = ACTIONS(1),
    [anon_sym_warn] = ACTIONS(1),
    [anon_sym_usual] = ACTIONS(1),
    [sym_multiple] = ACTIONS(1),
    [anon_sym_exceed] = ACTIONS(1),
    [anon_sym_block] = ACTIONS(1),
    [anon_sym_isolate] = ACTIONS(1),
    [anon_sym_for] = ACTIONS(1),
    [anon_sym_alert] = ACTIONS(1),
    [anon_sym_exec] = ACTIONS(1),
    [anon_sym_audit] = ACTIONS(1),
    [anon_sym_users] = ACTIONS(1),
    [sym_uid] = ACTIONS(1),
    [anon_sym_expect] = ACTIONS(1),
    [anon_sym_deny] = ACTIONS(1),
    [anon_sym_self] = ACTIONS(1),
    [anon_sym_any] = ACTIONS(1),
    [anon_sym_hour] = ACTIONS(1),
    [anon_sym_day] = ACTIONS(1),
    [anon_sym_week] = ACTIONS(1),
    [sym_duration] = ACTIONS(1),
    [anon_sym_SLASH] = ACTIONS(1),
    [anon_sym_second] = ACTIONS(1),
    [anon_sym_minute] = ACTIONS(1),
    [anon_sym_hour2] = ACTIONS(1),
    [anon_sym_tcp] = ACTIONS(1),
    [anon_sym_udp] = ACTIONS(1),
    [aux_sym_port_token1] = ACTIONS(1),
    [anon_sym_icmp] = ACTIONS(1),
    [anon_sym_icmpv6] = ACTIONS(1),
    [sym_address] = ACTIONS(1),
    [sym_string] = ACTIONS(1),
    [sym_comment] = ACTIONS(3),
  },
  [1] = {
    [sym_source_file] = STATE(226),
    [sym__separator] = STATE(2),
    [sym__statement] = STATE(88),
    [sym_policy_statement] = STATE(88),
    [sym_gateway_statement] = STATE(88),
    [sym_include_statement] = STATE(88),
    [sym_group_statement] = STATE(88),
    [sym_destination_statement] = STATE(88),
    [sym_service_statement] = STATE(88),
    [sym_allow_statement] = STATE(88),
    [sym_quota_statement] = STATE(88),
    [sym_exceed_statement] = STATE(88),
    [sym_audit_statement] = STATE(88),
    [sym_users_statement] = STATE(88),
    [sym_expect_statement] = STATE(88),
    [aux_sym_source_file_repeat1] = STATE(2),
    [aux_sym_source_file_repeat2] = STATE(5),
    [ts_builtin_sym_end] = ACTIONS(5),
    [anon_sym_SEMI] = ACTIONS(7),
    [sym__newline] = ACTIONS(7),
    [anon_sym_policy] = ACTIONS(9),
    [anon_sym_gateway] = ACTIONS(11),
    [anon_sym_include] = ACTIONS(13),
    [anon_sym_group] = ACTIONS(15),
    [anon_sym_destination] = ACTIONS(17),
    [anon_sym_service] = ACTIONS(19),
    [anon_sym_allow] = ACTIONS(21),
    [anon_sym_on] = ACTIONS(23),
    [anon_sym_quota] = ACTIONS(25),
    [anon_sym_audit] = ACTIONS(27),
    [anon_sym_users] = ACTIONS(29),
    [anon_sym_expect] = ACTIONS(31),
    [sym_comment] = ACTIONS(3),
  },
};

static const uint16_t ts_small_parse_table[] = {
  [0] = 18,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(9), 1,
      anon_sym_policy,
    ACTIONS(11), 1,
      anon_sym_gateway,
    ACTIONS(13), 1,
      anon_sym_include,
    ACTIONS(15), 1,
      anon_sym_group,
    ACTIONS(17), 1,
      anon_sym_destination,
    ACTIONS(19), 1,
      anon_sym_service,
    ACTIONS(21), 1,
      anon_sym_allow,
    ACTIONS(23), 1,
      anon_sym_on,
    ACTIONS(25), 1,
      anon_sym_quota,
    ACTIONS(27), 1,
      anon_sym_audit,
    ACTIONS(29), 1,
      anon_sym_users,
    ACTIONS(31), 1,
      anon_sym_expect,
    ACTIONS(33), 1,
      ts_builtin_sym_end,
    STATE(6), 1,
      aux_sym_source_file_repeat2,
    ACTIONS(35), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(3), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
    STATE(77), 13,
      sym__statement,
      sym_policy_statement,
      sym_gateway_statement,
      sym_include_statement,
      sym_group_statement,
      sym_destination_statement,
      sym_service_statement,
      sym_allow_statement,
      sym_quota_statement,
      sym_exceed_statement,
      sym_audit_statement,
      sym_users_statement,
      sym_expect_statement,
  [69] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(39), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(3), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
    ACTIONS(37), 24,
      ts_builtin_sym_end,
      anon_sym_policy,
      anon_sym_RBRACE,
      anon_sym_mode,
      anon_sym_gateway,
      anon_sym_egress,
      anon_sym_management,
      anon_sym_inside,
      anon_sym_log,
      anon_sym_baseline,
      anon_sym_dns,
      anon_sym_include,
      anon_sym_group,
      anon_sym_destination,
      anon_sym_service,
      anon_sym_allow,
      anon_sym_on,
      anon_sym_quota,
      anon_sym_block,
      anon_sym_isolate,
      anon_sym_alert,
      anon_sym_audit,
      anon_sym_users,
      anon_sym_expect,
  [107] = 16,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(42), 1,
      ts_builtin_sym_end,
    ACTIONS(44), 1,
      anon_sym_policy,
    ACTIONS(47), 1,
      anon_sym_gateway,
    ACTIONS(50), 1,
      anon_sym_include,
    ACTIONS(53), 1,
      anon_sym_group,
    ACTIONS(56), 1,
      anon_sym_destination,
    ACTIONS(59), 1,
      anon_sym_service,
    ACTIONS(62), 1,
      anon_sym_allow,
    ACTIONS(65), 1,
      anon_sym_on,
    ACTIONS(68), 1,
      anon_sym_quota,
    ACTIONS(71), 1,
      anon_sym_audit,
    ACTIONS(74), 1,
      anon_sym_users,
    ACTIONS(77), 1,
      anon_sym_expect,
    STATE(4), 1,
      aux_sym_source_file_repeat2,
    STATE(123), 13,
      sym__statement,
      sym_policy_statement,
      sym_gateway_statement,
      sym_include_statement,
      sym_group_statement,
      sym_destination_statement,
      sym_service_statement,
      sym_allow_statement,
      sym_quota_statement,
      sym_exceed_statement,
      sym_audit_statement,
      sym_users_statement,
      sym_expect_statement,
  [168] = 16,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(9), 1,
      anon_sym_policy,
    ACTIONS(11), 1,
      anon_sym_gateway,
    ACTIONS(13), 1,
      anon_sym_include,
    ACTIONS(15), 1,
      anon_sym_group,
    ACTIONS(17), 1,
      anon_sym_destination,
    ACTIONS(19), 1,
      anon_sym_service,
    ACTIONS(21), 1,
      anon_sym_allow,
    ACTIONS(23), 1,
      anon_sym_on,
    ACTIONS(25), 1,
      anon_sym_quota,
    ACTIONS(27), 1,
      anon_sym_audit,
    ACTIONS(29), 1,
      anon_sym_users,
    ACTIONS(31), 1,
      anon_sym_expect,
    ACTIONS(33), 1,
      ts_builtin_sym_end,
    STATE(4), 1,
      aux_sym_source_file_repeat2,
    STATE(77), 13,
      sym__statement,
      sym_policy_statement,
      sym_gateway_statement,
      sym_include_statement,
      sym_group_statement,
      sym_destination_statement,
      sym_service_statement,
      sym_allow_statement,
      sym_quota_statement,
      sym_exceed_statement,
      sym_audit_statement,
      sym_users_statement,
      sym_expect_statement,
  [229] = 16,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(9), 1,
      anon_sym_policy,
    ACTIONS(11), 1,
      anon_sym_gateway,
    ACTIONS(13), 1,
      anon_sym_include,
    ACTIONS(15), 1,
      anon_sym_group,
    ACTIONS(17), 1,
      anon_sym_destination,
    ACTIONS(19), 1,
      anon_sym_service,
    ACTIONS(21), 1,
      anon_sym_allow,
    ACTIONS(23), 1,
      anon_sym_on,
    ACTIONS(25), 1,
      anon_sym_quota,
    ACTIONS(27), 1,
      anon_sym_audit,
    ACTIONS(29), 1,
      anon_sym_users,
    ACTIONS(31), 1,
      anon_sym_expect,
    ACTIONS(80), 1,
      ts_builtin_sym_end,
    STATE(4), 1,
      aux_sym_source_file_repeat2,
    STATE(66), 13,
      sym__statement,
      sym_policy_statement,
      sym_gateway_statement,
      sym_include_statement,
      sym_group_statement,
      sym_destination_statement,
      sym_service_statement,
      sym_allow_statement,
      sym_quota_statement,
      sym_exceed_statement,
      sym_audit_statement,
      sym_users_statement,
      sym_expect_statement,
  [290] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(35), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(3), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
    ACTIONS(42), 13,
      ts_builtin_sym_end,
      anon_sym_policy,
      anon_sym_gateway,
      anon_sym_include,
      anon_sym_group,
      anon_sym_destination,
      anon_sym_service,
      anon_sym_allow,
      anon_sym_on,
      anon_sym_quota,
      anon_sym_audit,
      anon_sym_users,
      anon_sym_expect,
  [317] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(84), 1,
      anon_sym_RBRACE,
    ACTIONS(86), 1,
      anon_sym_mode,
    ACTIONS(88), 1,
      anon_sym_egress,
    ACTIONS(90), 1,
      anon_sym_management,
    ACTIONS(92), 1,
      anon_sym_inside,
    ACTIONS(94), 1,
      anon_sym_log,
    ACTIONS(96), 1,
      anon_sym_baseline,
    ACTIONS(98), 1,
      anon_sym_dns,
    STATE(13), 1,
      aux_sym__settings_repeat1,
    STATE(94), 1,
      sym_setting,
    ACTIONS(82), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(9), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [359] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(86), 1,
      anon_sym_mode,
    ACTIONS(88), 1,
      anon_sym_egress,
    ACTIONS(90), 1,
      anon_sym_management,
    ACTIONS(92), 1,
      anon_sym_inside,
    ACTIONS(94), 1,
      anon_sym_log,
    ACTIONS(96), 1,
      anon_sym_baseline,
    ACTIONS(98), 1,
      anon_sym_dns,
    ACTIONS(100), 1,
      anon_sym_RBRACE,
    STATE(12), 1,
      aux_sym__settings_repeat1,
    STATE(56), 1,
      sym_setting,
    ACTIONS(35), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(3), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [401] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(104), 1,
      sym__newline,
    STATE(10), 1,
      aux_sym_policy_statement_repeat1,
    ACTIONS(107), 3,
      anon_sym_LBRACE,
      sym_uid,
      sym_string,
    ACTIONS(102), 8,
      anon_sym_log,
      anon_sym_exec,
      anon_sym_self,
      anon_sym_tcp,
      anon_sym_udp,
      anon_sym_icmp,
      anon_sym_icmpv6,
      sym_identifier,
  [426] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(35), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(3), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
    ACTIONS(109), 8,
      anon_sym_RBRACE,
      anon_sym_mode,
      anon_sym_egress,
      anon_sym_management,
      anon_sym_inside,
      anon_sym_log,
      anon_sym_baseline,
      anon_sym_dns,
  [448] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(86), 1,
      anon_sym_mode,
    ACTIONS(88), 1,
      anon_sym_egress,
    ACTIONS(90), 1,
      anon_sym_management,
    ACTIONS(92), 1,
      anon_sym_inside,
    ACTIONS(94), 1,
      anon_sym_log,
    ACTIONS(96), 1,
      anon_sym_baseline,
    ACTIONS(98), 1,
      anon_sym_dns,
    ACTIONS(111), 1,
      anon_sym_RBRACE,
    STATE(16), 1,
      aux_sym__settings_repeat1,
    STATE(73), 1,
      sym_setting,
  [482] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(86), 1,
      anon_sym_mode,
    ACTIONS(88), 1,
      anon_sym_egress,
    ACTIONS(90), 1,
      anon_sym_management,
    ACTIONS(92), 1,
      anon_sym_inside,
    ACTIONS(94), 1,
      anon_sym_log,
    ACTIONS(96), 1,
      anon_sym_baseline,
    ACTIONS(98), 1,
      anon_sym_dns,
    ACTIONS(100), 1,
      anon_sym_RBRACE,
    STATE(16), 1,
      aux_sym__settings_repeat1,
    STATE(56), 1,
      sym_setting,
  [516] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(113), 1,
      anon_sym_RBRACE,
    ACTIONS(117), 1,
      anon_sym_alert,
    STATE(45), 1,
      aux_sym__actions_repeat1,
    STATE(80), 1,
      sym_action,
    ACTIONS(35), 2,
      anon_sym_SEMI,
      sym__newline,
    ACTIONS(115), 2,
      anon_sym_block,
      anon_sym_isolate,
    STATE(3), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [544] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(117), 1,
      anon_sym_alert,
    ACTIONS(121), 1,
      anon_sym_RBRACE,
    STATE(36), 1,
      aux_sym__actions_repeat1,
    STATE(67), 1,
      sym_action,
    ACTIONS(115), 2,
      anon_sym_block,
      anon_sym_isolate,
    ACTIONS(119), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(14), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [572] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(109), 1,
      anon_sym_RBRACE,
    ACTIONS(123), 1,
      anon_sym_mode,
    ACTIONS(126), 1,
      anon_sym_egress,
    ACTIONS(129), 1,
      anon_sym_management,
    ACTIONS(132), 1,
      anon_sym_inside,
    ACTIONS(135), 1,
      anon_sym_log,
    ACTIONS(138), 1,
      anon_sym_baseline,
    ACTIONS(141), 1,
      anon_sym_dns,
    STATE(16), 1,
      aux_sym__settings_repeat1,
    STATE(95), 1,
      sym_setting,
  [606] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(146), 1,
      anon_sym_COMMA,
    STATE(17), 1,
      aux_sym_sources_repeat1,
    ACTIONS(144), 7,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_LBRACE,
      anon_sym_to,
      sym_multiple,
      sym_size,
  [625] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(151), 1,
      anon_sym_COMMA,
    STATE(19), 1,
      aux_sym_sources_repeat1,
    ACTIONS(149), 7,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_LBRACE,
      anon_sym_to,
      sym_multiple,
      sym_size,
  [644] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(151), 1,
      anon_sym_COMMA,
    STATE(17), 1,
      aux_sym_sources_repeat1,
    ACTIONS(153), 7,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_LBRACE,
      anon_sym_to,
      sym_multiple,
      sym_size,
  [663] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(157), 1,
      anon_sym_RBRACE,
    ACTIONS(159), 1,
      anon_sym_egress,
    STATE(79), 1,
      sym__gateway_setting,
    STATE(112), 1,
      aux_sym__gateway_settings_repeat1,
    ACTIONS(155), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(22), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [687] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(144), 8,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_LBRACE,
      anon_sym_COMMA,
      anon_sym_to,
      sym_multiple,
      sym_size,
  [701] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(159), 1,
      anon_sym_egress,
    ACTIONS(161), 1,
      anon_sym_RBRACE,
    STATE(60), 1,
      sym__gateway_setting,
    STATE(119), 1,
      aux_sym__gateway_settings_repeat1,
    ACTIONS(35), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(3), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [725] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(35), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(3), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
    ACTIONS(163), 4,
      anon_sym_RBRACE,
      anon_sym_block,
      anon_sym_isolate,
      anon_sym_alert,
  [743] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(165), 8,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_LBRACE,
      anon_sym_COMMA,
      anon_sym_to,
      sym_multiple,
      sym_size,
  [757] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(167), 1,
      sym_identifier,
    ACTIONS(169), 1,
      sym__newline,
    STATE(26), 1,
      aux_sym_policy_statement_repeat1,
    STATE(89), 1,
      sym_port,
    ACTIONS(171), 2,
      anon_sym_tcp,
      anon_sym_udp,
    ACTIONS(173), 2,
      anon_sym_icmp,
      anon_sym_icmpv6,
  [781] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(175), 1,
      sym_identifier,
    ACTIONS(177), 1,
      sym__newline,
    STATE(10), 1,
      aux_sym_policy_statement_repeat1,
    STATE(92), 1,
      sym_port,
    ACTIONS(171), 2,
      anon_sym_tcp,
      anon_sym_udp,
    ACTIONS(173), 2,
      anon_sym_icmp,
      anon_sym_icmpv6,
  [805] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(149), 7,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_LBRACE,
      anon_sym_to,
      sym_multiple,
      sym_size,
  [818] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(173), 1,
      anon_sym_icmp,
    ACTIONS(177), 1,
      sym__newline,
    ACTIONS(181), 1,
      anon_sym_icmpv6,
    STATE(10), 1,
      aux_sym_policy_statement_repeat1,
    STATE(102), 1,
      sym_port,
    ACTIONS(179), 2,
      anon_sym_tcp,
      anon_sym_udp,
  [841] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(173), 1,
      anon_sym_icmp,
    ACTIONS(181), 1,
      anon_sym_icmpv6,
    ACTIONS(183), 1,
      sym__newline,
    STATE(28), 1,
      aux_sym_policy_statement_repeat1,
    STATE(97), 1,
      sym_port,
    ACTIONS(179), 2,
      anon_sym_tcp,
      anon_sym_udp,
  [864] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(187), 1,
      anon_sym_COMMA,
    STATE(32), 1,
      aux_sym_targets_repeat1,
    ACTIONS(185), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_on,
      anon_sym_quota,
  [881] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(187), 1,
      anon_sym_COMMA,
    STATE(30), 1,
      aux_sym_targets_repeat1,
    ACTIONS(189), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_on,
      anon_sym_quota,
  [898] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(193), 1,
      anon_sym_COMMA,
    STATE(32), 1,
      aux_sym_targets_repeat1,
    ACTIONS(191), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_on,
      anon_sym_quota,
  [915] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(198), 1,
      anon_sym_COMMA,
    ACTIONS(200), 1,
      anon_sym_quota,
    STATE(34), 1,
      aux_sym_allow_statement_repeat1,
    STATE(163), 1,
      sym_inline_quota,
    ACTIONS(196), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [936] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(198), 1,
      anon_sym_COMMA,
    ACTIONS(200), 1,
      anon_sym_quota,
    STATE(39), 1,
      aux_sym_allow_statement_repeat1,
    STATE(175), 1,
      sym_inline_quota,
    ACTIONS(202), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [957] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(204), 1,
      sym_identifier,
    STATE(33), 1,
      sym_port,
    ACTIONS(171), 2,
      anon_sym_tcp,
      anon_sym_udp,
    ACTIONS(173), 2,
      anon_sym_icmp,
      anon_sym_icmpv6,
  [975] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(113), 1,
      anon_sym_RBRACE,
    ACTIONS(117), 1,
      anon_sym_alert,
    STATE(40), 1,
      aux_sym__actions_repeat1,
    STATE(80), 1,
      sym_action,
    ACTIONS(115), 2,
      anon_sym_block,
      anon_sym_isolate,
  [995] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(191), 6,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
      anon_sym_on,
      anon_sym_quota,
  [1007] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(208), 1,
      anon_sym_SLASH,
    ACTIONS(206), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
      anon_sym_quota,
  [1021] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(212), 1,
      anon_sym_COMMA,
    STATE(39), 1,
      aux_sym_allow_statement_repeat1,
    ACTIONS(210), 4,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_quota,
  [1037] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(163), 1,
      anon_sym_RBRACE,
    ACTIONS(218), 1,
      anon_sym_alert,
    STATE(40), 1,
      aux_sym__actions_repeat1,
    STATE(126), 1,
      sym_action,
    ACTIONS(215), 2,
      anon_sym_block,
      anon_sym_isolate,
  [1057] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(221), 1,
      sym_identifier,
    STATE(171), 1,
      sym_port,
    ACTIONS(171), 2,
      anon_sym_tcp,
      anon_sym_udp,
    ACTIONS(173), 2,
      anon_sym_icmp,
      anon_sym_icmpv6,
  [1075] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(200), 1,
      anon_sym_quota,
    ACTIONS(225), 1,
      anon_sym_on,
    STATE(176), 1,
      sym_inline_quota,
    ACTIONS(223), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1093] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(227), 6,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
      anon_sym_on,
      anon_sym_quota,
  [1105] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(35), 2,
      anon_sym_SEMI,
      sym__newline,
    ACTIONS(229), 2,
      anon_sym_RBRACE,
      anon_sym_egress,
    STATE(3), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1121] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(117), 1,
      anon_sym_alert,
    ACTIONS(231), 1,
      anon_sym_RBRACE,
    STATE(40), 1,
      aux_sym__actions_repeat1,
    STATE(87), 1,
      sym_action,
    ACTIONS(115), 2,
      anon_sym_block,
      anon_sym_isolate,
  [1141] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(233), 1,
      sym_identifier,
    STATE(179), 1,
      sym_port,
    ACTIONS(171), 2,
      anon_sym_tcp,
      anon_sym_udp,
    ACTIONS(173), 2,
      anon_sym_icmp,
      anon_sym_icmpv6,
  [1159] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(237), 1,
      anon_sym_COMMA,
    STATE(47), 1,
      aux_sym_setting_repeat2,
    ACTIONS(235), 4,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1175] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(242), 1,
      anon_sym_COMMA,
    STATE(48), 1,
      aux_sym_setting_repeat1,
    ACTIONS(240), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1190] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(247), 1,
      anon_sym_COMMA,
    STATE(81), 1,
      aux_sym_setting_repeat2,
    ACTIONS(245), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1205] = 3,
    ACTIONS(3), 1,
      sym_comment,
    STATE(193), 1,
      sym_window,
    ACTIONS(249), 4,
      anon_sym_hour,
      anon_sym_day,
      anon_sym_week,
      sym_duration,
  [1218] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(253), 1,
      anon_sym_COMMA,
    STATE(70), 1,
      aux_sym_users_statement_repeat1,
    ACTIONS(251), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1233] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(257), 1,
      anon_sym_COMMA,
    STATE(71), 1,
      aux_sym_setting_repeat1,
    ACTIONS(255), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1248] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(247), 1,
      anon_sym_COMMA,
    STATE(72), 1,
      aux_sym_setting_repeat2,
    ACTIONS(255), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1263] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(259), 1,
      aux_sym_setting_token1,
    STATE(146), 1,
      sym_rate,
    ACTIONS(255), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1278] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(263), 1,
      anon_sym_COMMA,
    STATE(82), 1,
      aux_sym_destination_statement_repeat1,
    ACTIONS(261), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1293] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(111), 1,
      anon_sym_RBRACE,
    ACTIONS(265), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(11), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1308] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(206), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
      anon_sym_quota,
  [1319] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(257), 1,
      anon_sym_COMMA,
    STATE(74), 1,
      aux_sym_setting_repeat1,
    ACTIONS(267), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1334] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(271), 1,
      anon_sym_COMMA,
    STATE(84), 1,
      aux_sym_service_statement_repeat1,
    ACTIONS(269), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1349] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(275), 1,
      anon_sym_RBRACE,
    ACTIONS(273), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(44), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1364] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(235), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
      anon_sym_COMMA,
  [1375] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(279), 1,
      anon_sym_COMMA,
    STATE(62), 1,
      aux_sym_destination_statement_repeat1,
    ACTIONS(277), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1390] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(282), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
      anon_sym_quota,
  [1401] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(286), 1,
      anon_sym_COMMA,
    STATE(64), 1,
      aux_sym_service_statement_repeat1,
    ACTIONS(284), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1416] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(253), 1,
      anon_sym_COMMA,
    STATE(51), 1,
      aux_sym_users_statement_repeat1,
    ACTIONS(289), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1431] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(291), 1,
      ts_builtin_sym_end,
    ACTIONS(293), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(7), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1446] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(113), 1,
      anon_sym_RBRACE,
    ACTIONS(295), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(23), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1461] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(189), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_on,
      anon_sym_quota,
  [1472] = 3,
    ACTIONS(3), 1,
      sym_comment,
    STATE(185), 1,
      sym_window,
    ACTIONS(249), 4,
      anon_sym_hour,
      anon_sym_day,
      anon_sym_week,
      sym_duration,
  [1485] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(299), 1,
      anon_sym_COMMA,
    STATE(70), 1,
      aux_sym_users_statement_repeat1,
    ACTIONS(297), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1500] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(257), 1,
      anon_sym_COMMA,
    STATE(48), 1,
      aux_sym_setting_repeat1,
    ACTIONS(302), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1515] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(247), 1,
      anon_sym_COMMA,
    STATE(47), 1,
      aux_sym_setting_repeat2,
    ACTIONS(302), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1530] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(304), 1,
      anon_sym_RBRACE,
    ACTIONS(265), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(11), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1545] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(257), 1,
      anon_sym_COMMA,
    STATE(48), 1,
      aux_sym_setting_repeat1,
    ACTIONS(306), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1560] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(308), 1,
      anon_sym_RBRACE,
    ACTIONS(273), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(44), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1575] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(310), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
      anon_sym_COMMA,
  [1586] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(80), 1,
      ts_builtin_sym_end,
    ACTIONS(293), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(7), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1601] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(314), 1,
      anon_sym_COMMA,
    STATE(86), 1,
      aux_sym_action_repeat1,
    ACTIONS(312), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1616] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(161), 1,
      anon_sym_RBRACE,
    ACTIONS(273), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(44), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1631] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(231), 1,
      anon_sym_RBRACE,
    ACTIONS(295), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(23), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1646] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(247), 1,
      anon_sym_COMMA,
    STATE(47), 1,
      aux_sym_setting_repeat2,
    ACTIONS(316), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1661] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(263), 1,
      anon_sym_COMMA,
    STATE(62), 1,
      aux_sym_destination_statement_repeat1,
    ACTIONS(318), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1676] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(173), 1,
      anon_sym_icmp,
    ACTIONS(181), 1,
      anon_sym_icmpv6,
    STATE(59), 1,
      sym_port,
    ACTIONS(179), 2,
      anon_sym_tcp,
      anon_sym_udp,
  [1693] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(271), 1,
      anon_sym_COMMA,
    STATE(64), 1,
      aux_sym_service_statement_repeat1,
    ACTIONS(320), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1708] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(322), 1,
      sym__newline,
    ACTIONS(324), 1,
      anon_sym_log,
    ACTIONS(326), 1,
      anon_sym_exec,
    STATE(90), 1,
      aux_sym_policy_statement_repeat1,
    STATE(133), 1,
      sym_sink,
  [1727] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(314), 1,
      anon_sym_COMMA,
    STATE(91), 1,
      aux_sym_action_repeat1,
    ACTIONS(328), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1742] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(330), 1,
      anon_sym_RBRACE,
    ACTIONS(295), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(23), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1757] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(33), 1,
      ts_builtin_sym_end,
    ACTIONS(293), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(7), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1772] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(210), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
      anon_sym_quota,
  [1783] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(177), 1,
      sym__newline,
    ACTIONS(324), 1,
      anon_sym_log,
    ACTIONS(326), 1,
      anon_sym_exec,
    STATE(10), 1,
      aux_sym_policy_statement_repeat1,
    STATE(138), 1,
      sym_sink,
  [1802] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(334), 1,
      anon_sym_COMMA,
    STATE(91), 1,
      aux_sym_action_repeat1,
    ACTIONS(332), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1817] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(337), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
      anon_sym_quota,
  [1828] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(102), 1,
      sym_identifier,
    ACTIONS(339), 1,
      sym__newline,
    STATE(93), 1,
      aux_sym_policy_statement_repeat1,
    ACTIONS(107), 2,
      sym_address,
      sym_string,
  [1845] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(100), 1,
      anon_sym_RBRACE,
    ACTIONS(265), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(11), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1860] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(265), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(11), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1872] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(344), 1,
      anon_sym_any,
    STATE(220), 1,
      sym_sources,
    ACTIONS(342), 2,
      anon_sym_self,
      sym_identifier,
  [1886] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(284), 4,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
  [1896] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(346), 1,
      sym_multiple,
    ACTIONS(348), 1,
      sym_size,
    STATE(143), 1,
      sym__budget,
    STATE(196), 1,
      sym_learned,
  [1912] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(273), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(44), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1924] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(344), 1,
      anon_sym_any,
    STATE(98), 1,
      sym_sources,
    ACTIONS(342), 2,
      anon_sym_self,
      sym_identifier,
  [1938] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(350), 4,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
  [1948] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(352), 4,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
  [1958] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(344), 1,
      anon_sym_any,
    STATE(181), 1,
      sym_sources,
    ACTIONS(342), 2,
      anon_sym_self,
      sym_identifier,
  [1972] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(354), 1,
      sym_identifier,
    ACTIONS(356), 1,
      sym__newline,
    ACTIONS(358), 1,
      sym_address,
    STATE(93), 1,
      aux_sym_policy_statement_repeat1,
  [1988] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(360), 1,
      sym_identifier,
    ACTIONS(362), 1,
      anon_sym_any,
    ACTIONS(364), 1,
      sym_address,
    STATE(42), 1,
      sym_targets,
  [2004] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(366), 1,
      sym__newline,
    ACTIONS(368), 1,
      anon_sym_LBRACE,
    STATE(132), 1,
      aux_sym_policy_statement_repeat1,
    STATE(161), 1,
      sym__settings,
  [2020] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(370), 4,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
      anon_sym_COMMA,
  [2030] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(372), 1,
      sym_identifier,
    ACTIONS(374), 1,
      sym__newline,
    ACTIONS(376), 1,
      sym_address,
    STATE(104), 1,
      aux_sym_policy_statement_repeat1,
  [2046] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(378), 1,
      sym__newline,
    ACTIONS(380), 1,
      anon_sym_LBRACE,
    STATE(110), 1,
      aux_sym_policy_statement_repeat1,
    STATE(144), 1,
      sym__actions,
  [2062] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(177), 1,
      sym__newline,
    ACTIONS(380), 1,
      anon_sym_LBRACE,
    STATE(10), 1,
      aux_sym_policy_statement_repeat1,
    STATE(142), 1,
      sym__actions,
  [2078] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(382), 1,
      sym__newline,
    ACTIONS(384), 1,
      anon_sym_LBRACE,
    STATE(139), 1,
      aux_sym_policy_statement_repeat1,
    STATE(168), 1,
      sym__gateway_settings,
  [2094] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(159), 1,
      anon_sym_egress,
    ACTIONS(161), 1,
      anon_sym_RBRACE,
    STATE(60), 1,
      sym__gateway_setting,
    STATE(121), 1,
      aux_sym__gateway_settings_repeat1,
  [2110] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(388), 1,
      anon_sym_warn,
    ACTIONS(386), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2122] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(390), 4,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
  [2132] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(394), 1,
      sym__newline,
    STATE(130), 1,
      aux_sym_policy_statement_repeat1,
    ACTIONS(392), 2,
      sym_uid,
      sym_identifier,
  [2146] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(346), 1,
      sym_multiple,
    ACTIONS(348), 1,
      sym_size,
    STATE(151), 1,
      sym__budget,
    STATE(196), 1,
      sym_learned,
  [2162] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(240), 4,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
      anon_sym_COMMA,
  [2172] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(396), 1,
      sym__newline,
    STATE(137), 1,
      aux_sym_policy_statement_repeat1,
    ACTIONS(398), 2,
      sym_address,
      sym_string,
  [2186] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(159), 1,
      anon_sym_egress,
    ACTIONS(275), 1,
      anon_sym_RBRACE,
    STATE(75), 1,
      sym__gateway_setting,
    STATE(121), 1,
      aux_sym__gateway_settings_repeat1,
  [2202] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(402), 1,
      anon_sym_for,
    ACTIONS(400), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [2214] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(229), 1,
      anon_sym_RBRACE,
    ACTIONS(404), 1,
      anon_sym_egress,
    STATE(99), 1,
      sym__gateway_setting,
    STATE(121), 1,
      aux_sym__gateway_settings_repeat1,
  [2230] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(407), 4,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
      anon_sym_COMMA,
  [2240] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(293), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(7), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [2252] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(344), 1,
      anon_sym_any,
    STATE(109), 1,
      sym_sources,
    ACTIONS(342), 2,
      anon_sym_self,
      sym_identifier,
  [2266] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(411), 1,
      sym__newline,
    STATE(131), 1,
      aux_sym_policy_statement_repeat1,
    ACTIONS(409), 2,
      anon_sym_self,
      sym_identifier,
  [2280] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(295), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(23), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [2292] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(415), 1,
      anon_sym_warn,
    ACTIONS(413), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2304] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(297), 4,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
  [2314] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(417), 4,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
      anon_sym_COMMA,
  [2324] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(177), 1,
      sym__newline,
    STATE(10), 1,
      aux_sym_policy_statement_repeat1,
    ACTIONS(419), 2,
      sym_uid,
      sym_identifier,
  [2338] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(177), 1,
      sym__newline,
    STATE(10), 1,
      aux_sym_policy_statement_repeat1,
    ACTIONS(421), 2,
      anon_sym_self,
      sym_identifier,
  [2352] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(177), 1,
      sym__newline,
    ACTIONS(368), 1,
      anon_sym_LBRACE,
    STATE(10), 1,
      aux_sym_policy_statement_repeat1,
    STATE(164), 1,
      sym__settings,
  [2368] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(332), 4,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
      anon_sym_COMMA,
  [2378] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(277), 4,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
  [2388] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(425), 1,
      anon_sym_on,
    ACTIONS(423), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2400] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(429), 1,
      anon_sym_warn,
    ACTIONS(427), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2412] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(356), 1,
      sym__newline,
    STATE(93), 1,
      aux_sym_policy_statement_repeat1,
    ACTIONS(431), 2,
      sym_address,
      sym_string,
  [2426] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(433), 4,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
      anon_sym_COMMA,
  [2436] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(177), 1,
      sym__newline,
    ACTIONS(384), 1,
      anon_sym_LBRACE,
    STATE(10), 1,
      aux_sym_policy_statement_repeat1,
    STATE(170), 1,
      sym__gateway_settings,
  [2452] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(437), 1,
      anon_sym_on,
    ACTIONS(435), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2464] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(439), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2473] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(441), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2482] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(443), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2491] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(445), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2500] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(447), 1,
      sym__newline,
    ACTIONS(449), 1,
      sym_string,
    STATE(156), 1,
      aux_sym_policy_statement_repeat1,
  [2513] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(302), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [2522] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(451), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2531] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(453), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2540] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(255), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [2549] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(455), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2558] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(457), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2567] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(459), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2576] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(461), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2585] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(463), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2594] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(465), 1,
      anon_sym_user,
    ACTIONS(467), 2,
      anon_sym_self,
      sym_address,
  [2605] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(177), 1,
      sym__newline,
    ACTIONS(469), 1,
      sym_string,
    STATE(10), 1,
      aux_sym_policy_statement_repeat1,
  [2618] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(471), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2627] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(473), 3,
      anon_sym_second,
      anon_sym_minute,
      anon_sym_hour2,
  [2636] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(475), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2645] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(477), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2654] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(479), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2663] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(356), 1,
      sym__newline,
    ACTIONS(481), 1,
      sym_address,
    STATE(93), 1,
      aux_sym_policy_statement_repeat1,
  [2676] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(483), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2685] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(485), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2694] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(328), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [2703] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(487), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2712] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(489), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2721] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(491), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2730] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(413), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2739] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(493), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2748] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(495), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2757] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(497), 1,
      sym__newline,
    ACTIONS(499), 1,
      sym_address,
    STATE(162), 1,
      aux_sym_policy_statement_repeat1,
  [2770] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(501), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [2779] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(503), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [2788] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(505), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2797] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(507), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2806] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(509), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2815] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(427), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2824] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(511), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2833] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(324), 1,
      anon_sym_log,
    ACTIONS(326), 1,
      anon_sym_exec,
    STATE(78), 1,
      sym_sink,
  [2846] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(513), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2855] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(515), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2864] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(517), 1,
      anon_sym_ttl,
    ACTIONS(519), 1,
      anon_sym_addresses,
    ACTIONS(521), 1,
      sym_address,
  [2877] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(523), 2,
      anon_sym_host,
      anon_sym_user,
  [2885] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(523), 1,
      anon_sym_total,
    ACTIONS(525), 1,
      anon_sym_per,
  [2895] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(527), 2,
      sym_uid,
      sym_identifier,
  [2903] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(529), 2,
      sym_address,
      sym_string,
  [2911] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(531), 2,
      sym_address,
      sym_string,
  [2919] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(533), 2,
      anon_sym_host,
      anon_sym_user,
  [2927] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(535), 2,
      sym_address,
      sym_string,
  [2935] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(537), 2,
      anon_sym_per,
      anon_sym_total,
  [2943] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(539), 2,
      anon_sym_allow,
      anon_sym_deny,
  [2951] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(541), 1,
      anon_sym_per,
    ACTIONS(543), 1,
      anon_sym_total,
  [2961] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(545), 2,
      anon_sym_gateway,
      anon_sym_host,
  [2969] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(547), 2,
      sym_uid,
      sym_identifier,
  [2977] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(549), 1,
      sym_size,
  [2984] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(551), 1,
      sym_identifier,
  [2991] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(553), 1,
      anon_sym_per,
  [2998] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(555), 1,
      anon_sym_denied,
  [3005] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(557), 1,
      anon_sym_per,
  [3012] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(559), 1,
      anon_sym_to,
  [3019] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(561), 1,
      anon_sym_to,
  [3026] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(563), 1,
      sym_address,
  [3033] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(565), 1,
      anon_sym_at,
  [3040] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(567), 1,
      sym_string,
  [3047] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(569), 1,
      anon_sym_least,
  [3054] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(571), 1,
      anon_sym_learn,
  [3061] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(573), 1,
      sym_identifier,
  [3068] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(575), 1,
      sym_identifier,
  [3075] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(577), 1,
      sym_identifier,
  [3082] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(579), 1,
      anon_sym_SLASH,
  [3089] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(581), 1,
      anon_sym_usual,
  [3096] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(583), 1,
      sym_duration,
  [3103] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(585), 1,
      anon_sym_at,
  [3110] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(587), 1,
      sym_identifier,
  [3117] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(589), 1,
      sym_duration,
  [3124] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(591), 1,
      sym_string,
  [3131] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(593), 1,
      sym_identifier,
  [3138] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(595), 1,
      anon_sym_per,
  [3145] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(597), 1,
      anon_sym_to,
  [3152] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(599), 1,
      aux_sym_port_token1,
  [3159] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(601), 1,
      sym_string,
  [3166] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(603), 1,
      anon_sym_least,
  [3173] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(605), 1,
      anon_sym_name,
  [3180] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(607), 1,
      sym_size,
  [3187] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(609), 1,
      ts_builtin_sym_end,
  [3194] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(611), 1,
      sym_duration,
  [3201] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(613), 1,
      sym_string,
  [3208] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(545), 1,
      sym_identifier,
  [3215] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(521), 1,
      sym_address,
  [3222] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(611), 1,
      aux_sym_setting_token1,
  [3229] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(615), 1,
      anon_sym_exceed,
};

static const uint32_t ts_small_parse_table_map[] = {
  [SMALL_STATE(2)] = 0,
  [SMALL_STATE(3)] = 69,
  [SMALL_STATE(4)] = 107,
  [SMALL_STATE(5)] = 168,
  [SMALL_STATE(6)] = 229,
  [SMALL_STATE(7)] = 290,
  [SMALL_STATE(8)] = 317,
  [SMALL_STATE(9)] = 359,
  [SMALL_STATE(10)] = 401,
  [SMALL_STATE(11)] = 426,
  [SMALL_STATE(12)] = 448,
  [SMALL_STATE(13)] = 482,
  [SMALL_STATE(14)] = 516,
  [SMALL_STATE(15)] = 544,
  [SMALL_STATE(16)] = 572,
  [SMALL_STATE(17)] = 606,
  [SMALL_STATE(18)] = 625,
  [SMALL_STATE(19)] = 644,
  [SMALL_STATE(20)] = 663,
  [SMALL_STATE(21)] = 687,
  [SMALL_STATE(22)] = 701,
  [SMALL_STATE(23)] = 725,
  [SMALL_STATE(24)] = 743,
  [SMALL_STATE(25)] = 757,
  [SMALL_STATE(26)] = 781,
  [SMALL_STATE(27)] = 805,
  [SMALL_STATE(28)] = 818,
  [SMALL_STATE(29)] = 841,
  [SMALL_STATE(30)] = 864,
  [SMALL_STATE(31)] = 881,
  [SMALL_STATE(32)] = 898,
  [SMALL_STATE(33)] = 915,
  [SMALL_STATE(34)] = 936,
  [SMALL_STATE(35)] = 957,
  [SMALL_STATE(36)] = 975,
  [SMALL_STATE(37)] = 995,
  [SMALL_STATE(38)] = 1007,
  [SMALL_STATE(39)] = 1021,
  [SMALL_STATE(40)] = 1037,
  [SMALL_STATE(41)] = 1057,
  [SMALL_STATE(42)] = 1075,
  [SMALL_STATE(43)] = 1093,
  [SMALL_STATE(44)] = 1105,
  [SMALL_STATE(45)] = 1121,
  [SMALL_STATE(46)] = 1141,
  [SMALL_STATE(47)] = 1159,
  [SMALL_STATE(48)] = 1175,
  [SMALL_STATE(49)] = 1190,
  [SMALL_STATE(50)] = 1205,
  [SMALL_STATE(51)] = 1218,
  [SMALL_STATE(52)] = 1233,
  [SMALL_STATE(53)] = 1248,
  [SMALL_STATE(54)] = 1263,
  [SMALL_STATE(55)] = 1278,
  [SMALL_STATE(56)] = 1293,
  [SMALL_STATE(57)] = 1308,
  [SMALL_STATE(58)] = 1319,
  [SMALL_STATE(59)] = 1334,
  [SMALL_STATE(60)] = 1349,
  [SMALL_STATE(61)] = 1364,
  [SMALL_STATE(62)] = 1375,
  [SMALL_STATE(63)] = 1390,
  [SMALL_STATE(64)] = 1401,
  [SMALL_STATE(65)] = 1416,
  [SMALL_STATE(66)] = 1431,
  [SMALL_STATE(67)] = 1446,
  [SMALL_STATE(68)] = 1461,
  [SMALL_STATE(69)] = 1472,
  [SMALL_STATE(70)] = 1485,
  [SMALL_STATE(71)] = 1500,
  [SMALL_STATE(72)] = 1515,
  [SMALL_STATE(73)] = 1530,
  [SMALL_STATE(74)] = 1545,
  [SMALL_STATE(75)] = 1560,
  [SMALL_STATE(76)] = 1575,
  [SMALL_STATE(77)] = 1586,
  [SMALL_STATE(78)] = 1601,
  [SMALL_STATE(79)] = 1616,
  [SMALL_STATE(80)] = 1631,
  [SMALL_STATE(81)] = 1646,
  [SMALL_STATE(82)] = 1661,
  [SMALL_STATE(83)] = 1676,
  [SMALL_STATE(84)] = 1693,
  [SMALL_STATE(85)] = 1708,
  [SMALL_STATE(86)] = 1727,
  [SMALL_STATE(87)] = 1742,
  [SMALL_STATE(88)] = 1757,
  [SMALL_STATE(89)] = 1772,
  [SMALL_STATE(90)] = 1783,
  [SMALL_STATE(91)] = 1802,
  [SMALL_STATE(92)] = 1817,
  [SMALL_STATE(93)] = 1828,
  [SMALL_STATE(94)] = 1845,
  [SMALL_STATE(95)] = 1860,
  [SMALL_STATE(96)] = 1872,
  [SMALL_STATE(97)] = 1886,
  [SMALL_STATE(98)] = 1896,
  [SMALL_STATE(99)] = 1912,
  [SMALL_STATE(100)] = 1924,
  [SMALL_STATE(101)] = 1938,
  [SMALL_STATE(102)] = 1948,
  [SMALL_STATE(103)] = 1958,
  [SMALL_STATE(104)] = 1972,
  [SMALL_STATE(105)] = 1988,
  [SMALL_STATE(106)] = 2004,
  [SMALL_STATE(107)] = 2020,
  [SMALL_STATE(108)] = 2030,
  [SMALL_STATE(109)] = 2046,
  [SMALL_STATE(110)] = 2062,
  [SMALL_STATE(111)] = 2078,
  [SMALL_STATE(112)] = 2094,
  [SMALL_STATE(113)] = 2110,
  [SMALL_STATE(114)] = 2122,
  [SMALL_STATE(115)] = 2132,
  [SMALL_STATE(116)] = 2146,
  [SMALL_STATE(117)] = 2162,
  [SMALL_STATE(118)] = 2172,
  [SMALL_STATE(119)] = 2186,
  [SMALL_STATE(120)] = 2202,
  [SMALL_STATE(121)] = 2214,
  [SMALL_STATE(122)] = 2230,
  [SMALL_STATE(123)] = 2240,
  [SMALL_STATE(124)] = 2252,
  [SMALL_STATE(125)] = 2266,
  [SMALL_STATE(126)] = 2280,
  [SMALL_STATE(127)] = 2292,
  [SMALL_STATE(128)] = 2304,
  [SMALL_STATE(129)] = 2314,
  [SMALL_STATE(130)] = 2324,
  [SMALL_STATE(131)] = 2338,
  [SMALL_STATE(132)] = 2352,
  [SMALL_STATE(133)] = 2368,
  [SMALL_STATE(134)] = 2378,
  [SMALL_STATE(135)] = 2388,
  [SMALL_STATE(136)] = 2400,
  [SMALL_STATE(137)] = 2412,
  [SMALL_STATE(138)] = 2426,
  [SMALL_STATE(139)] = 2436,
  [SMALL_STATE(140)] = 2452,
  [SMALL_STATE(141)] = 2464,
  [SMALL_STATE(142)] = 2473,
  [SMALL_STATE(143)] = 2482,
  [SMALL_STATE(144)] = 2491,
  [SMALL_STATE(145)] = 2500,
  [SMALL_STATE(146)] = 2513,
  [SMALL_STATE(147)] = 2522,
  [SMALL_STATE(148)] = 2531,
  [SMALL_STATE(149)] = 2540,
  [SMALL_STATE(150)] = 2549,
  [SMALL_STATE(151)] = 2558,
  [SMALL_STATE(152)] = 2567,
  [SMALL_STATE(153)] = 2576,
  [SMALL_STATE(154)] = 2585,
  [SMALL_STATE(155)] = 2594,
  [SMALL_STATE(156)] = 2605,
  [SMALL_STATE(157)] = 2618,
  [SMALL_STATE(158)] = 2627,
  [SMALL_STATE(159)] = 2636,
  [SMALL_STATE(160)] = 2645,
  [SMALL_STATE(161)] = 2654,
  [SMALL_STATE(162)] = 2663,
  [SMALL_STATE(163)] = 2676,
  [SMALL_STATE(164)] = 2685,
  [SMALL_STATE(165)] = 2694,
  [SMALL_STATE(166)] = 2703,
  [SMALL_STATE(167)] = 2712,
  [SMALL_STATE(168)] = 2721,
  [SMALL_STATE(169)] = 2730,
  [SMALL_STATE(170)] = 2739,
  [SMALL_STATE(171)] = 2748,
  [SMALL_STATE(172)] = 2757,
  [SMALL_STATE(173)] = 2770,
  [SMALL_STATE(174)] = 2779,
  [SMALL_STATE(175)] = 2788,
  [SMALL_STATE(176)] = 2797,
  [SMALL_STATE(177)] = 2806,
  [SMALL_STATE(178)] = 2815,
  [SMALL_STATE(179)] = 2824,
  [SMALL_STATE(180)] = 2833,
  [SMALL_STATE(181)] = 2846,
  [SMALL_STATE(182)] = 2855,
  [SMALL_STATE(183)] = 2864,
  [SMALL_STATE(184)] = 2877,
  [SMALL_STATE(185)] = 2885,
  [SMALL_STATE(186)] = 2895,
  [SMALL_STATE(187)] = 2903,
  [SMALL_STATE(188)] = 2911,
  [SMALL_STATE(189)] = 2919,
  [SMALL_STATE(190)] = 2927,
  [SMALL_STATE(191)] = 2935,
  [SMALL_STATE(192)] = 2943,
  [SMALL_STATE(193)] = 2951,
  [SMALL_STATE(194)] = 2961,
  [SMALL_STATE(195)] = 2969,
  [SMALL_STATE(196)] = 2977,
  [SMALL_STATE(197)] = 2984,
  [SMALL_STATE(198)] = 2991,
  [SMALL_STATE(199)] = 2998,
  [SMALL_STATE(200)] = 3005,
  [SMALL_STATE(201)] = 3012,
  [SMALL_STATE(202)] = 3019,
  [SMALL_STATE(203)] = 3026,
  [SMALL_STATE(204)] = 3033,
  [SMALL_STATE(205)] = 3040,
  [SMALL_STATE(206)] = 3047,
  [SMALL_STATE(207)] = 3054,
  [SMALL_STATE(208)] = 3061,
  [SMALL_STATE(209)] = 3068,
  [SMALL_STATE(210)] = 3075,
  [SMALL_STATE(211)] = 3082,
  [SMALL_STATE(212)] = 3089,
  [SMALL_STATE(213)] = 3096,
  [SMALL_STATE(214)] = 3103,
  [SMALL_STATE(215)] = 3110,
  [SMALL_STATE(216)] = 3117,
  [SMALL_STATE(217)] = 3124,
  [SMALL_STATE(218)] = 3131,
  [SMALL_STATE(219)] = 3138,
  [SMALL_STATE(220)] = 3145,
  [SMALL_STATE(221)] = 3152,
  [SMALL_STATE(222)] = 3159,
  [SMALL_STATE(223)] = 3166,
  [SMALL_STATE(224)] = 3173,
  [SMALL_STATE(225)] = 3180,
  [SMALL_STATE(226)] = 3187,
  [SMALL_STATE(227)] = 3194,
  [SMALL_STATE(228)] = 3201,
  [SMALL_STATE(229)] = 3208,
  [SMALL_STATE(230)] = 3215,
  [SMALL_STATE(231)] = 3222,
  [SMALL_STATE(232)] = 3229,
};

static const TSParseActionEntry ts_parse_actions[] = {
  [0] = {.entry = {.count = 0, .reusable = false}},
  [1] = {.entry = {.count = 1, .reusable = false}}, RECOVER(),
  [3] = {.entry = {.count = 1, .reusable = true}}, SHIFT_EXTRA(),
  [5] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 0, 0, 0),
  [7] = {.entry = {.count = 1, .reusable = true}}, SHIFT(2),
  [9] = {.entry = {.count = 1, .reusable = true}}, SHIFT(210),
  [11] = {.entry = {.count = 1, .reusable = true}}, SHIFT(209),
  [13] = {.entry = {.count = 1, .reusable = true}}, SHIFT(217),
  [15] = {.entry = {.count = 1, .reusable = true}}, SHIFT(215),
  [17] = {.entry = {.count = 1, .reusable = true}}, SHIFT(197),
  [19] = {.entry = {.count = 1, .reusable = true}}, SHIFT(208),
  [21] = {.entry = {.count = 1, .reusable = true}}, SHIFT(96),
  [23] = {.entry = {.count = 1, .reusable = true}}, SHIFT(232),
  [25] = {.entry = {.count = 1, .reusable = true}}, SHIFT(100),
  [27] = {.entry = {.count = 1, .reusable = true}}, SHIFT(103),
  [29] = {.entry = {.count = 1, .reusable = true}}, SHIFT(218),
  [31] = {.entry = {.count = 1, .reusable = true}}, SHIFT(192),
  [33] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 1, 0, 0),
  [35] = {.entry = {.count = 1, .reusable = true}}, SHIFT(3),
  [37] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0),
  [39] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(3),
  [42] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0),
  [44] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(210),
  [47] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(209),
  [50] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(217),
  [53] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(215),
  [56] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(197),
  [59] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(208),
  [62] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(96),
  [65] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(232),
  [68] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(100),
  [71] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(103),
  [74] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(218),
  [77] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(192),
  [80] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 2, 0, 0),
  [82] = {.entry = {.count = 1, .reusable = true}}, SHIFT(9),
  [84] = {.entry = {.count = 1, .reusable = true}}, SHIFT(150),
  [86] = {.entry = {.count = 1, .reusable = true}}, SHIFT(194),
  [88] = {.entry = {.count = 1, .reusable = true}}, SHIFT(228),
  [90] = {.entry = {.count = 1, .reusable = true}}, SHIFT(229),
  [92] = {.entry = {.count = 1, .reusable = true}}, SHIFT(230),
  [94] = {.entry = {.count = 1, .reusable = true}}, SHIFT(199),
  [96] = {.entry = {.count = 1, .reusable = true}}, SHIFT(207),
  [98] = {.entry = {.count = 1, .reusable = true}}, SHIFT(183),
  [100] = {.entry = {.count = 1, .reusable = true}}, SHIFT(152),
  [102] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_policy_statement_repeat1, 2, 0, 0),
  [104] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_policy_statement_repeat1, 2, 0, 0), SHIFT_REPEAT(10),
  [107] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_policy_statement_repeat1, 2, 0, 0),
  [109] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__settings_repeat1, 2, 0, 0),
  [111] = {.entry = {.count = 1, .reusable = true}}, SHIFT(147),
  [113] = {.entry = {.count = 1, .reusable = true}}, SHIFT(153),
  [115] = {.entry = {.count = 1, .reusable = true}}, SHIFT(120),
  [117] = {.entry = {.count = 1, .reusable = true}}, SHIFT(180),
  [119] = {.entry = {.count = 1, .reusable = true}}, SHIFT(14),
  [121] = {.entry = {.count = 1, .reusable = true}}, SHIFT(141),
  [123] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__settings_repeat1, 2, 0, 0), SHIFT_REPEAT(194),
  [126] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__settings_repeat1, 2, 0, 0), SHIFT_REPEAT(228),
  [129] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__settings_repeat1, 2, 0, 0), SHIFT_REPEAT(229),
  [132] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__settings_repeat1, 2, 0, 0), SHIFT_REPEAT(230),
  [135] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__settings_repeat1, 2, 0, 0), SHIFT_REPEAT(199),
  [138] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__settings_repeat1, 2, 0, 0), SHIFT_REPEAT(207),
  [141] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__settings_repeat1, 2, 0, 0), SHIFT_REPEAT(183),
  [144] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_sources_repeat1, 2, 0, 0),
  [146] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_sources_repeat1, 2, 0, 0), SHIFT_REPEAT(125),
  [149] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sources, 1, 0, 0),
  [151] = {.entry = {.count = 1, .reusable = true}}, SHIFT(125),
  [153] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sources, 2, 0, 0),
  [155] = {.entry = {.count = 1, .reusable = true}}, SHIFT(22),
  [157] = {.entry = {.count = 1, .reusable = true}}, SHIFT(166),
  [159] = {.entry = {.count = 1, .reusable = true}}, SHIFT(205),
  [161] = {.entry = {.count = 1, .reusable = true}}, SHIFT(154),
  [163] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__actions_repeat1, 2, 0, 0),
  [165] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_sources_repeat1, 3, 0, 0),
  [167] = {.entry = {.count = 1, .reusable = false}}, SHIFT(89),
  [169] = {.entry = {.count = 1, .reusable = true}}, SHIFT(26),
  [171] = {.entry = {.count = 1, .reusable = false}}, SHIFT(38),
  [173] = {.entry = {.count = 1, .reusable = false}}, SHIFT(57),
  [175] = {.entry = {.count = 1, .reusable = false}}, SHIFT(92),
  [177] = {.entry = {.count = 1, .reusable = true}}, SHIFT(10),
  [179] = {.entry = {.count = 1, .reusable = true}}, SHIFT(38),
  [181] = {.entry = {.count = 1, .reusable = true}}, SHIFT(57),
  [183] = {.entry = {.count = 1, .reusable = true}}, SHIFT(28),
  [185] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_targets, 2, 0, 0),
  [187] = {.entry = {.count = 1, .reusable = true}}, SHIFT(108),
  [189] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_targets, 1, 0, 0),
  [191] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_targets_repeat1, 2, 0, 0),
  [193] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_targets_repeat1, 2, 0, 0), SHIFT_REPEAT(108),
  [196] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_allow_statement, 6, 0, 7),
  [198] = {.entry = {.count = 1, .reusable = true}}, SHIFT(25),
  [200] = {.entry = {.count = 1, .reusable = true}}, SHIFT(116),
  [202] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_allow_statement, 7, 0, 9),
  [204] = {.entry = {.count = 1, .reusable = false}}, SHIFT(33),
  [206] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_port, 1, 0, 0),
  [208] = {.entry = {.count = 1, .reusable = true}}, SHIFT(221),
  [210] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_allow_statement_repeat1, 2, 0, 0),
  [212] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_allow_statement_repeat1, 2, 0, 0), SHIFT_REPEAT(25),
  [215] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__actions_repeat1, 2, 0, 0), SHIFT_REPEAT(120),
  [218] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__actions_repeat1, 2, 0, 0), SHIFT_REPEAT(180),
  [221] = {.entry = {.count = 1, .reusable = false}}, SHIFT(171),
  [223] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_allow_statement, 4, 0, 4),
  [225] = {.entry = {.count = 1, .reusable = true}}, SHIFT(35),
  [227] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_targets_repeat1, 3, 0, 0),
  [229] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__gateway_settings_repeat1, 2, 0, 0),
  [231] = {.entry = {.count = 1, .reusable = true}}, SHIFT(167),
  [233] = {.entry = {.count = 1, .reusable = false}}, SHIFT(179),
  [235] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_setting_repeat2, 2, 0, 0),
  [237] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_setting_repeat2, 2, 0, 0), SHIFT_REPEAT(172),
  [240] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_setting_repeat1, 2, 0, 0),
  [242] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_setting_repeat1, 2, 0, 0), SHIFT_REPEAT(145),
  [245] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_group_statement, 3, 0, 3),
  [247] = {.entry = {.count = 1, .reusable = true}}, SHIFT(172),
  [249] = {.entry = {.count = 1, .reusable = true}}, SHIFT(191),
  [251] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_users_statement, 4, 0, 3),
  [253] = {.entry = {.count = 1, .reusable = true}}, SHIFT(115),
  [255] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_setting, 2, 0, 0),
  [257] = {.entry = {.count = 1, .reusable = true}}, SHIFT(145),
  [259] = {.entry = {.count = 1, .reusable = true}}, SHIFT(211),
  [261] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_destination_statement, 3, 0, 3),
  [263] = {.entry = {.count = 1, .reusable = true}}, SHIFT(118),
  [265] = {.entry = {.count = 1, .reusable = true}}, SHIFT(11),
  [267] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__gateway_setting, 2, 0, 0),
  [269] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_service_statement, 3, 0, 3),
  [271] = {.entry = {.count = 1, .reusable = true}}, SHIFT(29),
  [273] = {.entry = {.count = 1, .reusable = true}}, SHIFT(44),
  [275] = {.entry = {.count = 1, .reusable = true}}, SHIFT(148),
  [277] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_destination_statement_repeat1, 2, 0, 0),
  [279] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_destination_statement_repeat1, 2, 0, 0), SHIFT_REPEAT(118),
  [282] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_port, 3, 0, 0),
  [284] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_service_statement_repeat1, 2, 0, 0),
  [286] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_service_statement_repeat1, 2, 0, 0), SHIFT_REPEAT(29),
  [289] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_users_statement, 3, 0, 3),
  [291] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 3, 0, 0),
  [293] = {.entry = {.count = 1, .reusable = true}}, SHIFT(7),
  [295] = {.entry = {.count = 1, .reusable = true}}, SHIFT(23),
  [297] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_users_statement_repeat1, 2, 0, 0),
  [299] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_users_statement_repeat1, 2, 0, 0), SHIFT_REPEAT(115),
  [302] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_setting, 3, 0, 0),
  [304] = {.entry = {.count = 1, .reusable = true}}, SHIFT(159),
  [306] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__gateway_setting, 3, 0, 0),
  [308] = {.entry = {.count = 1, .reusable = true}}, SHIFT(160),
  [310] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_setting_repeat2, 3, 0, 0),
  [312] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_action, 2, 0, 0),
  [314] = {.entry = {.count = 1, .reusable = true}}, SHIFT(85),
  [316] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_group_statement, 4, 0, 3),
  [318] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_destination_statement, 4, 0, 3),
  [320] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_service_statement, 4, 0, 3),
  [322] = {.entry = {.count = 1, .reusable = true}}, SHIFT(90),
  [324] = {.entry = {.count = 1, .reusable = true}}, SHIFT(107),
  [326] = {.entry = {.count = 1, .reusable = true}}, SHIFT(222),
  [328] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_action, 3, 0, 0),
  [330] = {.entry = {.count = 1, .reusable = true}}, SHIFT(177),
  [332] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_action_repeat1, 2, 0, 0),
  [334] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_action_repeat1, 2, 0, 0), SHIFT_REPEAT(85),
  [337] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_allow_statement_repeat1, 3, 0, 0),
  [339] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_policy_statement_repeat1, 2, 0, 0), SHIFT_REPEAT(93),
  [342] = {.entry = {.count = 1, .reusable = false}}, SHIFT(18),
  [344] = {.entry = {.count = 1, .reusable = false}}, SHIFT(27),
  [346] = {.entry = {.count = 1, .reusable = true}}, SHIFT(212),
  [348] = {.entry = {.count = 1, .reusable = true}}, SHIFT(200),
  [350] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_destination_statement_repeat1, 3, 0, 0),
  [352] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_service_statement_repeat1, 3, 0, 0),
  [354] = {.entry = {.count = 1, .reusable = false}}, SHIFT(43),
  [356] = {.entry = {.count = 1, .reusable = true}}, SHIFT(93),
  [358] = {.entry = {.count = 1, .reusable = true}}, SHIFT(43),
  [360] = {.entry = {.count = 1, .reusable = false}}, SHIFT(31),
  [362] = {.entry = {.count = 1, .reusable = false}}, SHIFT(68),
  [364] = {.entry = {.count = 1, .reusable = true}}, SHIFT(31),
  [366] = {.entry = {.count = 1, .reusable = true}}, SHIFT(132),
  [368] = {.entry = {.count = 1, .reusable = true}}, SHIFT(8),
  [370] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sink, 1, 0, 0),
  [372] = {.entry = {.count = 1, .reusable = false}}, SHIFT(37),
  [374] = {.entry = {.count = 1, .reusable = true}}, SHIFT(104),
  [376] = {.entry = {.count = 1, .reusable = true}}, SHIFT(37),
  [378] = {.entry = {.count = 1, .reusable = true}}, SHIFT(110),
  [380] = {.entry = {.count = 1, .reusable = true}}, SHIFT(15),
  [382] = {.entry = {.count = 1, .reusable = true}}, SHIFT(139),
  [384] = {.entry = {.count = 1, .reusable = true}}, SHIFT(20),
  [386] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__budget, 4, 0, 0),
  [388] = {.entry = {.count = 1, .reusable = true}}, SHIFT(169),
  [390] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_users_statement_repeat1, 3, 0, 0),
  [392] = {.entry = {.count = 1, .reusable = true}}, SHIFT(128),
  [394] = {.entry = {.count = 1, .reusable = true}}, SHIFT(130),
  [396] = {.entry = {.count = 1, .reusable = true}}, SHIFT(137),
  [398] = {.entry = {.count = 1, .reusable = true}}, SHIFT(134),
  [400] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_action, 1, 0, 0),
  [402] = {.entry = {.count = 1, .reusable = true}}, SHIFT(216),
  [404] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__gateway_settings_repeat1, 2, 0, 0), SHIFT_REPEAT(205),
  [407] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sink, 2, 0, 0),
  [409] = {.entry = {.count = 1, .reusable = false}}, SHIFT(21),
  [411] = {.entry = {.count = 1, .reusable = true}}, SHIFT(131),
  [413] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__budget, 5, 0, 0),
  [415] = {.entry = {.count = 1, .reusable = true}}, SHIFT(178),
  [417] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_setting_repeat1, 3, 0, 0),
  [419] = {.entry = {.count = 1, .reusable = true}}, SHIFT(114),
  [421] = {.entry = {.count = 1, .reusable = false}}, SHIFT(24),
  [423] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_expect_statement, 5, 0, 6),
  [425] = {.entry = {.count = 1, .reusable = true}}, SHIFT(41),
  [427] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__budget, 6, 0, 0),
  [429] = {.entry = {.count = 1, .reusable = true}}, SHIFT(182),
  [431] = {.entry = {.count = 1, .reusable = true}}, SHIFT(101),
  [433] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_action_repeat1, 3, 0, 0),
  [435] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_expect_statement, 6, 0, 8),
  [437] = {.entry = {.count = 1, .reusable = true}}, SHIFT(46),
  [439] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__actions, 2, 0, 0),
  [441] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_exceed_statement, 5, 0, 5),
  [443] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_quota_statement, 3, 0, 2),
  [445] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_exceed_statement, 4, 0, 5),
  [447] = {.entry = {.count = 1, .reusable = true}}, SHIFT(156),
  [449] = {.entry = {.count = 1, .reusable = true}}, SHIFT(117),
  [451] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__settings, 4, 0, 0),
  [453] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__gateway_settings, 4, 0, 0),
  [455] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__settings, 2, 0, 0),
  [457] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_inline_quota, 2, 0, 0),
  [459] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__settings, 3, 0, 0),
  [461] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__actions, 3, 0, 0),
  [463] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__gateway_settings, 3, 0, 0),
  [465] = {.entry = {.count = 1, .reusable = true}}, SHIFT(186),
  [467] = {.entry = {.count = 1, .reusable = true}}, SHIFT(201),
  [469] = {.entry = {.count = 1, .reusable = true}}, SHIFT(129),
  [471] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_include_statement, 2, 0, 1),
  [473] = {.entry = {.count = 1, .reusable = true}}, SHIFT(173),
  [475] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__settings, 5, 0, 0),
  [477] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__gateway_settings, 5, 0, 0),
  [479] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_policy_statement, 3, 0, 3),
  [481] = {.entry = {.count = 1, .reusable = true}}, SHIFT(76),
  [483] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_allow_statement, 7, 0, 7),
  [485] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_policy_statement, 4, 0, 3),
  [487] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__gateway_settings, 2, 0, 0),
  [489] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__actions, 4, 0, 0),
  [491] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_gateway_statement, 3, 0, 3),
  [493] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_gateway_statement, 4, 0, 3),
  [495] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_expect_statement, 7, 0, 6),
  [497] = {.entry = {.count = 1, .reusable = true}}, SHIFT(162),
  [499] = {.entry = {.count = 1, .reusable = true}}, SHIFT(61),
  [501] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rate, 3, 0, 0),
  [503] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_setting, 5, 0, 0),
  [505] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_allow_statement, 8, 0, 9),
  [507] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_allow_statement, 5, 0, 4),
  [509] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__actions, 5, 0, 0),
  [511] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_expect_statement, 8, 0, 8),
  [513] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_audit_statement, 2, 0, 2),
  [515] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__budget, 7, 0, 0),
  [517] = {.entry = {.count = 1, .reusable = true}}, SHIFT(214),
  [519] = {.entry = {.count = 1, .reusable = true}}, SHIFT(219),
  [521] = {.entry = {.count = 1, .reusable = true}}, SHIFT(53),
  [523] = {.entry = {.count = 1, .reusable = true}}, SHIFT(127),
  [525] = {.entry = {.count = 1, .reusable = true}}, SHIFT(189),
  [527] = {.entry = {.count = 1, .reusable = true}}, SHIFT(202),
  [529] = {.entry = {.count = 1, .reusable = true}}, SHIFT(135),
  [531] = {.entry = {.count = 1, .reusable = true}}, SHIFT(55),
  [533] = {.entry = {.count = 1, .reusable = true}}, SHIFT(136),
  [535] = {.entry = {.count = 1, .reusable = true}}, SHIFT(140),
  [537] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_window, 1, 0, 0),
  [539] = {.entry = {.count = 1, .reusable = true}}, SHIFT(155),
  [541] = {.entry = {.count = 1, .reusable = true}}, SHIFT(184),
  [543] = {.entry = {.count = 1, .reusable = true}}, SHIFT(113),
  [545] = {.entry = {.count = 1, .reusable = true}}, SHIFT(149),
  [547] = {.entry = {.count = 1, .reusable = true}}, SHIFT(65),
  [549] = {.entry = {.count = 1, .reusable = true}}, SHIFT(198),
  [551] = {.entry = {.count = 1, .reusable = true}}, SHIFT(188),
  [553] = {.entry = {.count = 1, .reusable = true}}, SHIFT(69),
  [555] = {.entry = {.count = 1, .reusable = true}}, SHIFT(54),
  [557] = {.entry = {.count = 1, .reusable = true}}, SHIFT(50),
  [559] = {.entry = {.count = 1, .reusable = true}}, SHIFT(187),
  [561] = {.entry = {.count = 1, .reusable = true}}, SHIFT(190),
  [563] = {.entry = {.count = 1, .reusable = true}}, SHIFT(49),
  [565] = {.entry = {.count = 1, .reusable = true}}, SHIFT(206),
  [567] = {.entry = {.count = 1, .reusable = true}}, SHIFT(58),
  [569] = {.entry = {.count = 1, .reusable = true}}, SHIFT(225),
  [571] = {.entry = {.count = 1, .reusable = true}}, SHIFT(213),
  [573] = {.entry = {.count = 1, .reusable = true}}, SHIFT(83),
  [575] = {.entry = {.count = 1, .reusable = true}}, SHIFT(111),
  [577] = {.entry = {.count = 1, .reusable = true}}, SHIFT(106),
  [579] = {.entry = {.count = 1, .reusable = true}}, SHIFT(158),
  [581] = {.entry = {.count = 1, .reusable = true}}, SHIFT(204),
  [583] = {.entry = {.count = 1, .reusable = true}}, SHIFT(146),
  [585] = {.entry = {.count = 1, .reusable = true}}, SHIFT(223),
  [587] = {.entry = {.count = 1, .reusable = true}}, SHIFT(203),
  [589] = {.entry = {.count = 1, .reusable = true}}, SHIFT(165),
  [591] = {.entry = {.count = 1, .reusable = true}}, SHIFT(157),
  [593] = {.entry = {.count = 1, .reusable = true}}, SHIFT(195),
  [595] = {.entry = {.count = 1, .reusable = true}}, SHIFT(224),
  [597] = {.entry = {.count = 1, .reusable = true}}, SHIFT(105),
  [599] = {.entry = {.count = 1, .reusable = true}}, SHIFT(63),
  [601] = {.entry = {.count = 1, .reusable = true}}, SHIFT(122),
  [603] = {.entry = {.count = 1, .reusable = true}}, SHIFT(227),
  [605] = {.entry = {.count = 1, .reusable = true}}, SHIFT(231),
  [607] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_learned, 4, 0, 0),
  [609] = {.entry = {.count = 1, .reusable = true}},  ACCEPT_INPUT(),
  [611] = {.entry = {.count = 1, .reusable = true}}, SHIFT(174),
  [613] = {.entry = {.count = 1, .reusable = true}}, SHIFT(52),
  [615] = {.entry = {.count = 1, .reusable = true}}, SHIFT(124),
};

#ifdef __cplusplus
extern "C" {
#endif
#ifdef TREE_SITTER_HIDE_SYMBOLS
#define TS_PUBLIC
#elif defined(_WIN32)
#define TS_PUBLIC __declspec(dllexport)
#else
#define TS_PUBLIC __attribute__((visibility("default")))
#endif

TS_PUBLIC const TSLanguage *tree_sitter_sluice(void) {
  static const TSLanguage language = {
    .version = LANGUAGE_VERSION,
    .symbol_count = SYMBOL_COUNT,
    .alias_count = ALIAS_COUNT,
    .token_count = TOKEN_COUNT,
    .external_token_count = EXTERNAL_TOKEN_COUNT,
    .state_count = STATE_COUNT,
    .large_state_count = LARGE_STATE_COUNT,
    .production_id_count = PRODUCTION_ID_COUNT,
    .field_count = FIELD_COUNT,
    .max_alias_sequence_length = MAX_ALIAS_SEQUENCE_LENGTH,
    .parse_table = &ts_parse_table[0][0],
    .small_parse_table = ts_small_parse_table,
    .small_parse_table_map = ts_small_parse_table_map,
    .parse_actions = ts_parse_actions,
    .symbol_names = ts_symbol_names,
    .field_names = ts_field_names,
    .field_map_slices = ts_field_map_slices,
    .field_map_entries = ts_field_map_entries,
    .symbol_metadata = ts_symbol_metadata,
    .public_symbol_map = ts_symbol_map,
    .alias_map = ts_non_terminal_alias_map,
    .alias_sequences = &ts_alias_sequences[0][0],
    .lex_modes = ts_lex_modes,
    .lex_fn = ts_lex,
    .keyword_lex_fn = ts_lex_keywords,
    .keyword_capture_token = sym_identifier,
    .primary_state_ids = ts_primary_state_ids,
  };
  return &language;
}
#ifdef __cplusplus
}
#endif
