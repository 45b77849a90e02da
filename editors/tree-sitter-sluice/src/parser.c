#include "tree_sitter/parser.h"

#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#endif

#define LANGUAGE_VERSION 14
#define STATE_COUNT 211
#define LARGE_STATE_COUNT 2
#define SYMBOL_COUNT 110
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
  sym_include_statement = 75,
  sym_group_statement = 76,
  sym_destination_statement = 77,
  sym_service_statement = 78,
  sym_allow_statement = 79,
  sym_inline_quota = 80,
  sym_quota_statement = 81,
  sym__budget = 82,
  sym_learned = 83,
  sym_exceed_statement = 84,
  sym__actions = 85,
  sym_action = 86,
  sym_sink = 87,
  sym_audit_statement = 88,
  sym_users_statement = 89,
  sym_expect_statement = 90,
  sym_sources = 91,
  sym_targets = 92,
  sym_window = 93,
  sym_rate = 94,
  sym_port = 95,
  aux_sym_source_file_repeat1 = 96,
  aux_sym_source_file_repeat2 = 97,
  aux_sym_policy_statement_repeat1 = 98,
  aux_sym__settings_repeat1 = 99,
  aux_sym_setting_repeat1 = 100,
  aux_sym_setting_repeat2 = 101,
  aux_sym_destination_statement_repeat1 = 102,
  aux_sym_service_statement_repeat1 = 103,
  aux_sym_allow_statement_repeat1 = 104,
  aux_sym__actions_repeat1 = 105,
  aux_sym_action_repeat1 = 106,
  aux_sym_users_statement_repeat1 = 107,
  aux_sym_sources_repeat1 = 108,
  aux_sym_targets_repeat1 = 109,
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
  [65] = 10,
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
  [93] = 93,
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
  [22] = {.lex_state = 23},
  [23] = {.lex_state = 20},
  [24] = {.lex_state = 20},
  [25] = {.lex_state = 23},
  [26] = {.lex_state = 20},
  [27] = {.lex_state = 20},
  [28] = {.lex_state = 20},
  [29] = {.lex_state = 20},
  [30] = {.lex_state = 20},
  [31] = {.lex_state = 20},
  [32] = {.lex_state = 20},
  [33] = {.lex_state = 20},
  [34] = {.lex_state = 0},
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
  [46] = {.lex_state = 0},
  [47] = {.lex_state = 0},
  [48] = {.lex_state = 0},
  [49] = {.lex_state = 0},
  [50] = {.lex_state = 0},
  [51] = {.lex_state = 0},
  [52] = {.lex_state = 0},
  [53] = {.lex_state = 20},
  [54] = {.lex_state = 4},
  [55] = {.lex_state = 0},
  [56] = {.lex_state = 0},
  [57] = {.lex_state = 0},
  [58] = {.lex_state = 2},
  [59] = {.lex_state = 0},
  [60] = {.lex_state = 0},
  [61] = {.lex_state = 0},
  [62] = {.lex_state = 20},
  [63] = {.lex_state = 0},
  [64] = {.lex_state = 0},
  [65] = {.lex_state = 1},
  [66] = {.lex_state = 4},
  [67] = {.lex_state = 0},
  [68] = {.lex_state = 0},
  [69] = {.lex_state = 0},
  [70] = {.lex_state = 0},
  [71] = {.lex_state = 0},
  [72] = {.lex_state = 0},
  [73] = {.lex_state = 0},
  [74] = {.lex_state = 0},
  [75] = {.lex_state = 0},
  [76] = {.lex_state = 0},
  [77] = {.lex_state = 20},
  [78] = {.lex_state = 0},
  [79] = {.lex_state = 20},
  [80] = {.lex_state = 0},
  [81] = {.lex_state = 0},
  [82] = {.lex_state = 20},
  [83] = {.lex_state = 20},
  [84] = {.lex_state = 0},
  [85] = {.lex_state = 20},
  [86] = {.lex_state = 0},
  [87] = {.lex_state = 0},
  [88] = {.lex_state = 20},
  [89] = {.lex_state = 20},
  [90] = {.lex_state = 23},
  [91] = {.lex_state = 0},
  [92] = {.lex_state = 1},
  [93] = {.lex_state = 0},
  [94] = {.lex_state = 1},
  [95] = {.lex_state = 20},
  [96] = {.lex_state = 23},
  [97] = {.lex_state = 20},
  [98] = {.lex_state = 0},
  [99] = {.lex_state = 20},
  [100] = {.lex_state = 20},
  [101] = {.lex_state = 1},
  [102] = {.lex_state = 0},
  [103] = {.lex_state = 0},
  [104] = {.lex_state = 20},
  [105] = {.lex_state = 1},
  [106] = {.lex_state = 20},
  [107] = {.lex_state = 0},
  [108] = {.lex_state = 0},
  [109] = {.lex_state = 0},
  [110] = {.lex_state = 20},
  [111] = {.lex_state = 0},
  [112] = {.lex_state = 20},
  [113] = {.lex_state = 20},
  [114] = {.lex_state = 0},
  [115] = {.lex_state = 0},
  [116] = {.lex_state = 0},
  [117] = {.lex_state = 0},
  [118] = {.lex_state = 20},
  [119] = {.lex_state = 20},
  [120] = {.lex_state = 0},
  [121] = {.lex_state = 0},
  [122] = {.lex_state = 1},
  [123] = {.lex_state = 0},
  [124] = {.lex_state = 20},
  [125] = {.lex_state = 0},
  [126] = {.lex_state = 0},
  [127] = {.lex_state = 20},
  [128] = {.lex_state = 1},
  [129] = {.lex_state = 0},
  [130] = {.lex_state = 0},
  [131] = {.lex_state = 0},
  [132] = {.lex_state = 1},
  [133] = {.lex_state = 0},
  [134] = {.lex_state = 0},
  [135] = {.lex_state = 1},
  [136] = {.lex_state = 0},
  [137] = {.lex_state = 0},
  [138] = {.lex_state = 0},
  [139] = {.lex_state = 0},
  [140] = {.lex_state = 0},
  [141] = {.lex_state = 0},
  [142] = {.lex_state = 0},
  [143] = {.lex_state = 0},
  [144] = {.lex_state = 1},
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
  [155] = {.lex_state = 20},
  [156] = {.lex_state = 0},
  [157] = {.lex_state = 0},
  [158] = {.lex_state = 0},
  [159] = {.lex_state = 0},
  [160] = {.lex_state = 0},
  [161] = {.lex_state = 0},
  [162] = {.lex_state = 0},
  [163] = {.lex_state = 0},
  [164] = {.lex_state = 1},
  [165] = {.lex_state = 20},
  [166] = {.lex_state = 20},
  [167] = {.lex_state = 20},
  [168] = {.lex_state = 1},
  [169] = {.lex_state = 20},
  [170] = {.lex_state = 1},
  [171] = {.lex_state = 20},
  [172] = {.lex_state = 20},
  [173] = {.lex_state = 20},
  [174] = {.lex_state = 20},
  [175] = {.lex_state = 20},
  [176] = {.lex_state = 23},
  [177] = {.lex_state = 6},
  [178] = {.lex_state = 20},
  [179] = {.lex_state = 20},
  [180] = {.lex_state = 20},
  [181] = {.lex_state = 23},
  [182] = {.lex_state = 20},
  [183] = {.lex_state = 20},
  [184] = {.lex_state = 1},
  [185] = {.lex_state = 0},
  [186] = {.lex_state = 20},
  [187] = {.lex_state = 20},
  [188] = {.lex_state = 20},
  [189] = {.lex_state = 1},
  [190] = {.lex_state = 20},
  [191] = {.lex_state = 20},
  [192] = {.lex_state = 20},
  [193] = {.lex_state = 0},
  [194] = {.lex_state = 0},
  [195] = {.lex_state = 23},
  [196] = {.lex_state = 0},
  [197] = {.lex_state = 20},
  [198] = {.lex_state = 20},
  [199] = {.lex_state = 0},
  [200] = {.lex_state = 20},
  [201] = {.lex_state = 20},
  [202] = {.lex_state = 23},
  [203] = {.lex_state = 20},
  [204] = {.lex_state = 20},
  [205] = {.lex_state = 23},
  [206] = {.lex_state = 20},
  [207] = {.lex_state = 2},
  [208] = {.lex_state = 20},
  [209] = {.lex_state = 20},
  [210] = {.lex_state = 20},
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
    [sym_source_file] = STATE(196),
    [sym__separator] = STATE(2),
    [sym__statement] = STATE(49),
    [sym_policy_statement] = STATE(49),
    [sym_include_statement] = STATE(49),
    [sym_group_statement] = STATE(49),
    [sym_destination_statement] = STATE(49),
    [sym_service_statement] = STATE(49),
    [sym_allow_statement] = STATE(49),
    [sym_quota_statement] = STATE(49),
    [sym_exceed_statement] = STATE(49),
    [sym_audit_statement] = STATE(49),
    [sym_users_statement] = STATE(49),
    [sym_expect_statement] = STATE(49),
    [aux_sym_source_file_repeat1] = STATE(2),
    [aux_sym_source_file_repeat2] = STATE(5),
    [ts_builtin_sym_end] = ACTIONS(5),
    [anon_sym_SEMI] = ACTIONS(7),
    [sym__newline] = ACTIONS(7),
    [anon_sym_policy] = ACTIONS(9),
    [anon_sym_include] = ACTIONS(11),
    [anon_sym_group] = ACTIONS(13),
    [anon_sym_destination] = ACTIONS(15),
    [anon_sym_service] = ACTIONS(17),
    [anon_sym_allow] = ACTIONS(19),
    [anon_sym_on] = ACTIONS(21),
    [anon_sym_quota] = ACTIONS(23),
    [anon_sym_audit] = ACTIONS(25),
    [anon_sym_users] = ACTIONS(27),
    [anon_sym_expect] = ACTIONS(29),
    [sym_comment] = ACTIONS(3),
  },
};

static const uint16_t ts_small_parse_table[] = {
  [0] = 17,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(9), 1,
      anon_sym_policy,
    ACTIONS(11), 1,
      anon_sym_include,
    ACTIONS(13), 1,
      anon_sym_group,
    ACTIONS(15), 1,
      anon_sym_destination,
    ACTIONS(17), 1,
      anon_sym_service,
    ACTIONS(19), 1,
      anon_sym_allow,
    ACTIONS(21), 1,
      anon_sym_on,
    ACTIONS(23), 1,
      anon_sym_quota,
    ACTIONS(25), 1,
      anon_sym_audit,
    ACTIONS(27), 1,
      anon_sym_users,
    ACTIONS(29), 1,
      anon_sym_expect,
    ACTIONS(31), 1,
      ts_builtin_sym_end,
    STATE(4), 1,
      aux_sym_source_file_repeat2,
    ACTIONS(33), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(3), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
    STATE(86), 12,
      sym__statement,
      sym_policy_statement,
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
  [65] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(37), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(3), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
    ACTIONS(35), 23,
      ts_builtin_sym_end,
      anon_sym_policy,
      anon_sym_RBRACE,
      anon_sym_mode,
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
  [102] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(9), 1,
      anon_sym_policy,
    ACTIONS(11), 1,
      anon_sym_include,
    ACTIONS(13), 1,
      anon_sym_group,
    ACTIONS(15), 1,
      anon_sym_destination,
    ACTIONS(17), 1,
      anon_sym_service,
    ACTIONS(19), 1,
      anon_sym_allow,
    ACTIONS(21), 1,
      anon_sym_on,
    ACTIONS(23), 1,
      anon_sym_quota,
    ACTIONS(25), 1,
      anon_sym_audit,
    ACTIONS(27), 1,
      anon_sym_users,
    ACTIONS(29), 1,
      anon_sym_expect,
    ACTIONS(40), 1,
      ts_builtin_sym_end,
    STATE(6), 1,
      aux_sym_source_file_repeat2,
    STATE(47), 12,
      sym__statement,
      sym_policy_statement,
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
  [159] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(9), 1,
      anon_sym_policy,
    ACTIONS(11), 1,
      anon_sym_include,
    ACTIONS(13), 1,
      anon_sym_group,
    ACTIONS(15), 1,
      anon_sym_destination,
    ACTIONS(17), 1,
      anon_sym_service,
    ACTIONS(19), 1,
      anon_sym_allow,
    ACTIONS(21), 1,
      anon_sym_on,
    ACTIONS(23), 1,
      anon_sym_quota,
    ACTIONS(25), 1,
      anon_sym_audit,
    ACTIONS(27), 1,
      anon_sym_users,
    ACTIONS(29), 1,
      anon_sym_expect,
    ACTIONS(31), 1,
      ts_builtin_sym_end,
    STATE(6), 1,
      aux_sym_source_file_repeat2,
    STATE(86), 12,
      sym__statement,
      sym_policy_statement,
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
  [216] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(42), 1,
      ts_builtin_sym_end,
    ACTIONS(44), 1,
      anon_sym_policy,
    ACTIONS(47), 1,
      anon_sym_include,
    ACTIONS(50), 1,
      anon_sym_group,
    ACTIONS(53), 1,
      anon_sym_destination,
    ACTIONS(56), 1,
      anon_sym_service,
    ACTIONS(59), 1,
      anon_sym_allow,
    ACTIONS(62), 1,
      anon_sym_on,
    ACTIONS(65), 1,
      anon_sym_quota,
    ACTIONS(68), 1,
      anon_sym_audit,
    ACTIONS(71), 1,
      anon_sym_users,
    ACTIONS(74), 1,
      anon_sym_expect,
    STATE(6), 1,
      aux_sym_source_file_repeat2,
    STATE(115), 12,
      sym__statement,
      sym_policy_statement,
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
  [273] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(33), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(3), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
    ACTIONS(42), 12,
      ts_builtin_sym_end,
      anon_sym_policy,
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
  [299] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(79), 1,
      anon_sym_RBRACE,
    ACTIONS(81), 1,
      anon_sym_mode,
    ACTIONS(83), 1,
      anon_sym_egress,
    ACTIONS(85), 1,
      anon_sym_management,
    ACTIONS(87), 1,
      anon_sym_inside,
    ACTIONS(89), 1,
      anon_sym_log,
    ACTIONS(91), 1,
      anon_sym_baseline,
    ACTIONS(93), 1,
      anon_sym_dns,
    STATE(13), 1,
      aux_sym__settings_repeat1,
    STATE(48), 1,
      sym_setting,
    ACTIONS(77), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(9), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [341] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(81), 1,
      anon_sym_mode,
    ACTIONS(83), 1,
      anon_sym_egress,
    ACTIONS(85), 1,
      anon_sym_management,
    ACTIONS(87), 1,
      anon_sym_inside,
    ACTIONS(89), 1,
      anon_sym_log,
    ACTIONS(91), 1,
      anon_sym_baseline,
    ACTIONS(93), 1,
      anon_sym_dns,
    ACTIONS(95), 1,
      anon_sym_RBRACE,
    STATE(15), 1,
      aux_sym__settings_repeat1,
    STATE(59), 1,
      sym_setting,
    ACTIONS(33), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(3), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [383] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(99), 1,
      sym__newline,
    STATE(10), 1,
      aux_sym_policy_statement_repeat1,
    ACTIONS(102), 3,
      anon_sym_LBRACE,
      sym_uid,
      sym_string,
    ACTIONS(97), 8,
      anon_sym_log,
      anon_sym_exec,
      anon_sym_self,
      anon_sym_tcp,
      anon_sym_udp,
      anon_sym_icmp,
      anon_sym_icmpv6,
      sym_identifier,
  [408] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(33), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(3), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
    ACTIONS(104), 8,
      anon_sym_RBRACE,
      anon_sym_mode,
      anon_sym_egress,
      anon_sym_management,
      anon_sym_inside,
      anon_sym_log,
      anon_sym_baseline,
      anon_sym_dns,
  [430] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(106), 1,
      anon_sym_RBRACE,
    ACTIONS(110), 1,
      anon_sym_alert,
    STATE(39), 1,
      aux_sym__actions_repeat1,
    STATE(73), 1,
      sym_action,
    ACTIONS(33), 2,
      anon_sym_SEMI,
      sym__newline,
    ACTIONS(108), 2,
      anon_sym_block,
      anon_sym_isolate,
    STATE(3), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [458] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(81), 1,
      anon_sym_mode,
    ACTIONS(83), 1,
      anon_sym_egress,
    ACTIONS(85), 1,
      anon_sym_management,
    ACTIONS(87), 1,
      anon_sym_inside,
    ACTIONS(89), 1,
      anon_sym_log,
    ACTIONS(91), 1,
      anon_sym_baseline,
    ACTIONS(93), 1,
      anon_sym_dns,
    ACTIONS(95), 1,
      anon_sym_RBRACE,
    STATE(16), 1,
      aux_sym__settings_repeat1,
    STATE(59), 1,
      sym_setting,
  [492] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(110), 1,
      anon_sym_alert,
    ACTIONS(114), 1,
      anon_sym_RBRACE,
    STATE(36), 1,
      aux_sym__actions_repeat1,
    STATE(64), 1,
      sym_action,
    ACTIONS(108), 2,
      anon_sym_block,
      anon_sym_isolate,
    ACTIONS(112), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(12), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [520] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(81), 1,
      anon_sym_mode,
    ACTIONS(83), 1,
      anon_sym_egress,
    ACTIONS(85), 1,
      anon_sym_management,
    ACTIONS(87), 1,
      anon_sym_inside,
    ACTIONS(89), 1,
      anon_sym_log,
    ACTIONS(91), 1,
      anon_sym_baseline,
    ACTIONS(93), 1,
      anon_sym_dns,
    ACTIONS(116), 1,
      anon_sym_RBRACE,
    STATE(16), 1,
      aux_sym__settings_repeat1,
    STATE(70), 1,
      sym_setting,
  [554] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(104), 1,
      anon_sym_RBRACE,
    ACTIONS(118), 1,
      anon_sym_mode,
    ACTIONS(121), 1,
      anon_sym_egress,
    ACTIONS(124), 1,
      anon_sym_management,
    ACTIONS(127), 1,
      anon_sym_inside,
    ACTIONS(130), 1,
      anon_sym_log,
    ACTIONS(133), 1,
      anon_sym_baseline,
    ACTIONS(136), 1,
      anon_sym_dns,
    STATE(16), 1,
      aux_sym__settings_repeat1,
    STATE(102), 1,
      sym_setting,
  [588] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(141), 1,
      anon_sym_COMMA,
    STATE(18), 1,
      aux_sym_sources_repeat1,
    ACTIONS(139), 7,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_LBRACE,
      anon_sym_to,
      sym_multiple,
      sym_size,
  [607] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(141), 1,
      anon_sym_COMMA,
    STATE(19), 1,
      aux_sym_sources_repeat1,
    ACTIONS(143), 7,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_LBRACE,
      anon_sym_to,
      sym_multiple,
      sym_size,
  [626] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(147), 1,
      anon_sym_COMMA,
    STATE(19), 1,
      aux_sym_sources_repeat1,
    ACTIONS(145), 7,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_LBRACE,
      anon_sym_to,
      sym_multiple,
      sym_size,
  [645] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(33), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(3), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
    ACTIONS(150), 4,
      anon_sym_RBRACE,
      anon_sym_block,
      anon_sym_isolate,
      anon_sym_alert,
  [663] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(145), 8,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_LBRACE,
      anon_sym_COMMA,
      anon_sym_to,
      sym_multiple,
      sym_size,
  [677] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(152), 8,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_LBRACE,
      anon_sym_COMMA,
      anon_sym_to,
      sym_multiple,
      sym_size,
  [691] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(154), 1,
      sym_identifier,
    ACTIONS(156), 1,
      sym__newline,
    STATE(24), 1,
      aux_sym_policy_statement_repeat1,
    STATE(82), 1,
      sym_port,
    ACTIONS(158), 2,
      anon_sym_tcp,
      anon_sym_udp,
    ACTIONS(160), 2,
      anon_sym_icmp,
      anon_sym_icmpv6,
  [715] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(162), 1,
      sym_identifier,
    ACTIONS(164), 1,
      sym__newline,
    STATE(10), 1,
      aux_sym_policy_statement_repeat1,
    STATE(85), 1,
      sym_port,
    ACTIONS(158), 2,
      anon_sym_tcp,
      anon_sym_udp,
    ACTIONS(160), 2,
      anon_sym_icmp,
      anon_sym_icmpv6,
  [739] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(139), 7,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_LBRACE,
      anon_sym_to,
      sym_multiple,
      sym_size,
  [752] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(160), 1,
      anon_sym_icmp,
    ACTIONS(164), 1,
      sym__newline,
    ACTIONS(168), 1,
      anon_sym_icmpv6,
    STATE(10), 1,
      aux_sym_policy_statement_repeat1,
    STATE(126), 1,
      sym_port,
    ACTIONS(166), 2,
      anon_sym_tcp,
      anon_sym_udp,
  [775] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(160), 1,
      anon_sym_icmp,
    ACTIONS(168), 1,
      anon_sym_icmpv6,
    ACTIONS(170), 1,
      sym__newline,
    STATE(26), 1,
      aux_sym_policy_statement_repeat1,
    STATE(93), 1,
      sym_port,
    ACTIONS(166), 2,
      anon_sym_tcp,
      anon_sym_udp,
  [798] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(174), 1,
      anon_sym_COMMA,
    STATE(30), 1,
      aux_sym_targets_repeat1,
    ACTIONS(172), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_on,
      anon_sym_quota,
  [815] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(174), 1,
      anon_sym_COMMA,
    STATE(28), 1,
      aux_sym_targets_repeat1,
    ACTIONS(176), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_on,
      anon_sym_quota,
  [832] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(180), 1,
      anon_sym_COMMA,
    STATE(30), 1,
      aux_sym_targets_repeat1,
    ACTIONS(178), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_on,
      anon_sym_quota,
  [849] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(185), 1,
      anon_sym_COMMA,
    ACTIONS(187), 1,
      anon_sym_quota,
    STATE(44), 1,
      aux_sym_allow_statement_repeat1,
    STATE(156), 1,
      sym_inline_quota,
    ACTIONS(183), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [870] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(185), 1,
      anon_sym_COMMA,
    ACTIONS(187), 1,
      anon_sym_quota,
    STATE(31), 1,
      aux_sym_allow_statement_repeat1,
    STATE(145), 1,
      sym_inline_quota,
    ACTIONS(189), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [891] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(193), 1,
      anon_sym_SLASH,
    ACTIONS(191), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
      anon_sym_quota,
  [905] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(197), 1,
      anon_sym_COMMA,
    STATE(34), 1,
      aux_sym_setting_repeat2,
    ACTIONS(195), 4,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [921] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(200), 1,
      sym_identifier,
    STATE(32), 1,
      sym_port,
    ACTIONS(158), 2,
      anon_sym_tcp,
      anon_sym_udp,
    ACTIONS(160), 2,
      anon_sym_icmp,
      anon_sym_icmpv6,
  [939] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(106), 1,
      anon_sym_RBRACE,
    ACTIONS(110), 1,
      anon_sym_alert,
    STATE(42), 1,
      aux_sym__actions_repeat1,
    STATE(73), 1,
      sym_action,
    ACTIONS(108), 2,
      anon_sym_block,
      anon_sym_isolate,
  [959] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(178), 6,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
      anon_sym_on,
      anon_sym_quota,
  [971] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(187), 1,
      anon_sym_quota,
    ACTIONS(204), 1,
      anon_sym_on,
    STATE(149), 1,
      sym_inline_quota,
    ACTIONS(202), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [989] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(110), 1,
      anon_sym_alert,
    ACTIONS(206), 1,
      anon_sym_RBRACE,
    STATE(42), 1,
      aux_sym__actions_repeat1,
    STATE(81), 1,
      sym_action,
    ACTIONS(108), 2,
      anon_sym_block,
      anon_sym_isolate,
  [1009] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(208), 6,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
      anon_sym_on,
      anon_sym_quota,
  [1021] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(210), 1,
      sym_identifier,
    STATE(152), 1,
      sym_port,
    ACTIONS(158), 2,
      anon_sym_tcp,
      anon_sym_udp,
    ACTIONS(160), 2,
      anon_sym_icmp,
      anon_sym_icmpv6,
  [1039] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(150), 1,
      anon_sym_RBRACE,
    ACTIONS(215), 1,
      anon_sym_alert,
    STATE(42), 1,
      aux_sym__actions_repeat1,
    STATE(117), 1,
      sym_action,
    ACTIONS(212), 2,
      anon_sym_block,
      anon_sym_isolate,
  [1059] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(218), 1,
      sym_identifier,
    STATE(161), 1,
      sym_port,
    ACTIONS(158), 2,
      anon_sym_tcp,
      anon_sym_udp,
    ACTIONS(160), 2,
      anon_sym_icmp,
      anon_sym_icmpv6,
  [1077] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(222), 1,
      anon_sym_COMMA,
    STATE(44), 1,
      aux_sym_allow_statement_repeat1,
    ACTIONS(220), 4,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_quota,
  [1093] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(160), 1,
      anon_sym_icmp,
    ACTIONS(168), 1,
      anon_sym_icmpv6,
    STATE(78), 1,
      sym_port,
    ACTIONS(166), 2,
      anon_sym_tcp,
      anon_sym_udp,
  [1110] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(227), 1,
      anon_sym_COMMA,
    STATE(55), 1,
      aux_sym_users_statement_repeat1,
    ACTIONS(225), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1125] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(229), 1,
      ts_builtin_sym_end,
    ACTIONS(231), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(7), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1140] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(95), 1,
      anon_sym_RBRACE,
    ACTIONS(233), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(11), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1155] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(31), 1,
      ts_builtin_sym_end,
    ACTIONS(231), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(7), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1170] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(237), 1,
      anon_sym_COMMA,
    STATE(34), 1,
      aux_sym_setting_repeat2,
    ACTIONS(235), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1185] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(241), 1,
      anon_sym_COMMA,
    STATE(61), 1,
      aux_sym_destination_statement_repeat1,
    ACTIONS(239), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1200] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(245), 1,
      anon_sym_COMMA,
    STATE(63), 1,
      aux_sym_service_statement_repeat1,
    ACTIONS(243), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1215] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(176), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_on,
      anon_sym_quota,
  [1226] = 3,
    ACTIONS(3), 1,
      sym_comment,
    STATE(172), 1,
      sym_window,
    ACTIONS(247), 4,
      anon_sym_hour,
      anon_sym_day,
      anon_sym_week,
      sym_duration,
  [1239] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(227), 1,
      anon_sym_COMMA,
    STATE(67), 1,
      aux_sym_users_statement_repeat1,
    ACTIONS(249), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1254] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(253), 1,
      anon_sym_COMMA,
    STATE(68), 1,
      aux_sym_setting_repeat1,
    ACTIONS(251), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1269] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(237), 1,
      anon_sym_COMMA,
    STATE(69), 1,
      aux_sym_setting_repeat2,
    ACTIONS(251), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1284] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(255), 1,
      aux_sym_setting_token1,
    STATE(130), 1,
      sym_rate,
    ACTIONS(251), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1299] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(116), 1,
      anon_sym_RBRACE,
    ACTIONS(233), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(11), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1314] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(195), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
      anon_sym_COMMA,
  [1325] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(259), 1,
      anon_sym_COMMA,
    STATE(61), 1,
      aux_sym_destination_statement_repeat1,
    ACTIONS(257), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1340] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(262), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
      anon_sym_quota,
  [1351] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(266), 1,
      anon_sym_COMMA,
    STATE(63), 1,
      aux_sym_service_statement_repeat1,
    ACTIONS(264), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1366] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(106), 1,
      anon_sym_RBRACE,
    ACTIONS(269), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(20), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1381] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      sym_identifier,
    ACTIONS(271), 1,
      sym__newline,
    STATE(65), 1,
      aux_sym_policy_statement_repeat1,
    ACTIONS(102), 2,
      sym_address,
      sym_string,
  [1398] = 3,
    ACTIONS(3), 1,
      sym_comment,
    STATE(165), 1,
      sym_window,
    ACTIONS(247), 4,
      anon_sym_hour,
      anon_sym_day,
      anon_sym_week,
      sym_duration,
  [1411] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(276), 1,
      anon_sym_COMMA,
    STATE(67), 1,
      aux_sym_users_statement_repeat1,
    ACTIONS(274), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1426] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(253), 1,
      anon_sym_COMMA,
    STATE(76), 1,
      aux_sym_setting_repeat1,
    ACTIONS(279), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1441] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(237), 1,
      anon_sym_COMMA,
    STATE(34), 1,
      aux_sym_setting_repeat2,
    ACTIONS(279), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1456] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(281), 1,
      anon_sym_RBRACE,
    ACTIONS(233), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(11), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1471] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(283), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
      anon_sym_COMMA,
  [1482] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(287), 1,
      anon_sym_COMMA,
    STATE(80), 1,
      aux_sym_action_repeat1,
    ACTIONS(285), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1497] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(206), 1,
      anon_sym_RBRACE,
    ACTIONS(269), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(20), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1512] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(237), 1,
      anon_sym_COMMA,
    STATE(50), 1,
      aux_sym_setting_repeat2,
    ACTIONS(289), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1527] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(241), 1,
      anon_sym_COMMA,
    STATE(51), 1,
      aux_sym_destination_statement_repeat1,
    ACTIONS(291), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1542] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(295), 1,
      anon_sym_COMMA,
    STATE(76), 1,
      aux_sym_setting_repeat1,
    ACTIONS(293), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1557] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(191), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
      anon_sym_quota,
  [1568] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(245), 1,
      anon_sym_COMMA,
    STATE(52), 1,
      aux_sym_service_statement_repeat1,
    ACTIONS(298), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1583] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(300), 1,
      sym__newline,
    ACTIONS(302), 1,
      anon_sym_log,
    ACTIONS(304), 1,
      anon_sym_exec,
    STATE(83), 1,
      aux_sym_policy_statement_repeat1,
    STATE(123), 1,
      sym_sink,
  [1602] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(287), 1,
      anon_sym_COMMA,
    STATE(84), 1,
      aux_sym_action_repeat1,
    ACTIONS(306), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1617] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(308), 1,
      anon_sym_RBRACE,
    ACTIONS(269), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(20), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1632] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(220), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
      anon_sym_quota,
  [1643] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(164), 1,
      sym__newline,
    ACTIONS(302), 1,
      anon_sym_log,
    ACTIONS(304), 1,
      anon_sym_exec,
    STATE(10), 1,
      aux_sym_policy_statement_repeat1,
    STATE(125), 1,
      sym_sink,
  [1662] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(312), 1,
      anon_sym_COMMA,
    STATE(84), 1,
      aux_sym_action_repeat1,
    ACTIONS(310), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1677] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(315), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
      anon_sym_quota,
  [1688] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(40), 1,
      ts_builtin_sym_end,
    ACTIONS(231), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(7), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1703] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(317), 1,
      sym__newline,
    ACTIONS(319), 1,
      anon_sym_LBRACE,
    STATE(121), 1,
      aux_sym_policy_statement_repeat1,
    STATE(148), 1,
      sym__actions,
  [1719] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(323), 1,
      sym__newline,
    STATE(99), 1,
      aux_sym_policy_statement_repeat1,
    ACTIONS(321), 2,
      sym_uid,
      sym_identifier,
  [1733] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(327), 1,
      anon_sym_any,
    STATE(87), 1,
      sym_sources,
    ACTIONS(325), 2,
      anon_sym_self,
      sym_identifier,
  [1747] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(329), 1,
      sym_multiple,
    ACTIONS(331), 1,
      sym_size,
    STATE(138), 1,
      sym__budget,
    STATE(202), 1,
      sym_learned,
  [1763] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(257), 4,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
  [1773] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(333), 1,
      sym__newline,
    STATE(65), 1,
      aux_sym_policy_statement_repeat1,
    ACTIONS(335), 2,
      sym_address,
      sym_string,
  [1787] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(264), 4,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
  [1797] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(337), 1,
      sym_identifier,
    ACTIONS(339), 1,
      sym__newline,
    ACTIONS(341), 1,
      sym_address,
    STATE(105), 1,
      aux_sym_policy_statement_repeat1,
  [1813] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(327), 1,
      anon_sym_any,
    STATE(197), 1,
      sym_sources,
    ACTIONS(325), 2,
      anon_sym_self,
      sym_identifier,
  [1827] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(329), 1,
      sym_multiple,
    ACTIONS(331), 1,
      sym_size,
    STATE(134), 1,
      sym__budget,
    STATE(202), 1,
      sym_learned,
  [1843] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(345), 1,
      anon_sym_for,
    ACTIONS(343), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1855] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(274), 4,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
  [1865] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(164), 1,
      sym__newline,
    STATE(10), 1,
      aux_sym_policy_statement_repeat1,
    ACTIONS(347), 2,
      sym_uid,
      sym_identifier,
  [1879] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(351), 1,
      anon_sym_on,
    ACTIONS(349), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1891] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(353), 1,
      sym__newline,
    STATE(92), 1,
      aux_sym_policy_statement_repeat1,
    ACTIONS(355), 2,
      sym_address,
      sym_string,
  [1905] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(233), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(11), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1917] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(357), 4,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
  [1927] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(327), 1,
      anon_sym_any,
    STATE(90), 1,
      sym_sources,
    ACTIONS(325), 2,
      anon_sym_self,
      sym_identifier,
  [1941] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(333), 1,
      sym__newline,
    ACTIONS(359), 1,
      sym_identifier,
    ACTIONS(361), 1,
      sym_address,
    STATE(65), 1,
      aux_sym_policy_statement_repeat1,
  [1957] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(327), 1,
      anon_sym_any,
    STATE(140), 1,
      sym_sources,
    ACTIONS(325), 2,
      anon_sym_self,
      sym_identifier,
  [1971] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(363), 4,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
      anon_sym_COMMA,
  [1981] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(365), 1,
      sym__newline,
    ACTIONS(367), 1,
      anon_sym_LBRACE,
    STATE(109), 1,
      aux_sym_policy_statement_repeat1,
    STATE(137), 1,
      sym__settings,
  [1997] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(164), 1,
      sym__newline,
    ACTIONS(367), 1,
      anon_sym_LBRACE,
    STATE(10), 1,
      aux_sym_policy_statement_repeat1,
    STATE(157), 1,
      sym__settings,
  [2013] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(371), 1,
      anon_sym_warn,
    ACTIONS(369), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2025] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(373), 4,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
  [2035] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(377), 1,
      anon_sym_on,
    ACTIONS(375), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2047] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(164), 1,
      sym__newline,
    STATE(10), 1,
      aux_sym_policy_statement_repeat1,
    ACTIONS(379), 2,
      anon_sym_self,
      sym_identifier,
  [2061] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(293), 4,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
      anon_sym_COMMA,
  [2071] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(231), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(7), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [2083] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(381), 4,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
      anon_sym_COMMA,
  [2093] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(269), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(20), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [2105] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(385), 1,
      anon_sym_warn,
    ACTIONS(383), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2117] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(389), 1,
      sym__newline,
    STATE(113), 1,
      aux_sym_policy_statement_repeat1,
    ACTIONS(387), 2,
      anon_sym_self,
      sym_identifier,
  [2131] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(391), 4,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
      anon_sym_COMMA,
  [2141] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(164), 1,
      sym__newline,
    ACTIONS(319), 1,
      anon_sym_LBRACE,
    STATE(10), 1,
      aux_sym_policy_statement_repeat1,
    STATE(162), 1,
      sym__actions,
  [2157] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(393), 1,
      sym_identifier,
    ACTIONS(395), 1,
      anon_sym_any,
    ACTIONS(397), 1,
      sym_address,
    STATE(38), 1,
      sym_targets,
  [2173] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(310), 4,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
      anon_sym_COMMA,
  [2183] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(401), 1,
      anon_sym_warn,
    ACTIONS(399), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2195] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(403), 4,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
      anon_sym_COMMA,
  [2205] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(405), 4,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
  [2215] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(407), 3,
      anon_sym_second,
      anon_sym_minute,
      anon_sym_hour2,
  [2224] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(409), 1,
      sym__newline,
    ACTIONS(411), 1,
      sym_address,
    STATE(132), 1,
      aux_sym_policy_statement_repeat1,
  [2237] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(413), 1,
      sym__newline,
    ACTIONS(415), 1,
      sym_string,
    STATE(141), 1,
      aux_sym_policy_statement_repeat1,
  [2250] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(279), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [2259] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(417), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2268] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(333), 1,
      sym__newline,
    ACTIONS(419), 1,
      sym_address,
    STATE(65), 1,
      aux_sym_policy_statement_repeat1,
  [2281] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(251), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [2290] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(421), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2299] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(423), 1,
      anon_sym_ttl,
    ACTIONS(425), 1,
      anon_sym_addresses,
    ACTIONS(427), 1,
      sym_address,
  [2312] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(429), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2321] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(431), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2330] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(433), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2339] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(435), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2348] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(437), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2357] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(164), 1,
      sym__newline,
    ACTIONS(439), 1,
      sym_string,
    STATE(10), 1,
      aux_sym_policy_statement_repeat1,
  [2370] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(441), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2379] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(443), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2388] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(445), 1,
      anon_sym_user,
    ACTIONS(447), 2,
      anon_sym_self,
      sym_address,
  [2399] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(449), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2408] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(306), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [2417] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(451), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2426] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(453), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2435] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(455), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2444] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(383), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2453] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(457), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2462] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(459), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2471] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(461), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [2480] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(463), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [2489] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(302), 1,
      anon_sym_log,
    ACTIONS(304), 1,
      anon_sym_exec,
    STATE(72), 1,
      sym_sink,
  [2502] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(465), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2511] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(467), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2520] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(469), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2529] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(471), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2538] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(399), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2547] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(473), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2556] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(475), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2565] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(477), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2574] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(479), 2,
      sym_address,
      sym_string,
  [2582] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(481), 1,
      anon_sym_per,
    ACTIONS(483), 1,
      anon_sym_total,
  [2592] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(485), 2,
      sym_uid,
      sym_identifier,
  [2600] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(487), 2,
      anon_sym_allow,
      anon_sym_deny,
  [2608] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(489), 2,
      sym_address,
      sym_string,
  [2616] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(491), 2,
      anon_sym_gateway,
      anon_sym_host,
  [2624] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(493), 2,
      sym_address,
      sym_string,
  [2632] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(495), 2,
      anon_sym_host,
      anon_sym_user,
  [2640] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(497), 1,
      anon_sym_per,
    ACTIONS(499), 1,
      anon_sym_total,
  [2650] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(501), 2,
      sym_uid,
      sym_identifier,
  [2658] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(483), 2,
      anon_sym_host,
      anon_sym_user,
  [2666] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(503), 2,
      anon_sym_per,
      anon_sym_total,
  [2674] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(505), 1,
      sym_duration,
  [2681] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(507), 1,
      aux_sym_port_token1,
  [2688] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(509), 1,
      anon_sym_learn,
  [2695] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(511), 1,
      anon_sym_name,
  [2702] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(513), 1,
      anon_sym_usual,
  [2709] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(515), 1,
      sym_duration,
  [2716] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(517), 1,
      sym_identifier,
  [2723] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(519), 1,
      sym_identifier,
  [2730] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(427), 1,
      sym_address,
  [2737] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(521), 1,
      sym_string,
  [2744] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(523), 1,
      anon_sym_at,
  [2751] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(525), 1,
      anon_sym_denied,
  [2758] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(527), 1,
      sym_identifier,
  [2765] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(529), 1,
      sym_address,
  [2772] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(531), 1,
      anon_sym_to,
  [2779] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(533), 1,
      anon_sym_to,
  [2786] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(535), 1,
      anon_sym_per,
  [2793] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(537), 1,
      sym_string,
  [2800] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(539), 1,
      sym_string,
  [2807] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(541), 1,
      sym_duration,
  [2814] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(543), 1,
      ts_builtin_sym_end,
  [2821] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(545), 1,
      anon_sym_to,
  [2828] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(547), 1,
      sym_identifier,
  [2835] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(549), 1,
      anon_sym_SLASH,
  [2842] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(551), 1,
      anon_sym_at,
  [2849] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(553), 1,
      sym_identifier,
  [2856] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(555), 1,
      sym_size,
  [2863] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(557), 1,
      anon_sym_least,
  [2870] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(559), 1,
      anon_sym_exceed,
  [2877] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(561), 1,
      sym_size,
  [2884] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(563), 1,
      anon_sym_per,
  [2891] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(541), 1,
      aux_sym_setting_token1,
  [2898] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(491), 1,
      sym_identifier,
  [2905] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(565), 1,
      anon_sym_least,
  [2912] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(567), 1,
      anon_sym_per,
};

static const uint32_t ts_small_parse_table_map[] = {
  [SMALL_STATE(2)] = 0,
  [SMALL_STATE(3)] = 65,
  [SMALL_STATE(4)] = 102,
  [SMALL_STATE(5)] = 159,
  [SMALL_STATE(6)] = 216,
  [SMALL_STATE(7)] = 273,
  [SMALL_STATE(8)] = 299,
  [SMALL_STATE(9)] = 341,
  [SMALL_STATE(10)] = 383,
  [SMALL_STATE(11)] = 408,
  [SMALL_STATE(12)] = 430,
  [SMALL_STATE(13)] = 458,
  [SMALL_STATE(14)] = 492,
  [SMALL_STATE(15)] = 520,
  [SMALL_STATE(16)] = 554,
  [SMALL_STATE(17)] = 588,
  [SMALL_STATE(18)] = 607,
  [SMALL_STATE(19)] = 626,
  [SMALL_STATE(20)] = 645,
  [SMALL_STATE(21)] = 663,
  [SMALL_STATE(22)] = 677,
  [SMALL_STATE(23)] = 691,
  [SMALL_STATE(24)] = 715,
  [SMALL_STATE(25)] = 739,
  [SMALL_STATE(26)] = 752,
  [SMALL_STATE(27)] = 775,
  [SMALL_STATE(28)] = 798,
  [SMALL_STATE(29)] = 815,
  [SMALL_STATE(30)] = 832,
  [SMALL_STATE(31)] = 849,
  [SMALL_STATE(32)] = 870,
  [SMALL_STATE(33)] = 891,
  [SMALL_STATE(34)] = 905,
  [SMALL_STATE(35)] = 921,
  [SMALL_STATE(36)] = 939,
  [SMALL_STATE(37)] = 959,
  [SMALL_STATE(38)] = 971,
  [SMALL_STATE(39)] = 989,
  [SMALL_STATE(40)] = 1009,
  [SMALL_STATE(41)] = 1021,
  [SMALL_STATE(42)] = 1039,
  [SMALL_STATE(43)] = 1059,
  [SMALL_STATE(44)] = 1077,
  [SMALL_STATE(45)] = 1093,
  [SMALL_STATE(46)] = 1110,
  [SMALL_STATE(47)] = 1125,
  [SMALL_STATE(48)] = 1140,
  [SMALL_STATE(49)] = 1155,
  [SMALL_STATE(50)] = 1170,
  [SMALL_STATE(51)] = 1185,
  [SMALL_STATE(52)] = 1200,
  [SMALL_STATE(53)] = 1215,
  [SMALL_STATE(54)] = 1226,
  [SMALL_STATE(55)] = 1239,
  [SMALL_STATE(56)] = 1254,
  [SMALL_STATE(57)] = 1269,
  [SMALL_STATE(58)] = 1284,
  [SMALL_STATE(59)] = 1299,
  [SMALL_STATE(60)] = 1314,
  [SMALL_STATE(61)] = 1325,
  [SMALL_STATE(62)] = 1340,
  [SMALL_STATE(63)] = 1351,
  [SMALL_STATE(64)] = 1366,
  [SMALL_STATE(65)] = 1381,
  [SMALL_STATE(66)] = 1398,
  [SMALL_STATE(67)] = 1411,
  [SMALL_STATE(68)] = 1426,
  [SMALL_STATE(69)] = 1441,
  [SMALL_STATE(70)] = 1456,
  [SMALL_STATE(71)] = 1471,
  [SMALL_STATE(72)] = 1482,
  [SMALL_STATE(73)] = 1497,
  [SMALL_STATE(74)] = 1512,
  [SMALL_STATE(75)] = 1527,
  [SMALL_STATE(76)] = 1542,
  [SMALL_STATE(77)] = 1557,
  [SMALL_STATE(78)] = 1568,
  [SMALL_STATE(79)] = 1583,
  [SMALL_STATE(80)] = 1602,
  [SMALL_STATE(81)] = 1617,
  [SMALL_STATE(82)] = 1632,
  [SMALL_STATE(83)] = 1643,
  [SMALL_STATE(84)] = 1662,
  [SMALL_STATE(85)] = 1677,
  [SMALL_STATE(86)] = 1688,
  [SMALL_STATE(87)] = 1703,
  [SMALL_STATE(88)] = 1719,
  [SMALL_STATE(89)] = 1733,
  [SMALL_STATE(90)] = 1747,
  [SMALL_STATE(91)] = 1763,
  [SMALL_STATE(92)] = 1773,
  [SMALL_STATE(93)] = 1787,
  [SMALL_STATE(94)] = 1797,
  [SMALL_STATE(95)] = 1813,
  [SMALL_STATE(96)] = 1827,
  [SMALL_STATE(97)] = 1843,
  [SMALL_STATE(98)] = 1855,
  [SMALL_STATE(99)] = 1865,
  [SMALL_STATE(100)] = 1879,
  [SMALL_STATE(101)] = 1891,
  [SMALL_STATE(102)] = 1905,
  [SMALL_STATE(103)] = 1917,
  [SMALL_STATE(104)] = 1927,
  [SMALL_STATE(105)] = 1941,
  [SMALL_STATE(106)] = 1957,
  [SMALL_STATE(107)] = 1971,
  [SMALL_STATE(108)] = 1981,
  [SMALL_STATE(109)] = 1997,
  [SMALL_STATE(110)] = 2013,
  [SMALL_STATE(111)] = 2025,
  [SMALL_STATE(112)] = 2035,
  [SMALL_STATE(113)] = 2047,
  [SMALL_STATE(114)] = 2061,
  [SMALL_STATE(115)] = 2071,
  [SMALL_STATE(116)] = 2083,
  [SMALL_STATE(117)] = 2093,
  [SMALL_STATE(118)] = 2105,
  [SMALL_STATE(119)] = 2117,
  [SMALL_STATE(120)] = 2131,
  [SMALL_STATE(121)] = 2141,
  [SMALL_STATE(122)] = 2157,
  [SMALL_STATE(123)] = 2173,
  [SMALL_STATE(124)] = 2183,
  [SMALL_STATE(125)] = 2195,
  [SMALL_STATE(126)] = 2205,
  [SMALL_STATE(127)] = 2215,
  [SMALL_STATE(128)] = 2224,
  [SMALL_STATE(129)] = 2237,
  [SMALL_STATE(130)] = 2250,
  [SMALL_STATE(131)] = 2259,
  [SMALL_STATE(132)] = 2268,
  [SMALL_STATE(133)] = 2281,
  [SMALL_STATE(134)] = 2290,
  [SMALL_STATE(135)] = 2299,
  [SMALL_STATE(136)] = 2312,
  [SMALL_STATE(137)] = 2321,
  [SMALL_STATE(138)] = 2330,
  [SMALL_STATE(139)] = 2339,
  [SMALL_STATE(140)] = 2348,
  [SMALL_STATE(141)] = 2357,
  [SMALL_STATE(142)] = 2370,
  [SMALL_STATE(143)] = 2379,
  [SMALL_STATE(144)] = 2388,
  [SMALL_STATE(145)] = 2399,
  [SMALL_STATE(146)] = 2408,
  [SMALL_STATE(147)] = 2417,
  [SMALL_STATE(148)] = 2426,
  [SMALL_STATE(149)] = 2435,
  [SMALL_STATE(150)] = 2444,
  [SMALL_STATE(151)] = 2453,
  [SMALL_STATE(152)] = 2462,
  [SMALL_STATE(153)] = 2471,
  [SMALL_STATE(154)] = 2480,
  [SMALL_STATE(155)] = 2489,
  [SMALL_STATE(156)] = 2502,
  [SMALL_STATE(157)] = 2511,
  [SMALL_STATE(158)] = 2520,
  [SMALL_STATE(159)] = 2529,
  [SMALL_STATE(160)] = 2538,
  [SMALL_STATE(161)] = 2547,
  [SMALL_STATE(162)] = 2556,
  [SMALL_STATE(163)] = 2565,
  [SMALL_STATE(164)] = 2574,
  [SMALL_STATE(165)] = 2582,
  [SMALL_STATE(166)] = 2592,
  [SMALL_STATE(167)] = 2600,
  [SMALL_STATE(168)] = 2608,
  [SMALL_STATE(169)] = 2616,
  [SMALL_STATE(170)] = 2624,
  [SMALL_STATE(171)] = 2632,
  [SMALL_STATE(172)] = 2640,
  [SMALL_STATE(173)] = 2650,
  [SMALL_STATE(174)] = 2658,
  [SMALL_STATE(175)] = 2666,
  [SMALL_STATE(176)] = 2674,
  [SMALL_STATE(177)] = 2681,
  [SMALL_STATE(178)] = 2688,
  [SMALL_STATE(179)] = 2695,
  [SMALL_STATE(180)] = 2702,
  [SMALL_STATE(181)] = 2709,
  [SMALL_STATE(182)] = 2716,
  [SMALL_STATE(183)] = 2723,
  [SMALL_STATE(184)] = 2730,
  [SMALL_STATE(185)] = 2737,
  [SMALL_STATE(186)] = 2744,
  [SMALL_STATE(187)] = 2751,
  [SMALL_STATE(188)] = 2758,
  [SMALL_STATE(189)] = 2765,
  [SMALL_STATE(190)] = 2772,
  [SMALL_STATE(191)] = 2779,
  [SMALL_STATE(192)] = 2786,
  [SMALL_STATE(193)] = 2793,
  [SMALL_STATE(194)] = 2800,
  [SMALL_STATE(195)] = 2807,
  [SMALL_STATE(196)] = 2814,
  [SMALL_STATE(197)] = 2821,
  [SMALL_STATE(198)] = 2828,
  [SMALL_STATE(199)] = 2835,
  [SMALL_STATE(200)] = 2842,
  [SMALL_STATE(201)] = 2849,
  [SMALL_STATE(202)] = 2856,
  [SMALL_STATE(203)] = 2863,
  [SMALL_STATE(204)] = 2870,
  [SMALL_STATE(205)] = 2877,
  [SMALL_STATE(206)] = 2884,
  [SMALL_STATE(207)] = 2891,
  [SMALL_STATE(208)] = 2898,
  [SMALL_STATE(209)] = 2905,
  [SMALL_STATE(210)] = 2912,
};

static const TSParseActionEntry ts_parse_actions[] = {
  [0] = {.entry = {.count = 0, .reusable = false}},
  [1] = {.entry = {.count = 1, .reusable = false}}, RECOVER(),
  [3] = {.entry = {.count = 1, .reusable = true}}, SHIFT_EXTRA(),
  [5] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 0, 0, 0),
  [7] = {.entry = {.count = 1, .reusable = true}}, SHIFT(2),
  [9] = {.entry = {.count = 1, .reusable = true}}, SHIFT(198),
  [11] = {.entry = {.count = 1, .reusable = true}}, SHIFT(185),
  [13] = {.entry = {.count = 1, .reusable = true}}, SHIFT(182),
  [15] = {.entry = {.count = 1, .reusable = true}}, SHIFT(183),
  [17] = {.entry = {.count = 1, .reusable = true}}, SHIFT(201),
  [19] = {.entry = {.count = 1, .reusable = true}}, SHIFT(95),
  [21] = {.entry = {.count = 1, .reusable = true}}, SHIFT(204),
  [23] = {.entry = {.count = 1, .reusable = true}}, SHIFT(104),
  [25] = {.entry = {.count = 1, .reusable = true}}, SHIFT(106),
  [27] = {.entry = {.count = 1, .reusable = true}}, SHIFT(188),
  [29] = {.entry = {.count = 1, .reusable = true}}, SHIFT(167),
  [31] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 1, 0, 0),
  [33] = {.entry = {.count = 1, .reusable = true}}, SHIFT(3),
  [35] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0),
  [37] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(3),
  [40] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 2, 0, 0),
  [42] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0),
  [44] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(198),
  [47] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(185),
  [50] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(182),
  [53] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(183),
  [56] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(201),
  [59] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(95),
  [62] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(204),
  [65] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(104),
  [68] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(106),
  [71] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(188),
  [74] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(167),
  [77] = {.entry = {.count = 1, .reusable = true}}, SHIFT(9),
  [79] = {.entry = {.count = 1, .reusable = true}}, SHIFT(158),
  [81] = {.entry = {.count = 1, .reusable = true}}, SHIFT(169),
  [83] = {.entry = {.count = 1, .reusable = true}}, SHIFT(193),
  [85] = {.entry = {.count = 1, .reusable = true}}, SHIFT(208),
  [87] = {.entry = {.count = 1, .reusable = true}}, SHIFT(184),
  [89] = {.entry = {.count = 1, .reusable = true}}, SHIFT(187),
  [91] = {.entry = {.count = 1, .reusable = true}}, SHIFT(178),
  [93] = {.entry = {.count = 1, .reusable = true}}, SHIFT(135),
  [95] = {.entry = {.count = 1, .reusable = true}}, SHIFT(143),
  [97] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_policy_statement_repeat1, 2, 0, 0),
  [99] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_policy_statement_repeat1, 2, 0, 0), SHIFT_REPEAT(10),
  [102] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_policy_statement_repeat1, 2, 0, 0),
  [104] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__settings_repeat1, 2, 0, 0),
  [106] = {.entry = {.count = 1, .reusable = true}}, SHIFT(136),
  [108] = {.entry = {.count = 1, .reusable = true}}, SHIFT(97),
  [110] = {.entry = {.count = 1, .reusable = true}}, SHIFT(155),
  [112] = {.entry = {.count = 1, .reusable = true}}, SHIFT(12),
  [114] = {.entry = {.count = 1, .reusable = true}}, SHIFT(151),
  [116] = {.entry = {.count = 1, .reusable = true}}, SHIFT(131),
  [118] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__settings_repeat1, 2, 0, 0), SHIFT_REPEAT(169),
  [121] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__settings_repeat1, 2, 0, 0), SHIFT_REPEAT(193),
  [124] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__settings_repeat1, 2, 0, 0), SHIFT_REPEAT(208),
  [127] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__settings_repeat1, 2, 0, 0), SHIFT_REPEAT(184),
  [130] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__settings_repeat1, 2, 0, 0), SHIFT_REPEAT(187),
  [133] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__settings_repeat1, 2, 0, 0), SHIFT_REPEAT(178),
  [136] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__settings_repeat1, 2, 0, 0), SHIFT_REPEAT(135),
  [139] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sources, 1, 0, 0),
  [141] = {.entry = {.count = 1, .reusable = true}}, SHIFT(119),
  [143] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sources, 2, 0, 0),
  [145] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_sources_repeat1, 2, 0, 0),
  [147] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_sources_repeat1, 2, 0, 0), SHIFT_REPEAT(119),
  [150] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__actions_repeat1, 2, 0, 0),
  [152] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_sources_repeat1, 3, 0, 0),
  [154] = {.entry = {.count = 1, .reusable = false}}, SHIFT(82),
  [156] = {.entry = {.count = 1, .reusable = true}}, SHIFT(24),
  [158] = {.entry = {.count = 1, .reusable = false}}, SHIFT(33),
  [160] = {.entry = {.count = 1, .reusable = false}}, SHIFT(77),
  [162] = {.entry = {.count = 1, .reusable = false}}, SHIFT(85),
  [164] = {.entry = {.count = 1, .reusable = true}}, SHIFT(10),
  [166] = {.entry = {.count = 1, .reusable = true}}, SHIFT(33),
  [168] = {.entry = {.count = 1, .reusable = true}}, SHIFT(77),
  [170] = {.entry = {.count = 1, .reusable = true}}, SHIFT(26),
  [172] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_targets, 2, 0, 0),
  [174] = {.entry = {.count = 1, .reusable = true}}, SHIFT(94),
  [176] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_targets, 1, 0, 0),
  [178] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_targets_repeat1, 2, 0, 0),
  [180] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_targets_repeat1, 2, 0, 0), SHIFT_REPEAT(94),
  [183] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_allow_statement, 7, 0, 9),
  [185] = {.entry = {.count = 1, .reusable = true}}, SHIFT(23),
  [187] = {.entry = {.count = 1, .reusable = true}}, SHIFT(96),
  [189] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_allow_statement, 6, 0, 7),
  [191] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_port, 1, 0, 0),
  [193] = {.entry = {.count = 1, .reusable = true}}, SHIFT(177),
  [195] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_setting_repeat2, 2, 0, 0),
  [197] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_setting_repeat2, 2, 0, 0), SHIFT_REPEAT(128),
  [200] = {.entry = {.count = 1, .reusable = false}}, SHIFT(32),
  [202] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_allow_statement, 4, 0, 4),
  [204] = {.entry = {.count = 1, .reusable = true}}, SHIFT(35),
  [206] = {.entry = {.count = 1, .reusable = true}}, SHIFT(147),
  [208] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_targets_repeat1, 3, 0, 0),
  [210] = {.entry = {.count = 1, .reusable = false}}, SHIFT(152),
  [212] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__actions_repeat1, 2, 0, 0), SHIFT_REPEAT(97),
  [215] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__actions_repeat1, 2, 0, 0), SHIFT_REPEAT(155),
  [218] = {.entry = {.count = 1, .reusable = false}}, SHIFT(161),
  [220] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_allow_statement_repeat1, 2, 0, 0),
  [222] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_allow_statement_repeat1, 2, 0, 0), SHIFT_REPEAT(23),
  [225] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_users_statement, 3, 0, 3),
  [227] = {.entry = {.count = 1, .reusable = true}}, SHIFT(88),
  [229] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 3, 0, 0),
  [231] = {.entry = {.count = 1, .reusable = true}}, SHIFT(7),
  [233] = {.entry = {.count = 1, .reusable = true}}, SHIFT(11),
  [235] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_group_statement, 4, 0, 3),
  [237] = {.entry = {.count = 1, .reusable = true}}, SHIFT(128),
  [239] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_destination_statement, 4, 0, 3),
  [241] = {.entry = {.count = 1, .reusable = true}}, SHIFT(101),
  [243] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_service_statement, 4, 0, 3),
  [245] = {.entry = {.count = 1, .reusable = true}}, SHIFT(27),
  [247] = {.entry = {.count = 1, .reusable = true}}, SHIFT(175),
  [249] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_users_statement, 4, 0, 3),
  [251] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_setting, 2, 0, 0),
  [253] = {.entry = {.count = 1, .reusable = true}}, SHIFT(129),
  [255] = {.entry = {.count = 1, .reusable = true}}, SHIFT(199),
  [257] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_destination_statement_repeat1, 2, 0, 0),
  [259] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_destination_statement_repeat1, 2, 0, 0), SHIFT_REPEAT(101),
  [262] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_port, 3, 0, 0),
  [264] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_service_statement_repeat1, 2, 0, 0),
  [266] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_service_statement_repeat1, 2, 0, 0), SHIFT_REPEAT(27),
  [269] = {.entry = {.count = 1, .reusable = true}}, SHIFT(20),
  [271] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_policy_statement_repeat1, 2, 0, 0), SHIFT_REPEAT(65),
  [274] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_users_statement_repeat1, 2, 0, 0),
  [276] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_users_statement_repeat1, 2, 0, 0), SHIFT_REPEAT(88),
  [279] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_setting, 3, 0, 0),
  [281] = {.entry = {.count = 1, .reusable = true}}, SHIFT(163),
  [283] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_setting_repeat2, 3, 0, 0),
  [285] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_action, 2, 0, 0),
  [287] = {.entry = {.count = 1, .reusable = true}}, SHIFT(79),
  [289] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_group_statement, 3, 0, 3),
  [291] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_destination_statement, 3, 0, 3),
  [293] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_setting_repeat1, 2, 0, 0),
  [295] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_setting_repeat1, 2, 0, 0), SHIFT_REPEAT(129),
  [298] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_service_statement, 3, 0, 3),
  [300] = {.entry = {.count = 1, .reusable = true}}, SHIFT(83),
  [302] = {.entry = {.count = 1, .reusable = true}}, SHIFT(107),
  [304] = {.entry = {.count = 1, .reusable = true}}, SHIFT(194),
  [306] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_action, 3, 0, 0),
  [308] = {.entry = {.count = 1, .reusable = true}}, SHIFT(159),
  [310] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_action_repeat1, 2, 0, 0),
  [312] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_action_repeat1, 2, 0, 0), SHIFT_REPEAT(79),
  [315] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_allow_statement_repeat1, 3, 0, 0),
  [317] = {.entry = {.count = 1, .reusable = true}}, SHIFT(121),
  [319] = {.entry = {.count = 1, .reusable = true}}, SHIFT(14),
  [321] = {.entry = {.count = 1, .reusable = true}}, SHIFT(98),
  [323] = {.entry = {.count = 1, .reusable = true}}, SHIFT(99),
  [325] = {.entry = {.count = 1, .reusable = false}}, SHIFT(17),
  [327] = {.entry = {.count = 1, .reusable = false}}, SHIFT(25),
  [329] = {.entry = {.count = 1, .reusable = true}}, SHIFT(180),
  [331] = {.entry = {.count = 1, .reusable = true}}, SHIFT(192),
  [333] = {.entry = {.count = 1, .reusable = true}}, SHIFT(65),
  [335] = {.entry = {.count = 1, .reusable = true}}, SHIFT(103),
  [337] = {.entry = {.count = 1, .reusable = false}}, SHIFT(37),
  [339] = {.entry = {.count = 1, .reusable = true}}, SHIFT(105),
  [341] = {.entry = {.count = 1, .reusable = true}}, SHIFT(37),
  [343] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_action, 1, 0, 0),
  [345] = {.entry = {.count = 1, .reusable = true}}, SHIFT(176),
  [347] = {.entry = {.count = 1, .reusable = true}}, SHIFT(111),
  [349] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_expect_statement, 5, 0, 6),
  [351] = {.entry = {.count = 1, .reusable = true}}, SHIFT(41),
  [353] = {.entry = {.count = 1, .reusable = true}}, SHIFT(92),
  [355] = {.entry = {.count = 1, .reusable = true}}, SHIFT(91),
  [357] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_destination_statement_repeat1, 3, 0, 0),
  [359] = {.entry = {.count = 1, .reusable = false}}, SHIFT(40),
  [361] = {.entry = {.count = 1, .reusable = true}}, SHIFT(40),
  [363] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sink, 1, 0, 0),
  [365] = {.entry = {.count = 1, .reusable = true}}, SHIFT(109),
  [367] = {.entry = {.count = 1, .reusable = true}}, SHIFT(8),
  [369] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__budget, 4, 0, 0),
  [371] = {.entry = {.count = 1, .reusable = true}}, SHIFT(150),
  [373] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_users_statement_repeat1, 3, 0, 0),
  [375] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_expect_statement, 6, 0, 8),
  [377] = {.entry = {.count = 1, .reusable = true}}, SHIFT(43),
  [379] = {.entry = {.count = 1, .reusable = false}}, SHIFT(22),
  [381] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sink, 2, 0, 0),
  [383] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__budget, 5, 0, 0),
  [385] = {.entry = {.count = 1, .reusable = true}}, SHIFT(160),
  [387] = {.entry = {.count = 1, .reusable = false}}, SHIFT(21),
  [389] = {.entry = {.count = 1, .reusable = true}}, SHIFT(113),
  [391] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_setting_repeat1, 3, 0, 0),
  [393] = {.entry = {.count = 1, .reusable = false}}, SHIFT(29),
  [395] = {.entry = {.count = 1, .reusable = false}}, SHIFT(53),
  [397] = {.entry = {.count = 1, .reusable = true}}, SHIFT(29),
  [399] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__budget, 6, 0, 0),
  [401] = {.entry = {.count = 1, .reusable = true}}, SHIFT(142),
  [403] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_action_repeat1, 3, 0, 0),
  [405] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_service_statement_repeat1, 3, 0, 0),
  [407] = {.entry = {.count = 1, .reusable = true}}, SHIFT(153),
  [409] = {.entry = {.count = 1, .reusable = true}}, SHIFT(132),
  [411] = {.entry = {.count = 1, .reusable = true}}, SHIFT(60),
  [413] = {.entry = {.count = 1, .reusable = true}}, SHIFT(141),
  [415] = {.entry = {.count = 1, .reusable = true}}, SHIFT(114),
  [417] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__settings, 4, 0, 0),
  [419] = {.entry = {.count = 1, .reusable = true}}, SHIFT(71),
  [421] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_inline_quota, 2, 0, 0),
  [423] = {.entry = {.count = 1, .reusable = true}}, SHIFT(186),
  [425] = {.entry = {.count = 1, .reusable = true}}, SHIFT(210),
  [427] = {.entry = {.count = 1, .reusable = true}}, SHIFT(57),
  [429] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__actions, 3, 0, 0),
  [431] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_policy_statement, 3, 0, 3),
  [433] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_quota_statement, 3, 0, 2),
  [435] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_include_statement, 2, 0, 1),
  [437] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_audit_statement, 2, 0, 2),
  [439] = {.entry = {.count = 1, .reusable = true}}, SHIFT(120),
  [441] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__budget, 7, 0, 0),
  [443] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__settings, 3, 0, 0),
  [445] = {.entry = {.count = 1, .reusable = true}}, SHIFT(173),
  [447] = {.entry = {.count = 1, .reusable = true}}, SHIFT(190),
  [449] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_allow_statement, 7, 0, 7),
  [451] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__actions, 4, 0, 0),
  [453] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_exceed_statement, 4, 0, 5),
  [455] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_allow_statement, 5, 0, 4),
  [457] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__actions, 2, 0, 0),
  [459] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_expect_statement, 7, 0, 6),
  [461] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rate, 3, 0, 0),
  [463] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_setting, 5, 0, 0),
  [465] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_allow_statement, 8, 0, 9),
  [467] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_policy_statement, 4, 0, 3),
  [469] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__settings, 2, 0, 0),
  [471] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__actions, 5, 0, 0),
  [473] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_expect_statement, 8, 0, 8),
  [475] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_exceed_statement, 5, 0, 5),
  [477] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__settings, 5, 0, 0),
  [479] = {.entry = {.count = 1, .reusable = true}}, SHIFT(112),
  [481] = {.entry = {.count = 1, .reusable = true}}, SHIFT(171),
  [483] = {.entry = {.count = 1, .reusable = true}}, SHIFT(118),
  [485] = {.entry = {.count = 1, .reusable = true}}, SHIFT(46),
  [487] = {.entry = {.count = 1, .reusable = true}}, SHIFT(144),
  [489] = {.entry = {.count = 1, .reusable = true}}, SHIFT(75),
  [491] = {.entry = {.count = 1, .reusable = true}}, SHIFT(133),
  [493] = {.entry = {.count = 1, .reusable = true}}, SHIFT(100),
  [495] = {.entry = {.count = 1, .reusable = true}}, SHIFT(124),
  [497] = {.entry = {.count = 1, .reusable = true}}, SHIFT(174),
  [499] = {.entry = {.count = 1, .reusable = true}}, SHIFT(110),
  [501] = {.entry = {.count = 1, .reusable = true}}, SHIFT(191),
  [503] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_window, 1, 0, 0),
  [505] = {.entry = {.count = 1, .reusable = true}}, SHIFT(146),
  [507] = {.entry = {.count = 1, .reusable = true}}, SHIFT(62),
  [509] = {.entry = {.count = 1, .reusable = true}}, SHIFT(181),
  [511] = {.entry = {.count = 1, .reusable = true}}, SHIFT(207),
  [513] = {.entry = {.count = 1, .reusable = true}}, SHIFT(200),
  [515] = {.entry = {.count = 1, .reusable = true}}, SHIFT(130),
  [517] = {.entry = {.count = 1, .reusable = true}}, SHIFT(189),
  [519] = {.entry = {.count = 1, .reusable = true}}, SHIFT(168),
  [521] = {.entry = {.count = 1, .reusable = true}}, SHIFT(139),
  [523] = {.entry = {.count = 1, .reusable = true}}, SHIFT(203),
  [525] = {.entry = {.count = 1, .reusable = true}}, SHIFT(58),
  [527] = {.entry = {.count = 1, .reusable = true}}, SHIFT(166),
  [529] = {.entry = {.count = 1, .reusable = true}}, SHIFT(74),
  [531] = {.entry = {.count = 1, .reusable = true}}, SHIFT(170),
  [533] = {.entry = {.count = 1, .reusable = true}}, SHIFT(164),
  [535] = {.entry = {.count = 1, .reusable = true}}, SHIFT(54),
  [537] = {.entry = {.count = 1, .reusable = true}}, SHIFT(56),
  [539] = {.entry = {.count = 1, .reusable = true}}, SHIFT(116),
  [541] = {.entry = {.count = 1, .reusable = true}}, SHIFT(154),
  [543] = {.entry = {.count = 1, .reusable = true}},  ACCEPT_INPUT(),
  [545] = {.entry = {.count = 1, .reusable = true}}, SHIFT(122),
  [547] = {.entry = {.count = 1, .reusable = true}}, SHIFT(108),
  [549] = {.entry = {.count = 1, .reusable = true}}, SHIFT(127),
  [551] = {.entry = {.count = 1, .reusable = true}}, SHIFT(209),
  [553] = {.entry = {.count = 1, .reusable = true}}, SHIFT(45),
  [555] = {.entry = {.count = 1, .reusable = true}}, SHIFT(206),
  [557] = {.entry = {.count = 1, .reusable = true}}, SHIFT(195),
  [559] = {.entry = {.count = 1, .reusable = true}}, SHIFT(89),
  [561] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_learned, 4, 0, 0),
  [563] = {.entry = {.count = 1, .reusable = true}}, SHIFT(66),
  [565] = {.entry = {.count = 1, .reusable = true}}, SHIFT(205),
  [567] = {.entry = {.count = 1, .reusable = true}}, SHIFT(179),
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
