#include "tree_sitter/parser.h"

#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#endif

#define LANGUAGE_VERSION 14
#define STATE_COUNT 198
#define LARGE_STATE_COUNT 2
#define SYMBOL_COUNT 105
#define ALIAS_COUNT 0
#define TOKEN_COUNT 65
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
  anon_sym_include = 18,
  anon_sym_group = 19,
  anon_sym_destination = 20,
  anon_sym_service = 21,
  anon_sym_allow = 22,
  anon_sym_to = 23,
  anon_sym_on = 24,
  anon_sym_quota = 25,
  anon_sym_per = 26,
  anon_sym_user = 27,
  anon_sym_total = 28,
  anon_sym_warn = 29,
  anon_sym_usual = 30,
  anon_sym_at = 31,
  anon_sym_least = 32,
  sym_multiple = 33,
  anon_sym_exceed = 34,
  anon_sym_block = 35,
  anon_sym_isolate = 36,
  anon_sym_for = 37,
  anon_sym_alert = 38,
  anon_sym_exec = 39,
  anon_sym_audit = 40,
  anon_sym_users = 41,
  sym_uid = 42,
  anon_sym_expect = 43,
  anon_sym_deny = 44,
  anon_sym_self = 45,
  anon_sym_any = 46,
  anon_sym_hour = 47,
  anon_sym_day = 48,
  anon_sym_week = 49,
  sym_duration = 50,
  sym_size = 51,
  aux_sym_rate_token1 = 52,
  anon_sym_SLASH = 53,
  anon_sym_second = 54,
  anon_sym_minute = 55,
  anon_sym_hour2 = 56,
  anon_sym_tcp = 57,
  anon_sym_udp = 58,
  aux_sym_port_token1 = 59,
  anon_sym_icmp = 60,
  anon_sym_icmpv6 = 61,
  sym_address = 62,
  sym_string = 63,
  sym_comment = 64,
  sym_source_file = 65,
  sym__separator = 66,
  sym__statement = 67,
  sym_policy_statement = 68,
  sym__settings = 69,
  sym_setting = 70,
  sym_include_statement = 71,
  sym_group_statement = 72,
  sym_destination_statement = 73,
  sym_service_statement = 74,
  sym_allow_statement = 75,
  sym_inline_quota = 76,
  sym_quota_statement = 77,
  sym__budget = 78,
  sym_learned = 79,
  sym_exceed_statement = 80,
  sym__actions = 81,
  sym_action = 82,
  sym_sink = 83,
  sym_audit_statement = 84,
  sym_users_statement = 85,
  sym_expect_statement = 86,
  sym_sources = 87,
  sym_targets = 88,
  sym_window = 89,
  sym_rate = 90,
  sym_port = 91,
  aux_sym_source_file_repeat1 = 92,
  aux_sym_source_file_repeat2 = 93,
  aux_sym_policy_statement_repeat1 = 94,
  aux_sym__settings_repeat1 = 95,
  aux_sym_setting_repeat1 = 96,
  aux_sym_setting_repeat2 = 97,
  aux_sym_service_statement_repeat1 = 98,
  aux_sym_allow_statement_repeat1 = 99,
  aux_sym__actions_repeat1 = 100,
  aux_sym_action_repeat1 = 101,
  aux_sym_users_statement_repeat1 = 102,
  aux_sym_sources_repeat1 = 103,
  aux_sym_targets_repeat1 = 104,
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
  [anon_sym_include] = "include",
  [anon_sym_group] = "group",
  [anon_sym_destination] = "destination",
  [anon_sym_service] = "service",
  [anon_sym_allow] = "allow",
  [anon_sym_to] = "to",
  [anon_sym_on] = "on",
  [anon_sym_quota] = "quota",
  [anon_sym_per] = "per",
  [anon_sym_user] = "user",
  [anon_sym_total] = "total",
  [anon_sym_warn] = "warn",
  [anon_sym_usual] = "usual",
  [anon_sym_at] = "at",
  [anon_sym_least] = "least",
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
  [aux_sym_rate_token1] = "number",
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
  [anon_sym_include] = anon_sym_include,
  [anon_sym_group] = anon_sym_group,
  [anon_sym_destination] = anon_sym_destination,
  [anon_sym_service] = anon_sym_service,
  [anon_sym_allow] = anon_sym_allow,
  [anon_sym_to] = anon_sym_to,
  [anon_sym_on] = anon_sym_on,
  [anon_sym_quota] = anon_sym_quota,
  [anon_sym_per] = anon_sym_per,
  [anon_sym_user] = anon_sym_user,
  [anon_sym_total] = anon_sym_total,
  [anon_sym_warn] = anon_sym_warn,
  [anon_sym_usual] = anon_sym_usual,
  [anon_sym_at] = anon_sym_at,
  [anon_sym_least] = anon_sym_least,
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
  [aux_sym_rate_token1] = aux_sym_rate_token1,
  [anon_sym_SLASH] = anon_sym_SLASH,
  [anon_sym_second] = anon_sym_second,
  [anon_sym_minute] = anon_sym_minute,
  [anon_sym_hour2] = anon_sym_hour,
  [anon_sym_tcp] = anon_sym_tcp,
  [anon_sym_udp] = anon_sym_udp,
  [aux_sym_port_token1] = aux_sym_rate_token1,
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
  [anon_sym_per] = {
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
  [anon_sym_at] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_least] = {
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
  [aux_sym_rate_token1] = {
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
  [93] = 93,
  [94] = 94,
  [95] = 95,
  [96] = 96,
  [97] = 97,
  [98] = 98,
  [99] = 99,
  [100] = 100,
  [101] = 10,
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
      if (lookahead == '#') ADVANCE(54);
      if (lookahead == ';') ADVANCE(25);
      if (lookahead == '}') ADVANCE(28);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ' ||
          lookahead == 0xfeff) SKIP(1);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(38);
      END_STATE();
    case 2:
      if (lookahead == '\n') ADVANCE(26);
      if (lookahead == '#') ADVANCE(54);
      if (lookahead == '.' ||
          lookahead == ':') ADVANCE(45);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ' ||
          lookahead == 0xfeff) SKIP(2);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(13);
      if (('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(51);
      if (('G' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('g' <= lookahead && lookahead <= 'z')) ADVANCE(52);
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
        'B', 37,
        'G', 11,
        'K', 11,
        'M', 11,
        'T', 11,
        'x', 30,
        '\t', 10,
        ' ', 10,
        'd', 35,
        'h', 35,
        'm', 35,
        's', 35,
        'w', 35,
      );
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(7);
      END_STATE();
    case 8:
      if (lookahead == 'B') ADVANCE(37);
      END_STATE();
    case 9:
      ADVANCE_MAP(
        'B', 37,
        'G', 11,
        'K', 11,
        'M', 11,
        'T', 11,
        'x', 30,
        '\t', 10,
        ' ', 10,
      );
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(9);
      END_STATE();
    case 10:
      if (lookahead == 'B') ADVANCE(37);
      if (lookahead == 'G') ADVANCE(11);
      if (lookahead == 'K') ADVANCE(11);
      if (lookahead == 'M') ADVANCE(11);
      if (lookahead == 'T') ADVANCE(11);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(10);
      END_STATE();
    case 11:
      if (lookahead == 'B') ADVANCE(37);
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
          lookahead == 'w') ADVANCE(35);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(14);
      END_STATE();
    case 15:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(46);
      END_STATE();
    case 16:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(42);
      END_STATE();
    case 17:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(33);
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
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(32);
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
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(31);
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
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(32);
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
      ACCEPT_TOKEN(sym_multiple);
      END_STATE();
    case 31:
      ACCEPT_TOKEN(sym_uid);
      ADVANCE_MAP(
        '-', 17,
        '.', 44,
        ':', 45,
        'd', 36,
        'x', 30,
        'h', 35,
        'm', 35,
        's', 35,
        'w', 35,
      );
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(31);
      if (('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(13);
      END_STATE();
    case 32:
      ACCEPT_TOKEN(sym_uid);
      if (lookahead == '-') ADVANCE(17);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(32);
      END_STATE();
    case 33:
      ACCEPT_TOKEN(sym_uid);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(33);
      END_STATE();
    case 34:
      ACCEPT_TOKEN(anon_sym_hour);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(52);
      END_STATE();
    case 35:
      ACCEPT_TOKEN(sym_duration);
      END_STATE();
    case 36:
      ACCEPT_TOKEN(sym_duration);
      if (lookahead == '.' ||
          lookahead == ':') ADVANCE(45);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(13);
      END_STATE();
    case 37:
      ACCEPT_TOKEN(sym_size);
      END_STATE();
    case 38:
      ACCEPT_TOKEN(aux_sym_rate_token1);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(38);
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
        'd', 36,
        'x', 30,
        'h', 35,
        'm', 35,
        's', 35,
        'w', 35,
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
      if (lookahead == 'x') ADVANCE(30);
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
      if (lookahead == 'r') ADVANCE(34);
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
        'o', 11,
        'p', 12,
        'q', 13,
        's', 14,
        't', 15,
        'u', 16,
        'w', 17,
      );
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ' ||
          lookahead == 0xfeff) SKIP(18);
      END_STATE();
    case 1:
      if (lookahead == 'l') ADVANCE(19);
      if (lookahead == 'n') ADVANCE(20);
      if (lookahead == 't') ADVANCE(21);
      if (lookahead == 'u') ADVANCE(22);
      END_STATE();
    case 2:
      if (lookahead == 'a') ADVANCE(23);
      if (lookahead == 'l') ADVANCE(24);
      END_STATE();
    case 3:
      if (lookahead == 'a') ADVANCE(25);
      if (lookahead == 'e') ADVANCE(26);
      END_STATE();
    case 4:
      if (lookahead == 'g') ADVANCE(27);
      if (lookahead == 'x') ADVANCE(28);
      END_STATE();
    case 5:
      if (lookahead == 'o') ADVANCE(29);
      END_STATE();
    case 6:
      if (lookahead == 'a') ADVANCE(30);
      if (lookahead == 'r') ADVANCE(31);
      END_STATE();
    case 7:
      if (lookahead == 'o') ADVANCE(32);
      END_STATE();
    case 8:
      if (lookahead == 'c') ADVANCE(33);
      if (lookahead == 'n') ADVANCE(34);
      if (lookahead == 's') ADVANCE(35);
      END_STATE();
    case 9:
      if (lookahead == 'e') ADVANCE(36);
      if (lookahead == 'o') ADVANCE(37);
      END_STATE();
    case 10:
      if (lookahead == 'a') ADVANCE(38);
      if (lookahead == 'i') ADVANCE(39);
      if (lookahead == 'o') ADVANCE(40);
      END_STATE();
    case 11:
      if (lookahead == 'n') ADVANCE(41);
      END_STATE();
    case 12:
      if (lookahead == 'e') ADVANCE(42);
      if (lookahead == 'o') ADVANCE(43);
      END_STATE();
    case 13:
      if (lookahead == 'u') ADVANCE(44);
      END_STATE();
    case 14:
      if (lookahead == 'e') ADVANCE(45);
      END_STATE();
    case 15:
      if (lookahead == 'c') ADVANCE(46);
      if (lookahead == 'o') ADVANCE(47);
      END_STATE();
    case 16:
      if (lookahead == 'd') ADVANCE(48);
      if (lookahead == 's') ADVANCE(49);
      END_STATE();
    case 17:
      if (lookahead == 'a') ADVANCE(50);
      if (lookahead == 'e') ADVANCE(51);
      END_STATE();
    case 18:
      ADVANCE_MAP(
        'a', 1,
        'b', 2,
        'd', 3,
        'e', 4,
        'f', 5,
        'g', 6,
        'h', 52,
        'i', 8,
        'l', 9,
        'm', 53,
        'o', 11,
        'p', 12,
        'q', 13,
        's', 54,
        't', 15,
        'u', 16,
        'w', 17,
      );
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ' ||
          lookahead == 0xfeff) SKIP(18);
      END_STATE();
    case 19:
      if (lookahead == 'e') ADVANCE(55);
      if (lookahead == 'l') ADVANCE(56);
      END_STATE();
    case 20:
      if (lookahead == 'y') ADVANCE(57);
      END_STATE();
    case 21:
      ACCEPT_TOKEN(anon_sym_at);
      END_STATE();
    case 22:
      if (lookahead == 'd') ADVANCE(58);
      END_STATE();
    case 23:
      if (lookahead == 's') ADVANCE(59);
      END_STATE();
    case 24:
      if (lookahead == 'o') ADVANCE(60);
      END_STATE();
    case 25:
      if (lookahead == 'y') ADVANCE(61);
      END_STATE();
    case 26:
      if (lookahead == 'n') ADVANCE(62);
      if (lookahead == 's') ADVANCE(63);
      END_STATE();
    case 27:
      if (lookahead == 'r') ADVANCE(64);
      END_STATE();
    case 28:
      if (lookahead == 'c') ADVANCE(65);
      if (lookahead == 'e') ADVANCE(66);
      if (lookahead == 'p') ADVANCE(67);
      END_STATE();
    case 29:
      if (lookahead == 'r') ADVANCE(68);
      END_STATE();
    case 30:
      if (lookahead == 't') ADVANCE(69);
      END_STATE();
    case 31:
      if (lookahead == 'o') ADVANCE(70);
      END_STATE();
    case 32:
      if (lookahead == 's') ADVANCE(71);
      if (lookahead == 'u') ADVANCE(72);
      END_STATE();
    case 33:
      if (lookahead == 'm') ADVANCE(73);
      END_STATE();
    case 34:
      if (lookahead == 'c') ADVANCE(74);
      if (lookahead == 's') ADVANCE(75);
      END_STATE();
    case 35:
      if (lookahead == 'o') ADVANCE(76);
      END_STATE();
    case 36:
      if (lookahead == 'a') ADVANCE(77);
      END_STATE();
    case 37:
      if (lookahead == 'g') ADVANCE(78);
      END_STATE();
    case 38:
      if (lookahead == 'n') ADVANCE(79);
      END_STATE();
    case 39:
      if (lookahead == 'n') ADVANCE(80);
      END_STATE();
    case 40:
      if (lookahead == 'd') ADVANCE(81);
      END_STATE();
    case 41:
      ACCEPT_TOKEN(anon_sym_on);
      END_STATE();
    case 42:
      if (lookahead == 'r') ADVANCE(82);
      END_STATE();
    case 43:
      if (lookahead == 'l') ADVANCE(83);
      END_STATE();
    case 44:
      if (lookahead == 'o') ADVANCE(84);
      END_STATE();
    case 45:
      if (lookahead == 'c') ADVANCE(85);
      if (lookahead == 'l') ADVANCE(86);
      if (lookahead == 'r') ADVANCE(87);
      END_STATE();
    case 46:
      if (lookahead == 'p') ADVANCE(88);
      END_STATE();
    case 47:
      ACCEPT_TOKEN(anon_sym_to);
      if (lookahead == 't') ADVANCE(89);
      END_STATE();
    case 48:
      if (lookahead == 'p') ADVANCE(90);
      END_STATE();
    case 49:
      if (lookahead == 'e') ADVANCE(91);
      if (lookahead == 'u') ADVANCE(92);
      END_STATE();
    case 50:
      if (lookahead == 'r') ADVANCE(93);
      END_STATE();
    case 51:
      if (lookahead == 'e') ADVANCE(94);
      END_STATE();
    case 52:
      if (lookahead == 'o') ADVANCE(95);
      END_STATE();
    case 53:
      if (lookahead == 'a') ADVANCE(38);
      if (lookahead == 'o') ADVANCE(40);
      END_STATE();
    case 54:
      if (lookahead == 'e') ADVANCE(96);
      END_STATE();
    case 55:
      if (lookahead == 'r') ADVANCE(97);
      END_STATE();
    case 56:
      if (lookahead == 'o') ADVANCE(98);
      END_STATE();
    case 57:
      ACCEPT_TOKEN(anon_sym_any);
      END_STATE();
    case 58:
      if (lookahead == 'i') ADVANCE(99);
      END_STATE();
    case 59:
      if (lookahead == 'e') ADVANCE(100);
      END_STATE();
    case 60:
      if (lookahead == 'c') ADVANCE(101);
      END_STATE();
    case 61:
      ACCEPT_TOKEN(anon_sym_day);
      END_STATE();
    case 62:
      if (lookahead == 'i') ADVANCE(102);
      if (lookahead == 'y') ADVANCE(103);
      END_STATE();
    case 63:
      if (lookahead == 't') ADVANCE(104);
      END_STATE();
    case 64:
      if (lookahead == 'e') ADVANCE(105);
      END_STATE();
    case 65:
      if (lookahead == 'e') ADVANCE(106);
      END_STATE();
    case 66:
      if (lookahead == 'c') ADVANCE(107);
      END_STATE();
    case 67:
      if (lookahead == 'e') ADVANCE(108);
      END_STATE();
    case 68:
      ACCEPT_TOKEN(anon_sym_for);
      END_STATE();
    case 69:
      if (lookahead == 'e') ADVANCE(109);
      END_STATE();
    case 70:
      if (lookahead == 'u') ADVANCE(110);
      END_STATE();
    case 71:
      if (lookahead == 't') ADVANCE(111);
      END_STATE();
    case 72:
      if (lookahead == 'r') ADVANCE(112);
      END_STATE();
    case 73:
      if (lookahead == 'p') ADVANCE(113);
      END_STATE();
    case 74:
      if (lookahead == 'l') ADVANCE(114);
      END_STATE();
    case 75:
      if (lookahead == 'i') ADVANCE(115);
      END_STATE();
    case 76:
      if (lookahead == 'l') ADVANCE(116);
      END_STATE();
    case 77:
      if (lookahead == 'r') ADVANCE(117);
      if (lookahead == 's') ADVANCE(118);
      END_STATE();
    case 78:
      ACCEPT_TOKEN(anon_sym_log);
      END_STATE();
    case 79:
      if (lookahead == 'a') ADVANCE(119);
      END_STATE();
    case 80:
      if (lookahead == 'u') ADVANCE(120);
      END_STATE();
    case 81:
      if (lookahead == 'e') ADVANCE(121);
      END_STATE();
    case 82:
      ACCEPT_TOKEN(anon_sym_per);
      END_STATE();
    case 83:
      if (lookahead == 'i') ADVANCE(122);
      END_STATE();
    case 84:
      if (lookahead == 't') ADVANCE(123);
      END_STATE();
    case 85:
      if (lookahead == 'o') ADVANCE(124);
      END_STATE();
    case 86:
      if (lookahead == 'f') ADVANCE(125);
      END_STATE();
    case 87:
      if (lookahead == 'v') ADVANCE(126);
      END_STATE();
    case 88:
      ACCEPT_TOKEN(anon_sym_tcp);
      END_STATE();
    case 89:
      if (lookahead == 'a') ADVANCE(127);
      END_STATE();
    case 90:
      ACCEPT_TOKEN(anon_sym_udp);
      END_STATE();
    case 91:
      if (lookahead == 'r') ADVANCE(128);
      END_STATE();
    case 92:
      if (lookahead == 'a') ADVANCE(129);
      END_STATE();
    case 93:
      if (lookahead == 'n') ADVANCE(130);
      END_STATE();
    case 94:
      if (lookahead == 'k') ADVANCE(131);
      END_STATE();
    case 95:
      if (lookahead == 's') ADVANCE(71);
      END_STATE();
    case 96:
      if (lookahead == 'l') ADVANCE(86);
      if (lookahead == 'r') ADVANCE(87);
      END_STATE();
    case 97:
      if (lookahead == 't') ADVANCE(132);
      END_STATE();
    case 98:
      if (lookahead == 'w') ADVANCE(133);
      END_STATE();
    case 99:
      if (lookahead == 't') ADVANCE(134);
      END_STATE();
    case 100:
      if (lookahead == 'l') ADVANCE(135);
      END_STATE();
    case 101:
      if (lookahead == 'k') ADVANCE(136);
      END_STATE();
    case 102:
      if (lookahead == 'e') ADVANCE(137);
      END_STATE();
    case 103:
      ACCEPT_TOKEN(anon_sym_deny);
      END_STATE();
    case 104:
      if (lookahead == 'i') ADVANCE(138);
      END_STATE();
    case 105:
      if (lookahead == 's') ADVANCE(139);
      END_STATE();
    case 106:
      if (lookahead == 'e') ADVANCE(140);
      END_STATE();
    case 107:
      ACCEPT_TOKEN(anon_sym_exec);
      END_STATE();
    case 108:
      if (lookahead == 'c') ADVANCE(141);
      END_STATE();
    case 109:
      if (lookahead == 'w') ADVANCE(142);
      END_STATE();
    case 110:
      if (lookahead == 'p') ADVANCE(143);
      END_STATE();
    case 111:
      ACCEPT_TOKEN(anon_sym_host);
      END_STATE();
    case 112:
      ACCEPT_TOKEN(anon_sym_hour2);
      END_STATE();
    case 113:
      ACCEPT_TOKEN(anon_sym_icmp);
      if (lookahead == 'v') ADVANCE(144);
      END_STATE();
    case 114:
      if (lookahead == 'u') ADVANCE(145);
      END_STATE();
    case 115:
      if (lookahead == 'd') ADVANCE(146);
      END_STATE();
    case 116:
      if (lookahead == 'a') ADVANCE(147);
      END_STATE();
    case 117:
      if (lookahead == 'n') ADVANCE(148);
      END_STATE();
    case 118:
      if (lookahead == 't') ADVANCE(149);
      END_STATE();
    case 119:
      if (lookahead == 'g') ADVANCE(150);
      END_STATE();
    case 120:
      if (lookahead == 't') ADVANCE(151);
      END_STATE();
    case 121:
      ACCEPT_TOKEN(anon_sym_mode);
      END_STATE();
    case 122:
      if (lookahead == 'c') ADVANCE(152);
      END_STATE();
    case 123:
      if (lookahead == 'a') ADVANCE(153);
      END_STATE();
    case 124:
      if (lookahead == 'n') ADVANCE(154);
      END_STATE();
    case 125:
      ACCEPT_TOKEN(anon_sym_self);
      END_STATE();
    case 126:
      if (lookahead == 'i') ADVANCE(155);
      END_STATE();
    case 127:
      if (lookahead == 'l') ADVANCE(156);
      END_STATE();
    case 128:
      ACCEPT_TOKEN(anon_sym_user);
      if (lookahead == 's') ADVANCE(157);
      END_STATE();
    case 129:
      if (lookahead == 'l') ADVANCE(158);
      END_STATE();
    case 130:
      ACCEPT_TOKEN(anon_sym_warn);
      END_STATE();
    case 131:
      ACCEPT_TOKEN(anon_sym_week);
      END_STATE();
    case 132:
      ACCEPT_TOKEN(anon_sym_alert);
      END_STATE();
    case 133:
      ACCEPT_TOKEN(anon_sym_allow);
      END_STATE();
    case 134:
      ACCEPT_TOKEN(anon_sym_audit);
      END_STATE();
    case 135:
      if (lookahead == 'i') ADVANCE(159);
      END_STATE();
    case 136:
      ACCEPT_TOKEN(anon_sym_block);
      END_STATE();
    case 137:
      if (lookahead == 'd') ADVANCE(160);
      END_STATE();
    case 138:
      if (lookahead == 'n') ADVANCE(161);
      END_STATE();
    case 139:
      if (lookahead == 's') ADVANCE(162);
      END_STATE();
    case 140:
      if (lookahead == 'd') ADVANCE(163);
      END_STATE();
    case 141:
      if (lookahead == 't') ADVANCE(164);
      END_STATE();
    case 142:
      if (lookahead == 'a') ADVANCE(165);
      END_STATE();
    case 143:
      ACCEPT_TOKEN(anon_sym_group);
      END_STATE();
    case 144:
      if (lookahead == '6') ADVANCE(166);
      END_STATE();
    case 145:
      if (lookahead == 'd') ADVANCE(167);
      END_STATE();
    case 146:
      if (lookahead == 'e') ADVANCE(168);
      END_STATE();
    case 147:
      if (lookahead == 't') ADVANCE(169);
      END_STATE();
    case 148:
      ACCEPT_TOKEN(anon_sym_learn);
      END_STATE();
    case 149:
      ACCEPT_TOKEN(anon_sym_least);
      END_STATE();
    case 150:
      if (lookahead == 'e') ADVANCE(170);
      END_STATE();
    case 151:
      if (lookahead == 'e') ADVANCE(171);
      END_STATE();
    case 152:
      if (lookahead == 'y') ADVANCE(172);
      END_STATE();
    case 153:
      ACCEPT_TOKEN(anon_sym_quota);
      END_STATE();
    case 154:
      if (lookahead == 'd') ADVANCE(173);
      END_STATE();
    case 155:
      if (lookahead == 'c') ADVANCE(174);
      END_STATE();
    case 156:
      ACCEPT_TOKEN(anon_sym_total);
      END_STATE();
    case 157:
      ACCEPT_TOKEN(anon_sym_users);
      END_STATE();
    case 158:
      ACCEPT_TOKEN(anon_sym_usual);
      END_STATE();
    case 159:
      if (lookahead == 'n') ADVANCE(175);
      END_STATE();
    case 160:
      ACCEPT_TOKEN(anon_sym_denied);
      END_STATE();
    case 161:
      if (lookahead == 'a') ADVANCE(176);
      END_STATE();
    case 162:
      ACCEPT_TOKEN(anon_sym_egress);
      END_STATE();
    case 163:
      ACCEPT_TOKEN(anon_sym_exceed);
      END_STATE();
    case 164:
      ACCEPT_TOKEN(anon_sym_expect);
      END_STATE();
    case 165:
      if (lookahead == 'y') ADVANCE(177);
      END_STATE();
    case 166:
      ACCEPT_TOKEN(anon_sym_icmpv6);
      END_STATE();
    case 167:
      if (lookahead == 'e') ADVANCE(178);
      END_STATE();
    case 168:
      ACCEPT_TOKEN(anon_sym_inside);
      END_STATE();
    case 169:
      if (lookahead == 'e') ADVANCE(179);
      END_STATE();
    case 170:
      if (lookahead == 'm') ADVANCE(180);
      END_STATE();
    case 171:
      ACCEPT_TOKEN(anon_sym_minute);
      END_STATE();
    case 172:
      ACCEPT_TOKEN(anon_sym_policy);
      END_STATE();
    case 173:
      ACCEPT_TOKEN(anon_sym_second);
      END_STATE();
    case 174:
      if (lookahead == 'e') ADVANCE(181);
      END_STATE();
    case 175:
      if (lookahead == 'e') ADVANCE(182);
      END_STATE();
    case 176:
      if (lookahead == 't') ADVANCE(183);
      END_STATE();
    case 177:
      ACCEPT_TOKEN(anon_sym_gateway);
      END_STATE();
    case 178:
      ACCEPT_TOKEN(anon_sym_include);
      END_STATE();
    case 179:
      ACCEPT_TOKEN(anon_sym_isolate);
      END_STATE();
    case 180:
      if (lookahead == 'e') ADVANCE(184);
      END_STATE();
    case 181:
      ACCEPT_TOKEN(anon_sym_service);
      END_STATE();
    case 182:
      ACCEPT_TOKEN(anon_sym_baseline);
      END_STATE();
    case 183:
      if (lookahead == 'i') ADVANCE(185);
      END_STATE();
    case 184:
      if (lookahead == 'n') ADVANCE(186);
      END_STATE();
    case 185:
      if (lookahead == 'o') ADVANCE(187);
      END_STATE();
    case 186:
      if (lookahead == 't') ADVANCE(188);
      END_STATE();
    case 187:
      if (lookahead == 'n') ADVANCE(189);
      END_STATE();
    case 188:
      ACCEPT_TOKEN(anon_sym_management);
      END_STATE();
    case 189:
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
  [15] = {.lex_state = 23},
  [16] = {.lex_state = 20},
  [17] = {.lex_state = 23},
  [18] = {.lex_state = 23},
  [19] = {.lex_state = 20},
  [20] = {.lex_state = 23},
  [21] = {.lex_state = 23},
  [22] = {.lex_state = 20},
  [23] = {.lex_state = 20},
  [24] = {.lex_state = 20},
  [25] = {.lex_state = 20},
  [26] = {.lex_state = 20},
  [27] = {.lex_state = 20},
  [28] = {.lex_state = 20},
  [29] = {.lex_state = 20},
  [30] = {.lex_state = 20},
  [31] = {.lex_state = 20},
  [32] = {.lex_state = 23},
  [33] = {.lex_state = 20},
  [34] = {.lex_state = 20},
  [35] = {.lex_state = 0},
  [36] = {.lex_state = 20},
  [37] = {.lex_state = 20},
  [38] = {.lex_state = 20},
  [39] = {.lex_state = 20},
  [40] = {.lex_state = 20},
  [41] = {.lex_state = 20},
  [42] = {.lex_state = 20},
  [43] = {.lex_state = 20},
  [44] = {.lex_state = 20},
  [45] = {.lex_state = 0},
  [46] = {.lex_state = 0},
  [47] = {.lex_state = 0},
  [48] = {.lex_state = 0},
  [49] = {.lex_state = 0},
  [50] = {.lex_state = 0},
  [51] = {.lex_state = 0},
  [52] = {.lex_state = 0},
  [53] = {.lex_state = 20},
  [54] = {.lex_state = 20},
  [55] = {.lex_state = 4},
  [56] = {.lex_state = 0},
  [57] = {.lex_state = 0},
  [58] = {.lex_state = 0},
  [59] = {.lex_state = 1},
  [60] = {.lex_state = 0},
  [61] = {.lex_state = 20},
  [62] = {.lex_state = 20},
  [63] = {.lex_state = 0},
  [64] = {.lex_state = 0},
  [65] = {.lex_state = 0},
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
  [78] = {.lex_state = 20},
  [79] = {.lex_state = 0},
  [80] = {.lex_state = 0},
  [81] = {.lex_state = 0},
  [82] = {.lex_state = 20},
  [83] = {.lex_state = 20},
  [84] = {.lex_state = 0},
  [85] = {.lex_state = 0},
  [86] = {.lex_state = 20},
  [87] = {.lex_state = 0},
  [88] = {.lex_state = 23},
  [89] = {.lex_state = 2},
  [90] = {.lex_state = 23},
  [91] = {.lex_state = 20},
  [92] = {.lex_state = 0},
  [93] = {.lex_state = 20},
  [94] = {.lex_state = 20},
  [95] = {.lex_state = 0},
  [96] = {.lex_state = 0},
  [97] = {.lex_state = 20},
  [98] = {.lex_state = 2},
  [99] = {.lex_state = 20},
  [100] = {.lex_state = 0},
  [101] = {.lex_state = 2},
  [102] = {.lex_state = 20},
  [103] = {.lex_state = 20},
  [104] = {.lex_state = 0},
  [105] = {.lex_state = 20},
  [106] = {.lex_state = 0},
  [107] = {.lex_state = 20},
  [108] = {.lex_state = 0},
  [109] = {.lex_state = 0},
  [110] = {.lex_state = 0},
  [111] = {.lex_state = 0},
  [112] = {.lex_state = 0},
  [113] = {.lex_state = 20},
  [114] = {.lex_state = 0},
  [115] = {.lex_state = 20},
  [116] = {.lex_state = 0},
  [117] = {.lex_state = 2},
  [118] = {.lex_state = 20},
  [119] = {.lex_state = 20},
  [120] = {.lex_state = 0},
  [121] = {.lex_state = 0},
  [122] = {.lex_state = 0},
  [123] = {.lex_state = 2},
  [124] = {.lex_state = 0},
  [125] = {.lex_state = 0},
  [126] = {.lex_state = 0},
  [127] = {.lex_state = 0},
  [128] = {.lex_state = 0},
  [129] = {.lex_state = 2},
  [130] = {.lex_state = 0},
  [131] = {.lex_state = 0},
  [132] = {.lex_state = 0},
  [133] = {.lex_state = 0},
  [134] = {.lex_state = 0},
  [135] = {.lex_state = 2},
  [136] = {.lex_state = 0},
  [137] = {.lex_state = 20},
  [138] = {.lex_state = 0},
  [139] = {.lex_state = 0},
  [140] = {.lex_state = 0},
  [141] = {.lex_state = 0},
  [142] = {.lex_state = 0},
  [143] = {.lex_state = 0},
  [144] = {.lex_state = 0},
  [145] = {.lex_state = 0},
  [146] = {.lex_state = 20},
  [147] = {.lex_state = 0},
  [148] = {.lex_state = 0},
  [149] = {.lex_state = 0},
  [150] = {.lex_state = 0},
  [151] = {.lex_state = 0},
  [152] = {.lex_state = 0},
  [153] = {.lex_state = 0},
  [154] = {.lex_state = 0},
  [155] = {.lex_state = 0},
  [156] = {.lex_state = 0},
  [157] = {.lex_state = 20},
  [158] = {.lex_state = 20},
  [159] = {.lex_state = 20},
  [160] = {.lex_state = 20},
  [161] = {.lex_state = 20},
  [162] = {.lex_state = 20},
  [163] = {.lex_state = 20},
  [164] = {.lex_state = 20},
  [165] = {.lex_state = 20},
  [166] = {.lex_state = 0},
  [167] = {.lex_state = 23},
  [168] = {.lex_state = 2},
  [169] = {.lex_state = 20},
  [170] = {.lex_state = 20},
  [171] = {.lex_state = 6},
  [172] = {.lex_state = 23},
  [173] = {.lex_state = 20},
  [174] = {.lex_state = 0},
  [175] = {.lex_state = 20},
  [176] = {.lex_state = 0},
  [177] = {.lex_state = 23},
  [178] = {.lex_state = 20},
  [179] = {.lex_state = 20},
  [180] = {.lex_state = 2},
  [181] = {.lex_state = 2},
  [182] = {.lex_state = 20},
  [183] = {.lex_state = 0},
  [184] = {.lex_state = 20},
  [185] = {.lex_state = 20},
  [186] = {.lex_state = 2},
  [187] = {.lex_state = 20},
  [188] = {.lex_state = 20},
  [189] = {.lex_state = 23},
  [190] = {.lex_state = 20},
  [191] = {.lex_state = 20},
  [192] = {.lex_state = 20},
  [193] = {.lex_state = 0},
  [194] = {.lex_state = 20},
  [195] = {.lex_state = 2},
  [196] = {.lex_state = 20},
  [197] = {.lex_state = 20},
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
    [anon_sym_include] = ACTIONS(1),
    [anon_sym_group] = ACTIONS(1),
    [anon_sym_destination] = ACTIONS(1),
    [anon_sym_service] = ACTIONS(1),
    [anon_sym_allow] = ACTIONS(1),
    [anon_sym_to] = ACTIONS(1),
    [anon_sym_on] = ACTIONS(1),
    [anon_sym_quota] = ACTIONS(1),
    [anon_sym_per] = ACTIONS(1),
    [anon_sym_user] = ACTIONS(1),
    [anon_sym_total] = ACTIONS(1),
    [anon_sym_warn] = ACTIONS(1),
    [anon_sym_usual] = ACTIONS(1),
    [anon_sym_at] = ACTIONS(1),
    [anon_sym_least] = ACTIONS(1),
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
    [aux_sym_rate_token1] = ACTIONS(1),
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
    [sym_source_file] = STATE(176),
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
    STATE(6), 1,
      aux_sym_source_file_repeat2,
    ACTIONS(33), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(3), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
    STATE(65), 12,
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
    ACTIONS(35), 22,
      ts_builtin_sym_end,
      anon_sym_policy,
      anon_sym_RBRACE,
      anon_sym_mode,
      anon_sym_egress,
      anon_sym_management,
      anon_sym_inside,
      anon_sym_log,
      anon_sym_baseline,
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
  [101] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(40), 1,
      ts_builtin_sym_end,
    ACTIONS(42), 1,
      anon_sym_policy,
    ACTIONS(45), 1,
      anon_sym_include,
    ACTIONS(48), 1,
      anon_sym_group,
    ACTIONS(51), 1,
      anon_sym_destination,
    ACTIONS(54), 1,
      anon_sym_service,
    ACTIONS(57), 1,
      anon_sym_allow,
    ACTIONS(60), 1,
      anon_sym_on,
    ACTIONS(63), 1,
      anon_sym_quota,
    ACTIONS(66), 1,
      anon_sym_audit,
    ACTIONS(69), 1,
      anon_sym_users,
    ACTIONS(72), 1,
      anon_sym_expect,
    STATE(4), 1,
      aux_sym_source_file_repeat2,
    STATE(109), 12,
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
  [158] = 15,
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
    STATE(65), 12,
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
  [215] = 15,
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
    ACTIONS(75), 1,
      ts_builtin_sym_end,
    STATE(4), 1,
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
  [272] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(33), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(3), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
    ACTIONS(40), 12,
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
  [298] = 12,
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
    STATE(14), 1,
      aux_sym__settings_repeat1,
    STATE(48), 1,
      sym_setting,
    ACTIONS(77), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(9), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [337] = 12,
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
      anon_sym_RBRACE,
    STATE(16), 1,
      aux_sym__settings_repeat1,
    STATE(60), 1,
      sym_setting,
    ACTIONS(33), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(3), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [376] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      sym__newline,
    STATE(10), 1,
      aux_sym_policy_statement_repeat1,
    ACTIONS(100), 3,
      anon_sym_LBRACE,
      sym_uid,
      sym_string,
    ACTIONS(95), 8,
      anon_sym_log,
      anon_sym_exec,
      anon_sym_self,
      anon_sym_tcp,
      anon_sym_udp,
      anon_sym_icmp,
      anon_sym_icmpv6,
      sym_identifier,
  [401] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(33), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(3), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
    ACTIONS(102), 7,
      anon_sym_RBRACE,
      anon_sym_mode,
      anon_sym_egress,
      anon_sym_management,
      anon_sym_inside,
      anon_sym_log,
      anon_sym_baseline,
  [422] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(106), 1,
      anon_sym_RBRACE,
    ACTIONS(110), 1,
      anon_sym_alert,
    STATE(41), 1,
      aux_sym__actions_repeat1,
    STATE(64), 1,
      sym_action,
    ACTIONS(104), 2,
      anon_sym_SEMI,
      sym__newline,
    ACTIONS(108), 2,
      anon_sym_block,
      anon_sym_isolate,
    STATE(13), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [450] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(110), 1,
      anon_sym_alert,
    ACTIONS(112), 1,
      anon_sym_RBRACE,
    STATE(37), 1,
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
  [478] = 10,
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
      anon_sym_RBRACE,
    STATE(19), 1,
      aux_sym__settings_repeat1,
    STATE(60), 1,
      sym_setting,
  [509] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(116), 1,
      anon_sym_COMMA,
    STATE(17), 1,
      aux_sym_sources_repeat1,
    ACTIONS(114), 7,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_LBRACE,
      anon_sym_to,
      sym_multiple,
      sym_size,
  [528] = 10,
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
    ACTIONS(118), 1,
      anon_sym_RBRACE,
    STATE(19), 1,
      aux_sym__settings_repeat1,
    STATE(70), 1,
      sym_setting,
  [559] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(116), 1,
      anon_sym_COMMA,
    STATE(18), 1,
      aux_sym_sources_repeat1,
    ACTIONS(120), 7,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_LBRACE,
      anon_sym_to,
      sym_multiple,
      sym_size,
  [578] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(124), 1,
      anon_sym_COMMA,
    STATE(18), 1,
      aux_sym_sources_repeat1,
    ACTIONS(122), 7,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_LBRACE,
      anon_sym_to,
      sym_multiple,
      sym_size,
  [597] = 10,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(102), 1,
      anon_sym_RBRACE,
    ACTIONS(127), 1,
      anon_sym_mode,
    ACTIONS(130), 1,
      anon_sym_egress,
    ACTIONS(133), 1,
      anon_sym_management,
    ACTIONS(136), 1,
      anon_sym_inside,
    ACTIONS(139), 1,
      anon_sym_log,
    ACTIONS(142), 1,
      anon_sym_baseline,
    STATE(19), 1,
      aux_sym__settings_repeat1,
    STATE(85), 1,
      sym_setting,
  [628] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(122), 8,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_LBRACE,
      anon_sym_COMMA,
      anon_sym_to,
      sym_multiple,
      sym_size,
  [642] = 2,
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
  [656] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(147), 1,
      sym_identifier,
    ACTIONS(149), 1,
      sym__newline,
    STATE(24), 1,
      aux_sym_policy_statement_repeat1,
    STATE(82), 1,
      sym_port,
    ACTIONS(151), 2,
      anon_sym_tcp,
      anon_sym_udp,
    ACTIONS(153), 2,
      anon_sym_icmp,
      anon_sym_icmpv6,
  [680] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(33), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(3), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
    ACTIONS(155), 4,
      anon_sym_RBRACE,
      anon_sym_block,
      anon_sym_isolate,
      anon_sym_alert,
  [698] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(157), 1,
      sym_identifier,
    ACTIONS(159), 1,
      sym__newline,
    STATE(10), 1,
      aux_sym_policy_statement_repeat1,
    STATE(61), 1,
      sym_port,
    ACTIONS(151), 2,
      anon_sym_tcp,
      anon_sym_udp,
    ACTIONS(153), 2,
      anon_sym_icmp,
      anon_sym_icmpv6,
  [722] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(163), 1,
      anon_sym_COMMA,
    STATE(28), 1,
      aux_sym_targets_repeat1,
    ACTIONS(161), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_on,
      anon_sym_quota,
  [739] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(153), 1,
      anon_sym_icmp,
    ACTIONS(165), 1,
      sym__newline,
    ACTIONS(169), 1,
      anon_sym_icmpv6,
    STATE(27), 1,
      aux_sym_policy_statement_repeat1,
    STATE(87), 1,
      sym_port,
    ACTIONS(167), 2,
      anon_sym_tcp,
      anon_sym_udp,
  [762] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(153), 1,
      anon_sym_icmp,
    ACTIONS(159), 1,
      sym__newline,
    ACTIONS(169), 1,
      anon_sym_icmpv6,
    STATE(10), 1,
      aux_sym_policy_statement_repeat1,
    STATE(96), 1,
      sym_port,
    ACTIONS(167), 2,
      anon_sym_tcp,
      anon_sym_udp,
  [785] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(163), 1,
      anon_sym_COMMA,
    STATE(31), 1,
      aux_sym_targets_repeat1,
    ACTIONS(171), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_on,
      anon_sym_quota,
  [802] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(175), 1,
      anon_sym_COMMA,
    ACTIONS(177), 1,
      anon_sym_quota,
    STATE(44), 1,
      aux_sym_allow_statement_repeat1,
    STATE(151), 1,
      sym_inline_quota,
    ACTIONS(173), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [823] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(175), 1,
      anon_sym_COMMA,
    ACTIONS(177), 1,
      anon_sym_quota,
    STATE(29), 1,
      aux_sym_allow_statement_repeat1,
    STATE(139), 1,
      sym_inline_quota,
    ACTIONS(179), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [844] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(183), 1,
      anon_sym_COMMA,
    STATE(31), 1,
      aux_sym_targets_repeat1,
    ACTIONS(181), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_on,
      anon_sym_quota,
  [861] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(114), 7,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_LBRACE,
      anon_sym_to,
      sym_multiple,
      sym_size,
  [874] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(188), 1,
      anon_sym_SLASH,
    ACTIONS(186), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
      anon_sym_quota,
  [888] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(177), 1,
      anon_sym_quota,
    ACTIONS(192), 1,
      anon_sym_on,
    STATE(141), 1,
      sym_inline_quota,
    ACTIONS(190), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [906] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(196), 1,
      anon_sym_COMMA,
    STATE(35), 1,
      aux_sym_setting_repeat2,
    ACTIONS(194), 4,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [922] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(199), 1,
      sym_identifier,
    STATE(30), 1,
      sym_port,
    ACTIONS(151), 2,
      anon_sym_tcp,
      anon_sym_udp,
    ACTIONS(153), 2,
      anon_sym_icmp,
      anon_sym_icmpv6,
  [940] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(110), 1,
      anon_sym_alert,
    ACTIONS(201), 1,
      anon_sym_RBRACE,
    STATE(38), 1,
      aux_sym__actions_repeat1,
    STATE(80), 1,
      sym_action,
    ACTIONS(108), 2,
      anon_sym_block,
      anon_sym_isolate,
  [960] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(155), 1,
      anon_sym_RBRACE,
    ACTIONS(206), 1,
      anon_sym_alert,
    STATE(38), 1,
      aux_sym__actions_repeat1,
    STATE(112), 1,
      sym_action,
    ACTIONS(203), 2,
      anon_sym_block,
      anon_sym_isolate,
  [980] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(181), 6,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
      anon_sym_on,
      anon_sym_quota,
  [992] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(209), 6,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
      anon_sym_on,
      anon_sym_quota,
  [1004] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(110), 1,
      anon_sym_alert,
    ACTIONS(112), 1,
      anon_sym_RBRACE,
    STATE(38), 1,
      aux_sym__actions_repeat1,
    STATE(73), 1,
      sym_action,
    ACTIONS(108), 2,
      anon_sym_block,
      anon_sym_isolate,
  [1024] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(211), 1,
      sym_identifier,
    STATE(148), 1,
      sym_port,
    ACTIONS(151), 2,
      anon_sym_tcp,
      anon_sym_udp,
    ACTIONS(153), 2,
      anon_sym_icmp,
      anon_sym_icmpv6,
  [1042] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(213), 1,
      sym_identifier,
    STATE(154), 1,
      sym_port,
    ACTIONS(151), 2,
      anon_sym_tcp,
      anon_sym_udp,
    ACTIONS(153), 2,
      anon_sym_icmp,
      anon_sym_icmpv6,
  [1060] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(217), 1,
      anon_sym_COMMA,
    STATE(44), 1,
      aux_sym_allow_statement_repeat1,
    ACTIONS(215), 4,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_quota,
  [1076] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(222), 1,
      anon_sym_COMMA,
    STATE(45), 1,
      aux_sym_action_repeat1,
    ACTIONS(220), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1091] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(227), 1,
      anon_sym_COMMA,
    STATE(56), 1,
      aux_sym_users_statement_repeat1,
    ACTIONS(225), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1106] = 4,
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
  [1121] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(93), 1,
      anon_sym_RBRACE,
    ACTIONS(233), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(11), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1136] = 4,
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
  [1151] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(237), 1,
      anon_sym_COMMA,
    STATE(35), 1,
      aux_sym_setting_repeat2,
    ACTIONS(235), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1166] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(237), 1,
      anon_sym_COMMA,
    STATE(35), 1,
      aux_sym_setting_repeat2,
    ACTIONS(239), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1181] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(243), 1,
      anon_sym_COMMA,
    STATE(63), 1,
      aux_sym_service_statement_repeat1,
    ACTIONS(241), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1196] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(161), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_on,
      anon_sym_quota,
  [1207] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(153), 1,
      anon_sym_icmp,
    ACTIONS(169), 1,
      anon_sym_icmpv6,
    STATE(81), 1,
      sym_port,
    ACTIONS(167), 2,
      anon_sym_tcp,
      anon_sym_udp,
  [1224] = 3,
    ACTIONS(3), 1,
      sym_comment,
    STATE(164), 1,
      sym_window,
    ACTIONS(245), 4,
      anon_sym_hour,
      anon_sym_day,
      anon_sym_week,
      sym_duration,
  [1237] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(227), 1,
      anon_sym_COMMA,
    STATE(67), 1,
      aux_sym_users_statement_repeat1,
    ACTIONS(247), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1252] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(251), 1,
      anon_sym_COMMA,
    STATE(68), 1,
      aux_sym_setting_repeat1,
    ACTIONS(249), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1267] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(237), 1,
      anon_sym_COMMA,
    STATE(69), 1,
      aux_sym_setting_repeat2,
    ACTIONS(249), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1282] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(253), 1,
      aux_sym_rate_token1,
    STATE(126), 1,
      sym_rate,
    ACTIONS(249), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1297] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(118), 1,
      anon_sym_RBRACE,
    ACTIONS(233), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(11), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1312] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(255), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
      anon_sym_quota,
  [1323] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(257), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
      anon_sym_quota,
  [1334] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(261), 1,
      anon_sym_COMMA,
    STATE(63), 1,
      aux_sym_service_statement_repeat1,
    ACTIONS(259), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1349] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(112), 1,
      anon_sym_RBRACE,
    ACTIONS(264), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(23), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1364] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(75), 1,
      ts_builtin_sym_end,
    ACTIONS(231), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(7), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1379] = 3,
    ACTIONS(3), 1,
      sym_comment,
    STATE(165), 1,
      sym_window,
    ACTIONS(245), 4,
      anon_sym_hour,
      anon_sym_day,
      anon_sym_week,
      sym_duration,
  [1392] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(268), 1,
      anon_sym_COMMA,
    STATE(67), 1,
      aux_sym_users_statement_repeat1,
    ACTIONS(266), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1407] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(251), 1,
      anon_sym_COMMA,
    STATE(75), 1,
      aux_sym_setting_repeat1,
    ACTIONS(271), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1422] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(237), 1,
      anon_sym_COMMA,
    STATE(35), 1,
      aux_sym_setting_repeat2,
    ACTIONS(271), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1437] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(273), 1,
      anon_sym_RBRACE,
    ACTIONS(233), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(11), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1452] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(275), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
      anon_sym_COMMA,
  [1463] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(279), 1,
      anon_sym_COMMA,
    STATE(79), 1,
      aux_sym_action_repeat1,
    ACTIONS(277), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1478] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(201), 1,
      anon_sym_RBRACE,
    ACTIONS(264), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(23), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1493] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(237), 1,
      anon_sym_COMMA,
    STATE(50), 1,
      aux_sym_setting_repeat2,
    ACTIONS(281), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1508] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(285), 1,
      anon_sym_COMMA,
    STATE(75), 1,
      aux_sym_setting_repeat1,
    ACTIONS(283), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1523] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(237), 1,
      anon_sym_COMMA,
    STATE(51), 1,
      aux_sym_setting_repeat2,
    ACTIONS(288), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1538] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(186), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
      anon_sym_quota,
  [1549] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(290), 1,
      sym__newline,
    ACTIONS(292), 1,
      anon_sym_log,
    ACTIONS(294), 1,
      anon_sym_exec,
    STATE(83), 1,
      aux_sym_policy_statement_repeat1,
    STATE(116), 1,
      sym_sink,
  [1568] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(279), 1,
      anon_sym_COMMA,
    STATE(45), 1,
      aux_sym_action_repeat1,
    ACTIONS(296), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1583] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(298), 1,
      anon_sym_RBRACE,
    ACTIONS(264), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(23), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1598] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(243), 1,
      anon_sym_COMMA,
    STATE(52), 1,
      aux_sym_service_statement_repeat1,
    ACTIONS(300), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1613] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(215), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
      anon_sym_quota,
  [1624] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(159), 1,
      sym__newline,
    ACTIONS(292), 1,
      anon_sym_log,
    ACTIONS(294), 1,
      anon_sym_exec,
    STATE(10), 1,
      aux_sym_policy_statement_repeat1,
    STATE(120), 1,
      sym_sink,
  [1643] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(194), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
      anon_sym_COMMA,
  [1654] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(233), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(11), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1666] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(304), 1,
      anon_sym_any,
    STATE(95), 1,
      sym_sources,
    ACTIONS(302), 2,
      anon_sym_self,
      sym_identifier,
  [1680] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(259), 4,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
  [1690] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(306), 1,
      sym_multiple,
    ACTIONS(308), 1,
      sym_size,
    STATE(128), 1,
      sym__budget,
    STATE(167), 1,
      sym_learned,
  [1706] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(310), 1,
      sym_identifier,
    ACTIONS(312), 1,
      sym__newline,
    ACTIONS(314), 1,
      sym_address,
    STATE(98), 1,
      aux_sym_policy_statement_repeat1,
  [1722] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(306), 1,
      sym_multiple,
    ACTIONS(308), 1,
      sym_size,
    STATE(130), 1,
      sym__budget,
    STATE(167), 1,
      sym_learned,
  [1738] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(318), 1,
      anon_sym_for,
    ACTIONS(316), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1750] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(266), 4,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
  [1760] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(159), 1,
      sym__newline,
    STATE(10), 1,
      aux_sym_policy_statement_repeat1,
    ACTIONS(320), 2,
      sym_uid,
      sym_identifier,
  [1774] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(324), 1,
      anon_sym_on,
    ACTIONS(322), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1786] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(326), 1,
      sym__newline,
    ACTIONS(328), 1,
      anon_sym_LBRACE,
    STATE(111), 1,
      aux_sym_policy_statement_repeat1,
    STATE(143), 1,
      sym__actions,
  [1802] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(330), 4,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
  [1812] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(304), 1,
      anon_sym_any,
    STATE(194), 1,
      sym_sources,
    ACTIONS(302), 2,
      anon_sym_self,
      sym_identifier,
  [1826] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(332), 1,
      sym_identifier,
    ACTIONS(334), 1,
      sym__newline,
    ACTIONS(336), 1,
      sym_address,
    STATE(101), 1,
      aux_sym_policy_statement_repeat1,
  [1842] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(304), 1,
      anon_sym_any,
    STATE(88), 1,
      sym_sources,
    ACTIONS(302), 2,
      anon_sym_self,
      sym_identifier,
  [1856] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(338), 4,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
      anon_sym_COMMA,
  [1866] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(95), 1,
      sym_identifier,
    ACTIONS(100), 1,
      sym_address,
    ACTIONS(340), 1,
      sym__newline,
    STATE(101), 1,
      aux_sym_policy_statement_repeat1,
  [1882] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(304), 1,
      anon_sym_any,
    STATE(134), 1,
      sym_sources,
    ACTIONS(302), 2,
      anon_sym_self,
      sym_identifier,
  [1896] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(159), 1,
      sym__newline,
    STATE(10), 1,
      aux_sym_policy_statement_repeat1,
    ACTIONS(343), 2,
      anon_sym_self,
      sym_identifier,
  [1910] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(159), 1,
      sym__newline,
    ACTIONS(345), 1,
      anon_sym_LBRACE,
    STATE(10), 1,
      aux_sym_policy_statement_repeat1,
    STATE(149), 1,
      sym__settings,
  [1926] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(349), 1,
      anon_sym_warn,
    ACTIONS(347), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1938] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(351), 4,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
  [1948] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(355), 1,
      anon_sym_on,
    ACTIONS(353), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1960] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(283), 4,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
      anon_sym_COMMA,
  [1970] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(231), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(7), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1982] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(357), 4,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
      anon_sym_COMMA,
  [1992] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(159), 1,
      sym__newline,
    ACTIONS(328), 1,
      anon_sym_LBRACE,
    STATE(10), 1,
      aux_sym_policy_statement_repeat1,
    STATE(152), 1,
      sym__actions,
  [2008] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(264), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(23), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [2020] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(361), 1,
      anon_sym_warn,
    ACTIONS(359), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2032] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(363), 4,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
      anon_sym_COMMA,
  [2042] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(367), 1,
      sym__newline,
    STATE(103), 1,
      aux_sym_policy_statement_repeat1,
    ACTIONS(365), 2,
      anon_sym_self,
      sym_identifier,
  [2056] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(220), 4,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
      anon_sym_COMMA,
  [2066] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(369), 1,
      sym_identifier,
    ACTIONS(371), 1,
      anon_sym_any,
    ACTIONS(373), 1,
      sym_address,
    STATE(34), 1,
      sym_targets,
  [2082] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(377), 1,
      anon_sym_warn,
    ACTIONS(375), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2094] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(381), 1,
      sym__newline,
    STATE(93), 1,
      aux_sym_policy_statement_repeat1,
    ACTIONS(379), 2,
      sym_uid,
      sym_identifier,
  [2108] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(383), 4,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
      anon_sym_COMMA,
  [2118] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(345), 1,
      anon_sym_LBRACE,
    ACTIONS(385), 1,
      sym__newline,
    STATE(104), 1,
      aux_sym_policy_statement_repeat1,
    STATE(133), 1,
      sym__settings,
  [2134] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(375), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2143] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(387), 1,
      sym__newline,
    ACTIONS(389), 1,
      sym_address,
    STATE(129), 1,
      aux_sym_policy_statement_repeat1,
  [2156] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(391), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2165] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(393), 1,
      sym__newline,
    ACTIONS(395), 1,
      sym_string,
    STATE(136), 1,
      aux_sym_policy_statement_repeat1,
  [2178] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(271), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [2187] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(397), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2196] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(399), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2205] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(334), 1,
      sym__newline,
    ACTIONS(401), 1,
      sym_address,
    STATE(101), 1,
      aux_sym_policy_statement_repeat1,
  [2218] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(403), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2227] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(405), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2236] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(249), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [2245] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(407), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2254] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(409), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2263] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(411), 1,
      anon_sym_user,
    ACTIONS(413), 2,
      anon_sym_self,
      sym_address,
  [2274] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(159), 1,
      sym__newline,
    ACTIONS(415), 1,
      sym_string,
    STATE(10), 1,
      aux_sym_policy_statement_repeat1,
  [2287] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(417), 3,
      anon_sym_second,
      anon_sym_minute,
      anon_sym_hour2,
  [2296] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(419), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2305] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(421), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2314] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(296), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [2323] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(423), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2332] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(425), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2341] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(427), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2350] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(429), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2359] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(431), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2368] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(292), 1,
      anon_sym_log,
    ACTIONS(294), 1,
      anon_sym_exec,
    STATE(72), 1,
      sym_sink,
  [2381] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(359), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2390] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(433), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2399] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(435), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2408] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(437), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [2417] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(439), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2426] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(441), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2435] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(443), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2444] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(445), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2453] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(447), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2462] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(449), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2471] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(451), 2,
      sym_uid,
      sym_identifier,
  [2479] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(453), 2,
      sym_uid,
      sym_identifier,
  [2487] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(455), 2,
      anon_sym_host,
      anon_sym_user,
  [2495] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(457), 2,
      anon_sym_gateway,
      anon_sym_host,
  [2503] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(459), 2,
      anon_sym_allow,
      anon_sym_deny,
  [2511] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(461), 2,
      anon_sym_host,
      anon_sym_user,
  [2519] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(463), 2,
      anon_sym_per,
      anon_sym_total,
  [2527] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(465), 1,
      anon_sym_per,
    ACTIONS(467), 1,
      anon_sym_total,
  [2537] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(461), 1,
      anon_sym_total,
    ACTIONS(469), 1,
      anon_sym_per,
  [2547] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(471), 1,
      anon_sym_SLASH,
  [2554] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(473), 1,
      sym_size,
  [2561] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(475), 1,
      sym_address,
  [2568] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(477), 1,
      anon_sym_exceed,
  [2575] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(479), 1,
      anon_sym_to,
  [2582] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(481), 1,
      aux_sym_port_token1,
  [2589] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(483), 1,
      sym_duration,
  [2596] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(485), 1,
      anon_sym_to,
  [2603] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(487), 1,
      sym_string,
  [2610] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(489), 1,
      anon_sym_denied,
  [2617] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(491), 1,
      ts_builtin_sym_end,
  [2624] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(493), 1,
      sym_duration,
  [2631] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(495), 1,
      anon_sym_learn,
  [2638] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(497), 1,
      anon_sym_at,
  [2645] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(499), 1,
      sym_address,
  [2652] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(501), 1,
      sym_address,
  [2659] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(503), 1,
      sym_identifier,
  [2666] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(505), 1,
      sym_string,
  [2673] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(507), 1,
      sym_identifier,
  [2680] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(509), 1,
      anon_sym_per,
  [2687] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(511), 1,
      sym_address,
  [2694] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(513), 1,
      sym_identifier,
  [2701] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(515), 1,
      anon_sym_per,
  [2708] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(517), 1,
      sym_size,
  [2715] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(519), 1,
      sym_identifier,
  [2722] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(521), 1,
      anon_sym_usual,
  [2729] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(523), 1,
      anon_sym_least,
  [2736] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(525), 1,
      sym_string,
  [2743] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(527), 1,
      anon_sym_to,
  [2750] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(529), 1,
      sym_address,
  [2757] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(531), 1,
      sym_identifier,
  [2764] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(457), 1,
      sym_identifier,
};

static const uint32_t ts_small_parse_table_map[] = {
  [SMALL_STATE(2)] = 0,
  [SMALL_STATE(3)] = 65,
  [SMALL_STATE(4)] = 101,
  [SMALL_STATE(5)] = 158,
  [SMALL_STATE(6)] = 215,
  [SMALL_STATE(7)] = 272,
  [SMALL_STATE(8)] = 298,
  [SMALL_STATE(9)] = 337,
  [SMALL_STATE(10)] = 376,
  [SMALL_STATE(11)] = 401,
  [SMALL_STATE(12)] = 422,
  [SMALL_STATE(13)] = 450,
  [SMALL_STATE(14)] = 478,
  [SMALL_STATE(15)] = 509,
  [SMALL_STATE(16)] = 528,
  [SMALL_STATE(17)] = 559,
  [SMALL_STATE(18)] = 578,
  [SMALL_STATE(19)] = 597,
  [SMALL_STATE(20)] = 628,
  [SMALL_STATE(21)] = 642,
  [SMALL_STATE(22)] = 656,
  [SMALL_STATE(23)] = 680,
  [SMALL_STATE(24)] = 698,
  [SMALL_STATE(25)] = 722,
  [SMALL_STATE(26)] = 739,
  [SMALL_STATE(27)] = 762,
  [SMALL_STATE(28)] = 785,
  [SMALL_STATE(29)] = 802,
  [SMALL_STATE(30)] = 823,
  [SMALL_STATE(31)] = 844,
  [SMALL_STATE(32)] = 861,
  [SMALL_STATE(33)] = 874,
  [SMALL_STATE(34)] = 888,
  [SMALL_STATE(35)] = 906,
  [SMALL_STATE(36)] = 922,
  [SMALL_STATE(37)] = 940,
  [SMALL_STATE(38)] = 960,
  [SMALL_STATE(39)] = 980,
  [SMALL_STATE(40)] = 992,
  [SMALL_STATE(41)] = 1004,
  [SMALL_STATE(42)] = 1024,
  [SMALL_STATE(43)] = 1042,
  [SMALL_STATE(44)] = 1060,
  [SMALL_STATE(45)] = 1076,
  [SMALL_STATE(46)] = 1091,
  [SMALL_STATE(47)] = 1106,
  [SMALL_STATE(48)] = 1121,
  [SMALL_STATE(49)] = 1136,
  [SMALL_STATE(50)] = 1151,
  [SMALL_STATE(51)] = 1166,
  [SMALL_STATE(52)] = 1181,
  [SMALL_STATE(53)] = 1196,
  [SMALL_STATE(54)] = 1207,
  [SMALL_STATE(55)] = 1224,
  [SMALL_STATE(56)] = 1237,
  [SMALL_STATE(57)] = 1252,
  [SMALL_STATE(58)] = 1267,
  [SMALL_STATE(59)] = 1282,
  [SMALL_STATE(60)] = 1297,
  [SMALL_STATE(61)] = 1312,
  [SMALL_STATE(62)] = 1323,
  [SMALL_STATE(63)] = 1334,
  [SMALL_STATE(64)] = 1349,
  [SMALL_STATE(65)] = 1364,
  [SMALL_STATE(66)] = 1379,
  [SMALL_STATE(67)] = 1392,
  [SMALL_STATE(68)] = 1407,
  [SMALL_STATE(69)] = 1422,
  [SMALL_STATE(70)] = 1437,
  [SMALL_STATE(71)] = 1452,
  [SMALL_STATE(72)] = 1463,
  [SMALL_STATE(73)] = 1478,
  [SMALL_STATE(74)] = 1493,
  [SMALL_STATE(75)] = 1508,
  [SMALL_STATE(76)] = 1523,
  [SMALL_STATE(77)] = 1538,
  [SMALL_STATE(78)] = 1549,
  [SMALL_STATE(79)] = 1568,
  [SMALL_STATE(80)] = 1583,
  [SMALL_STATE(81)] = 1598,
  [SMALL_STATE(82)] = 1613,
  [SMALL_STATE(83)] = 1624,
  [SMALL_STATE(84)] = 1643,
  [SMALL_STATE(85)] = 1654,
  [SMALL_STATE(86)] = 1666,
  [SMALL_STATE(87)] = 1680,
  [SMALL_STATE(88)] = 1690,
  [SMALL_STATE(89)] = 1706,
  [SMALL_STATE(90)] = 1722,
  [SMALL_STATE(91)] = 1738,
  [SMALL_STATE(92)] = 1750,
  [SMALL_STATE(93)] = 1760,
  [SMALL_STATE(94)] = 1774,
  [SMALL_STATE(95)] = 1786,
  [SMALL_STATE(96)] = 1802,
  [SMALL_STATE(97)] = 1812,
  [SMALL_STATE(98)] = 1826,
  [SMALL_STATE(99)] = 1842,
  [SMALL_STATE(100)] = 1856,
  [SMALL_STATE(101)] = 1866,
  [SMALL_STATE(102)] = 1882,
  [SMALL_STATE(103)] = 1896,
  [SMALL_STATE(104)] = 1910,
  [SMALL_STATE(105)] = 1926,
  [SMALL_STATE(106)] = 1938,
  [SMALL_STATE(107)] = 1948,
  [SMALL_STATE(108)] = 1960,
  [SMALL_STATE(109)] = 1970,
  [SMALL_STATE(110)] = 1982,
  [SMALL_STATE(111)] = 1992,
  [SMALL_STATE(112)] = 2008,
  [SMALL_STATE(113)] = 2020,
  [SMALL_STATE(114)] = 2032,
  [SMALL_STATE(115)] = 2042,
  [SMALL_STATE(116)] = 2056,
  [SMALL_STATE(117)] = 2066,
  [SMALL_STATE(118)] = 2082,
  [SMALL_STATE(119)] = 2094,
  [SMALL_STATE(120)] = 2108,
  [SMALL_STATE(121)] = 2118,
  [SMALL_STATE(122)] = 2134,
  [SMALL_STATE(123)] = 2143,
  [SMALL_STATE(124)] = 2156,
  [SMALL_STATE(125)] = 2165,
  [SMALL_STATE(126)] = 2178,
  [SMALL_STATE(127)] = 2187,
  [SMALL_STATE(128)] = 2196,
  [SMALL_STATE(129)] = 2205,
  [SMALL_STATE(130)] = 2218,
  [SMALL_STATE(131)] = 2227,
  [SMALL_STATE(132)] = 2236,
  [SMALL_STATE(133)] = 2245,
  [SMALL_STATE(134)] = 2254,
  [SMALL_STATE(135)] = 2263,
  [SMALL_STATE(136)] = 2274,
  [SMALL_STATE(137)] = 2287,
  [SMALL_STATE(138)] = 2296,
  [SMALL_STATE(139)] = 2305,
  [SMALL_STATE(140)] = 2314,
  [SMALL_STATE(141)] = 2323,
  [SMALL_STATE(142)] = 2332,
  [SMALL_STATE(143)] = 2341,
  [SMALL_STATE(144)] = 2350,
  [SMALL_STATE(145)] = 2359,
  [SMALL_STATE(146)] = 2368,
  [SMALL_STATE(147)] = 2381,
  [SMALL_STATE(148)] = 2390,
  [SMALL_STATE(149)] = 2399,
  [SMALL_STATE(150)] = 2408,
  [SMALL_STATE(151)] = 2417,
  [SMALL_STATE(152)] = 2426,
  [SMALL_STATE(153)] = 2435,
  [SMALL_STATE(154)] = 2444,
  [SMALL_STATE(155)] = 2453,
  [SMALL_STATE(156)] = 2462,
  [SMALL_STATE(157)] = 2471,
  [SMALL_STATE(158)] = 2479,
  [SMALL_STATE(159)] = 2487,
  [SMALL_STATE(160)] = 2495,
  [SMALL_STATE(161)] = 2503,
  [SMALL_STATE(162)] = 2511,
  [SMALL_STATE(163)] = 2519,
  [SMALL_STATE(164)] = 2527,
  [SMALL_STATE(165)] = 2537,
  [SMALL_STATE(166)] = 2547,
  [SMALL_STATE(167)] = 2554,
  [SMALL_STATE(168)] = 2561,
  [SMALL_STATE(169)] = 2568,
  [SMALL_STATE(170)] = 2575,
  [SMALL_STATE(171)] = 2582,
  [SMALL_STATE(172)] = 2589,
  [SMALL_STATE(173)] = 2596,
  [SMALL_STATE(174)] = 2603,
  [SMALL_STATE(175)] = 2610,
  [SMALL_STATE(176)] = 2617,
  [SMALL_STATE(177)] = 2624,
  [SMALL_STATE(178)] = 2631,
  [SMALL_STATE(179)] = 2638,
  [SMALL_STATE(180)] = 2645,
  [SMALL_STATE(181)] = 2652,
  [SMALL_STATE(182)] = 2659,
  [SMALL_STATE(183)] = 2666,
  [SMALL_STATE(184)] = 2673,
  [SMALL_STATE(185)] = 2680,
  [SMALL_STATE(186)] = 2687,
  [SMALL_STATE(187)] = 2694,
  [SMALL_STATE(188)] = 2701,
  [SMALL_STATE(189)] = 2708,
  [SMALL_STATE(190)] = 2715,
  [SMALL_STATE(191)] = 2722,
  [SMALL_STATE(192)] = 2729,
  [SMALL_STATE(193)] = 2736,
  [SMALL_STATE(194)] = 2743,
  [SMALL_STATE(195)] = 2750,
  [SMALL_STATE(196)] = 2757,
  [SMALL_STATE(197)] = 2764,
};

static const TSParseActionEntry ts_parse_actions[] = {
  [0] = {.entry = {.count = 0, .reusable = false}},
  [1] = {.entry = {.count = 1, .reusable = false}}, RECOVER(),
  [3] = {.entry = {.count = 1, .reusable = true}}, SHIFT_EXTRA(),
  [5] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 0, 0, 0),
  [7] = {.entry = {.count = 1, .reusable = true}}, SHIFT(2),
  [9] = {.entry = {.count = 1, .reusable = true}}, SHIFT(187),
  [11] = {.entry = {.count = 1, .reusable = true}}, SHIFT(193),
  [13] = {.entry = {.count = 1, .reusable = true}}, SHIFT(182),
  [15] = {.entry = {.count = 1, .reusable = true}}, SHIFT(190),
  [17] = {.entry = {.count = 1, .reusable = true}}, SHIFT(184),
  [19] = {.entry = {.count = 1, .reusable = true}}, SHIFT(97),
  [21] = {.entry = {.count = 1, .reusable = true}}, SHIFT(169),
  [23] = {.entry = {.count = 1, .reusable = true}}, SHIFT(99),
  [25] = {.entry = {.count = 1, .reusable = true}}, SHIFT(102),
  [27] = {.entry = {.count = 1, .reusable = true}}, SHIFT(196),
  [29] = {.entry = {.count = 1, .reusable = true}}, SHIFT(161),
  [31] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 1, 0, 0),
  [33] = {.entry = {.count = 1, .reusable = true}}, SHIFT(3),
  [35] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0),
  [37] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(3),
  [40] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0),
  [42] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(187),
  [45] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(193),
  [48] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(182),
  [51] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(190),
  [54] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(184),
  [57] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(97),
  [60] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(169),
  [63] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(99),
  [66] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(102),
  [69] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(196),
  [72] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(161),
  [75] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 2, 0, 0),
  [77] = {.entry = {.count = 1, .reusable = true}}, SHIFT(9),
  [79] = {.entry = {.count = 1, .reusable = true}}, SHIFT(142),
  [81] = {.entry = {.count = 1, .reusable = true}}, SHIFT(160),
  [83] = {.entry = {.count = 1, .reusable = true}}, SHIFT(183),
  [85] = {.entry = {.count = 1, .reusable = true}}, SHIFT(197),
  [87] = {.entry = {.count = 1, .reusable = true}}, SHIFT(186),
  [89] = {.entry = {.count = 1, .reusable = true}}, SHIFT(175),
  [91] = {.entry = {.count = 1, .reusable = true}}, SHIFT(178),
  [93] = {.entry = {.count = 1, .reusable = true}}, SHIFT(124),
  [95] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_policy_statement_repeat1, 2, 0, 0),
  [97] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_policy_statement_repeat1, 2, 0, 0), SHIFT_REPEAT(10),
  [100] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_policy_statement_repeat1, 2, 0, 0),
  [102] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__settings_repeat1, 2, 0, 0),
  [104] = {.entry = {.count = 1, .reusable = true}}, SHIFT(13),
  [106] = {.entry = {.count = 1, .reusable = true}}, SHIFT(145),
  [108] = {.entry = {.count = 1, .reusable = true}}, SHIFT(91),
  [110] = {.entry = {.count = 1, .reusable = true}}, SHIFT(146),
  [112] = {.entry = {.count = 1, .reusable = true}}, SHIFT(131),
  [114] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sources, 1, 0, 0),
  [116] = {.entry = {.count = 1, .reusable = true}}, SHIFT(115),
  [118] = {.entry = {.count = 1, .reusable = true}}, SHIFT(127),
  [120] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sources, 2, 0, 0),
  [122] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_sources_repeat1, 2, 0, 0),
  [124] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_sources_repeat1, 2, 0, 0), SHIFT_REPEAT(115),
  [127] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__settings_repeat1, 2, 0, 0), SHIFT_REPEAT(160),
  [130] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__settings_repeat1, 2, 0, 0), SHIFT_REPEAT(183),
  [133] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__settings_repeat1, 2, 0, 0), SHIFT_REPEAT(197),
  [136] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__settings_repeat1, 2, 0, 0), SHIFT_REPEAT(186),
  [139] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__settings_repeat1, 2, 0, 0), SHIFT_REPEAT(175),
  [142] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__settings_repeat1, 2, 0, 0), SHIFT_REPEAT(178),
  [145] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_sources_repeat1, 3, 0, 0),
  [147] = {.entry = {.count = 1, .reusable = false}}, SHIFT(82),
  [149] = {.entry = {.count = 1, .reusable = true}}, SHIFT(24),
  [151] = {.entry = {.count = 1, .reusable = false}}, SHIFT(33),
  [153] = {.entry = {.count = 1, .reusable = false}}, SHIFT(77),
  [155] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__actions_repeat1, 2, 0, 0),
  [157] = {.entry = {.count = 1, .reusable = false}}, SHIFT(61),
  [159] = {.entry = {.count = 1, .reusable = true}}, SHIFT(10),
  [161] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_targets, 1, 0, 0),
  [163] = {.entry = {.count = 1, .reusable = true}}, SHIFT(89),
  [165] = {.entry = {.count = 1, .reusable = true}}, SHIFT(27),
  [167] = {.entry = {.count = 1, .reusable = true}}, SHIFT(33),
  [169] = {.entry = {.count = 1, .reusable = true}}, SHIFT(77),
  [171] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_targets, 2, 0, 0),
  [173] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_allow_statement, 7, 0, 9),
  [175] = {.entry = {.count = 1, .reusable = true}}, SHIFT(22),
  [177] = {.entry = {.count = 1, .reusable = true}}, SHIFT(90),
  [179] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_allow_statement, 6, 0, 7),
  [181] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_targets_repeat1, 2, 0, 0),
  [183] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_targets_repeat1, 2, 0, 0), SHIFT_REPEAT(89),
  [186] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_port, 1, 0, 0),
  [188] = {.entry = {.count = 1, .reusable = true}}, SHIFT(171),
  [190] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_allow_statement, 4, 0, 4),
  [192] = {.entry = {.count = 1, .reusable = true}}, SHIFT(36),
  [194] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_setting_repeat2, 2, 0, 0),
  [196] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_setting_repeat2, 2, 0, 0), SHIFT_REPEAT(123),
  [199] = {.entry = {.count = 1, .reusable = false}}, SHIFT(30),
  [201] = {.entry = {.count = 1, .reusable = true}}, SHIFT(144),
  [203] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__actions_repeat1, 2, 0, 0), SHIFT_REPEAT(91),
  [206] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__actions_repeat1, 2, 0, 0), SHIFT_REPEAT(146),
  [209] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_targets_repeat1, 3, 0, 0),
  [211] = {.entry = {.count = 1, .reusable = false}}, SHIFT(148),
  [213] = {.entry = {.count = 1, .reusable = false}}, SHIFT(154),
  [215] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_allow_statement_repeat1, 2, 0, 0),
  [217] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_allow_statement_repeat1, 2, 0, 0), SHIFT_REPEAT(22),
  [220] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_action_repeat1, 2, 0, 0),
  [222] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_action_repeat1, 2, 0, 0), SHIFT_REPEAT(78),
  [225] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_users_statement, 3, 0, 3),
  [227] = {.entry = {.count = 1, .reusable = true}}, SHIFT(119),
  [229] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 3, 0, 0),
  [231] = {.entry = {.count = 1, .reusable = true}}, SHIFT(7),
  [233] = {.entry = {.count = 1, .reusable = true}}, SHIFT(11),
  [235] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_group_statement, 4, 0, 3),
  [237] = {.entry = {.count = 1, .reusable = true}}, SHIFT(123),
  [239] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_destination_statement, 4, 0, 3),
  [241] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_service_statement, 4, 0, 3),
  [243] = {.entry = {.count = 1, .reusable = true}}, SHIFT(26),
  [245] = {.entry = {.count = 1, .reusable = true}}, SHIFT(163),
  [247] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_users_statement, 4, 0, 3),
  [249] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_setting, 2, 0, 0),
  [251] = {.entry = {.count = 1, .reusable = true}}, SHIFT(125),
  [253] = {.entry = {.count = 1, .reusable = true}}, SHIFT(166),
  [255] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_allow_statement_repeat1, 3, 0, 0),
  [257] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_port, 3, 0, 0),
  [259] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_service_statement_repeat1, 2, 0, 0),
  [261] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_service_statement_repeat1, 2, 0, 0), SHIFT_REPEAT(26),
  [264] = {.entry = {.count = 1, .reusable = true}}, SHIFT(23),
  [266] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_users_statement_repeat1, 2, 0, 0),
  [268] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_users_statement_repeat1, 2, 0, 0), SHIFT_REPEAT(119),
  [271] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_setting, 3, 0, 0),
  [273] = {.entry = {.count = 1, .reusable = true}}, SHIFT(138),
  [275] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_setting_repeat2, 3, 0, 0),
  [277] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_action, 2, 0, 0),
  [279] = {.entry = {.count = 1, .reusable = true}}, SHIFT(78),
  [281] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_group_statement, 3, 0, 3),
  [283] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_setting_repeat1, 2, 0, 0),
  [285] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_setting_repeat1, 2, 0, 0), SHIFT_REPEAT(125),
  [288] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_destination_statement, 3, 0, 3),
  [290] = {.entry = {.count = 1, .reusable = true}}, SHIFT(83),
  [292] = {.entry = {.count = 1, .reusable = true}}, SHIFT(100),
  [294] = {.entry = {.count = 1, .reusable = true}}, SHIFT(174),
  [296] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_action, 3, 0, 0),
  [298] = {.entry = {.count = 1, .reusable = true}}, SHIFT(153),
  [300] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_service_statement, 3, 0, 3),
  [302] = {.entry = {.count = 1, .reusable = false}}, SHIFT(15),
  [304] = {.entry = {.count = 1, .reusable = false}}, SHIFT(32),
  [306] = {.entry = {.count = 1, .reusable = true}}, SHIFT(191),
  [308] = {.entry = {.count = 1, .reusable = true}}, SHIFT(185),
  [310] = {.entry = {.count = 1, .reusable = false}}, SHIFT(39),
  [312] = {.entry = {.count = 1, .reusable = true}}, SHIFT(98),
  [314] = {.entry = {.count = 1, .reusable = true}}, SHIFT(39),
  [316] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_action, 1, 0, 0),
  [318] = {.entry = {.count = 1, .reusable = true}}, SHIFT(172),
  [320] = {.entry = {.count = 1, .reusable = true}}, SHIFT(106),
  [322] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_expect_statement, 5, 0, 6),
  [324] = {.entry = {.count = 1, .reusable = true}}, SHIFT(42),
  [326] = {.entry = {.count = 1, .reusable = true}}, SHIFT(111),
  [328] = {.entry = {.count = 1, .reusable = true}}, SHIFT(12),
  [330] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_service_statement_repeat1, 3, 0, 0),
  [332] = {.entry = {.count = 1, .reusable = false}}, SHIFT(40),
  [334] = {.entry = {.count = 1, .reusable = true}}, SHIFT(101),
  [336] = {.entry = {.count = 1, .reusable = true}}, SHIFT(40),
  [338] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sink, 1, 0, 0),
  [340] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_policy_statement_repeat1, 2, 0, 0), SHIFT_REPEAT(101),
  [343] = {.entry = {.count = 1, .reusable = false}}, SHIFT(21),
  [345] = {.entry = {.count = 1, .reusable = true}}, SHIFT(8),
  [347] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__budget, 4, 0, 0),
  [349] = {.entry = {.count = 1, .reusable = true}}, SHIFT(147),
  [351] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_users_statement_repeat1, 3, 0, 0),
  [353] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_expect_statement, 6, 0, 8),
  [355] = {.entry = {.count = 1, .reusable = true}}, SHIFT(43),
  [357] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sink, 2, 0, 0),
  [359] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__budget, 5, 0, 0),
  [361] = {.entry = {.count = 1, .reusable = true}}, SHIFT(122),
  [363] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_setting_repeat1, 3, 0, 0),
  [365] = {.entry = {.count = 1, .reusable = false}}, SHIFT(20),
  [367] = {.entry = {.count = 1, .reusable = true}}, SHIFT(103),
  [369] = {.entry = {.count = 1, .reusable = false}}, SHIFT(25),
  [371] = {.entry = {.count = 1, .reusable = false}}, SHIFT(53),
  [373] = {.entry = {.count = 1, .reusable = true}}, SHIFT(25),
  [375] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__budget, 6, 0, 0),
  [377] = {.entry = {.count = 1, .reusable = true}}, SHIFT(155),
  [379] = {.entry = {.count = 1, .reusable = true}}, SHIFT(92),
  [381] = {.entry = {.count = 1, .reusable = true}}, SHIFT(93),
  [383] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_action_repeat1, 3, 0, 0),
  [385] = {.entry = {.count = 1, .reusable = true}}, SHIFT(104),
  [387] = {.entry = {.count = 1, .reusable = true}}, SHIFT(129),
  [389] = {.entry = {.count = 1, .reusable = true}}, SHIFT(84),
  [391] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__settings, 3, 0, 0),
  [393] = {.entry = {.count = 1, .reusable = true}}, SHIFT(136),
  [395] = {.entry = {.count = 1, .reusable = true}}, SHIFT(108),
  [397] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__settings, 4, 0, 0),
  [399] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_quota_statement, 3, 0, 2),
  [401] = {.entry = {.count = 1, .reusable = true}}, SHIFT(71),
  [403] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_inline_quota, 2, 0, 0),
  [405] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__actions, 3, 0, 0),
  [407] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_policy_statement, 3, 0, 3),
  [409] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_audit_statement, 2, 0, 2),
  [411] = {.entry = {.count = 1, .reusable = true}}, SHIFT(158),
  [413] = {.entry = {.count = 1, .reusable = true}}, SHIFT(170),
  [415] = {.entry = {.count = 1, .reusable = true}}, SHIFT(114),
  [417] = {.entry = {.count = 1, .reusable = true}}, SHIFT(150),
  [419] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__settings, 5, 0, 0),
  [421] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_allow_statement, 7, 0, 7),
  [423] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_allow_statement, 5, 0, 4),
  [425] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__settings, 2, 0, 0),
  [427] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_exceed_statement, 4, 0, 5),
  [429] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__actions, 4, 0, 0),
  [431] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__actions, 2, 0, 0),
  [433] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_expect_statement, 7, 0, 6),
  [435] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_policy_statement, 4, 0, 3),
  [437] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rate, 3, 0, 0),
  [439] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_allow_statement, 8, 0, 9),
  [441] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_exceed_statement, 5, 0, 5),
  [443] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__actions, 5, 0, 0),
  [445] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_expect_statement, 8, 0, 8),
  [447] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__budget, 7, 0, 0),
  [449] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_include_statement, 2, 0, 1),
  [451] = {.entry = {.count = 1, .reusable = true}}, SHIFT(46),
  [453] = {.entry = {.count = 1, .reusable = true}}, SHIFT(173),
  [455] = {.entry = {.count = 1, .reusable = true}}, SHIFT(118),
  [457] = {.entry = {.count = 1, .reusable = true}}, SHIFT(132),
  [459] = {.entry = {.count = 1, .reusable = true}}, SHIFT(135),
  [461] = {.entry = {.count = 1, .reusable = true}}, SHIFT(113),
  [463] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_window, 1, 0, 0),
  [465] = {.entry = {.count = 1, .reusable = true}}, SHIFT(162),
  [467] = {.entry = {.count = 1, .reusable = true}}, SHIFT(105),
  [469] = {.entry = {.count = 1, .reusable = true}}, SHIFT(159),
  [471] = {.entry = {.count = 1, .reusable = true}}, SHIFT(137),
  [473] = {.entry = {.count = 1, .reusable = true}}, SHIFT(188),
  [475] = {.entry = {.count = 1, .reusable = true}}, SHIFT(76),
  [477] = {.entry = {.count = 1, .reusable = true}}, SHIFT(86),
  [479] = {.entry = {.count = 1, .reusable = true}}, SHIFT(180),
  [481] = {.entry = {.count = 1, .reusable = true}}, SHIFT(62),
  [483] = {.entry = {.count = 1, .reusable = true}}, SHIFT(140),
  [485] = {.entry = {.count = 1, .reusable = true}}, SHIFT(181),
  [487] = {.entry = {.count = 1, .reusable = true}}, SHIFT(110),
  [489] = {.entry = {.count = 1, .reusable = true}}, SHIFT(59),
  [491] = {.entry = {.count = 1, .reusable = true}},  ACCEPT_INPUT(),
  [493] = {.entry = {.count = 1, .reusable = true}}, SHIFT(126),
  [495] = {.entry = {.count = 1, .reusable = true}}, SHIFT(177),
  [497] = {.entry = {.count = 1, .reusable = true}}, SHIFT(192),
  [499] = {.entry = {.count = 1, .reusable = true}}, SHIFT(94),
  [501] = {.entry = {.count = 1, .reusable = true}}, SHIFT(107),
  [503] = {.entry = {.count = 1, .reusable = true}}, SHIFT(195),
  [505] = {.entry = {.count = 1, .reusable = true}}, SHIFT(57),
  [507] = {.entry = {.count = 1, .reusable = true}}, SHIFT(54),
  [509] = {.entry = {.count = 1, .reusable = true}}, SHIFT(55),
  [511] = {.entry = {.count = 1, .reusable = true}}, SHIFT(58),
  [513] = {.entry = {.count = 1, .reusable = true}}, SHIFT(121),
  [515] = {.entry = {.count = 1, .reusable = true}}, SHIFT(66),
  [517] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_learned, 4, 0, 0),
  [519] = {.entry = {.count = 1, .reusable = true}}, SHIFT(168),
  [521] = {.entry = {.count = 1, .reusable = true}}, SHIFT(179),
  [523] = {.entry = {.count = 1, .reusable = true}}, SHIFT(189),
  [525] = {.entry = {.count = 1, .reusable = true}}, SHIFT(156),
  [527] = {.entry = {.count = 1, .reusable = true}}, SHIFT(117),
  [529] = {.entry = {.count = 1, .reusable = true}}, SHIFT(74),
  [531] = {.entry = {.count = 1, .reusable = true}}, SHIFT(157),
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
