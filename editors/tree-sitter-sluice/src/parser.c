#include "tree_sitter/parser.h"

#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#endif

#define LANGUAGE_VERSION 14
#define STATE_COUNT 183
#define LARGE_STATE_COUNT 2
#define SYMBOL_COUNT 100
#define ALIAS_COUNT 0
#define TOKEN_COUNT 62
#define EXTERNAL_TOKEN_COUNT 0
#define FIELD_COUNT 8
#define MAX_ALIAS_SEQUENCE_LENGTH 8
#define PRODUCTION_ID_COUNT 9

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
  anon_sym_total = 27,
  anon_sym_warn = 28,
  anon_sym_usual = 29,
  anon_sym_at = 30,
  anon_sym_least = 31,
  sym_multiple = 32,
  anon_sym_exceed = 33,
  anon_sym_block = 34,
  anon_sym_isolate = 35,
  anon_sym_for = 36,
  anon_sym_alert = 37,
  anon_sym_exec = 38,
  anon_sym_audit = 39,
  anon_sym_expect = 40,
  anon_sym_deny = 41,
  anon_sym_self = 42,
  anon_sym_any = 43,
  anon_sym_hour = 44,
  anon_sym_day = 45,
  anon_sym_week = 46,
  sym_duration = 47,
  sym_size = 48,
  aux_sym_rate_token1 = 49,
  anon_sym_SLASH = 50,
  anon_sym_second = 51,
  anon_sym_minute = 52,
  anon_sym_hour2 = 53,
  anon_sym_tcp = 54,
  anon_sym_udp = 55,
  aux_sym_port_token1 = 56,
  anon_sym_icmp = 57,
  anon_sym_icmpv6 = 58,
  sym_address = 59,
  sym_string = 60,
  sym_comment = 61,
  sym_source_file = 62,
  sym__separator = 63,
  sym__statement = 64,
  sym_policy_statement = 65,
  sym__settings = 66,
  sym_setting = 67,
  sym_include_statement = 68,
  sym_group_statement = 69,
  sym_destination_statement = 70,
  sym_service_statement = 71,
  sym_allow_statement = 72,
  sym_inline_quota = 73,
  sym_quota_statement = 74,
  sym__budget = 75,
  sym_learned = 76,
  sym_exceed_statement = 77,
  sym__actions = 78,
  sym_action = 79,
  sym_sink = 80,
  sym_audit_statement = 81,
  sym_expect_statement = 82,
  sym_sources = 83,
  sym_targets = 84,
  sym_window = 85,
  sym_rate = 86,
  sym_port = 87,
  aux_sym_source_file_repeat1 = 88,
  aux_sym_source_file_repeat2 = 89,
  aux_sym_policy_statement_repeat1 = 90,
  aux_sym__settings_repeat1 = 91,
  aux_sym_setting_repeat1 = 92,
  aux_sym_setting_repeat2 = 93,
  aux_sym_service_statement_repeat1 = 94,
  aux_sym_allow_statement_repeat1 = 95,
  aux_sym__actions_repeat1 = 96,
  aux_sym_action_repeat1 = 97,
  aux_sym_sources_repeat1 = 98,
  aux_sym_targets_repeat1 = 99,
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
  [90] = 10,
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
};

static bool ts_lex(TSLexer *lexer, TSStateId state) {
  START_LEXER();
  eof = lexer->eof(lexer);
  switch (state) {
    case 0:
      if (eof) ADVANCE(22);
      ADVANCE_MAP(
        '\n', 24,
        '"', 3,
        '#', 50,
        ',', 27,
        '/', 35,
        ';', 23,
        'h', 44,
        '{', 25,
        '}', 26,
        '.', 41,
        ':', 41,
      );
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ' ||
          lookahead == 0xfeff) SKIP(20);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(36);
      if (('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(47);
      if (('G' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('g' <= lookahead && lookahead <= 'z')) ADVANCE(48);
      END_STATE();
    case 1:
      if (lookahead == '\n') ADVANCE(24);
      if (lookahead == '#') ADVANCE(50);
      if (lookahead == ';') ADVANCE(23);
      if (lookahead == '}') ADVANCE(26);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ' ||
          lookahead == 0xfeff) SKIP(1);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(34);
      END_STATE();
    case 2:
      if (lookahead == '\n') ADVANCE(24);
      if (lookahead == '#') ADVANCE(50);
      if (lookahead == '.' ||
          lookahead == ':') ADVANCE(41);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ' ||
          lookahead == 0xfeff) SKIP(2);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(13);
      if (('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(47);
      if (('G' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('g' <= lookahead && lookahead <= 'z')) ADVANCE(48);
      END_STATE();
    case 3:
      if (lookahead == '"') ADVANCE(49);
      if (lookahead == '\\') ADVANCE(12);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(3);
      END_STATE();
    case 4:
      if (lookahead == '#') ADVANCE(50);
      if (lookahead == 'h') ADVANCE(44);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ' ||
          lookahead == 0xfeff) SKIP(4);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(14);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(48);
      END_STATE();
    case 5:
      if (lookahead == '#') ADVANCE(50);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ' ||
          lookahead == 0xfeff) SKIP(5);
      END_STATE();
    case 6:
      if (lookahead == '#') ADVANCE(50);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ' ||
          lookahead == 0xfeff) SKIP(5);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(37);
      END_STATE();
    case 7:
      ADVANCE_MAP(
        '.', 17,
        'B', 32,
        'G', 11,
        'K', 11,
        'M', 11,
        'T', 11,
        'x', 28,
        '\t', 10,
        ' ', 10,
        'd', 30,
        'h', 30,
        'm', 30,
        's', 30,
        'w', 30,
      );
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(7);
      END_STATE();
    case 8:
      if (lookahead == 'B') ADVANCE(32);
      END_STATE();
    case 9:
      ADVANCE_MAP(
        'B', 32,
        'G', 11,
        'K', 11,
        'M', 11,
        'T', 11,
        'x', 28,
        '\t', 10,
        ' ', 10,
      );
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(9);
      END_STATE();
    case 10:
      if (lookahead == 'B') ADVANCE(32);
      if (lookahead == 'G') ADVANCE(11);
      if (lookahead == 'K') ADVANCE(11);
      if (lookahead == 'M') ADVANCE(11);
      if (lookahead == 'T') ADVANCE(11);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(10);
      END_STATE();
    case 11:
      if (lookahead == 'B') ADVANCE(32);
      if (lookahead == 'i') ADVANCE(8);
      END_STATE();
    case 12:
      if (lookahead == '"' ||
          lookahead == '\\') ADVANCE(3);
      END_STATE();
    case 13:
      if (lookahead == '.' ||
          lookahead == ':') ADVANCE(41);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(13);
      END_STATE();
    case 14:
      if (lookahead == 'd' ||
          lookahead == 'h' ||
          lookahead == 'm' ||
          lookahead == 's' ||
          lookahead == 'w') ADVANCE(30);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(14);
      END_STATE();
    case 15:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(42);
      END_STATE();
    case 16:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(38);
      END_STATE();
    case 17:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(9);
      END_STATE();
    case 18:
      if (lookahead == '.' ||
          ('0' <= lookahead && lookahead <= ':') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(43);
      END_STATE();
    case 19:
      if (eof) ADVANCE(22);
      ADVANCE_MAP(
        '\n', 24,
        '"', 3,
        '#', 50,
        ',', 27,
        '/', 35,
        ';', 23,
        '{', 25,
        '}', 26,
      );
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ' ||
          lookahead == 0xfeff) SKIP(21);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(7);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(48);
      END_STATE();
    case 20:
      if (eof) ADVANCE(22);
      ADVANCE_MAP(
        '\n', 24,
        '"', 3,
        '#', 50,
        ',', 27,
        ';', 23,
        'h', 44,
        '{', 25,
        '}', 26,
        '.', 41,
        ':', 41,
      );
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ' ||
          lookahead == 0xfeff) SKIP(20);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(33);
      if (('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(47);
      if (('G' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('g' <= lookahead && lookahead <= 'z')) ADVANCE(48);
      END_STATE();
    case 21:
      if (eof) ADVANCE(22);
      if (lookahead == '\n') ADVANCE(24);
      if (lookahead == '"') ADVANCE(3);
      if (lookahead == '#') ADVANCE(50);
      if (lookahead == ',') ADVANCE(27);
      if (lookahead == ';') ADVANCE(23);
      if (lookahead == '{') ADVANCE(25);
      if (lookahead == '}') ADVANCE(26);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ' ||
          lookahead == 0xfeff) SKIP(21);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(7);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(48);
      END_STATE();
    case 22:
      ACCEPT_TOKEN(ts_builtin_sym_end);
      END_STATE();
    case 23:
      ACCEPT_TOKEN(anon_sym_SEMI);
      END_STATE();
    case 24:
      ACCEPT_TOKEN(sym__newline);
      END_STATE();
    case 25:
      ACCEPT_TOKEN(anon_sym_LBRACE);
      END_STATE();
    case 26:
      ACCEPT_TOKEN(anon_sym_RBRACE);
      END_STATE();
    case 27:
      ACCEPT_TOKEN(anon_sym_COMMA);
      END_STATE();
    case 28:
      ACCEPT_TOKEN(sym_multiple);
      END_STATE();
    case 29:
      ACCEPT_TOKEN(anon_sym_hour);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(48);
      END_STATE();
    case 30:
      ACCEPT_TOKEN(sym_duration);
      END_STATE();
    case 31:
      ACCEPT_TOKEN(sym_duration);
      if (lookahead == '.' ||
          lookahead == ':') ADVANCE(41);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(13);
      END_STATE();
    case 32:
      ACCEPT_TOKEN(sym_size);
      END_STATE();
    case 33:
      ACCEPT_TOKEN(aux_sym_rate_token1);
      ADVANCE_MAP(
        '.', 40,
        ':', 41,
        'd', 31,
        'x', 28,
        'h', 30,
        'm', 30,
        's', 30,
        'w', 30,
      );
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(33);
      if (('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(13);
      END_STATE();
    case 34:
      ACCEPT_TOKEN(aux_sym_rate_token1);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(34);
      END_STATE();
    case 35:
      ACCEPT_TOKEN(anon_sym_SLASH);
      END_STATE();
    case 36:
      ACCEPT_TOKEN(aux_sym_port_token1);
      ADVANCE_MAP(
        '-', 16,
        '.', 40,
        ':', 41,
        'd', 31,
        'x', 28,
        'h', 30,
        'm', 30,
        's', 30,
        'w', 30,
      );
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(36);
      if (('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(13);
      END_STATE();
    case 37:
      ACCEPT_TOKEN(aux_sym_port_token1);
      if (lookahead == '-') ADVANCE(16);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(37);
      END_STATE();
    case 38:
      ACCEPT_TOKEN(aux_sym_port_token1);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(38);
      END_STATE();
    case 39:
      ACCEPT_TOKEN(sym_address);
      if (lookahead == '-') ADVANCE(18);
      if (lookahead == '/') ADVANCE(15);
      if (lookahead == 'x') ADVANCE(28);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(39);
      if (('.' <= lookahead && lookahead <= ':') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(41);
      END_STATE();
    case 40:
      ACCEPT_TOKEN(sym_address);
      if (lookahead == '-') ADVANCE(18);
      if (lookahead == '/') ADVANCE(15);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(39);
      if (('.' <= lookahead && lookahead <= ':') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(41);
      END_STATE();
    case 41:
      ACCEPT_TOKEN(sym_address);
      if (lookahead == '-') ADVANCE(18);
      if (lookahead == '/') ADVANCE(15);
      if (('.' <= lookahead && lookahead <= ':') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(41);
      END_STATE();
    case 42:
      ACCEPT_TOKEN(sym_address);
      if (lookahead == '-') ADVANCE(18);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(42);
      END_STATE();
    case 43:
      ACCEPT_TOKEN(sym_address);
      if (lookahead == '.' ||
          ('0' <= lookahead && lookahead <= ':') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(43);
      END_STATE();
    case 44:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'o') ADVANCE(46);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(48);
      END_STATE();
    case 45:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'r') ADVANCE(29);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(48);
      END_STATE();
    case 46:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'u') ADVANCE(45);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(48);
      END_STATE();
    case 47:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '.' ||
          lookahead == ':') ADVANCE(41);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(47);
      if (lookahead == '-' ||
          ('G' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('g' <= lookahead && lookahead <= 'z')) ADVANCE(48);
      END_STATE();
    case 48:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(48);
      END_STATE();
    case 49:
      ACCEPT_TOKEN(sym_string);
      END_STATE();
    case 50:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(50);
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
      if (lookahead == 'u') ADVANCE(91);
      END_STATE();
    case 50:
      if (lookahead == 'r') ADVANCE(92);
      END_STATE();
    case 51:
      if (lookahead == 'e') ADVANCE(93);
      END_STATE();
    case 52:
      if (lookahead == 'o') ADVANCE(94);
      END_STATE();
    case 53:
      if (lookahead == 'a') ADVANCE(38);
      if (lookahead == 'o') ADVANCE(40);
      END_STATE();
    case 54:
      if (lookahead == 'e') ADVANCE(95);
      END_STATE();
    case 55:
      if (lookahead == 'r') ADVANCE(96);
      END_STATE();
    case 56:
      if (lookahead == 'o') ADVANCE(97);
      END_STATE();
    case 57:
      ACCEPT_TOKEN(anon_sym_any);
      END_STATE();
    case 58:
      if (lookahead == 'i') ADVANCE(98);
      END_STATE();
    case 59:
      if (lookahead == 'e') ADVANCE(99);
      END_STATE();
    case 60:
      if (lookahead == 'c') ADVANCE(100);
      END_STATE();
    case 61:
      ACCEPT_TOKEN(anon_sym_day);
      END_STATE();
    case 62:
      if (lookahead == 'i') ADVANCE(101);
      if (lookahead == 'y') ADVANCE(102);
      END_STATE();
    case 63:
      if (lookahead == 't') ADVANCE(103);
      END_STATE();
    case 64:
      if (lookahead == 'e') ADVANCE(104);
      END_STATE();
    case 65:
      if (lookahead == 'e') ADVANCE(105);
      END_STATE();
    case 66:
      if (lookahead == 'c') ADVANCE(106);
      END_STATE();
    case 67:
      if (lookahead == 'e') ADVANCE(107);
      END_STATE();
    case 68:
      ACCEPT_TOKEN(anon_sym_for);
      END_STATE();
    case 69:
      if (lookahead == 'e') ADVANCE(108);
      END_STATE();
    case 70:
      if (lookahead == 'u') ADVANCE(109);
      END_STATE();
    case 71:
      if (lookahead == 't') ADVANCE(110);
      END_STATE();
    case 72:
      if (lookahead == 'r') ADVANCE(111);
      END_STATE();
    case 73:
      if (lookahead == 'p') ADVANCE(112);
      END_STATE();
    case 74:
      if (lookahead == 'l') ADVANCE(113);
      END_STATE();
    case 75:
      if (lookahead == 'i') ADVANCE(114);
      END_STATE();
    case 76:
      if (lookahead == 'l') ADVANCE(115);
      END_STATE();
    case 77:
      if (lookahead == 'r') ADVANCE(116);
      if (lookahead == 's') ADVANCE(117);
      END_STATE();
    case 78:
      ACCEPT_TOKEN(anon_sym_log);
      END_STATE();
    case 79:
      if (lookahead == 'a') ADVANCE(118);
      END_STATE();
    case 80:
      if (lookahead == 'u') ADVANCE(119);
      END_STATE();
    case 81:
      if (lookahead == 'e') ADVANCE(120);
      END_STATE();
    case 82:
      ACCEPT_TOKEN(anon_sym_per);
      END_STATE();
    case 83:
      if (lookahead == 'i') ADVANCE(121);
      END_STATE();
    case 84:
      if (lookahead == 't') ADVANCE(122);
      END_STATE();
    case 85:
      if (lookahead == 'o') ADVANCE(123);
      END_STATE();
    case 86:
      if (lookahead == 'f') ADVANCE(124);
      END_STATE();
    case 87:
      if (lookahead == 'v') ADVANCE(125);
      END_STATE();
    case 88:
      ACCEPT_TOKEN(anon_sym_tcp);
      END_STATE();
    case 89:
      if (lookahead == 'a') ADVANCE(126);
      END_STATE();
    case 90:
      ACCEPT_TOKEN(anon_sym_udp);
      END_STATE();
    case 91:
      if (lookahead == 'a') ADVANCE(127);
      END_STATE();
    case 92:
      if (lookahead == 'n') ADVANCE(128);
      END_STATE();
    case 93:
      if (lookahead == 'k') ADVANCE(129);
      END_STATE();
    case 94:
      if (lookahead == 's') ADVANCE(71);
      END_STATE();
    case 95:
      if (lookahead == 'l') ADVANCE(86);
      if (lookahead == 'r') ADVANCE(87);
      END_STATE();
    case 96:
      if (lookahead == 't') ADVANCE(130);
      END_STATE();
    case 97:
      if (lookahead == 'w') ADVANCE(131);
      END_STATE();
    case 98:
      if (lookahead == 't') ADVANCE(132);
      END_STATE();
    case 99:
      if (lookahead == 'l') ADVANCE(133);
      END_STATE();
    case 100:
      if (lookahead == 'k') ADVANCE(134);
      END_STATE();
    case 101:
      if (lookahead == 'e') ADVANCE(135);
      END_STATE();
    case 102:
      ACCEPT_TOKEN(anon_sym_deny);
      END_STATE();
    case 103:
      if (lookahead == 'i') ADVANCE(136);
      END_STATE();
    case 104:
      if (lookahead == 's') ADVANCE(137);
      END_STATE();
    case 105:
      if (lookahead == 'e') ADVANCE(138);
      END_STATE();
    case 106:
      ACCEPT_TOKEN(anon_sym_exec);
      END_STATE();
    case 107:
      if (lookahead == 'c') ADVANCE(139);
      END_STATE();
    case 108:
      if (lookahead == 'w') ADVANCE(140);
      END_STATE();
    case 109:
      if (lookahead == 'p') ADVANCE(141);
      END_STATE();
    case 110:
      ACCEPT_TOKEN(anon_sym_host);
      END_STATE();
    case 111:
      ACCEPT_TOKEN(anon_sym_hour2);
      END_STATE();
    case 112:
      ACCEPT_TOKEN(anon_sym_icmp);
      if (lookahead == 'v') ADVANCE(142);
      END_STATE();
    case 113:
      if (lookahead == 'u') ADVANCE(143);
      END_STATE();
    case 114:
      if (lookahead == 'd') ADVANCE(144);
      END_STATE();
    case 115:
      if (lookahead == 'a') ADVANCE(145);
      END_STATE();
    case 116:
      if (lookahead == 'n') ADVANCE(146);
      END_STATE();
    case 117:
      if (lookahead == 't') ADVANCE(147);
      END_STATE();
    case 118:
      if (lookahead == 'g') ADVANCE(148);
      END_STATE();
    case 119:
      if (lookahead == 't') ADVANCE(149);
      END_STATE();
    case 120:
      ACCEPT_TOKEN(anon_sym_mode);
      END_STATE();
    case 121:
      if (lookahead == 'c') ADVANCE(150);
      END_STATE();
    case 122:
      if (lookahead == 'a') ADVANCE(151);
      END_STATE();
    case 123:
      if (lookahead == 'n') ADVANCE(152);
      END_STATE();
    case 124:
      ACCEPT_TOKEN(anon_sym_self);
      END_STATE();
    case 125:
      if (lookahead == 'i') ADVANCE(153);
      END_STATE();
    case 126:
      if (lookahead == 'l') ADVANCE(154);
      END_STATE();
    case 127:
      if (lookahead == 'l') ADVANCE(155);
      END_STATE();
    case 128:
      ACCEPT_TOKEN(anon_sym_warn);
      END_STATE();
    case 129:
      ACCEPT_TOKEN(anon_sym_week);
      END_STATE();
    case 130:
      ACCEPT_TOKEN(anon_sym_alert);
      END_STATE();
    case 131:
      ACCEPT_TOKEN(anon_sym_allow);
      END_STATE();
    case 132:
      ACCEPT_TOKEN(anon_sym_audit);
      END_STATE();
    case 133:
      if (lookahead == 'i') ADVANCE(156);
      END_STATE();
    case 134:
      ACCEPT_TOKEN(anon_sym_block);
      END_STATE();
    case 135:
      if (lookahead == 'd') ADVANCE(157);
      END_STATE();
    case 136:
      if (lookahead == 'n') ADVANCE(158);
      END_STATE();
    case 137:
      if (lookahead == 's') ADVANCE(159);
      END_STATE();
    case 138:
      if (lookahead == 'd') ADVANCE(160);
      END_STATE();
    case 139:
      if (lookahead == 't') ADVANCE(161);
      END_STATE();
    case 140:
      if (lookahead == 'a') ADVANCE(162);
      END_STATE();
    case 141:
      ACCEPT_TOKEN(anon_sym_group);
      END_STATE();
    case 142:
      if (lookahead == '6') ADVANCE(163);
      END_STATE();
    case 143:
      if (lookahead == 'd') ADVANCE(164);
      END_STATE();
    case 144:
      if (lookahead == 'e') ADVANCE(165);
      END_STATE();
    case 145:
      if (lookahead == 't') ADVANCE(166);
      END_STATE();
    case 146:
      ACCEPT_TOKEN(anon_sym_learn);
      END_STATE();
    case 147:
      ACCEPT_TOKEN(anon_sym_least);
      END_STATE();
    case 148:
      if (lookahead == 'e') ADVANCE(167);
      END_STATE();
    case 149:
      if (lookahead == 'e') ADVANCE(168);
      END_STATE();
    case 150:
      if (lookahead == 'y') ADVANCE(169);
      END_STATE();
    case 151:
      ACCEPT_TOKEN(anon_sym_quota);
      END_STATE();
    case 152:
      if (lookahead == 'd') ADVANCE(170);
      END_STATE();
    case 153:
      if (lookahead == 'c') ADVANCE(171);
      END_STATE();
    case 154:
      ACCEPT_TOKEN(anon_sym_total);
      END_STATE();
    case 155:
      ACCEPT_TOKEN(anon_sym_usual);
      END_STATE();
    case 156:
      if (lookahead == 'n') ADVANCE(172);
      END_STATE();
    case 157:
      ACCEPT_TOKEN(anon_sym_denied);
      END_STATE();
    case 158:
      if (lookahead == 'a') ADVANCE(173);
      END_STATE();
    case 159:
      ACCEPT_TOKEN(anon_sym_egress);
      END_STATE();
    case 160:
      ACCEPT_TOKEN(anon_sym_exceed);
      END_STATE();
    case 161:
      ACCEPT_TOKEN(anon_sym_expect);
      END_STATE();
    case 162:
      if (lookahead == 'y') ADVANCE(174);
      END_STATE();
    case 163:
      ACCEPT_TOKEN(anon_sym_icmpv6);
      END_STATE();
    case 164:
      if (lookahead == 'e') ADVANCE(175);
      END_STATE();
    case 165:
      ACCEPT_TOKEN(anon_sym_inside);
      END_STATE();
    case 166:
      if (lookahead == 'e') ADVANCE(176);
      END_STATE();
    case 167:
      if (lookahead == 'm') ADVANCE(177);
      END_STATE();
    case 168:
      ACCEPT_TOKEN(anon_sym_minute);
      END_STATE();
    case 169:
      ACCEPT_TOKEN(anon_sym_policy);
      END_STATE();
    case 170:
      ACCEPT_TOKEN(anon_sym_second);
      END_STATE();
    case 171:
      if (lookahead == 'e') ADVANCE(178);
      END_STATE();
    case 172:
      if (lookahead == 'e') ADVANCE(179);
      END_STATE();
    case 173:
      if (lookahead == 't') ADVANCE(180);
      END_STATE();
    case 174:
      ACCEPT_TOKEN(anon_sym_gateway);
      END_STATE();
    case 175:
      ACCEPT_TOKEN(anon_sym_include);
      END_STATE();
    case 176:
      ACCEPT_TOKEN(anon_sym_isolate);
      END_STATE();
    case 177:
      if (lookahead == 'e') ADVANCE(181);
      END_STATE();
    case 178:
      ACCEPT_TOKEN(anon_sym_service);
      END_STATE();
    case 179:
      ACCEPT_TOKEN(anon_sym_baseline);
      END_STATE();
    case 180:
      if (lookahead == 'i') ADVANCE(182);
      END_STATE();
    case 181:
      if (lookahead == 'n') ADVANCE(183);
      END_STATE();
    case 182:
      if (lookahead == 'o') ADVANCE(184);
      END_STATE();
    case 183:
      if (lookahead == 't') ADVANCE(185);
      END_STATE();
    case 184:
      if (lookahead == 'n') ADVANCE(186);
      END_STATE();
    case 185:
      ACCEPT_TOKEN(anon_sym_management);
      END_STATE();
    case 186:
      ACCEPT_TOKEN(anon_sym_destination);
      END_STATE();
    default:
      return false;
  }
}

static const TSLexMode ts_lex_modes[STATE_COUNT] = {
  [0] = {.lex_state = 0},
  [1] = {.lex_state = 19},
  [2] = {.lex_state = 19},
  [3] = {.lex_state = 19},
  [4] = {.lex_state = 19},
  [5] = {.lex_state = 19},
  [6] = {.lex_state = 19},
  [7] = {.lex_state = 19},
  [8] = {.lex_state = 19},
  [9] = {.lex_state = 19},
  [10] = {.lex_state = 19},
  [11] = {.lex_state = 19},
  [12] = {.lex_state = 19},
  [13] = {.lex_state = 19},
  [14] = {.lex_state = 19},
  [15] = {.lex_state = 19},
  [16] = {.lex_state = 19},
  [17] = {.lex_state = 19},
  [18] = {.lex_state = 19},
  [19] = {.lex_state = 19},
  [20] = {.lex_state = 19},
  [21] = {.lex_state = 19},
  [22] = {.lex_state = 19},
  [23] = {.lex_state = 19},
  [24] = {.lex_state = 19},
  [25] = {.lex_state = 19},
  [26] = {.lex_state = 19},
  [27] = {.lex_state = 19},
  [28] = {.lex_state = 19},
  [29] = {.lex_state = 19},
  [30] = {.lex_state = 19},
  [31] = {.lex_state = 19},
  [32] = {.lex_state = 19},
  [33] = {.lex_state = 19},
  [34] = {.lex_state = 19},
  [35] = {.lex_state = 0},
  [36] = {.lex_state = 19},
  [37] = {.lex_state = 19},
  [38] = {.lex_state = 19},
  [39] = {.lex_state = 19},
  [40] = {.lex_state = 19},
  [41] = {.lex_state = 19},
  [42] = {.lex_state = 19},
  [43] = {.lex_state = 19},
  [44] = {.lex_state = 19},
  [45] = {.lex_state = 0},
  [46] = {.lex_state = 0},
  [47] = {.lex_state = 0},
  [48] = {.lex_state = 0},
  [49] = {.lex_state = 0},
  [50] = {.lex_state = 0},
  [51] = {.lex_state = 19},
  [52] = {.lex_state = 19},
  [53] = {.lex_state = 4},
  [54] = {.lex_state = 0},
  [55] = {.lex_state = 0},
  [56] = {.lex_state = 1},
  [57] = {.lex_state = 0},
  [58] = {.lex_state = 0},
  [59] = {.lex_state = 0},
  [60] = {.lex_state = 19},
  [61] = {.lex_state = 0},
  [62] = {.lex_state = 4},
  [63] = {.lex_state = 0},
  [64] = {.lex_state = 0},
  [65] = {.lex_state = 0},
  [66] = {.lex_state = 0},
  [67] = {.lex_state = 0},
  [68] = {.lex_state = 0},
  [69] = {.lex_state = 0},
  [70] = {.lex_state = 0},
  [71] = {.lex_state = 19},
  [72] = {.lex_state = 0},
  [73] = {.lex_state = 0},
  [74] = {.lex_state = 19},
  [75] = {.lex_state = 0},
  [76] = {.lex_state = 0},
  [77] = {.lex_state = 19},
  [78] = {.lex_state = 19},
  [79] = {.lex_state = 0},
  [80] = {.lex_state = 0},
  [81] = {.lex_state = 19},
  [82] = {.lex_state = 0},
  [83] = {.lex_state = 19},
  [84] = {.lex_state = 0},
  [85] = {.lex_state = 19},
  [86] = {.lex_state = 19},
  [87] = {.lex_state = 0},
  [88] = {.lex_state = 0},
  [89] = {.lex_state = 0},
  [90] = {.lex_state = 2},
  [91] = {.lex_state = 2},
  [92] = {.lex_state = 0},
  [93] = {.lex_state = 0},
  [94] = {.lex_state = 19},
  [95] = {.lex_state = 19},
  [96] = {.lex_state = 19},
  [97] = {.lex_state = 0},
  [98] = {.lex_state = 19},
  [99] = {.lex_state = 19},
  [100] = {.lex_state = 0},
  [101] = {.lex_state = 0},
  [102] = {.lex_state = 0},
  [103] = {.lex_state = 2},
  [104] = {.lex_state = 0},
  [105] = {.lex_state = 19},
  [106] = {.lex_state = 0},
  [107] = {.lex_state = 2},
  [108] = {.lex_state = 0},
  [109] = {.lex_state = 0},
  [110] = {.lex_state = 19},
  [111] = {.lex_state = 19},
  [112] = {.lex_state = 19},
  [113] = {.lex_state = 0},
  [114] = {.lex_state = 0},
  [115] = {.lex_state = 19},
  [116] = {.lex_state = 19},
  [117] = {.lex_state = 0},
  [118] = {.lex_state = 0},
  [119] = {.lex_state = 0},
  [120] = {.lex_state = 0},
  [121] = {.lex_state = 0},
  [122] = {.lex_state = 0},
  [123] = {.lex_state = 0},
  [124] = {.lex_state = 0},
  [125] = {.lex_state = 0},
  [126] = {.lex_state = 0},
  [127] = {.lex_state = 0},
  [128] = {.lex_state = 0},
  [129] = {.lex_state = 0},
  [130] = {.lex_state = 0},
  [131] = {.lex_state = 0},
  [132] = {.lex_state = 0},
  [133] = {.lex_state = 0},
  [134] = {.lex_state = 0},
  [135] = {.lex_state = 0},
  [136] = {.lex_state = 0},
  [137] = {.lex_state = 2},
  [138] = {.lex_state = 0},
  [139] = {.lex_state = 2},
  [140] = {.lex_state = 0},
  [141] = {.lex_state = 0},
  [142] = {.lex_state = 0},
  [143] = {.lex_state = 0},
  [144] = {.lex_state = 0},
  [145] = {.lex_state = 0},
  [146] = {.lex_state = 19},
  [147] = {.lex_state = 19},
  [148] = {.lex_state = 2},
  [149] = {.lex_state = 19},
  [150] = {.lex_state = 19},
  [151] = {.lex_state = 19},
  [152] = {.lex_state = 19},
  [153] = {.lex_state = 2},
  [154] = {.lex_state = 0},
  [155] = {.lex_state = 0},
  [156] = {.lex_state = 19},
  [157] = {.lex_state = 19},
  [158] = {.lex_state = 0},
  [159] = {.lex_state = 19},
  [160] = {.lex_state = 0},
  [161] = {.lex_state = 19},
  [162] = {.lex_state = 19},
  [163] = {.lex_state = 19},
  [164] = {.lex_state = 19},
  [165] = {.lex_state = 19},
  [166] = {.lex_state = 2},
  [167] = {.lex_state = 2},
  [168] = {.lex_state = 19},
  [169] = {.lex_state = 6},
  [170] = {.lex_state = 0},
  [171] = {.lex_state = 19},
  [172] = {.lex_state = 19},
  [173] = {.lex_state = 19},
  [174] = {.lex_state = 19},
  [175] = {.lex_state = 19},
  [176] = {.lex_state = 19},
  [177] = {.lex_state = 19},
  [178] = {.lex_state = 19},
  [179] = {.lex_state = 19},
  [180] = {.lex_state = 2},
  [181] = {.lex_state = 19},
  [182] = {.lex_state = 19},
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
    [sym_source_file] = STATE(155),
    [sym__separator] = STATE(2),
    [sym__statement] = STATE(47),
    [sym_policy_statement] = STATE(47),
    [sym_include_statement] = STATE(47),
    [sym_group_statement] = STATE(47),
    [sym_destination_statement] = STATE(47),
    [sym_service_statement] = STATE(47),
    [sym_allow_statement] = STATE(47),
    [sym_quota_statement] = STATE(47),
    [sym_exceed_statement] = STATE(47),
    [sym_audit_statement] = STATE(47),
    [sym_expect_statement] = STATE(47),
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
    [anon_sym_expect] = ACTIONS(27),
    [sym_comment] = ACTIONS(3),
  },
};

static const uint16_t ts_small_parse_table[] = {
  [0] = 16,
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
      anon_sym_expect,
    ACTIONS(29), 1,
      ts_builtin_sym_end,
    STATE(6), 1,
      aux_sym_source_file_repeat2,
    ACTIONS(31), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(3), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
    STATE(80), 11,
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
      sym_expect_statement,
  [61] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(35), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(3), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
    ACTIONS(33), 21,
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
      anon_sym_expect,
  [96] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(38), 1,
      ts_builtin_sym_end,
    ACTIONS(40), 1,
      anon_sym_policy,
    ACTIONS(43), 1,
      anon_sym_include,
    ACTIONS(46), 1,
      anon_sym_group,
    ACTIONS(49), 1,
      anon_sym_destination,
    ACTIONS(52), 1,
      anon_sym_service,
    ACTIONS(55), 1,
      anon_sym_allow,
    ACTIONS(58), 1,
      anon_sym_on,
    ACTIONS(61), 1,
      anon_sym_quota,
    ACTIONS(64), 1,
      anon_sym_audit,
    ACTIONS(67), 1,
      anon_sym_expect,
    STATE(4), 1,
      aux_sym_source_file_repeat2,
    STATE(102), 11,
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
      sym_expect_statement,
  [149] = 14,
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
      anon_sym_expect,
    ACTIONS(29), 1,
      ts_builtin_sym_end,
    STATE(4), 1,
      aux_sym_source_file_repeat2,
    STATE(80), 11,
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
      sym_expect_statement,
  [202] = 14,
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
      anon_sym_expect,
    ACTIONS(70), 1,
      ts_builtin_sym_end,
    STATE(4), 1,
      aux_sym_source_file_repeat2,
    STATE(45), 11,
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
      sym_expect_statement,
  [255] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(31), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(3), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
    ACTIONS(38), 11,
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
      anon_sym_expect,
  [280] = 12,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(74), 1,
      anon_sym_RBRACE,
    ACTIONS(76), 1,
      anon_sym_mode,
    ACTIONS(78), 1,
      anon_sym_egress,
    ACTIONS(80), 1,
      anon_sym_management,
    ACTIONS(82), 1,
      anon_sym_inside,
    ACTIONS(84), 1,
      anon_sym_log,
    ACTIONS(86), 1,
      anon_sym_baseline,
    STATE(14), 1,
      aux_sym__settings_repeat1,
    STATE(46), 1,
      sym_setting,
    ACTIONS(72), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(9), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [319] = 12,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(76), 1,
      anon_sym_mode,
    ACTIONS(78), 1,
      anon_sym_egress,
    ACTIONS(80), 1,
      anon_sym_management,
    ACTIONS(82), 1,
      anon_sym_inside,
    ACTIONS(84), 1,
      anon_sym_log,
    ACTIONS(86), 1,
      anon_sym_baseline,
    ACTIONS(88), 1,
      anon_sym_RBRACE,
    STATE(16), 1,
      aux_sym__settings_repeat1,
    STATE(57), 1,
      sym_setting,
    ACTIONS(31), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(3), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [358] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(92), 1,
      sym__newline,
    STATE(10), 1,
      aux_sym_policy_statement_repeat1,
    ACTIONS(95), 2,
      anon_sym_LBRACE,
      sym_string,
    ACTIONS(90), 8,
      anon_sym_log,
      anon_sym_exec,
      anon_sym_self,
      anon_sym_tcp,
      anon_sym_udp,
      anon_sym_icmp,
      anon_sym_icmpv6,
      sym_identifier,
  [382] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(31), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(3), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
    ACTIONS(97), 7,
      anon_sym_RBRACE,
      anon_sym_mode,
      anon_sym_egress,
      anon_sym_management,
      anon_sym_inside,
      anon_sym_log,
      anon_sym_baseline,
  [403] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(101), 1,
      anon_sym_RBRACE,
    ACTIONS(105), 1,
      anon_sym_alert,
    STATE(38), 1,
      aux_sym__actions_repeat1,
    STATE(61), 1,
      sym_action,
    ACTIONS(99), 2,
      anon_sym_SEMI,
      sym__newline,
    ACTIONS(103), 2,
      anon_sym_block,
      anon_sym_isolate,
    STATE(13), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [431] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(105), 1,
      anon_sym_alert,
    ACTIONS(107), 1,
      anon_sym_RBRACE,
    STATE(41), 1,
      aux_sym__actions_repeat1,
    STATE(69), 1,
      sym_action,
    ACTIONS(31), 2,
      anon_sym_SEMI,
      sym__newline,
    ACTIONS(103), 2,
      anon_sym_block,
      anon_sym_isolate,
    STATE(3), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [459] = 10,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(76), 1,
      anon_sym_mode,
    ACTIONS(78), 1,
      anon_sym_egress,
    ACTIONS(80), 1,
      anon_sym_management,
    ACTIONS(82), 1,
      anon_sym_inside,
    ACTIONS(84), 1,
      anon_sym_log,
    ACTIONS(86), 1,
      anon_sym_baseline,
    ACTIONS(88), 1,
      anon_sym_RBRACE,
    STATE(19), 1,
      aux_sym__settings_repeat1,
    STATE(57), 1,
      sym_setting,
  [490] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(111), 1,
      anon_sym_COMMA,
    STATE(17), 1,
      aux_sym_sources_repeat1,
    ACTIONS(109), 7,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_LBRACE,
      anon_sym_to,
      sym_multiple,
      sym_size,
  [509] = 10,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(76), 1,
      anon_sym_mode,
    ACTIONS(78), 1,
      anon_sym_egress,
    ACTIONS(80), 1,
      anon_sym_management,
    ACTIONS(82), 1,
      anon_sym_inside,
    ACTIONS(84), 1,
      anon_sym_log,
    ACTIONS(86), 1,
      anon_sym_baseline,
    ACTIONS(113), 1,
      anon_sym_RBRACE,
    STATE(19), 1,
      aux_sym__settings_repeat1,
    STATE(65), 1,
      sym_setting,
  [540] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(111), 1,
      anon_sym_COMMA,
    STATE(18), 1,
      aux_sym_sources_repeat1,
    ACTIONS(115), 7,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_LBRACE,
      anon_sym_to,
      sym_multiple,
      sym_size,
  [559] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(119), 1,
      anon_sym_COMMA,
    STATE(18), 1,
      aux_sym_sources_repeat1,
    ACTIONS(117), 7,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_LBRACE,
      anon_sym_to,
      sym_multiple,
      sym_size,
  [578] = 10,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      anon_sym_RBRACE,
    ACTIONS(122), 1,
      anon_sym_mode,
    ACTIONS(125), 1,
      anon_sym_egress,
    ACTIONS(128), 1,
      anon_sym_management,
    ACTIONS(131), 1,
      anon_sym_inside,
    ACTIONS(134), 1,
      anon_sym_log,
    ACTIONS(137), 1,
      anon_sym_baseline,
    STATE(19), 1,
      aux_sym__settings_repeat1,
    STATE(88), 1,
      sym_setting,
  [609] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(117), 8,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_LBRACE,
      anon_sym_COMMA,
      anon_sym_to,
      sym_multiple,
      sym_size,
  [623] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(140), 8,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_LBRACE,
      anon_sym_COMMA,
      anon_sym_to,
      sym_multiple,
      sym_size,
  [637] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(142), 1,
      sym_identifier,
    ACTIONS(144), 1,
      sym__newline,
    STATE(24), 1,
      aux_sym_policy_statement_repeat1,
    STATE(77), 1,
      sym_port,
    ACTIONS(146), 2,
      anon_sym_tcp,
      anon_sym_udp,
    ACTIONS(148), 2,
      anon_sym_icmp,
      anon_sym_icmpv6,
  [661] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(31), 2,
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
  [679] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(152), 1,
      sym_identifier,
    ACTIONS(154), 1,
      sym__newline,
    STATE(10), 1,
      aux_sym_policy_statement_repeat1,
    STATE(60), 1,
      sym_port,
    ACTIONS(146), 2,
      anon_sym_tcp,
      anon_sym_udp,
    ACTIONS(148), 2,
      anon_sym_icmp,
      anon_sym_icmpv6,
  [703] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(158), 1,
      anon_sym_COMMA,
    STATE(31), 1,
      aux_sym_targets_repeat1,
    ACTIONS(156), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_on,
      anon_sym_quota,
  [720] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(148), 1,
      anon_sym_icmp,
    ACTIONS(160), 1,
      sym__newline,
    ACTIONS(164), 1,
      anon_sym_icmpv6,
    STATE(28), 1,
      aux_sym_policy_statement_repeat1,
    STATE(101), 1,
      sym_port,
    ACTIONS(162), 2,
      anon_sym_tcp,
      anon_sym_udp,
  [743] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(109), 7,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_LBRACE,
      anon_sym_to,
      sym_multiple,
      sym_size,
  [756] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(148), 1,
      anon_sym_icmp,
    ACTIONS(154), 1,
      sym__newline,
    ACTIONS(164), 1,
      anon_sym_icmpv6,
    STATE(10), 1,
      aux_sym_policy_statement_repeat1,
    STATE(89), 1,
      sym_port,
    ACTIONS(162), 2,
      anon_sym_tcp,
      anon_sym_udp,
  [779] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(168), 1,
      anon_sym_COMMA,
    ACTIONS(170), 1,
      anon_sym_quota,
    STATE(32), 1,
      aux_sym_allow_statement_repeat1,
    STATE(120), 1,
      sym_inline_quota,
    ACTIONS(166), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [800] = 4,
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
  [817] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(158), 1,
      anon_sym_COMMA,
    STATE(30), 1,
      aux_sym_targets_repeat1,
    ACTIONS(177), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_on,
      anon_sym_quota,
  [834] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(168), 1,
      anon_sym_COMMA,
    ACTIONS(170), 1,
      anon_sym_quota,
    STATE(43), 1,
      aux_sym_allow_statement_repeat1,
    STATE(135), 1,
      sym_inline_quota,
    ACTIONS(179), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [855] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(183), 1,
      anon_sym_SLASH,
    ACTIONS(181), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
      anon_sym_quota,
  [869] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(170), 1,
      anon_sym_quota,
    ACTIONS(187), 1,
      anon_sym_on,
    STATE(143), 1,
      sym_inline_quota,
    ACTIONS(185), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [887] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(191), 1,
      anon_sym_COMMA,
    STATE(35), 1,
      aux_sym_setting_repeat2,
    ACTIONS(189), 4,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [903] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(172), 6,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
      anon_sym_on,
      anon_sym_quota,
  [915] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(194), 1,
      sym_identifier,
    STATE(29), 1,
      sym_port,
    ACTIONS(146), 2,
      anon_sym_tcp,
      anon_sym_udp,
    ACTIONS(148), 2,
      anon_sym_icmp,
      anon_sym_icmpv6,
  [933] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(105), 1,
      anon_sym_alert,
    ACTIONS(107), 1,
      anon_sym_RBRACE,
    STATE(39), 1,
      aux_sym__actions_repeat1,
    STATE(69), 1,
      sym_action,
    ACTIONS(103), 2,
      anon_sym_block,
      anon_sym_isolate,
  [953] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(150), 1,
      anon_sym_RBRACE,
    ACTIONS(199), 1,
      anon_sym_alert,
    STATE(39), 1,
      aux_sym__actions_repeat1,
    STATE(104), 1,
      sym_action,
    ACTIONS(196), 2,
      anon_sym_block,
      anon_sym_isolate,
  [973] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(202), 1,
      sym_identifier,
    STATE(130), 1,
      sym_port,
    ACTIONS(146), 2,
      anon_sym_tcp,
      anon_sym_udp,
    ACTIONS(148), 2,
      anon_sym_icmp,
      anon_sym_icmpv6,
  [991] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(105), 1,
      anon_sym_alert,
    ACTIONS(204), 1,
      anon_sym_RBRACE,
    STATE(39), 1,
      aux_sym__actions_repeat1,
    STATE(76), 1,
      sym_action,
    ACTIONS(103), 2,
      anon_sym_block,
      anon_sym_isolate,
  [1011] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(206), 6,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
      anon_sym_on,
      anon_sym_quota,
  [1023] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(210), 1,
      anon_sym_COMMA,
    STATE(43), 1,
      aux_sym_allow_statement_repeat1,
    ACTIONS(208), 4,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_quota,
  [1039] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(213), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
      anon_sym_quota,
  [1050] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(215), 1,
      ts_builtin_sym_end,
    ACTIONS(217), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(7), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1065] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(88), 1,
      anon_sym_RBRACE,
    ACTIONS(219), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(11), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1080] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(29), 1,
      ts_builtin_sym_end,
    ACTIONS(217), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(7), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1095] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(223), 1,
      anon_sym_COMMA,
    STATE(35), 1,
      aux_sym_setting_repeat2,
    ACTIONS(221), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1110] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(223), 1,
      anon_sym_COMMA,
    STATE(35), 1,
      aux_sym_setting_repeat2,
    ACTIONS(225), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1125] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(229), 1,
      anon_sym_COMMA,
    STATE(59), 1,
      aux_sym_service_statement_repeat1,
    ACTIONS(227), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1140] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(156), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_on,
      anon_sym_quota,
  [1151] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(148), 1,
      anon_sym_icmp,
    ACTIONS(164), 1,
      anon_sym_icmpv6,
    STATE(73), 1,
      sym_port,
    ACTIONS(162), 2,
      anon_sym_tcp,
      anon_sym_udp,
  [1168] = 3,
    ACTIONS(3), 1,
      sym_comment,
    STATE(147), 1,
      sym_window,
    ACTIONS(231), 4,
      anon_sym_hour,
      anon_sym_day,
      anon_sym_week,
      sym_duration,
  [1181] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(235), 1,
      anon_sym_COMMA,
    STATE(63), 1,
      aux_sym_setting_repeat1,
    ACTIONS(233), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1196] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(223), 1,
      anon_sym_COMMA,
    STATE(64), 1,
      aux_sym_setting_repeat2,
    ACTIONS(233), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1211] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(237), 1,
      aux_sym_rate_token1,
    STATE(127), 1,
      sym_rate,
    ACTIONS(233), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1226] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(113), 1,
      anon_sym_RBRACE,
    ACTIONS(219), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(11), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1241] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(189), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
      anon_sym_COMMA,
  [1252] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(241), 1,
      anon_sym_COMMA,
    STATE(59), 1,
      aux_sym_service_statement_repeat1,
    ACTIONS(239), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1267] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(244), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
      anon_sym_quota,
  [1278] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(107), 1,
      anon_sym_RBRACE,
    ACTIONS(246), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(23), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1293] = 3,
    ACTIONS(3), 1,
      sym_comment,
    STATE(150), 1,
      sym_window,
    ACTIONS(231), 4,
      anon_sym_hour,
      anon_sym_day,
      anon_sym_week,
      sym_duration,
  [1306] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(235), 1,
      anon_sym_COMMA,
    STATE(72), 1,
      aux_sym_setting_repeat1,
    ACTIONS(248), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1321] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(223), 1,
      anon_sym_COMMA,
    STATE(35), 1,
      aux_sym_setting_repeat2,
    ACTIONS(248), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1336] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(250), 1,
      anon_sym_RBRACE,
    ACTIONS(219), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(11), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1351] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(252), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
      anon_sym_COMMA,
  [1362] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(256), 1,
      anon_sym_COMMA,
    STATE(75), 1,
      aux_sym_action_repeat1,
    ACTIONS(254), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1377] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(223), 1,
      anon_sym_COMMA,
    STATE(48), 1,
      aux_sym_setting_repeat2,
    ACTIONS(258), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1392] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(204), 1,
      anon_sym_RBRACE,
    ACTIONS(246), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(23), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1407] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(223), 1,
      anon_sym_COMMA,
    STATE(49), 1,
      aux_sym_setting_repeat2,
    ACTIONS(260), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1422] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(181), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
      anon_sym_quota,
  [1433] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(264), 1,
      anon_sym_COMMA,
    STATE(72), 1,
      aux_sym_setting_repeat1,
    ACTIONS(262), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1448] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(229), 1,
      anon_sym_COMMA,
    STATE(50), 1,
      aux_sym_service_statement_repeat1,
    ACTIONS(267), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1463] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(269), 1,
      sym__newline,
    ACTIONS(271), 1,
      anon_sym_log,
    ACTIONS(273), 1,
      anon_sym_exec,
    STATE(78), 1,
      aux_sym_policy_statement_repeat1,
    STATE(109), 1,
      sym_sink,
  [1482] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(256), 1,
      anon_sym_COMMA,
    STATE(79), 1,
      aux_sym_action_repeat1,
    ACTIONS(275), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1497] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(277), 1,
      anon_sym_RBRACE,
    ACTIONS(246), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(23), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1512] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(208), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
      anon_sym_quota,
  [1523] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(154), 1,
      sym__newline,
    ACTIONS(271), 1,
      anon_sym_log,
    ACTIONS(273), 1,
      anon_sym_exec,
    STATE(10), 1,
      aux_sym_policy_statement_repeat1,
    STATE(82), 1,
      sym_sink,
  [1542] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(281), 1,
      anon_sym_COMMA,
    STATE(79), 1,
      aux_sym_action_repeat1,
    ACTIONS(279), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1557] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(70), 1,
      ts_builtin_sym_end,
    ACTIONS(217), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(7), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1572] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(286), 1,
      anon_sym_any,
    STATE(113), 1,
      sym_sources,
    ACTIONS(284), 2,
      anon_sym_self,
      sym_identifier,
  [1586] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(288), 4,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
      anon_sym_COMMA,
  [1596] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(292), 1,
      anon_sym_for,
    ACTIONS(290), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1608] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(154), 1,
      sym__newline,
    ACTIONS(294), 1,
      anon_sym_LBRACE,
    STATE(10), 1,
      aux_sym_policy_statement_repeat1,
    STATE(124), 1,
      sym__actions,
  [1624] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(286), 1,
      anon_sym_any,
    STATE(98), 1,
      sym_sources,
    ACTIONS(284), 2,
      anon_sym_self,
      sym_identifier,
  [1638] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(298), 1,
      anon_sym_on,
    ACTIONS(296), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1650] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(300), 1,
      sym__newline,
    ACTIONS(302), 1,
      anon_sym_LBRACE,
    STATE(92), 1,
      aux_sym_policy_statement_repeat1,
    STATE(123), 1,
      sym__settings,
  [1666] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(219), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(11), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1678] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(304), 4,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
  [1688] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(90), 1,
      sym_identifier,
    ACTIONS(95), 1,
      sym_address,
    ACTIONS(306), 1,
      sym__newline,
    STATE(90), 1,
      aux_sym_policy_statement_repeat1,
  [1704] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(309), 1,
      sym_identifier,
    ACTIONS(311), 1,
      sym__newline,
    ACTIONS(313), 1,
      sym_address,
    STATE(90), 1,
      aux_sym_policy_statement_repeat1,
  [1720] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(154), 1,
      sym__newline,
    ACTIONS(302), 1,
      anon_sym_LBRACE,
    STATE(10), 1,
      aux_sym_policy_statement_repeat1,
    STATE(136), 1,
      sym__settings,
  [1736] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(315), 4,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
      anon_sym_COMMA,
  [1746] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(154), 1,
      sym__newline,
    STATE(10), 1,
      aux_sym_policy_statement_repeat1,
    ACTIONS(317), 2,
      anon_sym_self,
      sym_identifier,
  [1760] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(286), 1,
      anon_sym_any,
    STATE(108), 1,
      sym_sources,
    ACTIONS(284), 2,
      anon_sym_self,
      sym_identifier,
  [1774] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(321), 1,
      anon_sym_warn,
    ACTIONS(319), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1786] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(262), 4,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
      anon_sym_COMMA,
  [1796] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(323), 1,
      sym_multiple,
    ACTIONS(325), 1,
      sym_size,
    STATE(118), 1,
      sym__budget,
    STATE(159), 1,
      sym_learned,
  [1812] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(329), 1,
      sym__newline,
    STATE(94), 1,
      aux_sym_policy_statement_repeat1,
    ACTIONS(327), 2,
      anon_sym_self,
      sym_identifier,
  [1826] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(331), 4,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
      anon_sym_COMMA,
  [1836] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(239), 4,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
  [1846] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(217), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(7), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1858] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(333), 1,
      sym_identifier,
    ACTIONS(335), 1,
      sym__newline,
    ACTIONS(337), 1,
      sym_address,
    STATE(91), 1,
      aux_sym_policy_statement_repeat1,
  [1874] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(246), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(23), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1886] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(341), 1,
      anon_sym_warn,
    ACTIONS(339), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1898] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(343), 4,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
      anon_sym_COMMA,
  [1908] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(345), 1,
      sym_identifier,
    ACTIONS(347), 1,
      anon_sym_any,
    ACTIONS(349), 1,
      sym_address,
    STATE(34), 1,
      sym_targets,
  [1924] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(294), 1,
      anon_sym_LBRACE,
    ACTIONS(351), 1,
      sym__newline,
    STATE(84), 1,
      aux_sym_policy_statement_repeat1,
    STATE(133), 1,
      sym__actions,
  [1940] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(279), 4,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
      anon_sym_COMMA,
  [1950] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(286), 1,
      anon_sym_any,
    STATE(176), 1,
      sym_sources,
    ACTIONS(284), 2,
      anon_sym_self,
      sym_identifier,
  [1964] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(323), 1,
      sym_multiple,
    ACTIONS(325), 1,
      sym_size,
    STATE(126), 1,
      sym__budget,
    STATE(159), 1,
      sym_learned,
  [1980] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(355), 1,
      anon_sym_warn,
    ACTIONS(353), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1992] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(357), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2001] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(359), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2010] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(271), 1,
      anon_sym_log,
    ACTIONS(273), 1,
      anon_sym_exec,
    STATE(67), 1,
      sym_sink,
  [2023] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(361), 3,
      anon_sym_second,
      anon_sym_minute,
      anon_sym_hour2,
  [2032] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(363), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2041] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(365), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2050] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(367), 1,
      sym__newline,
    ACTIONS(369), 1,
      sym_string,
    STATE(144), 1,
      aux_sym_policy_statement_repeat1,
  [2063] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(371), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2072] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(275), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [2081] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(233), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [2090] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(373), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2099] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(375), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2108] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(377), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2117] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(379), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2126] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(248), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [2135] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(381), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2144] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(339), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2153] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(383), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2162] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(385), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2171] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(387), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [2180] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(389), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2189] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(391), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2198] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(393), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2207] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(395), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2216] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(397), 1,
      sym__newline,
    ACTIONS(399), 1,
      sym_address,
    STATE(139), 1,
      aux_sym_policy_statement_repeat1,
  [2229] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(401), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2238] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(311), 1,
      sym__newline,
    ACTIONS(403), 1,
      sym_address,
    STATE(90), 1,
      aux_sym_policy_statement_repeat1,
  [2251] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(405), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2260] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(353), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2269] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(407), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2278] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(409), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2287] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(154), 1,
      sym__newline,
    ACTIONS(411), 1,
      sym_string,
    STATE(10), 1,
      aux_sym_policy_statement_repeat1,
  [2300] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(413), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2309] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(415), 2,
      anon_sym_gateway,
      anon_sym_host,
  [2317] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(417), 1,
      anon_sym_per,
    ACTIONS(419), 1,
      anon_sym_total,
  [2327] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(421), 2,
      anon_sym_self,
      sym_address,
  [2335] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(423), 2,
      anon_sym_allow,
      anon_sym_deny,
  [2343] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(425), 1,
      anon_sym_per,
    ACTIONS(427), 1,
      anon_sym_total,
  [2353] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(429), 2,
      anon_sym_per,
      anon_sym_total,
  [2361] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(415), 1,
      sym_identifier,
  [2368] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(431), 1,
      sym_address,
  [2375] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(433), 1,
      anon_sym_SLASH,
  [2382] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(435), 1,
      ts_builtin_sym_end,
  [2389] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(437), 1,
      anon_sym_usual,
  [2396] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(439), 1,
      sym_identifier,
  [2403] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(441), 1,
      sym_string,
  [2410] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(443), 1,
      sym_size,
  [2417] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(445), 1,
      sym_string,
  [2424] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(447), 1,
      sym_identifier,
  [2431] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(449), 1,
      anon_sym_at,
  [2438] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(451), 1,
      anon_sym_per,
  [2445] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(453), 1,
      anon_sym_per,
  [2452] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(455), 1,
      anon_sym_host,
  [2459] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(457), 1,
      sym_address,
  [2466] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(459), 1,
      sym_address,
  [2473] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(461), 1,
      sym_duration,
  [2480] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(463), 1,
      aux_sym_port_token1,
  [2487] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(465), 1,
      sym_string,
  [2494] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(467), 1,
      anon_sym_denied,
  [2501] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(469), 1,
      anon_sym_learn,
  [2508] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(471), 1,
      sym_duration,
  [2515] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(473), 1,
      anon_sym_exceed,
  [2522] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(475), 1,
      anon_sym_to,
  [2529] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(477), 1,
      anon_sym_to,
  [2536] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(479), 1,
      sym_size,
  [2543] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(427), 1,
      anon_sym_host,
  [2550] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(481), 1,
      sym_identifier,
  [2557] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(483), 1,
      sym_address,
  [2564] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(485), 1,
      anon_sym_least,
  [2571] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(487), 1,
      sym_identifier,
};

static const uint32_t ts_small_parse_table_map[] = {
  [SMALL_STATE(2)] = 0,
  [SMALL_STATE(3)] = 61,
  [SMALL_STATE(4)] = 96,
  [SMALL_STATE(5)] = 149,
  [SMALL_STATE(6)] = 202,
  [SMALL_STATE(7)] = 255,
  [SMALL_STATE(8)] = 280,
  [SMALL_STATE(9)] = 319,
  [SMALL_STATE(10)] = 358,
  [SMALL_STATE(11)] = 382,
  [SMALL_STATE(12)] = 403,
  [SMALL_STATE(13)] = 431,
  [SMALL_STATE(14)] = 459,
  [SMALL_STATE(15)] = 490,
  [SMALL_STATE(16)] = 509,
  [SMALL_STATE(17)] = 540,
  [SMALL_STATE(18)] = 559,
  [SMALL_STATE(19)] = 578,
  [SMALL_STATE(20)] = 609,
  [SMALL_STATE(21)] = 623,
  [SMALL_STATE(22)] = 637,
  [SMALL_STATE(23)] = 661,
  [SMALL_STATE(24)] = 679,
  [SMALL_STATE(25)] = 703,
  [SMALL_STATE(26)] = 720,
  [SMALL_STATE(27)] = 743,
  [SMALL_STATE(28)] = 756,
  [SMALL_STATE(29)] = 779,
  [SMALL_STATE(30)] = 800,
  [SMALL_STATE(31)] = 817,
  [SMALL_STATE(32)] = 834,
  [SMALL_STATE(33)] = 855,
  [SMALL_STATE(34)] = 869,
  [SMALL_STATE(35)] = 887,
  [SMALL_STATE(36)] = 903,
  [SMALL_STATE(37)] = 915,
  [SMALL_STATE(38)] = 933,
  [SMALL_STATE(39)] = 953,
  [SMALL_STATE(40)] = 973,
  [SMALL_STATE(41)] = 991,
  [SMALL_STATE(42)] = 1011,
  [SMALL_STATE(43)] = 1023,
  [SMALL_STATE(44)] = 1039,
  [SMALL_STATE(45)] = 1050,
  [SMALL_STATE(46)] = 1065,
  [SMALL_STATE(47)] = 1080,
  [SMALL_STATE(48)] = 1095,
  [SMALL_STATE(49)] = 1110,
  [SMALL_STATE(50)] = 1125,
  [SMALL_STATE(51)] = 1140,
  [SMALL_STATE(52)] = 1151,
  [SMALL_STATE(53)] = 1168,
  [SMALL_STATE(54)] = 1181,
  [SMALL_STATE(55)] = 1196,
  [SMALL_STATE(56)] = 1211,
  [SMALL_STATE(57)] = 1226,
  [SMALL_STATE(58)] = 1241,
  [SMALL_STATE(59)] = 1252,
  [SMALL_STATE(60)] = 1267,
  [SMALL_STATE(61)] = 1278,
  [SMALL_STATE(62)] = 1293,
  [SMALL_STATE(63)] = 1306,
  [SMALL_STATE(64)] = 1321,
  [SMALL_STATE(65)] = 1336,
  [SMALL_STATE(66)] = 1351,
  [SMALL_STATE(67)] = 1362,
  [SMALL_STATE(68)] = 1377,
  [SMALL_STATE(69)] = 1392,
  [SMALL_STATE(70)] = 1407,
  [SMALL_STATE(71)] = 1422,
  [SMALL_STATE(72)] = 1433,
  [SMALL_STATE(73)] = 1448,
  [SMALL_STATE(74)] = 1463,
  [SMALL_STATE(75)] = 1482,
  [SMALL_STATE(76)] = 1497,
  [SMALL_STATE(77)] = 1512,
  [SMALL_STATE(78)] = 1523,
  [SMALL_STATE(79)] = 1542,
  [SMALL_STATE(80)] = 1557,
  [SMALL_STATE(81)] = 1572,
  [SMALL_STATE(82)] = 1586,
  [SMALL_STATE(83)] = 1596,
  [SMALL_STATE(84)] = 1608,
  [SMALL_STATE(85)] = 1624,
  [SMALL_STATE(86)] = 1638,
  [SMALL_STATE(87)] = 1650,
  [SMALL_STATE(88)] = 1666,
  [SMALL_STATE(89)] = 1678,
  [SMALL_STATE(90)] = 1688,
  [SMALL_STATE(91)] = 1704,
  [SMALL_STATE(92)] = 1720,
  [SMALL_STATE(93)] = 1736,
  [SMALL_STATE(94)] = 1746,
  [SMALL_STATE(95)] = 1760,
  [SMALL_STATE(96)] = 1774,
  [SMALL_STATE(97)] = 1786,
  [SMALL_STATE(98)] = 1796,
  [SMALL_STATE(99)] = 1812,
  [SMALL_STATE(100)] = 1826,
  [SMALL_STATE(101)] = 1836,
  [SMALL_STATE(102)] = 1846,
  [SMALL_STATE(103)] = 1858,
  [SMALL_STATE(104)] = 1874,
  [SMALL_STATE(105)] = 1886,
  [SMALL_STATE(106)] = 1898,
  [SMALL_STATE(107)] = 1908,
  [SMALL_STATE(108)] = 1924,
  [SMALL_STATE(109)] = 1940,
  [SMALL_STATE(110)] = 1950,
  [SMALL_STATE(111)] = 1964,
  [SMALL_STATE(112)] = 1980,
  [SMALL_STATE(113)] = 1992,
  [SMALL_STATE(114)] = 2001,
  [SMALL_STATE(115)] = 2010,
  [SMALL_STATE(116)] = 2023,
  [SMALL_STATE(117)] = 2032,
  [SMALL_STATE(118)] = 2041,
  [SMALL_STATE(119)] = 2050,
  [SMALL_STATE(120)] = 2063,
  [SMALL_STATE(121)] = 2072,
  [SMALL_STATE(122)] = 2081,
  [SMALL_STATE(123)] = 2090,
  [SMALL_STATE(124)] = 2099,
  [SMALL_STATE(125)] = 2108,
  [SMALL_STATE(126)] = 2117,
  [SMALL_STATE(127)] = 2126,
  [SMALL_STATE(128)] = 2135,
  [SMALL_STATE(129)] = 2144,
  [SMALL_STATE(130)] = 2153,
  [SMALL_STATE(131)] = 2162,
  [SMALL_STATE(132)] = 2171,
  [SMALL_STATE(133)] = 2180,
  [SMALL_STATE(134)] = 2189,
  [SMALL_STATE(135)] = 2198,
  [SMALL_STATE(136)] = 2207,
  [SMALL_STATE(137)] = 2216,
  [SMALL_STATE(138)] = 2229,
  [SMALL_STATE(139)] = 2238,
  [SMALL_STATE(140)] = 2251,
  [SMALL_STATE(141)] = 2260,
  [SMALL_STATE(142)] = 2269,
  [SMALL_STATE(143)] = 2278,
  [SMALL_STATE(144)] = 2287,
  [SMALL_STATE(145)] = 2300,
  [SMALL_STATE(146)] = 2309,
  [SMALL_STATE(147)] = 2317,
  [SMALL_STATE(148)] = 2327,
  [SMALL_STATE(149)] = 2335,
  [SMALL_STATE(150)] = 2343,
  [SMALL_STATE(151)] = 2353,
  [SMALL_STATE(152)] = 2361,
  [SMALL_STATE(153)] = 2368,
  [SMALL_STATE(154)] = 2375,
  [SMALL_STATE(155)] = 2382,
  [SMALL_STATE(156)] = 2389,
  [SMALL_STATE(157)] = 2396,
  [SMALL_STATE(158)] = 2403,
  [SMALL_STATE(159)] = 2410,
  [SMALL_STATE(160)] = 2417,
  [SMALL_STATE(161)] = 2424,
  [SMALL_STATE(162)] = 2431,
  [SMALL_STATE(163)] = 2438,
  [SMALL_STATE(164)] = 2445,
  [SMALL_STATE(165)] = 2452,
  [SMALL_STATE(166)] = 2459,
  [SMALL_STATE(167)] = 2466,
  [SMALL_STATE(168)] = 2473,
  [SMALL_STATE(169)] = 2480,
  [SMALL_STATE(170)] = 2487,
  [SMALL_STATE(171)] = 2494,
  [SMALL_STATE(172)] = 2501,
  [SMALL_STATE(173)] = 2508,
  [SMALL_STATE(174)] = 2515,
  [SMALL_STATE(175)] = 2522,
  [SMALL_STATE(176)] = 2529,
  [SMALL_STATE(177)] = 2536,
  [SMALL_STATE(178)] = 2543,
  [SMALL_STATE(179)] = 2550,
  [SMALL_STATE(180)] = 2557,
  [SMALL_STATE(181)] = 2564,
  [SMALL_STATE(182)] = 2571,
};

static const TSParseActionEntry ts_parse_actions[] = {
  [0] = {.entry = {.count = 0, .reusable = false}},
  [1] = {.entry = {.count = 1, .reusable = false}}, RECOVER(),
  [3] = {.entry = {.count = 1, .reusable = true}}, SHIFT_EXTRA(),
  [5] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 0, 0, 0),
  [7] = {.entry = {.count = 1, .reusable = true}}, SHIFT(2),
  [9] = {.entry = {.count = 1, .reusable = true}}, SHIFT(182),
  [11] = {.entry = {.count = 1, .reusable = true}}, SHIFT(158),
  [13] = {.entry = {.count = 1, .reusable = true}}, SHIFT(157),
  [15] = {.entry = {.count = 1, .reusable = true}}, SHIFT(179),
  [17] = {.entry = {.count = 1, .reusable = true}}, SHIFT(161),
  [19] = {.entry = {.count = 1, .reusable = true}}, SHIFT(110),
  [21] = {.entry = {.count = 1, .reusable = true}}, SHIFT(174),
  [23] = {.entry = {.count = 1, .reusable = true}}, SHIFT(85),
  [25] = {.entry = {.count = 1, .reusable = true}}, SHIFT(81),
  [27] = {.entry = {.count = 1, .reusable = true}}, SHIFT(149),
  [29] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 1, 0, 0),
  [31] = {.entry = {.count = 1, .reusable = true}}, SHIFT(3),
  [33] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0),
  [35] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(3),
  [38] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0),
  [40] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(182),
  [43] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(158),
  [46] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(157),
  [49] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(179),
  [52] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(161),
  [55] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(110),
  [58] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(174),
  [61] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(85),
  [64] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(81),
  [67] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(149),
  [70] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 2, 0, 0),
  [72] = {.entry = {.count = 1, .reusable = true}}, SHIFT(9),
  [74] = {.entry = {.count = 1, .reusable = true}}, SHIFT(138),
  [76] = {.entry = {.count = 1, .reusable = true}}, SHIFT(146),
  [78] = {.entry = {.count = 1, .reusable = true}}, SHIFT(160),
  [80] = {.entry = {.count = 1, .reusable = true}}, SHIFT(152),
  [82] = {.entry = {.count = 1, .reusable = true}}, SHIFT(167),
  [84] = {.entry = {.count = 1, .reusable = true}}, SHIFT(171),
  [86] = {.entry = {.count = 1, .reusable = true}}, SHIFT(172),
  [88] = {.entry = {.count = 1, .reusable = true}}, SHIFT(128),
  [90] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_policy_statement_repeat1, 2, 0, 0),
  [92] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_policy_statement_repeat1, 2, 0, 0), SHIFT_REPEAT(10),
  [95] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_policy_statement_repeat1, 2, 0, 0),
  [97] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__settings_repeat1, 2, 0, 0),
  [99] = {.entry = {.count = 1, .reusable = true}}, SHIFT(13),
  [101] = {.entry = {.count = 1, .reusable = true}}, SHIFT(114),
  [103] = {.entry = {.count = 1, .reusable = true}}, SHIFT(83),
  [105] = {.entry = {.count = 1, .reusable = true}}, SHIFT(115),
  [107] = {.entry = {.count = 1, .reusable = true}}, SHIFT(131),
  [109] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sources, 1, 0, 0),
  [111] = {.entry = {.count = 1, .reusable = true}}, SHIFT(99),
  [113] = {.entry = {.count = 1, .reusable = true}}, SHIFT(134),
  [115] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sources, 2, 0, 0),
  [117] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_sources_repeat1, 2, 0, 0),
  [119] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_sources_repeat1, 2, 0, 0), SHIFT_REPEAT(99),
  [122] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__settings_repeat1, 2, 0, 0), SHIFT_REPEAT(146),
  [125] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__settings_repeat1, 2, 0, 0), SHIFT_REPEAT(160),
  [128] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__settings_repeat1, 2, 0, 0), SHIFT_REPEAT(152),
  [131] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__settings_repeat1, 2, 0, 0), SHIFT_REPEAT(167),
  [134] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__settings_repeat1, 2, 0, 0), SHIFT_REPEAT(171),
  [137] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__settings_repeat1, 2, 0, 0), SHIFT_REPEAT(172),
  [140] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_sources_repeat1, 3, 0, 0),
  [142] = {.entry = {.count = 1, .reusable = false}}, SHIFT(77),
  [144] = {.entry = {.count = 1, .reusable = true}}, SHIFT(24),
  [146] = {.entry = {.count = 1, .reusable = false}}, SHIFT(33),
  [148] = {.entry = {.count = 1, .reusable = false}}, SHIFT(71),
  [150] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__actions_repeat1, 2, 0, 0),
  [152] = {.entry = {.count = 1, .reusable = false}}, SHIFT(60),
  [154] = {.entry = {.count = 1, .reusable = true}}, SHIFT(10),
  [156] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_targets, 1, 0, 0),
  [158] = {.entry = {.count = 1, .reusable = true}}, SHIFT(103),
  [160] = {.entry = {.count = 1, .reusable = true}}, SHIFT(28),
  [162] = {.entry = {.count = 1, .reusable = true}}, SHIFT(33),
  [164] = {.entry = {.count = 1, .reusable = true}}, SHIFT(71),
  [166] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_allow_statement, 6, 0, 7),
  [168] = {.entry = {.count = 1, .reusable = true}}, SHIFT(22),
  [170] = {.entry = {.count = 1, .reusable = true}}, SHIFT(111),
  [172] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_targets_repeat1, 2, 0, 0),
  [174] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_targets_repeat1, 2, 0, 0), SHIFT_REPEAT(103),
  [177] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_targets, 2, 0, 0),
  [179] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_allow_statement, 7, 0, 8),
  [181] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_port, 1, 0, 0),
  [183] = {.entry = {.count = 1, .reusable = true}}, SHIFT(169),
  [185] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_allow_statement, 4, 0, 4),
  [187] = {.entry = {.count = 1, .reusable = true}}, SHIFT(37),
  [189] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_setting_repeat2, 2, 0, 0),
  [191] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_setting_repeat2, 2, 0, 0), SHIFT_REPEAT(137),
  [194] = {.entry = {.count = 1, .reusable = false}}, SHIFT(29),
  [196] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__actions_repeat1, 2, 0, 0), SHIFT_REPEAT(83),
  [199] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__actions_repeat1, 2, 0, 0), SHIFT_REPEAT(115),
  [202] = {.entry = {.count = 1, .reusable = false}}, SHIFT(130),
  [204] = {.entry = {.count = 1, .reusable = true}}, SHIFT(125),
  [206] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_targets_repeat1, 3, 0, 0),
  [208] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_allow_statement_repeat1, 2, 0, 0),
  [210] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_allow_statement_repeat1, 2, 0, 0), SHIFT_REPEAT(22),
  [213] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_port, 3, 0, 0),
  [215] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 3, 0, 0),
  [217] = {.entry = {.count = 1, .reusable = true}}, SHIFT(7),
  [219] = {.entry = {.count = 1, .reusable = true}}, SHIFT(11),
  [221] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_group_statement, 4, 0, 3),
  [223] = {.entry = {.count = 1, .reusable = true}}, SHIFT(137),
  [225] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_destination_statement, 4, 0, 3),
  [227] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_service_statement, 4, 0, 3),
  [229] = {.entry = {.count = 1, .reusable = true}}, SHIFT(26),
  [231] = {.entry = {.count = 1, .reusable = true}}, SHIFT(151),
  [233] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_setting, 2, 0, 0),
  [235] = {.entry = {.count = 1, .reusable = true}}, SHIFT(119),
  [237] = {.entry = {.count = 1, .reusable = true}}, SHIFT(154),
  [239] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_service_statement_repeat1, 2, 0, 0),
  [241] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_service_statement_repeat1, 2, 0, 0), SHIFT_REPEAT(26),
  [244] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_allow_statement_repeat1, 3, 0, 0),
  [246] = {.entry = {.count = 1, .reusable = true}}, SHIFT(23),
  [248] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_setting, 3, 0, 0),
  [250] = {.entry = {.count = 1, .reusable = true}}, SHIFT(117),
  [252] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_setting_repeat2, 3, 0, 0),
  [254] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_action, 2, 0, 0),
  [256] = {.entry = {.count = 1, .reusable = true}}, SHIFT(74),
  [258] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_group_statement, 3, 0, 3),
  [260] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_destination_statement, 3, 0, 3),
  [262] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_setting_repeat1, 2, 0, 0),
  [264] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_setting_repeat1, 2, 0, 0), SHIFT_REPEAT(119),
  [267] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_service_statement, 3, 0, 3),
  [269] = {.entry = {.count = 1, .reusable = true}}, SHIFT(78),
  [271] = {.entry = {.count = 1, .reusable = true}}, SHIFT(93),
  [273] = {.entry = {.count = 1, .reusable = true}}, SHIFT(170),
  [275] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_action, 3, 0, 0),
  [277] = {.entry = {.count = 1, .reusable = true}}, SHIFT(140),
  [279] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_action_repeat1, 2, 0, 0),
  [281] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_action_repeat1, 2, 0, 0), SHIFT_REPEAT(74),
  [284] = {.entry = {.count = 1, .reusable = false}}, SHIFT(15),
  [286] = {.entry = {.count = 1, .reusable = false}}, SHIFT(27),
  [288] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_action_repeat1, 3, 0, 0),
  [290] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_action, 1, 0, 0),
  [292] = {.entry = {.count = 1, .reusable = true}}, SHIFT(168),
  [294] = {.entry = {.count = 1, .reusable = true}}, SHIFT(12),
  [296] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_expect_statement, 5, 0, 6),
  [298] = {.entry = {.count = 1, .reusable = true}}, SHIFT(40),
  [300] = {.entry = {.count = 1, .reusable = true}}, SHIFT(92),
  [302] = {.entry = {.count = 1, .reusable = true}}, SHIFT(8),
  [304] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_service_statement_repeat1, 3, 0, 0),
  [306] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_policy_statement_repeat1, 2, 0, 0), SHIFT_REPEAT(90),
  [309] = {.entry = {.count = 1, .reusable = false}}, SHIFT(42),
  [311] = {.entry = {.count = 1, .reusable = true}}, SHIFT(90),
  [313] = {.entry = {.count = 1, .reusable = true}}, SHIFT(42),
  [315] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sink, 1, 0, 0),
  [317] = {.entry = {.count = 1, .reusable = false}}, SHIFT(21),
  [319] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__budget, 4, 0, 0),
  [321] = {.entry = {.count = 1, .reusable = true}}, SHIFT(129),
  [323] = {.entry = {.count = 1, .reusable = true}}, SHIFT(156),
  [325] = {.entry = {.count = 1, .reusable = true}}, SHIFT(163),
  [327] = {.entry = {.count = 1, .reusable = false}}, SHIFT(20),
  [329] = {.entry = {.count = 1, .reusable = true}}, SHIFT(94),
  [331] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sink, 2, 0, 0),
  [333] = {.entry = {.count = 1, .reusable = false}}, SHIFT(36),
  [335] = {.entry = {.count = 1, .reusable = true}}, SHIFT(91),
  [337] = {.entry = {.count = 1, .reusable = true}}, SHIFT(36),
  [339] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__budget, 5, 0, 0),
  [341] = {.entry = {.count = 1, .reusable = true}}, SHIFT(141),
  [343] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_setting_repeat1, 3, 0, 0),
  [345] = {.entry = {.count = 1, .reusable = false}}, SHIFT(25),
  [347] = {.entry = {.count = 1, .reusable = false}}, SHIFT(51),
  [349] = {.entry = {.count = 1, .reusable = true}}, SHIFT(25),
  [351] = {.entry = {.count = 1, .reusable = true}}, SHIFT(84),
  [353] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__budget, 6, 0, 0),
  [355] = {.entry = {.count = 1, .reusable = true}}, SHIFT(145),
  [357] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_audit_statement, 2, 0, 2),
  [359] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__actions, 2, 0, 0),
  [361] = {.entry = {.count = 1, .reusable = true}}, SHIFT(132),
  [363] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__settings, 5, 0, 0),
  [365] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_quota_statement, 3, 0, 2),
  [367] = {.entry = {.count = 1, .reusable = true}}, SHIFT(144),
  [369] = {.entry = {.count = 1, .reusable = true}}, SHIFT(97),
  [371] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_allow_statement, 7, 0, 7),
  [373] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_policy_statement, 3, 0, 3),
  [375] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_exceed_statement, 5, 0, 5),
  [377] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__actions, 4, 0, 0),
  [379] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_inline_quota, 2, 0, 0),
  [381] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__settings, 3, 0, 0),
  [383] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_expect_statement, 7, 0, 6),
  [385] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__actions, 3, 0, 0),
  [387] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rate, 3, 0, 0),
  [389] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_exceed_statement, 4, 0, 5),
  [391] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__settings, 4, 0, 0),
  [393] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_allow_statement, 8, 0, 8),
  [395] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_policy_statement, 4, 0, 3),
  [397] = {.entry = {.count = 1, .reusable = true}}, SHIFT(139),
  [399] = {.entry = {.count = 1, .reusable = true}}, SHIFT(58),
  [401] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__settings, 2, 0, 0),
  [403] = {.entry = {.count = 1, .reusable = true}}, SHIFT(66),
  [405] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__actions, 5, 0, 0),
  [407] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_include_statement, 2, 0, 1),
  [409] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_allow_statement, 5, 0, 4),
  [411] = {.entry = {.count = 1, .reusable = true}}, SHIFT(106),
  [413] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__budget, 7, 0, 0),
  [415] = {.entry = {.count = 1, .reusable = true}}, SHIFT(122),
  [417] = {.entry = {.count = 1, .reusable = true}}, SHIFT(178),
  [419] = {.entry = {.count = 1, .reusable = true}}, SHIFT(96),
  [421] = {.entry = {.count = 1, .reusable = true}}, SHIFT(175),
  [423] = {.entry = {.count = 1, .reusable = true}}, SHIFT(148),
  [425] = {.entry = {.count = 1, .reusable = true}}, SHIFT(165),
  [427] = {.entry = {.count = 1, .reusable = true}}, SHIFT(105),
  [429] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_window, 1, 0, 0),
  [431] = {.entry = {.count = 1, .reusable = true}}, SHIFT(70),
  [433] = {.entry = {.count = 1, .reusable = true}}, SHIFT(116),
  [435] = {.entry = {.count = 1, .reusable = true}},  ACCEPT_INPUT(),
  [437] = {.entry = {.count = 1, .reusable = true}}, SHIFT(162),
  [439] = {.entry = {.count = 1, .reusable = true}}, SHIFT(180),
  [441] = {.entry = {.count = 1, .reusable = true}}, SHIFT(142),
  [443] = {.entry = {.count = 1, .reusable = true}}, SHIFT(164),
  [445] = {.entry = {.count = 1, .reusable = true}}, SHIFT(54),
  [447] = {.entry = {.count = 1, .reusable = true}}, SHIFT(52),
  [449] = {.entry = {.count = 1, .reusable = true}}, SHIFT(181),
  [451] = {.entry = {.count = 1, .reusable = true}}, SHIFT(53),
  [453] = {.entry = {.count = 1, .reusable = true}}, SHIFT(62),
  [455] = {.entry = {.count = 1, .reusable = true}}, SHIFT(112),
  [457] = {.entry = {.count = 1, .reusable = true}}, SHIFT(86),
  [459] = {.entry = {.count = 1, .reusable = true}}, SHIFT(55),
  [461] = {.entry = {.count = 1, .reusable = true}}, SHIFT(121),
  [463] = {.entry = {.count = 1, .reusable = true}}, SHIFT(44),
  [465] = {.entry = {.count = 1, .reusable = true}}, SHIFT(100),
  [467] = {.entry = {.count = 1, .reusable = true}}, SHIFT(56),
  [469] = {.entry = {.count = 1, .reusable = true}}, SHIFT(173),
  [471] = {.entry = {.count = 1, .reusable = true}}, SHIFT(127),
  [473] = {.entry = {.count = 1, .reusable = true}}, SHIFT(95),
  [475] = {.entry = {.count = 1, .reusable = true}}, SHIFT(166),
  [477] = {.entry = {.count = 1, .reusable = true}}, SHIFT(107),
  [479] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_learned, 4, 0, 0),
  [481] = {.entry = {.count = 1, .reusable = true}}, SHIFT(153),
  [483] = {.entry = {.count = 1, .reusable = true}}, SHIFT(68),
  [485] = {.entry = {.count = 1, .reusable = true}}, SHIFT(177),
  [487] = {.entry = {.count = 1, .reusable = true}}, SHIFT(87),
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
