#include "tree_sitter/parser.h"

#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#endif

#define LANGUAGE_VERSION 14
#define STATE_COUNT 181
#define LARGE_STATE_COUNT 2
#define SYMBOL_COUNT 98
#define ALIAS_COUNT 0
#define TOKEN_COUNT 61
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
  anon_sym_expect = 39,
  anon_sym_deny = 40,
  anon_sym_self = 41,
  anon_sym_any = 42,
  anon_sym_hour = 43,
  anon_sym_day = 44,
  anon_sym_week = 45,
  sym_duration = 46,
  sym_size = 47,
  aux_sym_rate_token1 = 48,
  anon_sym_SLASH = 49,
  anon_sym_second = 50,
  anon_sym_minute = 51,
  anon_sym_hour2 = 52,
  anon_sym_tcp = 53,
  anon_sym_udp = 54,
  aux_sym_port_token1 = 55,
  anon_sym_icmp = 56,
  anon_sym_icmpv6 = 57,
  sym_address = 58,
  sym_string = 59,
  sym_comment = 60,
  sym_source_file = 61,
  sym__separator = 62,
  sym__statement = 63,
  sym_policy_statement = 64,
  sym__settings = 65,
  sym_setting = 66,
  sym_include_statement = 67,
  sym_group_statement = 68,
  sym_destination_statement = 69,
  sym_service_statement = 70,
  sym_allow_statement = 71,
  sym_inline_quota = 72,
  sym_quota_statement = 73,
  sym__budget = 74,
  sym_learned = 75,
  sym_exceed_statement = 76,
  sym__actions = 77,
  sym_action = 78,
  sym_sink = 79,
  sym_expect_statement = 80,
  sym_sources = 81,
  sym_targets = 82,
  sym_window = 83,
  sym_rate = 84,
  sym_port = 85,
  aux_sym_source_file_repeat1 = 86,
  aux_sym_source_file_repeat2 = 87,
  aux_sym_policy_statement_repeat1 = 88,
  aux_sym__settings_repeat1 = 89,
  aux_sym_setting_repeat1 = 90,
  aux_sym_setting_repeat2 = 91,
  aux_sym_service_statement_repeat1 = 92,
  aux_sym_allow_statement_repeat1 = 93,
  aux_sym__actions_repeat1 = 94,
  aux_sym_action_repeat1 = 95,
  aux_sym_sources_repeat1 = 96,
  aux_sym_targets_repeat1 = 97,
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
    {field_name, 1},
  [2] =
    {field_sources, 1},
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
  [108] = 10,
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
      END_STATE();
    case 2:
      if (lookahead == 'a') ADVANCE(22);
      if (lookahead == 'l') ADVANCE(23);
      END_STATE();
    case 3:
      if (lookahead == 'a') ADVANCE(24);
      if (lookahead == 'e') ADVANCE(25);
      END_STATE();
    case 4:
      if (lookahead == 'g') ADVANCE(26);
      if (lookahead == 'x') ADVANCE(27);
      END_STATE();
    case 5:
      if (lookahead == 'o') ADVANCE(28);
      END_STATE();
    case 6:
      if (lookahead == 'a') ADVANCE(29);
      if (lookahead == 'r') ADVANCE(30);
      END_STATE();
    case 7:
      if (lookahead == 'o') ADVANCE(31);
      END_STATE();
    case 8:
      if (lookahead == 'c') ADVANCE(32);
      if (lookahead == 'n') ADVANCE(33);
      if (lookahead == 's') ADVANCE(34);
      END_STATE();
    case 9:
      if (lookahead == 'e') ADVANCE(35);
      if (lookahead == 'o') ADVANCE(36);
      END_STATE();
    case 10:
      if (lookahead == 'a') ADVANCE(37);
      if (lookahead == 'i') ADVANCE(38);
      if (lookahead == 'o') ADVANCE(39);
      END_STATE();
    case 11:
      if (lookahead == 'n') ADVANCE(40);
      END_STATE();
    case 12:
      if (lookahead == 'e') ADVANCE(41);
      if (lookahead == 'o') ADVANCE(42);
      END_STATE();
    case 13:
      if (lookahead == 'u') ADVANCE(43);
      END_STATE();
    case 14:
      if (lookahead == 'e') ADVANCE(44);
      END_STATE();
    case 15:
      if (lookahead == 'c') ADVANCE(45);
      if (lookahead == 'o') ADVANCE(46);
      END_STATE();
    case 16:
      if (lookahead == 'd') ADVANCE(47);
      if (lookahead == 's') ADVANCE(48);
      END_STATE();
    case 17:
      if (lookahead == 'a') ADVANCE(49);
      if (lookahead == 'e') ADVANCE(50);
      END_STATE();
    case 18:
      ADVANCE_MAP(
        'a', 1,
        'b', 2,
        'd', 3,
        'e', 4,
        'f', 5,
        'g', 6,
        'h', 51,
        'i', 8,
        'l', 9,
        'm', 52,
        'o', 11,
        'p', 12,
        'q', 13,
        's', 53,
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
      if (lookahead == 'e') ADVANCE(54);
      if (lookahead == 'l') ADVANCE(55);
      END_STATE();
    case 20:
      if (lookahead == 'y') ADVANCE(56);
      END_STATE();
    case 21:
      ACCEPT_TOKEN(anon_sym_at);
      END_STATE();
    case 22:
      if (lookahead == 's') ADVANCE(57);
      END_STATE();
    case 23:
      if (lookahead == 'o') ADVANCE(58);
      END_STATE();
    case 24:
      if (lookahead == 'y') ADVANCE(59);
      END_STATE();
    case 25:
      if (lookahead == 'n') ADVANCE(60);
      if (lookahead == 's') ADVANCE(61);
      END_STATE();
    case 26:
      if (lookahead == 'r') ADVANCE(62);
      END_STATE();
    case 27:
      if (lookahead == 'c') ADVANCE(63);
      if (lookahead == 'e') ADVANCE(64);
      if (lookahead == 'p') ADVANCE(65);
      END_STATE();
    case 28:
      if (lookahead == 'r') ADVANCE(66);
      END_STATE();
    case 29:
      if (lookahead == 't') ADVANCE(67);
      END_STATE();
    case 30:
      if (lookahead == 'o') ADVANCE(68);
      END_STATE();
    case 31:
      if (lookahead == 's') ADVANCE(69);
      if (lookahead == 'u') ADVANCE(70);
      END_STATE();
    case 32:
      if (lookahead == 'm') ADVANCE(71);
      END_STATE();
    case 33:
      if (lookahead == 'c') ADVANCE(72);
      if (lookahead == 's') ADVANCE(73);
      END_STATE();
    case 34:
      if (lookahead == 'o') ADVANCE(74);
      END_STATE();
    case 35:
      if (lookahead == 'a') ADVANCE(75);
      END_STATE();
    case 36:
      if (lookahead == 'g') ADVANCE(76);
      END_STATE();
    case 37:
      if (lookahead == 'n') ADVANCE(77);
      END_STATE();
    case 38:
      if (lookahead == 'n') ADVANCE(78);
      END_STATE();
    case 39:
      if (lookahead == 'd') ADVANCE(79);
      END_STATE();
    case 40:
      ACCEPT_TOKEN(anon_sym_on);
      END_STATE();
    case 41:
      if (lookahead == 'r') ADVANCE(80);
      END_STATE();
    case 42:
      if (lookahead == 'l') ADVANCE(81);
      END_STATE();
    case 43:
      if (lookahead == 'o') ADVANCE(82);
      END_STATE();
    case 44:
      if (lookahead == 'c') ADVANCE(83);
      if (lookahead == 'l') ADVANCE(84);
      if (lookahead == 'r') ADVANCE(85);
      END_STATE();
    case 45:
      if (lookahead == 'p') ADVANCE(86);
      END_STATE();
    case 46:
      ACCEPT_TOKEN(anon_sym_to);
      if (lookahead == 't') ADVANCE(87);
      END_STATE();
    case 47:
      if (lookahead == 'p') ADVANCE(88);
      END_STATE();
    case 48:
      if (lookahead == 'u') ADVANCE(89);
      END_STATE();
    case 49:
      if (lookahead == 'r') ADVANCE(90);
      END_STATE();
    case 50:
      if (lookahead == 'e') ADVANCE(91);
      END_STATE();
    case 51:
      if (lookahead == 'o') ADVANCE(92);
      END_STATE();
    case 52:
      if (lookahead == 'a') ADVANCE(37);
      if (lookahead == 'o') ADVANCE(39);
      END_STATE();
    case 53:
      if (lookahead == 'e') ADVANCE(93);
      END_STATE();
    case 54:
      if (lookahead == 'r') ADVANCE(94);
      END_STATE();
    case 55:
      if (lookahead == 'o') ADVANCE(95);
      END_STATE();
    case 56:
      ACCEPT_TOKEN(anon_sym_any);
      END_STATE();
    case 57:
      if (lookahead == 'e') ADVANCE(96);
      END_STATE();
    case 58:
      if (lookahead == 'c') ADVANCE(97);
      END_STATE();
    case 59:
      ACCEPT_TOKEN(anon_sym_day);
      END_STATE();
    case 60:
      if (lookahead == 'i') ADVANCE(98);
      if (lookahead == 'y') ADVANCE(99);
      END_STATE();
    case 61:
      if (lookahead == 't') ADVANCE(100);
      END_STATE();
    case 62:
      if (lookahead == 'e') ADVANCE(101);
      END_STATE();
    case 63:
      if (lookahead == 'e') ADVANCE(102);
      END_STATE();
    case 64:
      if (lookahead == 'c') ADVANCE(103);
      END_STATE();
    case 65:
      if (lookahead == 'e') ADVANCE(104);
      END_STATE();
    case 66:
      ACCEPT_TOKEN(anon_sym_for);
      END_STATE();
    case 67:
      if (lookahead == 'e') ADVANCE(105);
      END_STATE();
    case 68:
      if (lookahead == 'u') ADVANCE(106);
      END_STATE();
    case 69:
      if (lookahead == 't') ADVANCE(107);
      END_STATE();
    case 70:
      if (lookahead == 'r') ADVANCE(108);
      END_STATE();
    case 71:
      if (lookahead == 'p') ADVANCE(109);
      END_STATE();
    case 72:
      if (lookahead == 'l') ADVANCE(110);
      END_STATE();
    case 73:
      if (lookahead == 'i') ADVANCE(111);
      END_STATE();
    case 74:
      if (lookahead == 'l') ADVANCE(112);
      END_STATE();
    case 75:
      if (lookahead == 'r') ADVANCE(113);
      if (lookahead == 's') ADVANCE(114);
      END_STATE();
    case 76:
      ACCEPT_TOKEN(anon_sym_log);
      END_STATE();
    case 77:
      if (lookahead == 'a') ADVANCE(115);
      END_STATE();
    case 78:
      if (lookahead == 'u') ADVANCE(116);
      END_STATE();
    case 79:
      if (lookahead == 'e') ADVANCE(117);
      END_STATE();
    case 80:
      ACCEPT_TOKEN(anon_sym_per);
      END_STATE();
    case 81:
      if (lookahead == 'i') ADVANCE(118);
      END_STATE();
    case 82:
      if (lookahead == 't') ADVANCE(119);
      END_STATE();
    case 83:
      if (lookahead == 'o') ADVANCE(120);
      END_STATE();
    case 84:
      if (lookahead == 'f') ADVANCE(121);
      END_STATE();
    case 85:
      if (lookahead == 'v') ADVANCE(122);
      END_STATE();
    case 86:
      ACCEPT_TOKEN(anon_sym_tcp);
      END_STATE();
    case 87:
      if (lookahead == 'a') ADVANCE(123);
      END_STATE();
    case 88:
      ACCEPT_TOKEN(anon_sym_udp);
      END_STATE();
    case 89:
      if (lookahead == 'a') ADVANCE(124);
      END_STATE();
    case 90:
      if (lookahead == 'n') ADVANCE(125);
      END_STATE();
    case 91:
      if (lookahead == 'k') ADVANCE(126);
      END_STATE();
    case 92:
      if (lookahead == 's') ADVANCE(69);
      END_STATE();
    case 93:
      if (lookahead == 'l') ADVANCE(84);
      if (lookahead == 'r') ADVANCE(85);
      END_STATE();
    case 94:
      if (lookahead == 't') ADVANCE(127);
      END_STATE();
    case 95:
      if (lookahead == 'w') ADVANCE(128);
      END_STATE();
    case 96:
      if (lookahead == 'l') ADVANCE(129);
      END_STATE();
    case 97:
      if (lookahead == 'k') ADVANCE(130);
      END_STATE();
    case 98:
      if (lookahead == 'e') ADVANCE(131);
      END_STATE();
    case 99:
      ACCEPT_TOKEN(anon_sym_deny);
      END_STATE();
    case 100:
      if (lookahead == 'i') ADVANCE(132);
      END_STATE();
    case 101:
      if (lookahead == 's') ADVANCE(133);
      END_STATE();
    case 102:
      if (lookahead == 'e') ADVANCE(134);
      END_STATE();
    case 103:
      ACCEPT_TOKEN(anon_sym_exec);
      END_STATE();
    case 104:
      if (lookahead == 'c') ADVANCE(135);
      END_STATE();
    case 105:
      if (lookahead == 'w') ADVANCE(136);
      END_STATE();
    case 106:
      if (lookahead == 'p') ADVANCE(137);
      END_STATE();
    case 107:
      ACCEPT_TOKEN(anon_sym_host);
      END_STATE();
    case 108:
      ACCEPT_TOKEN(anon_sym_hour2);
      END_STATE();
    case 109:
      ACCEPT_TOKEN(anon_sym_icmp);
      if (lookahead == 'v') ADVANCE(138);
      END_STATE();
    case 110:
      if (lookahead == 'u') ADVANCE(139);
      END_STATE();
    case 111:
      if (lookahead == 'd') ADVANCE(140);
      END_STATE();
    case 112:
      if (lookahead == 'a') ADVANCE(141);
      END_STATE();
    case 113:
      if (lookahead == 'n') ADVANCE(142);
      END_STATE();
    case 114:
      if (lookahead == 't') ADVANCE(143);
      END_STATE();
    case 115:
      if (lookahead == 'g') ADVANCE(144);
      END_STATE();
    case 116:
      if (lookahead == 't') ADVANCE(145);
      END_STATE();
    case 117:
      ACCEPT_TOKEN(anon_sym_mode);
      END_STATE();
    case 118:
      if (lookahead == 'c') ADVANCE(146);
      END_STATE();
    case 119:
      if (lookahead == 'a') ADVANCE(147);
      END_STATE();
    case 120:
      if (lookahead == 'n') ADVANCE(148);
      END_STATE();
    case 121:
      ACCEPT_TOKEN(anon_sym_self);
      END_STATE();
    case 122:
      if (lookahead == 'i') ADVANCE(149);
      END_STATE();
    case 123:
      if (lookahead == 'l') ADVANCE(150);
      END_STATE();
    case 124:
      if (lookahead == 'l') ADVANCE(151);
      END_STATE();
    case 125:
      ACCEPT_TOKEN(anon_sym_warn);
      END_STATE();
    case 126:
      ACCEPT_TOKEN(anon_sym_week);
      END_STATE();
    case 127:
      ACCEPT_TOKEN(anon_sym_alert);
      END_STATE();
    case 128:
      ACCEPT_TOKEN(anon_sym_allow);
      END_STATE();
    case 129:
      if (lookahead == 'i') ADVANCE(152);
      END_STATE();
    case 130:
      ACCEPT_TOKEN(anon_sym_block);
      END_STATE();
    case 131:
      if (lookahead == 'd') ADVANCE(153);
      END_STATE();
    case 132:
      if (lookahead == 'n') ADVANCE(154);
      END_STATE();
    case 133:
      if (lookahead == 's') ADVANCE(155);
      END_STATE();
    case 134:
      if (lookahead == 'd') ADVANCE(156);
      END_STATE();
    case 135:
      if (lookahead == 't') ADVANCE(157);
      END_STATE();
    case 136:
      if (lookahead == 'a') ADVANCE(158);
      END_STATE();
    case 137:
      ACCEPT_TOKEN(anon_sym_group);
      END_STATE();
    case 138:
      if (lookahead == '6') ADVANCE(159);
      END_STATE();
    case 139:
      if (lookahead == 'd') ADVANCE(160);
      END_STATE();
    case 140:
      if (lookahead == 'e') ADVANCE(161);
      END_STATE();
    case 141:
      if (lookahead == 't') ADVANCE(162);
      END_STATE();
    case 142:
      ACCEPT_TOKEN(anon_sym_learn);
      END_STATE();
    case 143:
      ACCEPT_TOKEN(anon_sym_least);
      END_STATE();
    case 144:
      if (lookahead == 'e') ADVANCE(163);
      END_STATE();
    case 145:
      if (lookahead == 'e') ADVANCE(164);
      END_STATE();
    case 146:
      if (lookahead == 'y') ADVANCE(165);
      END_STATE();
    case 147:
      ACCEPT_TOKEN(anon_sym_quota);
      END_STATE();
    case 148:
      if (lookahead == 'd') ADVANCE(166);
      END_STATE();
    case 149:
      if (lookahead == 'c') ADVANCE(167);
      END_STATE();
    case 150:
      ACCEPT_TOKEN(anon_sym_total);
      END_STATE();
    case 151:
      ACCEPT_TOKEN(anon_sym_usual);
      END_STATE();
    case 152:
      if (lookahead == 'n') ADVANCE(168);
      END_STATE();
    case 153:
      ACCEPT_TOKEN(anon_sym_denied);
      END_STATE();
    case 154:
      if (lookahead == 'a') ADVANCE(169);
      END_STATE();
    case 155:
      ACCEPT_TOKEN(anon_sym_egress);
      END_STATE();
    case 156:
      ACCEPT_TOKEN(anon_sym_exceed);
      END_STATE();
    case 157:
      ACCEPT_TOKEN(anon_sym_expect);
      END_STATE();
    case 158:
      if (lookahead == 'y') ADVANCE(170);
      END_STATE();
    case 159:
      ACCEPT_TOKEN(anon_sym_icmpv6);
      END_STATE();
    case 160:
      if (lookahead == 'e') ADVANCE(171);
      END_STATE();
    case 161:
      ACCEPT_TOKEN(anon_sym_inside);
      END_STATE();
    case 162:
      if (lookahead == 'e') ADVANCE(172);
      END_STATE();
    case 163:
      if (lookahead == 'm') ADVANCE(173);
      END_STATE();
    case 164:
      ACCEPT_TOKEN(anon_sym_minute);
      END_STATE();
    case 165:
      ACCEPT_TOKEN(anon_sym_policy);
      END_STATE();
    case 166:
      ACCEPT_TOKEN(anon_sym_second);
      END_STATE();
    case 167:
      if (lookahead == 'e') ADVANCE(174);
      END_STATE();
    case 168:
      if (lookahead == 'e') ADVANCE(175);
      END_STATE();
    case 169:
      if (lookahead == 't') ADVANCE(176);
      END_STATE();
    case 170:
      ACCEPT_TOKEN(anon_sym_gateway);
      END_STATE();
    case 171:
      ACCEPT_TOKEN(anon_sym_include);
      END_STATE();
    case 172:
      ACCEPT_TOKEN(anon_sym_isolate);
      END_STATE();
    case 173:
      if (lookahead == 'e') ADVANCE(177);
      END_STATE();
    case 174:
      ACCEPT_TOKEN(anon_sym_service);
      END_STATE();
    case 175:
      ACCEPT_TOKEN(anon_sym_baseline);
      END_STATE();
    case 176:
      if (lookahead == 'i') ADVANCE(178);
      END_STATE();
    case 177:
      if (lookahead == 'n') ADVANCE(179);
      END_STATE();
    case 178:
      if (lookahead == 'o') ADVANCE(180);
      END_STATE();
    case 179:
      if (lookahead == 't') ADVANCE(181);
      END_STATE();
    case 180:
      if (lookahead == 'n') ADVANCE(182);
      END_STATE();
    case 181:
      ACCEPT_TOKEN(anon_sym_management);
      END_STATE();
    case 182:
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
  [33] = {.lex_state = 0},
  [34] = {.lex_state = 19},
  [35] = {.lex_state = 19},
  [36] = {.lex_state = 19},
  [37] = {.lex_state = 19},
  [38] = {.lex_state = 19},
  [39] = {.lex_state = 19},
  [40] = {.lex_state = 19},
  [41] = {.lex_state = 19},
  [42] = {.lex_state = 19},
  [43] = {.lex_state = 0},
  [44] = {.lex_state = 0},
  [45] = {.lex_state = 0},
  [46] = {.lex_state = 0},
  [47] = {.lex_state = 0},
  [48] = {.lex_state = 0},
  [49] = {.lex_state = 19},
  [50] = {.lex_state = 19},
  [51] = {.lex_state = 4},
  [52] = {.lex_state = 0},
  [53] = {.lex_state = 0},
  [54] = {.lex_state = 1},
  [55] = {.lex_state = 19},
  [56] = {.lex_state = 0},
  [57] = {.lex_state = 19},
  [58] = {.lex_state = 0},
  [59] = {.lex_state = 0},
  [60] = {.lex_state = 0},
  [61] = {.lex_state = 4},
  [62] = {.lex_state = 0},
  [63] = {.lex_state = 0},
  [64] = {.lex_state = 0},
  [65] = {.lex_state = 0},
  [66] = {.lex_state = 0},
  [67] = {.lex_state = 0},
  [68] = {.lex_state = 0},
  [69] = {.lex_state = 0},
  [70] = {.lex_state = 19},
  [71] = {.lex_state = 0},
  [72] = {.lex_state = 0},
  [73] = {.lex_state = 19},
  [74] = {.lex_state = 0},
  [75] = {.lex_state = 0},
  [76] = {.lex_state = 19},
  [77] = {.lex_state = 19},
  [78] = {.lex_state = 0},
  [79] = {.lex_state = 19},
  [80] = {.lex_state = 0},
  [81] = {.lex_state = 0},
  [82] = {.lex_state = 0},
  [83] = {.lex_state = 2},
  [84] = {.lex_state = 0},
  [85] = {.lex_state = 19},
  [86] = {.lex_state = 0},
  [87] = {.lex_state = 2},
  [88] = {.lex_state = 19},
  [89] = {.lex_state = 19},
  [90] = {.lex_state = 19},
  [91] = {.lex_state = 19},
  [92] = {.lex_state = 19},
  [93] = {.lex_state = 0},
  [94] = {.lex_state = 19},
  [95] = {.lex_state = 19},
  [96] = {.lex_state = 2},
  [97] = {.lex_state = 0},
  [98] = {.lex_state = 19},
  [99] = {.lex_state = 19},
  [100] = {.lex_state = 0},
  [101] = {.lex_state = 0},
  [102] = {.lex_state = 19},
  [103] = {.lex_state = 0},
  [104] = {.lex_state = 0},
  [105] = {.lex_state = 0},
  [106] = {.lex_state = 0},
  [107] = {.lex_state = 0},
  [108] = {.lex_state = 2},
  [109] = {.lex_state = 19},
  [110] = {.lex_state = 0},
  [111] = {.lex_state = 0},
  [112] = {.lex_state = 0},
  [113] = {.lex_state = 0},
  [114] = {.lex_state = 0},
  [115] = {.lex_state = 0},
  [116] = {.lex_state = 0},
  [117] = {.lex_state = 0},
  [118] = {.lex_state = 0},
  [119] = {.lex_state = 0},
  [120] = {.lex_state = 0},
  [121] = {.lex_state = 2},
  [122] = {.lex_state = 0},
  [123] = {.lex_state = 0},
  [124] = {.lex_state = 2},
  [125] = {.lex_state = 0},
  [126] = {.lex_state = 19},
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
  [137] = {.lex_state = 19},
  [138] = {.lex_state = 0},
  [139] = {.lex_state = 0},
  [140] = {.lex_state = 0},
  [141] = {.lex_state = 0},
  [142] = {.lex_state = 0},
  [143] = {.lex_state = 0},
  [144] = {.lex_state = 19},
  [145] = {.lex_state = 19},
  [146] = {.lex_state = 19},
  [147] = {.lex_state = 19},
  [148] = {.lex_state = 19},
  [149] = {.lex_state = 2},
  [150] = {.lex_state = 2},
  [151] = {.lex_state = 0},
  [152] = {.lex_state = 19},
  [153] = {.lex_state = 19},
  [154] = {.lex_state = 19},
  [155] = {.lex_state = 2},
  [156] = {.lex_state = 2},
  [157] = {.lex_state = 19},
  [158] = {.lex_state = 2},
  [159] = {.lex_state = 19},
  [160] = {.lex_state = 19},
  [161] = {.lex_state = 0},
  [162] = {.lex_state = 19},
  [163] = {.lex_state = 19},
  [164] = {.lex_state = 19},
  [165] = {.lex_state = 19},
  [166] = {.lex_state = 0},
  [167] = {.lex_state = 19},
  [168] = {.lex_state = 19},
  [169] = {.lex_state = 6},
  [170] = {.lex_state = 19},
  [171] = {.lex_state = 19},
  [172] = {.lex_state = 19},
  [173] = {.lex_state = 19},
  [174] = {.lex_state = 19},
  [175] = {.lex_state = 19},
  [176] = {.lex_state = 0},
  [177] = {.lex_state = 19},
  [178] = {.lex_state = 19},
  [179] = {.lex_state = 19},
  [180] = {.lex_state = 0},
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
    [sym_source_file] = STATE(180),
    [sym__separator] = STATE(2),
    [sym__statement] = STATE(45),
    [sym_policy_statement] = STATE(45),
    [sym_include_statement] = STATE(45),
    [sym_group_statement] = STATE(45),
    [sym_destination_statement] = STATE(45),
    [sym_service_statement] = STATE(45),
    [sym_allow_statement] = STATE(45),
    [sym_quota_statement] = STATE(45),
    [sym_exceed_statement] = STATE(45),
    [sym_expect_statement] = STATE(45),
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
    [anon_sym_expect] = ACTIONS(25),
    [sym_comment] = ACTIONS(3),
  },
};

static const uint16_t ts_small_parse_table[] = {
  [0] = 15,
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
      anon_sym_expect,
    ACTIONS(27), 1,
      ts_builtin_sym_end,
    STATE(6), 1,
      aux_sym_source_file_repeat2,
    ACTIONS(29), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(3), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
    STATE(80), 10,
      sym__statement,
      sym_policy_statement,
      sym_include_statement,
      sym_group_statement,
      sym_destination_statement,
      sym_service_statement,
      sym_allow_statement,
      sym_quota_statement,
      sym_exceed_statement,
      sym_expect_statement,
  [57] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(33), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(3), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
    ACTIONS(31), 20,
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
      anon_sym_expect,
  [91] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(36), 1,
      ts_builtin_sym_end,
    ACTIONS(38), 1,
      anon_sym_policy,
    ACTIONS(41), 1,
      anon_sym_include,
    ACTIONS(44), 1,
      anon_sym_group,
    ACTIONS(47), 1,
      anon_sym_destination,
    ACTIONS(50), 1,
      anon_sym_service,
    ACTIONS(53), 1,
      anon_sym_allow,
    ACTIONS(56), 1,
      anon_sym_on,
    ACTIONS(59), 1,
      anon_sym_quota,
    ACTIONS(62), 1,
      anon_sym_expect,
    STATE(4), 1,
      aux_sym_source_file_repeat2,
    STATE(104), 10,
      sym__statement,
      sym_policy_statement,
      sym_include_statement,
      sym_group_statement,
      sym_destination_statement,
      sym_service_statement,
      sym_allow_statement,
      sym_quota_statement,
      sym_exceed_statement,
      sym_expect_statement,
  [140] = 13,
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
      anon_sym_expect,
    ACTIONS(27), 1,
      ts_builtin_sym_end,
    STATE(4), 1,
      aux_sym_source_file_repeat2,
    STATE(80), 10,
      sym__statement,
      sym_policy_statement,
      sym_include_statement,
      sym_group_statement,
      sym_destination_statement,
      sym_service_statement,
      sym_allow_statement,
      sym_quota_statement,
      sym_exceed_statement,
      sym_expect_statement,
  [189] = 13,
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
      anon_sym_expect,
    ACTIONS(65), 1,
      ts_builtin_sym_end,
    STATE(4), 1,
      aux_sym_source_file_repeat2,
    STATE(59), 10,
      sym__statement,
      sym_policy_statement,
      sym_include_statement,
      sym_group_statement,
      sym_destination_statement,
      sym_service_statement,
      sym_allow_statement,
      sym_quota_statement,
      sym_exceed_statement,
      sym_expect_statement,
  [238] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(29), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(3), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
    ACTIONS(36), 10,
      ts_builtin_sym_end,
      anon_sym_policy,
      anon_sym_include,
      anon_sym_group,
      anon_sym_destination,
      anon_sym_service,
      anon_sym_allow,
      anon_sym_on,
      anon_sym_quota,
      anon_sym_expect,
  [262] = 12,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(69), 1,
      anon_sym_RBRACE,
    ACTIONS(71), 1,
      anon_sym_mode,
    ACTIONS(73), 1,
      anon_sym_egress,
    ACTIONS(75), 1,
      anon_sym_management,
    ACTIONS(77), 1,
      anon_sym_inside,
    ACTIONS(79), 1,
      anon_sym_log,
    ACTIONS(81), 1,
      anon_sym_baseline,
    STATE(14), 1,
      aux_sym__settings_repeat1,
    STATE(44), 1,
      sym_setting,
    ACTIONS(67), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(9), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [301] = 12,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(71), 1,
      anon_sym_mode,
    ACTIONS(73), 1,
      anon_sym_egress,
    ACTIONS(75), 1,
      anon_sym_management,
    ACTIONS(77), 1,
      anon_sym_inside,
    ACTIONS(79), 1,
      anon_sym_log,
    ACTIONS(81), 1,
      anon_sym_baseline,
    ACTIONS(83), 1,
      anon_sym_RBRACE,
    STATE(15), 1,
      aux_sym__settings_repeat1,
    STATE(43), 1,
      sym_setting,
    ACTIONS(29), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(3), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [340] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(87), 1,
      sym__newline,
    STATE(10), 1,
      aux_sym_policy_statement_repeat1,
    ACTIONS(90), 2,
      anon_sym_LBRACE,
      sym_string,
    ACTIONS(85), 8,
      anon_sym_log,
      anon_sym_exec,
      anon_sym_self,
      anon_sym_tcp,
      anon_sym_udp,
      anon_sym_icmp,
      anon_sym_icmpv6,
      sym_identifier,
  [364] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(29), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(3), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
    ACTIONS(92), 7,
      anon_sym_RBRACE,
      anon_sym_mode,
      anon_sym_egress,
      anon_sym_management,
      anon_sym_inside,
      anon_sym_log,
      anon_sym_baseline,
  [385] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(96), 1,
      anon_sym_RBRACE,
    ACTIONS(100), 1,
      anon_sym_alert,
    STATE(37), 1,
      aux_sym__actions_repeat1,
    STATE(60), 1,
      sym_action,
    ACTIONS(94), 2,
      anon_sym_SEMI,
      sym__newline,
    ACTIONS(98), 2,
      anon_sym_block,
      anon_sym_isolate,
    STATE(13), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [413] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(100), 1,
      anon_sym_alert,
    ACTIONS(102), 1,
      anon_sym_RBRACE,
    STATE(40), 1,
      aux_sym__actions_repeat1,
    STATE(69), 1,
      sym_action,
    ACTIONS(29), 2,
      anon_sym_SEMI,
      sym__newline,
    ACTIONS(98), 2,
      anon_sym_block,
      anon_sym_isolate,
    STATE(3), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [441] = 10,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(71), 1,
      anon_sym_mode,
    ACTIONS(73), 1,
      anon_sym_egress,
    ACTIONS(75), 1,
      anon_sym_management,
    ACTIONS(77), 1,
      anon_sym_inside,
    ACTIONS(79), 1,
      anon_sym_log,
    ACTIONS(81), 1,
      anon_sym_baseline,
    ACTIONS(83), 1,
      anon_sym_RBRACE,
    STATE(16), 1,
      aux_sym__settings_repeat1,
    STATE(43), 1,
      sym_setting,
  [472] = 10,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(71), 1,
      anon_sym_mode,
    ACTIONS(73), 1,
      anon_sym_egress,
    ACTIONS(75), 1,
      anon_sym_management,
    ACTIONS(77), 1,
      anon_sym_inside,
    ACTIONS(79), 1,
      anon_sym_log,
    ACTIONS(81), 1,
      anon_sym_baseline,
    ACTIONS(104), 1,
      anon_sym_RBRACE,
    STATE(16), 1,
      aux_sym__settings_repeat1,
    STATE(64), 1,
      sym_setting,
  [503] = 10,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(92), 1,
      anon_sym_RBRACE,
    ACTIONS(106), 1,
      anon_sym_mode,
    ACTIONS(109), 1,
      anon_sym_egress,
    ACTIONS(112), 1,
      anon_sym_management,
    ACTIONS(115), 1,
      anon_sym_inside,
    ACTIONS(118), 1,
      anon_sym_log,
    ACTIONS(121), 1,
      anon_sym_baseline,
    STATE(16), 1,
      aux_sym__settings_repeat1,
    STATE(81), 1,
      sym_setting,
  [534] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(124), 1,
      sym_identifier,
    ACTIONS(126), 1,
      sym__newline,
    STATE(19), 1,
      aux_sym_policy_statement_repeat1,
    STATE(76), 1,
      sym_port,
    ACTIONS(128), 2,
      anon_sym_tcp,
      anon_sym_udp,
    ACTIONS(130), 2,
      anon_sym_icmp,
      anon_sym_icmpv6,
  [558] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(29), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(3), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
    ACTIONS(132), 4,
      anon_sym_RBRACE,
      anon_sym_block,
      anon_sym_isolate,
      anon_sym_alert,
  [576] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(134), 1,
      sym_identifier,
    ACTIONS(136), 1,
      sym__newline,
    STATE(10), 1,
      aux_sym_policy_statement_repeat1,
    STATE(79), 1,
      sym_port,
    ACTIONS(128), 2,
      anon_sym_tcp,
      anon_sym_udp,
    ACTIONS(130), 2,
      anon_sym_icmp,
      anon_sym_icmpv6,
  [600] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(130), 1,
      anon_sym_icmp,
    ACTIONS(138), 1,
      sym__newline,
    ACTIONS(142), 1,
      anon_sym_icmpv6,
    STATE(25), 1,
      aux_sym_policy_statement_repeat1,
    STATE(107), 1,
      sym_port,
    ACTIONS(140), 2,
      anon_sym_tcp,
      anon_sym_udp,
  [623] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(146), 1,
      anon_sym_COMMA,
    STATE(21), 1,
      aux_sym_sources_repeat1,
    ACTIONS(144), 5,
      sym__newline,
      anon_sym_LBRACE,
      anon_sym_to,
      sym_multiple,
      sym_size,
  [640] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(151), 1,
      anon_sym_COMMA,
    STATE(21), 1,
      aux_sym_sources_repeat1,
    ACTIONS(149), 5,
      sym__newline,
      anon_sym_LBRACE,
      anon_sym_to,
      sym_multiple,
      sym_size,
  [657] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(151), 1,
      anon_sym_COMMA,
    STATE(22), 1,
      aux_sym_sources_repeat1,
    ACTIONS(153), 5,
      sym__newline,
      anon_sym_LBRACE,
      anon_sym_to,
      sym_multiple,
      sym_size,
  [674] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(157), 1,
      anon_sym_COMMA,
    STATE(28), 1,
      aux_sym_targets_repeat1,
    ACTIONS(155), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_on,
      anon_sym_quota,
  [691] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(130), 1,
      anon_sym_icmp,
    ACTIONS(136), 1,
      sym__newline,
    ACTIONS(142), 1,
      anon_sym_icmpv6,
    STATE(10), 1,
      aux_sym_policy_statement_repeat1,
    STATE(82), 1,
      sym_port,
    ACTIONS(140), 2,
      anon_sym_tcp,
      anon_sym_udp,
  [714] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(161), 1,
      anon_sym_COMMA,
    ACTIONS(163), 1,
      anon_sym_quota,
    STATE(29), 1,
      aux_sym_allow_statement_repeat1,
    STATE(128), 1,
      sym_inline_quota,
    ACTIONS(159), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [735] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(167), 1,
      anon_sym_COMMA,
    STATE(27), 1,
      aux_sym_targets_repeat1,
    ACTIONS(165), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_on,
      anon_sym_quota,
  [752] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(157), 1,
      anon_sym_COMMA,
    STATE(27), 1,
      aux_sym_targets_repeat1,
    ACTIONS(170), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_on,
      anon_sym_quota,
  [769] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(161), 1,
      anon_sym_COMMA,
    ACTIONS(163), 1,
      anon_sym_quota,
    STATE(42), 1,
      aux_sym_allow_statement_repeat1,
    STATE(138), 1,
      sym_inline_quota,
    ACTIONS(172), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [790] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(144), 6,
      sym__newline,
      anon_sym_LBRACE,
      anon_sym_COMMA,
      anon_sym_to,
      sym_multiple,
      sym_size,
  [802] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(176), 1,
      anon_sym_SLASH,
    ACTIONS(174), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
      anon_sym_quota,
  [816] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(163), 1,
      anon_sym_quota,
    ACTIONS(180), 1,
      anon_sym_on,
    STATE(132), 1,
      sym_inline_quota,
    ACTIONS(178), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [834] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(184), 1,
      anon_sym_COMMA,
    STATE(33), 1,
      aux_sym_setting_repeat2,
    ACTIONS(182), 4,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [850] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(187), 6,
      sym__newline,
      anon_sym_LBRACE,
      anon_sym_COMMA,
      anon_sym_to,
      sym_multiple,
      sym_size,
  [862] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(165), 6,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
      anon_sym_on,
      anon_sym_quota,
  [874] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(189), 1,
      sym_identifier,
    STATE(26), 1,
      sym_port,
    ACTIONS(128), 2,
      anon_sym_tcp,
      anon_sym_udp,
    ACTIONS(130), 2,
      anon_sym_icmp,
      anon_sym_icmpv6,
  [892] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(100), 1,
      anon_sym_alert,
    ACTIONS(102), 1,
      anon_sym_RBRACE,
    STATE(38), 1,
      aux_sym__actions_repeat1,
    STATE(69), 1,
      sym_action,
    ACTIONS(98), 2,
      anon_sym_block,
      anon_sym_isolate,
  [912] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(132), 1,
      anon_sym_RBRACE,
    ACTIONS(194), 1,
      anon_sym_alert,
    STATE(38), 1,
      aux_sym__actions_repeat1,
    STATE(101), 1,
      sym_action,
    ACTIONS(191), 2,
      anon_sym_block,
      anon_sym_isolate,
  [932] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(197), 1,
      sym_identifier,
    STATE(134), 1,
      sym_port,
    ACTIONS(128), 2,
      anon_sym_tcp,
      anon_sym_udp,
    ACTIONS(130), 2,
      anon_sym_icmp,
      anon_sym_icmpv6,
  [950] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(100), 1,
      anon_sym_alert,
    ACTIONS(199), 1,
      anon_sym_RBRACE,
    STATE(38), 1,
      aux_sym__actions_repeat1,
    STATE(75), 1,
      sym_action,
    ACTIONS(98), 2,
      anon_sym_block,
      anon_sym_isolate,
  [970] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(201), 6,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
      anon_sym_on,
      anon_sym_quota,
  [982] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(205), 1,
      anon_sym_COMMA,
    STATE(42), 1,
      aux_sym_allow_statement_repeat1,
    ACTIONS(203), 4,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_quota,
  [998] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(104), 1,
      anon_sym_RBRACE,
    ACTIONS(208), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(11), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1013] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(83), 1,
      anon_sym_RBRACE,
    ACTIONS(208), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(11), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1028] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      ts_builtin_sym_end,
    ACTIONS(210), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(7), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1043] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(214), 1,
      anon_sym_COMMA,
    STATE(33), 1,
      aux_sym_setting_repeat2,
    ACTIONS(212), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1058] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(214), 1,
      anon_sym_COMMA,
    STATE(33), 1,
      aux_sym_setting_repeat2,
    ACTIONS(216), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1073] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(220), 1,
      anon_sym_COMMA,
    STATE(58), 1,
      aux_sym_service_statement_repeat1,
    ACTIONS(218), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1088] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(155), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_on,
      anon_sym_quota,
  [1099] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(130), 1,
      anon_sym_icmp,
    ACTIONS(142), 1,
      anon_sym_icmpv6,
    STATE(71), 1,
      sym_port,
    ACTIONS(140), 2,
      anon_sym_tcp,
      anon_sym_udp,
  [1116] = 3,
    ACTIONS(3), 1,
      sym_comment,
    STATE(144), 1,
      sym_window,
    ACTIONS(222), 4,
      anon_sym_hour,
      anon_sym_day,
      anon_sym_week,
      sym_duration,
  [1129] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(226), 1,
      anon_sym_COMMA,
    STATE(62), 1,
      aux_sym_setting_repeat1,
    ACTIONS(224), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1144] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(214), 1,
      anon_sym_COMMA,
    STATE(63), 1,
      aux_sym_setting_repeat2,
    ACTIONS(224), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1159] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(228), 1,
      aux_sym_rate_token1,
    STATE(112), 1,
      sym_rate,
    ACTIONS(224), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1174] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(153), 5,
      sym__newline,
      anon_sym_LBRACE,
      anon_sym_to,
      sym_multiple,
      sym_size,
  [1185] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(182), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
      anon_sym_COMMA,
  [1196] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(230), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
      anon_sym_quota,
  [1207] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(234), 1,
      anon_sym_COMMA,
    STATE(58), 1,
      aux_sym_service_statement_repeat1,
    ACTIONS(232), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1222] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(237), 1,
      ts_builtin_sym_end,
    ACTIONS(210), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(7), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1237] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(102), 1,
      anon_sym_RBRACE,
    ACTIONS(239), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(18), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1252] = 3,
    ACTIONS(3), 1,
      sym_comment,
    STATE(147), 1,
      sym_window,
    ACTIONS(222), 4,
      anon_sym_hour,
      anon_sym_day,
      anon_sym_week,
      sym_duration,
  [1265] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(226), 1,
      anon_sym_COMMA,
    STATE(72), 1,
      aux_sym_setting_repeat1,
    ACTIONS(241), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1280] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(214), 1,
      anon_sym_COMMA,
    STATE(33), 1,
      aux_sym_setting_repeat2,
    ACTIONS(241), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1295] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(243), 1,
      anon_sym_RBRACE,
    ACTIONS(208), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(11), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1310] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(245), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
      anon_sym_COMMA,
  [1321] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(214), 1,
      anon_sym_COMMA,
    STATE(46), 1,
      aux_sym_setting_repeat2,
    ACTIONS(247), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1336] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(251), 1,
      anon_sym_COMMA,
    STATE(74), 1,
      aux_sym_action_repeat1,
    ACTIONS(249), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1351] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(214), 1,
      anon_sym_COMMA,
    STATE(47), 1,
      aux_sym_setting_repeat2,
    ACTIONS(253), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1366] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(199), 1,
      anon_sym_RBRACE,
    ACTIONS(239), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(18), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1381] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(174), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
      anon_sym_quota,
  [1392] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(220), 1,
      anon_sym_COMMA,
    STATE(48), 1,
      aux_sym_service_statement_repeat1,
    ACTIONS(255), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1407] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(259), 1,
      anon_sym_COMMA,
    STATE(72), 1,
      aux_sym_setting_repeat1,
    ACTIONS(257), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1422] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(262), 1,
      sym__newline,
    ACTIONS(264), 1,
      anon_sym_log,
    ACTIONS(266), 1,
      anon_sym_exec,
    STATE(77), 1,
      aux_sym_policy_statement_repeat1,
    STATE(106), 1,
      sym_sink,
  [1441] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(251), 1,
      anon_sym_COMMA,
    STATE(78), 1,
      aux_sym_action_repeat1,
    ACTIONS(268), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1456] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(270), 1,
      anon_sym_RBRACE,
    ACTIONS(239), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(18), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1471] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(203), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
      anon_sym_quota,
  [1482] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(136), 1,
      sym__newline,
    ACTIONS(264), 1,
      anon_sym_log,
    ACTIONS(266), 1,
      anon_sym_exec,
    STATE(10), 1,
      aux_sym_policy_statement_repeat1,
    STATE(111), 1,
      sym_sink,
  [1501] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(274), 1,
      anon_sym_COMMA,
    STATE(78), 1,
      aux_sym_action_repeat1,
    ACTIONS(272), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1516] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(277), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
      anon_sym_quota,
  [1527] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(65), 1,
      ts_builtin_sym_end,
    ACTIONS(210), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(7), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1542] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(208), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(11), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1554] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(279), 4,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
  [1564] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(281), 1,
      sym_identifier,
    ACTIONS(283), 1,
      sym__newline,
    ACTIONS(285), 1,
      sym_address,
    STATE(108), 1,
      aux_sym_policy_statement_repeat1,
  [1580] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(136), 1,
      sym__newline,
    ACTIONS(287), 1,
      anon_sym_LBRACE,
    STATE(10), 1,
      aux_sym_policy_statement_repeat1,
    STATE(117), 1,
      sym__settings,
  [1596] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(136), 1,
      sym__newline,
    STATE(10), 1,
      aux_sym_policy_statement_repeat1,
    ACTIONS(289), 2,
      anon_sym_self,
      sym_identifier,
  [1610] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(291), 4,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
      anon_sym_COMMA,
  [1620] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(293), 1,
      sym_identifier,
    ACTIONS(295), 1,
      sym__newline,
    ACTIONS(297), 1,
      sym_address,
    STATE(83), 1,
      aux_sym_policy_statement_repeat1,
  [1636] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(301), 1,
      anon_sym_any,
    STATE(162), 1,
      sym_sources,
    ACTIONS(299), 2,
      anon_sym_self,
      sym_identifier,
  [1650] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(303), 1,
      sym_multiple,
    ACTIONS(305), 1,
      sym_size,
    STATE(120), 1,
      sym__budget,
    STATE(160), 1,
      sym_learned,
  [1666] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(309), 1,
      anon_sym_for,
    ACTIONS(307), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1678] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(313), 1,
      anon_sym_warn,
    ACTIONS(311), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1690] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(301), 1,
      anon_sym_any,
    STATE(105), 1,
      sym_sources,
    ACTIONS(299), 2,
      anon_sym_self,
      sym_identifier,
  [1704] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(257), 4,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
      anon_sym_COMMA,
  [1714] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(301), 1,
      anon_sym_any,
    STATE(98), 1,
      sym_sources,
    ACTIONS(299), 2,
      anon_sym_self,
      sym_identifier,
  [1728] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(317), 1,
      sym__newline,
    STATE(85), 1,
      aux_sym_policy_statement_repeat1,
    ACTIONS(315), 2,
      anon_sym_self,
      sym_identifier,
  [1742] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(319), 1,
      sym_identifier,
    ACTIONS(321), 1,
      anon_sym_any,
    ACTIONS(323), 1,
      sym_address,
    STATE(32), 1,
      sym_targets,
  [1758] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(325), 4,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
      anon_sym_COMMA,
  [1768] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(303), 1,
      sym_multiple,
    ACTIONS(305), 1,
      sym_size,
    STATE(127), 1,
      sym__budget,
    STATE(160), 1,
      sym_learned,
  [1784] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(329), 1,
      anon_sym_on,
    ACTIONS(327), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1796] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(287), 1,
      anon_sym_LBRACE,
    ACTIONS(331), 1,
      sym__newline,
    STATE(84), 1,
      aux_sym_policy_statement_repeat1,
    STATE(118), 1,
      sym__settings,
  [1812] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(239), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(18), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1824] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(335), 1,
      anon_sym_warn,
    ACTIONS(333), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1836] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(337), 4,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
      anon_sym_COMMA,
  [1846] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(210), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(7), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1858] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(339), 1,
      sym__newline,
    ACTIONS(341), 1,
      anon_sym_LBRACE,
    STATE(110), 1,
      aux_sym_policy_statement_repeat1,
    STATE(139), 1,
      sym__actions,
  [1874] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(272), 4,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
      anon_sym_COMMA,
  [1884] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(232), 4,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
  [1894] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(85), 1,
      sym_identifier,
    ACTIONS(90), 1,
      sym_address,
    ACTIONS(343), 1,
      sym__newline,
    STATE(108), 1,
      aux_sym_policy_statement_repeat1,
  [1910] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(348), 1,
      anon_sym_warn,
    ACTIONS(346), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1922] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(136), 1,
      sym__newline,
    ACTIONS(341), 1,
      anon_sym_LBRACE,
    STATE(10), 1,
      aux_sym_policy_statement_repeat1,
    STATE(142), 1,
      sym__actions,
  [1938] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(350), 4,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
      anon_sym_COMMA,
  [1948] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(241), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1957] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(352), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1966] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(354), 1,
      sym__newline,
    ACTIONS(356), 1,
      sym_string,
    STATE(125), 1,
      aux_sym_policy_statement_repeat1,
  [1979] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(358), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1988] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(224), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1997] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(360), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2006] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(362), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2015] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(364), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2024] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(366), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2033] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(368), 1,
      sym__newline,
    ACTIONS(370), 1,
      sym_address,
    STATE(124), 1,
      aux_sym_policy_statement_repeat1,
  [2046] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(372), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2055] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(374), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2064] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(283), 1,
      sym__newline,
    ACTIONS(376), 1,
      sym_address,
    STATE(108), 1,
      aux_sym_policy_statement_repeat1,
  [2077] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(136), 1,
      sym__newline,
    ACTIONS(378), 1,
      sym_string,
    STATE(10), 1,
      aux_sym_policy_statement_repeat1,
  [2090] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(380), 3,
      anon_sym_second,
      anon_sym_minute,
      anon_sym_hour2,
  [2099] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(382), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2108] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(384), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2117] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(386), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2126] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(268), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [2135] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(388), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2144] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(390), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2153] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(333), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2162] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(392), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2171] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(394), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2180] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(396), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [2189] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(264), 1,
      anon_sym_log,
    ACTIONS(266), 1,
      anon_sym_exec,
    STATE(67), 1,
      sym_sink,
  [2202] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(398), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2211] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(400), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2220] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(402), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2229] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(346), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2238] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(404), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2247] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(406), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2256] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(408), 1,
      anon_sym_per,
    ACTIONS(410), 1,
      anon_sym_total,
  [2266] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(412), 2,
      anon_sym_gateway,
      anon_sym_host,
  [2274] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(414), 2,
      anon_sym_allow,
      anon_sym_deny,
  [2282] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(416), 1,
      anon_sym_per,
    ACTIONS(418), 1,
      anon_sym_total,
  [2292] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(420), 2,
      anon_sym_per,
      anon_sym_total,
  [2300] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(422), 2,
      anon_sym_self,
      sym_address,
  [2308] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(424), 1,
      sym_address,
  [2315] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(426), 1,
      sym_string,
  [2322] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(428), 1,
      anon_sym_per,
  [2329] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(430), 1,
      anon_sym_at,
  [2336] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(432), 1,
      sym_duration,
  [2343] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(434), 1,
      sym_address,
  [2350] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(436), 1,
      sym_address,
  [2357] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(438), 1,
      sym_identifier,
  [2364] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(440), 1,
      sym_address,
  [2371] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(442), 1,
      anon_sym_denied,
  [2378] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(444), 1,
      sym_size,
  [2385] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(446), 1,
      sym_string,
  [2392] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(448), 1,
      anon_sym_to,
  [2399] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(450), 1,
      anon_sym_host,
  [2406] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(452), 1,
      anon_sym_to,
  [2413] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(454), 1,
      sym_identifier,
  [2420] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(456), 1,
      anon_sym_SLASH,
  [2427] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(458), 1,
      anon_sym_learn,
  [2434] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(412), 1,
      sym_identifier,
  [2441] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(460), 1,
      aux_sym_port_token1,
  [2448] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(462), 1,
      anon_sym_usual,
  [2455] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(464), 1,
      sym_identifier,
  [2462] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(466), 1,
      anon_sym_exceed,
  [2469] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(468), 1,
      sym_size,
  [2476] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(418), 1,
      anon_sym_host,
  [2483] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(470), 1,
      anon_sym_per,
  [2490] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(472), 1,
      sym_string,
  [2497] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(474), 1,
      anon_sym_least,
  [2504] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(476), 1,
      sym_duration,
  [2511] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(478), 1,
      sym_identifier,
  [2518] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(480), 1,
      ts_builtin_sym_end,
};

static const uint32_t ts_small_parse_table_map[] = {
  [SMALL_STATE(2)] = 0,
  [SMALL_STATE(3)] = 57,
  [SMALL_STATE(4)] = 91,
  [SMALL_STATE(5)] = 140,
  [SMALL_STATE(6)] = 189,
  [SMALL_STATE(7)] = 238,
  [SMALL_STATE(8)] = 262,
  [SMALL_STATE(9)] = 301,
  [SMALL_STATE(10)] = 340,
  [SMALL_STATE(11)] = 364,
  [SMALL_STATE(12)] = 385,
  [SMALL_STATE(13)] = 413,
  [SMALL_STATE(14)] = 441,
  [SMALL_STATE(15)] = 472,
  [SMALL_STATE(16)] = 503,
  [SMALL_STATE(17)] = 534,
  [SMALL_STATE(18)] = 558,
  [SMALL_STATE(19)] = 576,
  [SMALL_STATE(20)] = 600,
  [SMALL_STATE(21)] = 623,
  [SMALL_STATE(22)] = 640,
  [SMALL_STATE(23)] = 657,
  [SMALL_STATE(24)] = 674,
  [SMALL_STATE(25)] = 691,
  [SMALL_STATE(26)] = 714,
  [SMALL_STATE(27)] = 735,
  [SMALL_STATE(28)] = 752,
  [SMALL_STATE(29)] = 769,
  [SMALL_STATE(30)] = 790,
  [SMALL_STATE(31)] = 802,
  [SMALL_STATE(32)] = 816,
  [SMALL_STATE(33)] = 834,
  [SMALL_STATE(34)] = 850,
  [SMALL_STATE(35)] = 862,
  [SMALL_STATE(36)] = 874,
  [SMALL_STATE(37)] = 892,
  [SMALL_STATE(38)] = 912,
  [SMALL_STATE(39)] = 932,
  [SMALL_STATE(40)] = 950,
  [SMALL_STATE(41)] = 970,
  [SMALL_STATE(42)] = 982,
  [SMALL_STATE(43)] = 998,
  [SMALL_STATE(44)] = 1013,
  [SMALL_STATE(45)] = 1028,
  [SMALL_STATE(46)] = 1043,
  [SMALL_STATE(47)] = 1058,
  [SMALL_STATE(48)] = 1073,
  [SMALL_STATE(49)] = 1088,
  [SMALL_STATE(50)] = 1099,
  [SMALL_STATE(51)] = 1116,
  [SMALL_STATE(52)] = 1129,
  [SMALL_STATE(53)] = 1144,
  [SMALL_STATE(54)] = 1159,
  [SMALL_STATE(55)] = 1174,
  [SMALL_STATE(56)] = 1185,
  [SMALL_STATE(57)] = 1196,
  [SMALL_STATE(58)] = 1207,
  [SMALL_STATE(59)] = 1222,
  [SMALL_STATE(60)] = 1237,
  [SMALL_STATE(61)] = 1252,
  [SMALL_STATE(62)] = 1265,
  [SMALL_STATE(63)] = 1280,
  [SMALL_STATE(64)] = 1295,
  [SMALL_STATE(65)] = 1310,
  [SMALL_STATE(66)] = 1321,
  [SMALL_STATE(67)] = 1336,
  [SMALL_STATE(68)] = 1351,
  [SMALL_STATE(69)] = 1366,
  [SMALL_STATE(70)] = 1381,
  [SMALL_STATE(71)] = 1392,
  [SMALL_STATE(72)] = 1407,
  [SMALL_STATE(73)] = 1422,
  [SMALL_STATE(74)] = 1441,
  [SMALL_STATE(75)] = 1456,
  [SMALL_STATE(76)] = 1471,
  [SMALL_STATE(77)] = 1482,
  [SMALL_STATE(78)] = 1501,
  [SMALL_STATE(79)] = 1516,
  [SMALL_STATE(80)] = 1527,
  [SMALL_STATE(81)] = 1542,
  [SMALL_STATE(82)] = 1554,
  [SMALL_STATE(83)] = 1564,
  [SMALL_STATE(84)] = 1580,
  [SMALL_STATE(85)] = 1596,
  [SMALL_STATE(86)] = 1610,
  [SMALL_STATE(87)] = 1620,
  [SMALL_STATE(88)] = 1636,
  [SMALL_STATE(89)] = 1650,
  [SMALL_STATE(90)] = 1666,
  [SMALL_STATE(91)] = 1678,
  [SMALL_STATE(92)] = 1690,
  [SMALL_STATE(93)] = 1704,
  [SMALL_STATE(94)] = 1714,
  [SMALL_STATE(95)] = 1728,
  [SMALL_STATE(96)] = 1742,
  [SMALL_STATE(97)] = 1758,
  [SMALL_STATE(98)] = 1768,
  [SMALL_STATE(99)] = 1784,
  [SMALL_STATE(100)] = 1796,
  [SMALL_STATE(101)] = 1812,
  [SMALL_STATE(102)] = 1824,
  [SMALL_STATE(103)] = 1836,
  [SMALL_STATE(104)] = 1846,
  [SMALL_STATE(105)] = 1858,
  [SMALL_STATE(106)] = 1874,
  [SMALL_STATE(107)] = 1884,
  [SMALL_STATE(108)] = 1894,
  [SMALL_STATE(109)] = 1910,
  [SMALL_STATE(110)] = 1922,
  [SMALL_STATE(111)] = 1938,
  [SMALL_STATE(112)] = 1948,
  [SMALL_STATE(113)] = 1957,
  [SMALL_STATE(114)] = 1966,
  [SMALL_STATE(115)] = 1979,
  [SMALL_STATE(116)] = 1988,
  [SMALL_STATE(117)] = 1997,
  [SMALL_STATE(118)] = 2006,
  [SMALL_STATE(119)] = 2015,
  [SMALL_STATE(120)] = 2024,
  [SMALL_STATE(121)] = 2033,
  [SMALL_STATE(122)] = 2046,
  [SMALL_STATE(123)] = 2055,
  [SMALL_STATE(124)] = 2064,
  [SMALL_STATE(125)] = 2077,
  [SMALL_STATE(126)] = 2090,
  [SMALL_STATE(127)] = 2099,
  [SMALL_STATE(128)] = 2108,
  [SMALL_STATE(129)] = 2117,
  [SMALL_STATE(130)] = 2126,
  [SMALL_STATE(131)] = 2135,
  [SMALL_STATE(132)] = 2144,
  [SMALL_STATE(133)] = 2153,
  [SMALL_STATE(134)] = 2162,
  [SMALL_STATE(135)] = 2171,
  [SMALL_STATE(136)] = 2180,
  [SMALL_STATE(137)] = 2189,
  [SMALL_STATE(138)] = 2202,
  [SMALL_STATE(139)] = 2211,
  [SMALL_STATE(140)] = 2220,
  [SMALL_STATE(141)] = 2229,
  [SMALL_STATE(142)] = 2238,
  [SMALL_STATE(143)] = 2247,
  [SMALL_STATE(144)] = 2256,
  [SMALL_STATE(145)] = 2266,
  [SMALL_STATE(146)] = 2274,
  [SMALL_STATE(147)] = 2282,
  [SMALL_STATE(148)] = 2292,
  [SMALL_STATE(149)] = 2300,
  [SMALL_STATE(150)] = 2308,
  [SMALL_STATE(151)] = 2315,
  [SMALL_STATE(152)] = 2322,
  [SMALL_STATE(153)] = 2329,
  [SMALL_STATE(154)] = 2336,
  [SMALL_STATE(155)] = 2343,
  [SMALL_STATE(156)] = 2350,
  [SMALL_STATE(157)] = 2357,
  [SMALL_STATE(158)] = 2364,
  [SMALL_STATE(159)] = 2371,
  [SMALL_STATE(160)] = 2378,
  [SMALL_STATE(161)] = 2385,
  [SMALL_STATE(162)] = 2392,
  [SMALL_STATE(163)] = 2399,
  [SMALL_STATE(164)] = 2406,
  [SMALL_STATE(165)] = 2413,
  [SMALL_STATE(166)] = 2420,
  [SMALL_STATE(167)] = 2427,
  [SMALL_STATE(168)] = 2434,
  [SMALL_STATE(169)] = 2441,
  [SMALL_STATE(170)] = 2448,
  [SMALL_STATE(171)] = 2455,
  [SMALL_STATE(172)] = 2462,
  [SMALL_STATE(173)] = 2469,
  [SMALL_STATE(174)] = 2476,
  [SMALL_STATE(175)] = 2483,
  [SMALL_STATE(176)] = 2490,
  [SMALL_STATE(177)] = 2497,
  [SMALL_STATE(178)] = 2504,
  [SMALL_STATE(179)] = 2511,
  [SMALL_STATE(180)] = 2518,
};

static const TSParseActionEntry ts_parse_actions[] = {
  [0] = {.entry = {.count = 0, .reusable = false}},
  [1] = {.entry = {.count = 1, .reusable = false}}, RECOVER(),
  [3] = {.entry = {.count = 1, .reusable = true}}, SHIFT_EXTRA(),
  [5] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 0, 0, 0),
  [7] = {.entry = {.count = 1, .reusable = true}}, SHIFT(2),
  [9] = {.entry = {.count = 1, .reusable = true}}, SHIFT(165),
  [11] = {.entry = {.count = 1, .reusable = true}}, SHIFT(176),
  [13] = {.entry = {.count = 1, .reusable = true}}, SHIFT(171),
  [15] = {.entry = {.count = 1, .reusable = true}}, SHIFT(179),
  [17] = {.entry = {.count = 1, .reusable = true}}, SHIFT(157),
  [19] = {.entry = {.count = 1, .reusable = true}}, SHIFT(88),
  [21] = {.entry = {.count = 1, .reusable = true}}, SHIFT(172),
  [23] = {.entry = {.count = 1, .reusable = true}}, SHIFT(94),
  [25] = {.entry = {.count = 1, .reusable = true}}, SHIFT(146),
  [27] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 1, 0, 0),
  [29] = {.entry = {.count = 1, .reusable = true}}, SHIFT(3),
  [31] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0),
  [33] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(3),
  [36] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0),
  [38] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(165),
  [41] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(176),
  [44] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(171),
  [47] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(179),
  [50] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(157),
  [53] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(88),
  [56] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(172),
  [59] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(94),
  [62] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(146),
  [65] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 2, 0, 0),
  [67] = {.entry = {.count = 1, .reusable = true}}, SHIFT(9),
  [69] = {.entry = {.count = 1, .reusable = true}}, SHIFT(123),
  [71] = {.entry = {.count = 1, .reusable = true}}, SHIFT(145),
  [73] = {.entry = {.count = 1, .reusable = true}}, SHIFT(151),
  [75] = {.entry = {.count = 1, .reusable = true}}, SHIFT(168),
  [77] = {.entry = {.count = 1, .reusable = true}}, SHIFT(155),
  [79] = {.entry = {.count = 1, .reusable = true}}, SHIFT(159),
  [81] = {.entry = {.count = 1, .reusable = true}}, SHIFT(167),
  [83] = {.entry = {.count = 1, .reusable = true}}, SHIFT(119),
  [85] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_policy_statement_repeat1, 2, 0, 0),
  [87] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_policy_statement_repeat1, 2, 0, 0), SHIFT_REPEAT(10),
  [90] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_policy_statement_repeat1, 2, 0, 0),
  [92] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__settings_repeat1, 2, 0, 0),
  [94] = {.entry = {.count = 1, .reusable = true}}, SHIFT(13),
  [96] = {.entry = {.count = 1, .reusable = true}}, SHIFT(135),
  [98] = {.entry = {.count = 1, .reusable = true}}, SHIFT(90),
  [100] = {.entry = {.count = 1, .reusable = true}}, SHIFT(137),
  [102] = {.entry = {.count = 1, .reusable = true}}, SHIFT(122),
  [104] = {.entry = {.count = 1, .reusable = true}}, SHIFT(115),
  [106] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__settings_repeat1, 2, 0, 0), SHIFT_REPEAT(145),
  [109] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__settings_repeat1, 2, 0, 0), SHIFT_REPEAT(151),
  [112] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__settings_repeat1, 2, 0, 0), SHIFT_REPEAT(168),
  [115] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__settings_repeat1, 2, 0, 0), SHIFT_REPEAT(155),
  [118] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__settings_repeat1, 2, 0, 0), SHIFT_REPEAT(159),
  [121] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__settings_repeat1, 2, 0, 0), SHIFT_REPEAT(167),
  [124] = {.entry = {.count = 1, .reusable = false}}, SHIFT(76),
  [126] = {.entry = {.count = 1, .reusable = true}}, SHIFT(19),
  [128] = {.entry = {.count = 1, .reusable = false}}, SHIFT(31),
  [130] = {.entry = {.count = 1, .reusable = false}}, SHIFT(70),
  [132] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__actions_repeat1, 2, 0, 0),
  [134] = {.entry = {.count = 1, .reusable = false}}, SHIFT(79),
  [136] = {.entry = {.count = 1, .reusable = true}}, SHIFT(10),
  [138] = {.entry = {.count = 1, .reusable = true}}, SHIFT(25),
  [140] = {.entry = {.count = 1, .reusable = true}}, SHIFT(31),
  [142] = {.entry = {.count = 1, .reusable = true}}, SHIFT(70),
  [144] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_sources_repeat1, 2, 0, 0),
  [146] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_sources_repeat1, 2, 0, 0), SHIFT_REPEAT(95),
  [149] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sources, 2, 0, 0),
  [151] = {.entry = {.count = 1, .reusable = true}}, SHIFT(95),
  [153] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sources, 1, 0, 0),
  [155] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_targets, 1, 0, 0),
  [157] = {.entry = {.count = 1, .reusable = true}}, SHIFT(87),
  [159] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_allow_statement, 6, 0, 7),
  [161] = {.entry = {.count = 1, .reusable = true}}, SHIFT(17),
  [163] = {.entry = {.count = 1, .reusable = true}}, SHIFT(89),
  [165] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_targets_repeat1, 2, 0, 0),
  [167] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_targets_repeat1, 2, 0, 0), SHIFT_REPEAT(87),
  [170] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_targets, 2, 0, 0),
  [172] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_allow_statement, 7, 0, 8),
  [174] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_port, 1, 0, 0),
  [176] = {.entry = {.count = 1, .reusable = true}}, SHIFT(169),
  [178] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_allow_statement, 4, 0, 4),
  [180] = {.entry = {.count = 1, .reusable = true}}, SHIFT(36),
  [182] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_setting_repeat2, 2, 0, 0),
  [184] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_setting_repeat2, 2, 0, 0), SHIFT_REPEAT(121),
  [187] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_sources_repeat1, 3, 0, 0),
  [189] = {.entry = {.count = 1, .reusable = false}}, SHIFT(26),
  [191] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__actions_repeat1, 2, 0, 0), SHIFT_REPEAT(90),
  [194] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__actions_repeat1, 2, 0, 0), SHIFT_REPEAT(137),
  [197] = {.entry = {.count = 1, .reusable = false}}, SHIFT(134),
  [199] = {.entry = {.count = 1, .reusable = true}}, SHIFT(131),
  [201] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_targets_repeat1, 3, 0, 0),
  [203] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_allow_statement_repeat1, 2, 0, 0),
  [205] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_allow_statement_repeat1, 2, 0, 0), SHIFT_REPEAT(17),
  [208] = {.entry = {.count = 1, .reusable = true}}, SHIFT(11),
  [210] = {.entry = {.count = 1, .reusable = true}}, SHIFT(7),
  [212] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_group_statement, 4, 0, 2),
  [214] = {.entry = {.count = 1, .reusable = true}}, SHIFT(121),
  [216] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_destination_statement, 4, 0, 2),
  [218] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_service_statement, 4, 0, 2),
  [220] = {.entry = {.count = 1, .reusable = true}}, SHIFT(20),
  [222] = {.entry = {.count = 1, .reusable = true}}, SHIFT(148),
  [224] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_setting, 2, 0, 0),
  [226] = {.entry = {.count = 1, .reusable = true}}, SHIFT(114),
  [228] = {.entry = {.count = 1, .reusable = true}}, SHIFT(166),
  [230] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_port, 3, 0, 0),
  [232] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_service_statement_repeat1, 2, 0, 0),
  [234] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_service_statement_repeat1, 2, 0, 0), SHIFT_REPEAT(20),
  [237] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 3, 0, 0),
  [239] = {.entry = {.count = 1, .reusable = true}}, SHIFT(18),
  [241] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_setting, 3, 0, 0),
  [243] = {.entry = {.count = 1, .reusable = true}}, SHIFT(143),
  [245] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_setting_repeat2, 3, 0, 0),
  [247] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_group_statement, 3, 0, 2),
  [249] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_action, 2, 0, 0),
  [251] = {.entry = {.count = 1, .reusable = true}}, SHIFT(73),
  [253] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_destination_statement, 3, 0, 2),
  [255] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_service_statement, 3, 0, 2),
  [257] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_setting_repeat1, 2, 0, 0),
  [259] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_setting_repeat1, 2, 0, 0), SHIFT_REPEAT(114),
  [262] = {.entry = {.count = 1, .reusable = true}}, SHIFT(77),
  [264] = {.entry = {.count = 1, .reusable = true}}, SHIFT(86),
  [266] = {.entry = {.count = 1, .reusable = true}}, SHIFT(161),
  [268] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_action, 3, 0, 0),
  [270] = {.entry = {.count = 1, .reusable = true}}, SHIFT(140),
  [272] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_action_repeat1, 2, 0, 0),
  [274] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_action_repeat1, 2, 0, 0), SHIFT_REPEAT(73),
  [277] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_allow_statement_repeat1, 3, 0, 0),
  [279] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_service_statement_repeat1, 3, 0, 0),
  [281] = {.entry = {.count = 1, .reusable = false}}, SHIFT(41),
  [283] = {.entry = {.count = 1, .reusable = true}}, SHIFT(108),
  [285] = {.entry = {.count = 1, .reusable = true}}, SHIFT(41),
  [287] = {.entry = {.count = 1, .reusable = true}}, SHIFT(8),
  [289] = {.entry = {.count = 1, .reusable = false}}, SHIFT(34),
  [291] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sink, 1, 0, 0),
  [293] = {.entry = {.count = 1, .reusable = false}}, SHIFT(35),
  [295] = {.entry = {.count = 1, .reusable = true}}, SHIFT(83),
  [297] = {.entry = {.count = 1, .reusable = true}}, SHIFT(35),
  [299] = {.entry = {.count = 1, .reusable = false}}, SHIFT(23),
  [301] = {.entry = {.count = 1, .reusable = false}}, SHIFT(55),
  [303] = {.entry = {.count = 1, .reusable = true}}, SHIFT(170),
  [305] = {.entry = {.count = 1, .reusable = true}}, SHIFT(152),
  [307] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_action, 1, 0, 0),
  [309] = {.entry = {.count = 1, .reusable = true}}, SHIFT(154),
  [311] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__budget, 4, 0, 0),
  [313] = {.entry = {.count = 1, .reusable = true}}, SHIFT(133),
  [315] = {.entry = {.count = 1, .reusable = false}}, SHIFT(30),
  [317] = {.entry = {.count = 1, .reusable = true}}, SHIFT(85),
  [319] = {.entry = {.count = 1, .reusable = false}}, SHIFT(24),
  [321] = {.entry = {.count = 1, .reusable = false}}, SHIFT(49),
  [323] = {.entry = {.count = 1, .reusable = true}}, SHIFT(24),
  [325] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sink, 2, 0, 0),
  [327] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_expect_statement, 5, 0, 6),
  [329] = {.entry = {.count = 1, .reusable = true}}, SHIFT(39),
  [331] = {.entry = {.count = 1, .reusable = true}}, SHIFT(84),
  [333] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__budget, 5, 0, 0),
  [335] = {.entry = {.count = 1, .reusable = true}}, SHIFT(141),
  [337] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_setting_repeat1, 3, 0, 0),
  [339] = {.entry = {.count = 1, .reusable = true}}, SHIFT(110),
  [341] = {.entry = {.count = 1, .reusable = true}}, SHIFT(12),
  [343] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_policy_statement_repeat1, 2, 0, 0), SHIFT_REPEAT(108),
  [346] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__budget, 6, 0, 0),
  [348] = {.entry = {.count = 1, .reusable = true}}, SHIFT(113),
  [350] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_action_repeat1, 3, 0, 0),
  [352] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__budget, 7, 0, 0),
  [354] = {.entry = {.count = 1, .reusable = true}}, SHIFT(125),
  [356] = {.entry = {.count = 1, .reusable = true}}, SHIFT(93),
  [358] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__settings, 4, 0, 0),
  [360] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_policy_statement, 4, 0, 2),
  [362] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_policy_statement, 3, 0, 2),
  [364] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__settings, 3, 0, 0),
  [366] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_inline_quota, 2, 0, 0),
  [368] = {.entry = {.count = 1, .reusable = true}}, SHIFT(124),
  [370] = {.entry = {.count = 1, .reusable = true}}, SHIFT(56),
  [372] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__actions, 3, 0, 0),
  [374] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__settings, 2, 0, 0),
  [376] = {.entry = {.count = 1, .reusable = true}}, SHIFT(65),
  [378] = {.entry = {.count = 1, .reusable = true}}, SHIFT(103),
  [380] = {.entry = {.count = 1, .reusable = true}}, SHIFT(136),
  [382] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_quota_statement, 3, 0, 3),
  [384] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_allow_statement, 7, 0, 7),
  [386] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_include_statement, 2, 0, 1),
  [388] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__actions, 4, 0, 0),
  [390] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_allow_statement, 5, 0, 4),
  [392] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_expect_statement, 7, 0, 6),
  [394] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__actions, 2, 0, 0),
  [396] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rate, 3, 0, 0),
  [398] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_allow_statement, 8, 0, 8),
  [400] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_exceed_statement, 4, 0, 5),
  [402] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__actions, 5, 0, 0),
  [404] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_exceed_statement, 5, 0, 5),
  [406] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__settings, 5, 0, 0),
  [408] = {.entry = {.count = 1, .reusable = true}}, SHIFT(174),
  [410] = {.entry = {.count = 1, .reusable = true}}, SHIFT(91),
  [412] = {.entry = {.count = 1, .reusable = true}}, SHIFT(116),
  [414] = {.entry = {.count = 1, .reusable = true}}, SHIFT(149),
  [416] = {.entry = {.count = 1, .reusable = true}}, SHIFT(163),
  [418] = {.entry = {.count = 1, .reusable = true}}, SHIFT(102),
  [420] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_window, 1, 0, 0),
  [422] = {.entry = {.count = 1, .reusable = true}}, SHIFT(164),
  [424] = {.entry = {.count = 1, .reusable = true}}, SHIFT(68),
  [426] = {.entry = {.count = 1, .reusable = true}}, SHIFT(52),
  [428] = {.entry = {.count = 1, .reusable = true}}, SHIFT(51),
  [430] = {.entry = {.count = 1, .reusable = true}}, SHIFT(177),
  [432] = {.entry = {.count = 1, .reusable = true}}, SHIFT(130),
  [434] = {.entry = {.count = 1, .reusable = true}}, SHIFT(53),
  [436] = {.entry = {.count = 1, .reusable = true}}, SHIFT(66),
  [438] = {.entry = {.count = 1, .reusable = true}}, SHIFT(50),
  [440] = {.entry = {.count = 1, .reusable = true}}, SHIFT(99),
  [442] = {.entry = {.count = 1, .reusable = true}}, SHIFT(54),
  [444] = {.entry = {.count = 1, .reusable = true}}, SHIFT(175),
  [446] = {.entry = {.count = 1, .reusable = true}}, SHIFT(97),
  [448] = {.entry = {.count = 1, .reusable = true}}, SHIFT(96),
  [450] = {.entry = {.count = 1, .reusable = true}}, SHIFT(109),
  [452] = {.entry = {.count = 1, .reusable = true}}, SHIFT(158),
  [454] = {.entry = {.count = 1, .reusable = true}}, SHIFT(100),
  [456] = {.entry = {.count = 1, .reusable = true}}, SHIFT(126),
  [458] = {.entry = {.count = 1, .reusable = true}}, SHIFT(178),
  [460] = {.entry = {.count = 1, .reusable = true}}, SHIFT(57),
  [462] = {.entry = {.count = 1, .reusable = true}}, SHIFT(153),
  [464] = {.entry = {.count = 1, .reusable = true}}, SHIFT(156),
  [466] = {.entry = {.count = 1, .reusable = true}}, SHIFT(92),
  [468] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_learned, 4, 0, 0),
  [470] = {.entry = {.count = 1, .reusable = true}}, SHIFT(61),
  [472] = {.entry = {.count = 1, .reusable = true}}, SHIFT(129),
  [474] = {.entry = {.count = 1, .reusable = true}}, SHIFT(173),
  [476] = {.entry = {.count = 1, .reusable = true}}, SHIFT(112),
  [478] = {.entry = {.count = 1, .reusable = true}}, SHIFT(150),
  [480] = {.entry = {.count = 1, .reusable = true}},  ACCEPT_INPUT(),
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
