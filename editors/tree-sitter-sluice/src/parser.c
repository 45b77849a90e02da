#include "tree_sitter/parser.h"

#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#endif

#define LANGUAGE_VERSION 14
#define STATE_COUNT 168
#define LARGE_STATE_COUNT 2
#define SYMBOL_COUNT 92
#define ALIAS_COUNT 0
#define TOKEN_COUNT 55
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
  anon_sym_include = 16,
  anon_sym_group = 17,
  anon_sym_destination = 18,
  anon_sym_service = 19,
  anon_sym_allow = 20,
  anon_sym_to = 21,
  anon_sym_on = 22,
  anon_sym_quota = 23,
  anon_sym_per = 24,
  anon_sym_total = 25,
  anon_sym_exceed = 26,
  anon_sym_block = 27,
  anon_sym_isolate = 28,
  anon_sym_for = 29,
  anon_sym_alert = 30,
  anon_sym_exec = 31,
  anon_sym_audit = 32,
  anon_sym_expect = 33,
  anon_sym_deny = 34,
  anon_sym_self = 35,
  anon_sym_any = 36,
  anon_sym_hour = 37,
  anon_sym_day = 38,
  anon_sym_week = 39,
  sym_duration = 40,
  sym_size = 41,
  aux_sym_rate_token1 = 42,
  anon_sym_SLASH = 43,
  anon_sym_second = 44,
  anon_sym_minute = 45,
  anon_sym_hour2 = 46,
  anon_sym_tcp = 47,
  anon_sym_udp = 48,
  aux_sym_port_token1 = 49,
  anon_sym_icmp = 50,
  anon_sym_icmpv6 = 51,
  sym_address = 52,
  sym_string = 53,
  sym_comment = 54,
  sym_source_file = 55,
  sym__separator = 56,
  sym__statement = 57,
  sym_policy_statement = 58,
  sym__settings = 59,
  sym_setting = 60,
  sym_include_statement = 61,
  sym_group_statement = 62,
  sym_destination_statement = 63,
  sym_service_statement = 64,
  sym_allow_statement = 65,
  sym_inline_quota = 66,
  sym_quota_statement = 67,
  sym__budget = 68,
  sym_exceed_statement = 69,
  sym__actions = 70,
  sym_action = 71,
  sym_sink = 72,
  sym_audit_statement = 73,
  sym_expect_statement = 74,
  sym_sources = 75,
  sym_targets = 76,
  sym_window = 77,
  sym_rate = 78,
  sym_port = 79,
  aux_sym_source_file_repeat1 = 80,
  aux_sym_source_file_repeat2 = 81,
  aux_sym_policy_statement_repeat1 = 82,
  aux_sym__settings_repeat1 = 83,
  aux_sym_setting_repeat1 = 84,
  aux_sym_setting_repeat2 = 85,
  aux_sym_service_statement_repeat1 = 86,
  aux_sym_allow_statement_repeat1 = 87,
  aux_sym__actions_repeat1 = 88,
  aux_sym_action_repeat1 = 89,
  aux_sym_sources_repeat1 = 90,
  aux_sym_targets_repeat1 = 91,
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
  [90] = 90,
  [91] = 10,
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
        '#', 47,
        ',', 27,
        '/', 34,
        ';', 23,
        'h', 41,
        '{', 25,
        '}', 26,
        '.', 38,
        ':', 38,
      );
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ' ||
          lookahead == 0xfeff) SKIP(20);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(35);
      if (('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(44);
      if (('G' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('g' <= lookahead && lookahead <= 'z')) ADVANCE(45);
      END_STATE();
    case 1:
      if (lookahead == '\n') ADVANCE(24);
      if (lookahead == '#') ADVANCE(47);
      if (lookahead == ';') ADVANCE(23);
      if (lookahead == '}') ADVANCE(26);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ' ||
          lookahead == 0xfeff) SKIP(1);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(33);
      END_STATE();
    case 2:
      if (lookahead == '\n') ADVANCE(24);
      if (lookahead == '#') ADVANCE(47);
      if (lookahead == '.' ||
          lookahead == ':') ADVANCE(38);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ' ||
          lookahead == 0xfeff) SKIP(2);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(13);
      if (('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(44);
      if (('G' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('g' <= lookahead && lookahead <= 'z')) ADVANCE(45);
      END_STATE();
    case 3:
      if (lookahead == '"') ADVANCE(46);
      if (lookahead == '\\') ADVANCE(12);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(3);
      END_STATE();
    case 4:
      if (lookahead == '#') ADVANCE(47);
      if (lookahead == 'h') ADVANCE(41);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ' ||
          lookahead == 0xfeff) SKIP(4);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(14);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(45);
      END_STATE();
    case 5:
      if (lookahead == '#') ADVANCE(47);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ' ||
          lookahead == 0xfeff) SKIP(5);
      END_STATE();
    case 6:
      if (lookahead == '#') ADVANCE(47);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ' ||
          lookahead == 0xfeff) SKIP(5);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(36);
      END_STATE();
    case 7:
      ADVANCE_MAP(
        '.', 17,
        'B', 31,
        'G', 11,
        'K', 11,
        'M', 11,
        'T', 11,
        '\t', 9,
        ' ', 9,
        'd', 29,
        'h', 29,
        'm', 29,
        's', 29,
        'w', 29,
      );
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(7);
      END_STATE();
    case 8:
      if (lookahead == 'B') ADVANCE(31);
      END_STATE();
    case 9:
      if (lookahead == 'B') ADVANCE(31);
      if (lookahead == 'G') ADVANCE(11);
      if (lookahead == 'K') ADVANCE(11);
      if (lookahead == 'M') ADVANCE(11);
      if (lookahead == 'T') ADVANCE(11);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(9);
      END_STATE();
    case 10:
      if (lookahead == 'B') ADVANCE(31);
      if (lookahead == 'G') ADVANCE(11);
      if (lookahead == 'K') ADVANCE(11);
      if (lookahead == 'M') ADVANCE(11);
      if (lookahead == 'T') ADVANCE(11);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(9);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(10);
      END_STATE();
    case 11:
      if (lookahead == 'B') ADVANCE(31);
      if (lookahead == 'i') ADVANCE(8);
      END_STATE();
    case 12:
      if (lookahead == '"' ||
          lookahead == '\\') ADVANCE(3);
      END_STATE();
    case 13:
      if (lookahead == '.' ||
          lookahead == ':') ADVANCE(38);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(13);
      END_STATE();
    case 14:
      if (lookahead == 'd' ||
          lookahead == 'h' ||
          lookahead == 'm' ||
          lookahead == 's' ||
          lookahead == 'w') ADVANCE(29);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(14);
      END_STATE();
    case 15:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(39);
      END_STATE();
    case 16:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(37);
      END_STATE();
    case 17:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(10);
      END_STATE();
    case 18:
      if (lookahead == '.' ||
          ('0' <= lookahead && lookahead <= ':') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(40);
      END_STATE();
    case 19:
      if (eof) ADVANCE(22);
      ADVANCE_MAP(
        '\n', 24,
        '"', 3,
        '#', 47,
        ',', 27,
        '/', 34,
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
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(45);
      END_STATE();
    case 20:
      if (eof) ADVANCE(22);
      ADVANCE_MAP(
        '\n', 24,
        '"', 3,
        '#', 47,
        ',', 27,
        ';', 23,
        'h', 41,
        '{', 25,
        '}', 26,
        '.', 38,
        ':', 38,
      );
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ' ||
          lookahead == 0xfeff) SKIP(20);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(32);
      if (('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(44);
      if (('G' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('g' <= lookahead && lookahead <= 'z')) ADVANCE(45);
      END_STATE();
    case 21:
      if (eof) ADVANCE(22);
      if (lookahead == '\n') ADVANCE(24);
      if (lookahead == '"') ADVANCE(3);
      if (lookahead == '#') ADVANCE(47);
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
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(45);
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
      ACCEPT_TOKEN(anon_sym_hour);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(45);
      END_STATE();
    case 29:
      ACCEPT_TOKEN(sym_duration);
      END_STATE();
    case 30:
      ACCEPT_TOKEN(sym_duration);
      if (lookahead == '.' ||
          lookahead == ':') ADVANCE(38);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(13);
      END_STATE();
    case 31:
      ACCEPT_TOKEN(sym_size);
      END_STATE();
    case 32:
      ACCEPT_TOKEN(aux_sym_rate_token1);
      if (lookahead == 'd') ADVANCE(30);
      if (lookahead == '.' ||
          lookahead == ':') ADVANCE(38);
      if (lookahead == 'h' ||
          lookahead == 'm' ||
          lookahead == 's' ||
          lookahead == 'w') ADVANCE(29);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(32);
      if (('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(13);
      END_STATE();
    case 33:
      ACCEPT_TOKEN(aux_sym_rate_token1);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(33);
      END_STATE();
    case 34:
      ACCEPT_TOKEN(anon_sym_SLASH);
      END_STATE();
    case 35:
      ACCEPT_TOKEN(aux_sym_port_token1);
      ADVANCE_MAP(
        '-', 16,
        'd', 30,
        '.', 38,
        ':', 38,
        'h', 29,
        'm', 29,
        's', 29,
        'w', 29,
      );
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(35);
      if (('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(13);
      END_STATE();
    case 36:
      ACCEPT_TOKEN(aux_sym_port_token1);
      if (lookahead == '-') ADVANCE(16);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(36);
      END_STATE();
    case 37:
      ACCEPT_TOKEN(aux_sym_port_token1);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(37);
      END_STATE();
    case 38:
      ACCEPT_TOKEN(sym_address);
      if (lookahead == '-') ADVANCE(18);
      if (lookahead == '/') ADVANCE(15);
      if (('.' <= lookahead && lookahead <= ':') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(38);
      END_STATE();
    case 39:
      ACCEPT_TOKEN(sym_address);
      if (lookahead == '-') ADVANCE(18);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(39);
      END_STATE();
    case 40:
      ACCEPT_TOKEN(sym_address);
      if (lookahead == '.' ||
          ('0' <= lookahead && lookahead <= ':') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(40);
      END_STATE();
    case 41:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'o') ADVANCE(43);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(45);
      END_STATE();
    case 42:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'r') ADVANCE(28);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(45);
      END_STATE();
    case 43:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'u') ADVANCE(42);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(45);
      END_STATE();
    case 44:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '.' ||
          lookahead == ':') ADVANCE(38);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(44);
      if (lookahead == '-' ||
          ('G' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('g' <= lookahead && lookahead <= 'z')) ADVANCE(45);
      END_STATE();
    case 45:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(45);
      END_STATE();
    case 46:
      ACCEPT_TOKEN(sym_string);
      END_STATE();
    case 47:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(47);
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
      if (lookahead == 'u') ADVANCE(21);
      END_STATE();
    case 2:
      if (lookahead == 'l') ADVANCE(22);
      END_STATE();
    case 3:
      if (lookahead == 'a') ADVANCE(23);
      if (lookahead == 'e') ADVANCE(24);
      END_STATE();
    case 4:
      if (lookahead == 'g') ADVANCE(25);
      if (lookahead == 'x') ADVANCE(26);
      END_STATE();
    case 5:
      if (lookahead == 'o') ADVANCE(27);
      END_STATE();
    case 6:
      if (lookahead == 'a') ADVANCE(28);
      if (lookahead == 'r') ADVANCE(29);
      END_STATE();
    case 7:
      if (lookahead == 'o') ADVANCE(30);
      END_STATE();
    case 8:
      if (lookahead == 'c') ADVANCE(31);
      if (lookahead == 'n') ADVANCE(32);
      if (lookahead == 's') ADVANCE(33);
      END_STATE();
    case 9:
      if (lookahead == 'o') ADVANCE(34);
      END_STATE();
    case 10:
      if (lookahead == 'a') ADVANCE(35);
      if (lookahead == 'i') ADVANCE(36);
      if (lookahead == 'o') ADVANCE(37);
      END_STATE();
    case 11:
      if (lookahead == 'n') ADVANCE(38);
      END_STATE();
    case 12:
      if (lookahead == 'e') ADVANCE(39);
      if (lookahead == 'o') ADVANCE(40);
      END_STATE();
    case 13:
      if (lookahead == 'u') ADVANCE(41);
      END_STATE();
    case 14:
      if (lookahead == 'e') ADVANCE(42);
      END_STATE();
    case 15:
      if (lookahead == 'c') ADVANCE(43);
      if (lookahead == 'o') ADVANCE(44);
      END_STATE();
    case 16:
      if (lookahead == 'd') ADVANCE(45);
      END_STATE();
    case 17:
      if (lookahead == 'e') ADVANCE(46);
      END_STATE();
    case 18:
      ADVANCE_MAP(
        'a', 1,
        'b', 2,
        'd', 3,
        'e', 4,
        'f', 5,
        'g', 6,
        'h', 47,
        'i', 8,
        'l', 9,
        'm', 48,
        'o', 11,
        'p', 12,
        'q', 13,
        's', 49,
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
      if (lookahead == 'e') ADVANCE(50);
      if (lookahead == 'l') ADVANCE(51);
      END_STATE();
    case 20:
      if (lookahead == 'y') ADVANCE(52);
      END_STATE();
    case 21:
      if (lookahead == 'd') ADVANCE(53);
      END_STATE();
    case 22:
      if (lookahead == 'o') ADVANCE(54);
      END_STATE();
    case 23:
      if (lookahead == 'y') ADVANCE(55);
      END_STATE();
    case 24:
      if (lookahead == 'n') ADVANCE(56);
      if (lookahead == 's') ADVANCE(57);
      END_STATE();
    case 25:
      if (lookahead == 'r') ADVANCE(58);
      END_STATE();
    case 26:
      if (lookahead == 'c') ADVANCE(59);
      if (lookahead == 'e') ADVANCE(60);
      if (lookahead == 'p') ADVANCE(61);
      END_STATE();
    case 27:
      if (lookahead == 'r') ADVANCE(62);
      END_STATE();
    case 28:
      if (lookahead == 't') ADVANCE(63);
      END_STATE();
    case 29:
      if (lookahead == 'o') ADVANCE(64);
      END_STATE();
    case 30:
      if (lookahead == 's') ADVANCE(65);
      if (lookahead == 'u') ADVANCE(66);
      END_STATE();
    case 31:
      if (lookahead == 'm') ADVANCE(67);
      END_STATE();
    case 32:
      if (lookahead == 'c') ADVANCE(68);
      if (lookahead == 's') ADVANCE(69);
      END_STATE();
    case 33:
      if (lookahead == 'o') ADVANCE(70);
      END_STATE();
    case 34:
      if (lookahead == 'g') ADVANCE(71);
      END_STATE();
    case 35:
      if (lookahead == 'n') ADVANCE(72);
      END_STATE();
    case 36:
      if (lookahead == 'n') ADVANCE(73);
      END_STATE();
    case 37:
      if (lookahead == 'd') ADVANCE(74);
      END_STATE();
    case 38:
      ACCEPT_TOKEN(anon_sym_on);
      END_STATE();
    case 39:
      if (lookahead == 'r') ADVANCE(75);
      END_STATE();
    case 40:
      if (lookahead == 'l') ADVANCE(76);
      END_STATE();
    case 41:
      if (lookahead == 'o') ADVANCE(77);
      END_STATE();
    case 42:
      if (lookahead == 'c') ADVANCE(78);
      if (lookahead == 'l') ADVANCE(79);
      if (lookahead == 'r') ADVANCE(80);
      END_STATE();
    case 43:
      if (lookahead == 'p') ADVANCE(81);
      END_STATE();
    case 44:
      ACCEPT_TOKEN(anon_sym_to);
      if (lookahead == 't') ADVANCE(82);
      END_STATE();
    case 45:
      if (lookahead == 'p') ADVANCE(83);
      END_STATE();
    case 46:
      if (lookahead == 'e') ADVANCE(84);
      END_STATE();
    case 47:
      if (lookahead == 'o') ADVANCE(85);
      END_STATE();
    case 48:
      if (lookahead == 'a') ADVANCE(35);
      if (lookahead == 'o') ADVANCE(37);
      END_STATE();
    case 49:
      if (lookahead == 'e') ADVANCE(86);
      END_STATE();
    case 50:
      if (lookahead == 'r') ADVANCE(87);
      END_STATE();
    case 51:
      if (lookahead == 'o') ADVANCE(88);
      END_STATE();
    case 52:
      ACCEPT_TOKEN(anon_sym_any);
      END_STATE();
    case 53:
      if (lookahead == 'i') ADVANCE(89);
      END_STATE();
    case 54:
      if (lookahead == 'c') ADVANCE(90);
      END_STATE();
    case 55:
      ACCEPT_TOKEN(anon_sym_day);
      END_STATE();
    case 56:
      if (lookahead == 'i') ADVANCE(91);
      if (lookahead == 'y') ADVANCE(92);
      END_STATE();
    case 57:
      if (lookahead == 't') ADVANCE(93);
      END_STATE();
    case 58:
      if (lookahead == 'e') ADVANCE(94);
      END_STATE();
    case 59:
      if (lookahead == 'e') ADVANCE(95);
      END_STATE();
    case 60:
      if (lookahead == 'c') ADVANCE(96);
      END_STATE();
    case 61:
      if (lookahead == 'e') ADVANCE(97);
      END_STATE();
    case 62:
      ACCEPT_TOKEN(anon_sym_for);
      END_STATE();
    case 63:
      if (lookahead == 'e') ADVANCE(98);
      END_STATE();
    case 64:
      if (lookahead == 'u') ADVANCE(99);
      END_STATE();
    case 65:
      if (lookahead == 't') ADVANCE(100);
      END_STATE();
    case 66:
      if (lookahead == 'r') ADVANCE(101);
      END_STATE();
    case 67:
      if (lookahead == 'p') ADVANCE(102);
      END_STATE();
    case 68:
      if (lookahead == 'l') ADVANCE(103);
      END_STATE();
    case 69:
      if (lookahead == 'i') ADVANCE(104);
      END_STATE();
    case 70:
      if (lookahead == 'l') ADVANCE(105);
      END_STATE();
    case 71:
      ACCEPT_TOKEN(anon_sym_log);
      END_STATE();
    case 72:
      if (lookahead == 'a') ADVANCE(106);
      END_STATE();
    case 73:
      if (lookahead == 'u') ADVANCE(107);
      END_STATE();
    case 74:
      if (lookahead == 'e') ADVANCE(108);
      END_STATE();
    case 75:
      ACCEPT_TOKEN(anon_sym_per);
      END_STATE();
    case 76:
      if (lookahead == 'i') ADVANCE(109);
      END_STATE();
    case 77:
      if (lookahead == 't') ADVANCE(110);
      END_STATE();
    case 78:
      if (lookahead == 'o') ADVANCE(111);
      END_STATE();
    case 79:
      if (lookahead == 'f') ADVANCE(112);
      END_STATE();
    case 80:
      if (lookahead == 'v') ADVANCE(113);
      END_STATE();
    case 81:
      ACCEPT_TOKEN(anon_sym_tcp);
      END_STATE();
    case 82:
      if (lookahead == 'a') ADVANCE(114);
      END_STATE();
    case 83:
      ACCEPT_TOKEN(anon_sym_udp);
      END_STATE();
    case 84:
      if (lookahead == 'k') ADVANCE(115);
      END_STATE();
    case 85:
      if (lookahead == 's') ADVANCE(65);
      END_STATE();
    case 86:
      if (lookahead == 'l') ADVANCE(79);
      if (lookahead == 'r') ADVANCE(80);
      END_STATE();
    case 87:
      if (lookahead == 't') ADVANCE(116);
      END_STATE();
    case 88:
      if (lookahead == 'w') ADVANCE(117);
      END_STATE();
    case 89:
      if (lookahead == 't') ADVANCE(118);
      END_STATE();
    case 90:
      if (lookahead == 'k') ADVANCE(119);
      END_STATE();
    case 91:
      if (lookahead == 'e') ADVANCE(120);
      END_STATE();
    case 92:
      ACCEPT_TOKEN(anon_sym_deny);
      END_STATE();
    case 93:
      if (lookahead == 'i') ADVANCE(121);
      END_STATE();
    case 94:
      if (lookahead == 's') ADVANCE(122);
      END_STATE();
    case 95:
      if (lookahead == 'e') ADVANCE(123);
      END_STATE();
    case 96:
      ACCEPT_TOKEN(anon_sym_exec);
      END_STATE();
    case 97:
      if (lookahead == 'c') ADVANCE(124);
      END_STATE();
    case 98:
      if (lookahead == 'w') ADVANCE(125);
      END_STATE();
    case 99:
      if (lookahead == 'p') ADVANCE(126);
      END_STATE();
    case 100:
      ACCEPT_TOKEN(anon_sym_host);
      END_STATE();
    case 101:
      ACCEPT_TOKEN(anon_sym_hour2);
      END_STATE();
    case 102:
      ACCEPT_TOKEN(anon_sym_icmp);
      if (lookahead == 'v') ADVANCE(127);
      END_STATE();
    case 103:
      if (lookahead == 'u') ADVANCE(128);
      END_STATE();
    case 104:
      if (lookahead == 'd') ADVANCE(129);
      END_STATE();
    case 105:
      if (lookahead == 'a') ADVANCE(130);
      END_STATE();
    case 106:
      if (lookahead == 'g') ADVANCE(131);
      END_STATE();
    case 107:
      if (lookahead == 't') ADVANCE(132);
      END_STATE();
    case 108:
      ACCEPT_TOKEN(anon_sym_mode);
      END_STATE();
    case 109:
      if (lookahead == 'c') ADVANCE(133);
      END_STATE();
    case 110:
      if (lookahead == 'a') ADVANCE(134);
      END_STATE();
    case 111:
      if (lookahead == 'n') ADVANCE(135);
      END_STATE();
    case 112:
      ACCEPT_TOKEN(anon_sym_self);
      END_STATE();
    case 113:
      if (lookahead == 'i') ADVANCE(136);
      END_STATE();
    case 114:
      if (lookahead == 'l') ADVANCE(137);
      END_STATE();
    case 115:
      ACCEPT_TOKEN(anon_sym_week);
      END_STATE();
    case 116:
      ACCEPT_TOKEN(anon_sym_alert);
      END_STATE();
    case 117:
      ACCEPT_TOKEN(anon_sym_allow);
      END_STATE();
    case 118:
      ACCEPT_TOKEN(anon_sym_audit);
      END_STATE();
    case 119:
      ACCEPT_TOKEN(anon_sym_block);
      END_STATE();
    case 120:
      if (lookahead == 'd') ADVANCE(138);
      END_STATE();
    case 121:
      if (lookahead == 'n') ADVANCE(139);
      END_STATE();
    case 122:
      if (lookahead == 's') ADVANCE(140);
      END_STATE();
    case 123:
      if (lookahead == 'd') ADVANCE(141);
      END_STATE();
    case 124:
      if (lookahead == 't') ADVANCE(142);
      END_STATE();
    case 125:
      if (lookahead == 'a') ADVANCE(143);
      END_STATE();
    case 126:
      ACCEPT_TOKEN(anon_sym_group);
      END_STATE();
    case 127:
      if (lookahead == '6') ADVANCE(144);
      END_STATE();
    case 128:
      if (lookahead == 'd') ADVANCE(145);
      END_STATE();
    case 129:
      if (lookahead == 'e') ADVANCE(146);
      END_STATE();
    case 130:
      if (lookahead == 't') ADVANCE(147);
      END_STATE();
    case 131:
      if (lookahead == 'e') ADVANCE(148);
      END_STATE();
    case 132:
      if (lookahead == 'e') ADVANCE(149);
      END_STATE();
    case 133:
      if (lookahead == 'y') ADVANCE(150);
      END_STATE();
    case 134:
      ACCEPT_TOKEN(anon_sym_quota);
      END_STATE();
    case 135:
      if (lookahead == 'd') ADVANCE(151);
      END_STATE();
    case 136:
      if (lookahead == 'c') ADVANCE(152);
      END_STATE();
    case 137:
      ACCEPT_TOKEN(anon_sym_total);
      END_STATE();
    case 138:
      ACCEPT_TOKEN(anon_sym_denied);
      END_STATE();
    case 139:
      if (lookahead == 'a') ADVANCE(153);
      END_STATE();
    case 140:
      ACCEPT_TOKEN(anon_sym_egress);
      END_STATE();
    case 141:
      ACCEPT_TOKEN(anon_sym_exceed);
      END_STATE();
    case 142:
      ACCEPT_TOKEN(anon_sym_expect);
      END_STATE();
    case 143:
      if (lookahead == 'y') ADVANCE(154);
      END_STATE();
    case 144:
      ACCEPT_TOKEN(anon_sym_icmpv6);
      END_STATE();
    case 145:
      if (lookahead == 'e') ADVANCE(155);
      END_STATE();
    case 146:
      ACCEPT_TOKEN(anon_sym_inside);
      END_STATE();
    case 147:
      if (lookahead == 'e') ADVANCE(156);
      END_STATE();
    case 148:
      if (lookahead == 'm') ADVANCE(157);
      END_STATE();
    case 149:
      ACCEPT_TOKEN(anon_sym_minute);
      END_STATE();
    case 150:
      ACCEPT_TOKEN(anon_sym_policy);
      END_STATE();
    case 151:
      ACCEPT_TOKEN(anon_sym_second);
      END_STATE();
    case 152:
      if (lookahead == 'e') ADVANCE(158);
      END_STATE();
    case 153:
      if (lookahead == 't') ADVANCE(159);
      END_STATE();
    case 154:
      ACCEPT_TOKEN(anon_sym_gateway);
      END_STATE();
    case 155:
      ACCEPT_TOKEN(anon_sym_include);
      END_STATE();
    case 156:
      ACCEPT_TOKEN(anon_sym_isolate);
      END_STATE();
    case 157:
      if (lookahead == 'e') ADVANCE(160);
      END_STATE();
    case 158:
      ACCEPT_TOKEN(anon_sym_service);
      END_STATE();
    case 159:
      if (lookahead == 'i') ADVANCE(161);
      END_STATE();
    case 160:
      if (lookahead == 'n') ADVANCE(162);
      END_STATE();
    case 161:
      if (lookahead == 'o') ADVANCE(163);
      END_STATE();
    case 162:
      if (lookahead == 't') ADVANCE(164);
      END_STATE();
    case 163:
      if (lookahead == 'n') ADVANCE(165);
      END_STATE();
    case 164:
      ACCEPT_TOKEN(anon_sym_management);
      END_STATE();
    case 165:
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
  [44] = {.lex_state = 0},
  [45] = {.lex_state = 0},
  [46] = {.lex_state = 0},
  [47] = {.lex_state = 0},
  [48] = {.lex_state = 0},
  [49] = {.lex_state = 0},
  [50] = {.lex_state = 19},
  [51] = {.lex_state = 19},
  [52] = {.lex_state = 4},
  [53] = {.lex_state = 0},
  [54] = {.lex_state = 0},
  [55] = {.lex_state = 1},
  [56] = {.lex_state = 0},
  [57] = {.lex_state = 19},
  [58] = {.lex_state = 0},
  [59] = {.lex_state = 0},
  [60] = {.lex_state = 0},
  [61] = {.lex_state = 0},
  [62] = {.lex_state = 0},
  [63] = {.lex_state = 0},
  [64] = {.lex_state = 0},
  [65] = {.lex_state = 0},
  [66] = {.lex_state = 0},
  [67] = {.lex_state = 0},
  [68] = {.lex_state = 0},
  [69] = {.lex_state = 19},
  [70] = {.lex_state = 0},
  [71] = {.lex_state = 0},
  [72] = {.lex_state = 19},
  [73] = {.lex_state = 0},
  [74] = {.lex_state = 0},
  [75] = {.lex_state = 19},
  [76] = {.lex_state = 19},
  [77] = {.lex_state = 0},
  [78] = {.lex_state = 19},
  [79] = {.lex_state = 0},
  [80] = {.lex_state = 19},
  [81] = {.lex_state = 2},
  [82] = {.lex_state = 0},
  [83] = {.lex_state = 0},
  [84] = {.lex_state = 2},
  [85] = {.lex_state = 0},
  [86] = {.lex_state = 19},
  [87] = {.lex_state = 19},
  [88] = {.lex_state = 19},
  [89] = {.lex_state = 0},
  [90] = {.lex_state = 19},
  [91] = {.lex_state = 2},
  [92] = {.lex_state = 19},
  [93] = {.lex_state = 0},
  [94] = {.lex_state = 19},
  [95] = {.lex_state = 0},
  [96] = {.lex_state = 0},
  [97] = {.lex_state = 0},
  [98] = {.lex_state = 0},
  [99] = {.lex_state = 0},
  [100] = {.lex_state = 2},
  [101] = {.lex_state = 0},
  [102] = {.lex_state = 0},
  [103] = {.lex_state = 0},
  [104] = {.lex_state = 0},
  [105] = {.lex_state = 19},
  [106] = {.lex_state = 0},
  [107] = {.lex_state = 0},
  [108] = {.lex_state = 0},
  [109] = {.lex_state = 0},
  [110] = {.lex_state = 0},
  [111] = {.lex_state = 0},
  [112] = {.lex_state = 0},
  [113] = {.lex_state = 0},
  [114] = {.lex_state = 2},
  [115] = {.lex_state = 0},
  [116] = {.lex_state = 0},
  [117] = {.lex_state = 0},
  [118] = {.lex_state = 0},
  [119] = {.lex_state = 2},
  [120] = {.lex_state = 0},
  [121] = {.lex_state = 0},
  [122] = {.lex_state = 0},
  [123] = {.lex_state = 19},
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
  [134] = {.lex_state = 19},
  [135] = {.lex_state = 0},
  [136] = {.lex_state = 0},
  [137] = {.lex_state = 0},
  [138] = {.lex_state = 0},
  [139] = {.lex_state = 2},
  [140] = {.lex_state = 19},
  [141] = {.lex_state = 19},
  [142] = {.lex_state = 19},
  [143] = {.lex_state = 19},
  [144] = {.lex_state = 19},
  [145] = {.lex_state = 19},
  [146] = {.lex_state = 2},
  [147] = {.lex_state = 0},
  [148] = {.lex_state = 19},
  [149] = {.lex_state = 19},
  [150] = {.lex_state = 0},
  [151] = {.lex_state = 0},
  [152] = {.lex_state = 0},
  [153] = {.lex_state = 19},
  [154] = {.lex_state = 19},
  [155] = {.lex_state = 2},
  [156] = {.lex_state = 0},
  [157] = {.lex_state = 19},
  [158] = {.lex_state = 6},
  [159] = {.lex_state = 19},
  [160] = {.lex_state = 2},
  [161] = {.lex_state = 19},
  [162] = {.lex_state = 2},
  [163] = {.lex_state = 19},
  [164] = {.lex_state = 19},
  [165] = {.lex_state = 19},
  [166] = {.lex_state = 19},
  [167] = {.lex_state = 19},
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
    [sym_source_file] = STATE(151),
    [sym__separator] = STATE(2),
    [sym__statement] = STATE(46),
    [sym_policy_statement] = STATE(46),
    [sym_include_statement] = STATE(46),
    [sym_group_statement] = STATE(46),
    [sym_destination_statement] = STATE(46),
    [sym_service_statement] = STATE(46),
    [sym_allow_statement] = STATE(46),
    [sym_quota_statement] = STATE(46),
    [sym_exceed_statement] = STATE(46),
    [sym_audit_statement] = STATE(46),
    [sym_expect_statement] = STATE(46),
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
    STATE(59), 11,
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
    ACTIONS(33), 20,
      ts_builtin_sym_end,
      anon_sym_policy,
      anon_sym_RBRACE,
      anon_sym_mode,
      anon_sym_egress,
      anon_sym_management,
      anon_sym_inside,
      anon_sym_log,
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
  [95] = 14,
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
    STATE(103), 11,
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
  [148] = 14,
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
    STATE(59), 11,
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
  [201] = 14,
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
    STATE(60), 11,
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
  [254] = 4,
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
  [279] = 11,
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
    STATE(15), 1,
      aux_sym__settings_repeat1,
    STATE(45), 1,
      sym_setting,
    ACTIONS(72), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(9), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [315] = 11,
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
      anon_sym_RBRACE,
    STATE(17), 1,
      aux_sym__settings_repeat1,
    STATE(44), 1,
      sym_setting,
    ACTIONS(31), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(3), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [351] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(90), 1,
      sym__newline,
    STATE(10), 1,
      aux_sym_policy_statement_repeat1,
    ACTIONS(93), 2,
      anon_sym_LBRACE,
      sym_string,
    ACTIONS(88), 8,
      anon_sym_log,
      anon_sym_exec,
      anon_sym_self,
      anon_sym_tcp,
      anon_sym_udp,
      anon_sym_icmp,
      anon_sym_icmpv6,
      sym_identifier,
  [375] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      anon_sym_RBRACE,
    ACTIONS(101), 1,
      anon_sym_alert,
    STATE(38), 1,
      aux_sym__actions_repeat1,
    STATE(79), 1,
      sym_action,
    ACTIONS(95), 2,
      anon_sym_SEMI,
      sym__newline,
    ACTIONS(99), 2,
      anon_sym_block,
      anon_sym_isolate,
    STATE(13), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [403] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(31), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(3), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
    ACTIONS(103), 6,
      anon_sym_RBRACE,
      anon_sym_mode,
      anon_sym_egress,
      anon_sym_management,
      anon_sym_inside,
      anon_sym_log,
  [423] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(101), 1,
      anon_sym_alert,
    ACTIONS(105), 1,
      anon_sym_RBRACE,
    STATE(41), 1,
      aux_sym__actions_repeat1,
    STATE(67), 1,
      sym_action,
    ACTIONS(31), 2,
      anon_sym_SEMI,
      sym__newline,
    ACTIONS(99), 2,
      anon_sym_block,
      anon_sym_isolate,
    STATE(3), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [451] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(103), 1,
      anon_sym_RBRACE,
    ACTIONS(107), 1,
      anon_sym_mode,
    ACTIONS(110), 1,
      anon_sym_egress,
    ACTIONS(113), 1,
      anon_sym_management,
    ACTIONS(116), 1,
      anon_sym_inside,
    ACTIONS(119), 1,
      anon_sym_log,
    STATE(14), 1,
      aux_sym__settings_repeat1,
    STATE(99), 1,
      sym_setting,
  [479] = 9,
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
      anon_sym_RBRACE,
    STATE(14), 1,
      aux_sym__settings_repeat1,
    STATE(44), 1,
      sym_setting,
  [507] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(124), 1,
      anon_sym_COMMA,
    STATE(18), 1,
      aux_sym_sources_repeat1,
    ACTIONS(122), 6,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_LBRACE,
      anon_sym_to,
      sym_size,
  [525] = 9,
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
    ACTIONS(126), 1,
      anon_sym_RBRACE,
    STATE(14), 1,
      aux_sym__settings_repeat1,
    STATE(63), 1,
      sym_setting,
  [553] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(130), 1,
      anon_sym_COMMA,
    STATE(18), 1,
      aux_sym_sources_repeat1,
    ACTIONS(128), 6,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_LBRACE,
      anon_sym_to,
      sym_size,
  [571] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(124), 1,
      anon_sym_COMMA,
    STATE(16), 1,
      aux_sym_sources_repeat1,
    ACTIONS(133), 6,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_LBRACE,
      anon_sym_to,
      sym_size,
  [589] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(135), 1,
      sym_identifier,
    ACTIONS(137), 1,
      sym__newline,
    STATE(22), 1,
      aux_sym_policy_statement_repeat1,
    STATE(75), 1,
      sym_port,
    ACTIONS(139), 2,
      anon_sym_tcp,
      anon_sym_udp,
    ACTIONS(141), 2,
      anon_sym_icmp,
      anon_sym_icmpv6,
  [613] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(31), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(3), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
    ACTIONS(143), 4,
      anon_sym_RBRACE,
      anon_sym_block,
      anon_sym_isolate,
      anon_sym_alert,
  [631] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(145), 1,
      sym_identifier,
    ACTIONS(147), 1,
      sym__newline,
    STATE(10), 1,
      aux_sym_policy_statement_repeat1,
    STATE(78), 1,
      sym_port,
    ACTIONS(139), 2,
      anon_sym_tcp,
      anon_sym_udp,
    ACTIONS(141), 2,
      anon_sym_icmp,
      anon_sym_icmpv6,
  [655] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(151), 1,
      anon_sym_COMMA,
    STATE(30), 1,
      aux_sym_targets_repeat1,
    ACTIONS(149), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_on,
      anon_sym_quota,
  [672] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(141), 1,
      anon_sym_icmp,
    ACTIONS(153), 1,
      sym__newline,
    ACTIONS(157), 1,
      anon_sym_icmpv6,
    STATE(26), 1,
      aux_sym_policy_statement_repeat1,
    STATE(96), 1,
      sym_port,
    ACTIONS(155), 2,
      anon_sym_tcp,
      anon_sym_udp,
  [695] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(128), 7,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_LBRACE,
      anon_sym_COMMA,
      anon_sym_to,
      sym_size,
  [708] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(141), 1,
      anon_sym_icmp,
    ACTIONS(147), 1,
      sym__newline,
    ACTIONS(157), 1,
      anon_sym_icmpv6,
    STATE(10), 1,
      aux_sym_policy_statement_repeat1,
    STATE(104), 1,
      sym_port,
    ACTIONS(155), 2,
      anon_sym_tcp,
      anon_sym_udp,
  [731] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(159), 7,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_LBRACE,
      anon_sym_COMMA,
      anon_sym_to,
      sym_size,
  [744] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(163), 1,
      anon_sym_COMMA,
    ACTIONS(165), 1,
      anon_sym_quota,
    STATE(31), 1,
      aux_sym_allow_statement_repeat1,
    STATE(126), 1,
      sym_inline_quota,
    ACTIONS(161), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [765] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(169), 1,
      anon_sym_COMMA,
    STATE(29), 1,
      aux_sym_targets_repeat1,
    ACTIONS(167), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_on,
      anon_sym_quota,
  [782] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(151), 1,
      anon_sym_COMMA,
    STATE(29), 1,
      aux_sym_targets_repeat1,
    ACTIONS(172), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_on,
      anon_sym_quota,
  [799] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(163), 1,
      anon_sym_COMMA,
    ACTIONS(165), 1,
      anon_sym_quota,
    STATE(43), 1,
      aux_sym_allow_statement_repeat1,
    STATE(133), 1,
      sym_inline_quota,
    ACTIONS(174), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [820] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(165), 1,
      anon_sym_quota,
    ACTIONS(178), 1,
      anon_sym_on,
    STATE(130), 1,
      sym_inline_quota,
    ACTIONS(176), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [838] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(182), 1,
      anon_sym_SLASH,
    ACTIONS(180), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
      anon_sym_quota,
  [852] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(133), 6,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_LBRACE,
      anon_sym_to,
      sym_size,
  [864] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(186), 1,
      anon_sym_COMMA,
    STATE(35), 1,
      aux_sym_setting_repeat2,
    ACTIONS(184), 4,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [880] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(167), 6,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
      anon_sym_on,
      anon_sym_quota,
  [892] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(189), 1,
      sym_identifier,
    STATE(28), 1,
      sym_port,
    ACTIONS(139), 2,
      anon_sym_tcp,
      anon_sym_udp,
    ACTIONS(141), 2,
      anon_sym_icmp,
      anon_sym_icmpv6,
  [910] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(101), 1,
      anon_sym_alert,
    ACTIONS(105), 1,
      anon_sym_RBRACE,
    STATE(39), 1,
      aux_sym__actions_repeat1,
    STATE(67), 1,
      sym_action,
    ACTIONS(99), 2,
      anon_sym_block,
      anon_sym_isolate,
  [930] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(143), 1,
      anon_sym_RBRACE,
    ACTIONS(194), 1,
      anon_sym_alert,
    STATE(39), 1,
      aux_sym__actions_repeat1,
    STATE(97), 1,
      sym_action,
    ACTIONS(191), 2,
      anon_sym_block,
      anon_sym_isolate,
  [950] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(197), 1,
      sym_identifier,
    STATE(107), 1,
      sym_port,
    ACTIONS(139), 2,
      anon_sym_tcp,
      anon_sym_udp,
    ACTIONS(141), 2,
      anon_sym_icmp,
      anon_sym_icmpv6,
  [968] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(101), 1,
      anon_sym_alert,
    ACTIONS(199), 1,
      anon_sym_RBRACE,
    STATE(39), 1,
      aux_sym__actions_repeat1,
    STATE(74), 1,
      sym_action,
    ACTIONS(99), 2,
      anon_sym_block,
      anon_sym_isolate,
  [988] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(201), 6,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
      anon_sym_on,
      anon_sym_quota,
  [1000] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(205), 1,
      anon_sym_COMMA,
    STATE(43), 1,
      aux_sym_allow_statement_repeat1,
    ACTIONS(203), 4,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_quota,
  [1016] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(126), 1,
      anon_sym_RBRACE,
    ACTIONS(208), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(12), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1031] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(86), 1,
      anon_sym_RBRACE,
    ACTIONS(208), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(12), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1046] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(29), 1,
      ts_builtin_sym_end,
    ACTIONS(210), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(7), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1061] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(214), 1,
      anon_sym_COMMA,
    STATE(35), 1,
      aux_sym_setting_repeat2,
    ACTIONS(212), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1076] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(214), 1,
      anon_sym_COMMA,
    STATE(35), 1,
      aux_sym_setting_repeat2,
    ACTIONS(216), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1091] = 4,
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
  [1106] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(149), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_on,
      anon_sym_quota,
  [1117] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(141), 1,
      anon_sym_icmp,
    ACTIONS(157), 1,
      anon_sym_icmpv6,
    STATE(71), 1,
      sym_port,
    ACTIONS(155), 2,
      anon_sym_tcp,
      anon_sym_udp,
  [1134] = 3,
    ACTIONS(3), 1,
      sym_comment,
    STATE(145), 1,
      sym_window,
    ACTIONS(222), 4,
      anon_sym_hour,
      anon_sym_day,
      anon_sym_week,
      sym_duration,
  [1147] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(226), 1,
      anon_sym_COMMA,
    STATE(61), 1,
      aux_sym_setting_repeat1,
    ACTIONS(224), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1162] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(214), 1,
      anon_sym_COMMA,
    STATE(62), 1,
      aux_sym_setting_repeat2,
    ACTIONS(224), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1177] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(228), 1,
      aux_sym_rate_token1,
    STATE(111), 1,
      sym_rate,
    ACTIONS(224), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1192] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(184), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
      anon_sym_COMMA,
  [1203] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(230), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
      anon_sym_quota,
  [1214] = 4,
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
  [1229] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(70), 1,
      ts_builtin_sym_end,
    ACTIONS(210), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(7), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1244] = 4,
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
  [1259] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(226), 1,
      anon_sym_COMMA,
    STATE(70), 1,
      aux_sym_setting_repeat1,
    ACTIONS(239), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1274] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(214), 1,
      anon_sym_COMMA,
    STATE(35), 1,
      aux_sym_setting_repeat2,
    ACTIONS(239), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1289] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(241), 1,
      anon_sym_RBRACE,
    ACTIONS(208), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(12), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1304] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(243), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
      anon_sym_COMMA,
  [1315] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(247), 1,
      anon_sym_COMMA,
    STATE(73), 1,
      aux_sym_action_repeat1,
    ACTIONS(245), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1330] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(214), 1,
      anon_sym_COMMA,
    STATE(47), 1,
      aux_sym_setting_repeat2,
    ACTIONS(249), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1345] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(199), 1,
      anon_sym_RBRACE,
    ACTIONS(251), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(21), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1360] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(214), 1,
      anon_sym_COMMA,
    STATE(48), 1,
      aux_sym_setting_repeat2,
    ACTIONS(253), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1375] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(180), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
      anon_sym_quota,
  [1386] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(257), 1,
      anon_sym_COMMA,
    STATE(70), 1,
      aux_sym_setting_repeat1,
    ACTIONS(255), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1401] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(220), 1,
      anon_sym_COMMA,
    STATE(49), 1,
      aux_sym_service_statement_repeat1,
    ACTIONS(260), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1416] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(262), 1,
      sym__newline,
    ACTIONS(264), 1,
      anon_sym_log,
    ACTIONS(266), 1,
      anon_sym_exec,
    STATE(76), 1,
      aux_sym_policy_statement_repeat1,
    STATE(102), 1,
      sym_sink,
  [1435] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(247), 1,
      anon_sym_COMMA,
    STATE(77), 1,
      aux_sym_action_repeat1,
    ACTIONS(268), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1450] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(270), 1,
      anon_sym_RBRACE,
    ACTIONS(251), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(21), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1465] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(203), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
      anon_sym_quota,
  [1476] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(147), 1,
      sym__newline,
    ACTIONS(264), 1,
      anon_sym_log,
    ACTIONS(266), 1,
      anon_sym_exec,
    STATE(10), 1,
      aux_sym_policy_statement_repeat1,
    STATE(106), 1,
      sym_sink,
  [1495] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(274), 1,
      anon_sym_COMMA,
    STATE(77), 1,
      aux_sym_action_repeat1,
    ACTIONS(272), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1510] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(277), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
      anon_sym_quota,
  [1521] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(105), 1,
      anon_sym_RBRACE,
    ACTIONS(251), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(21), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1536] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(281), 1,
      anon_sym_on,
    ACTIONS(279), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1548] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(283), 1,
      sym_identifier,
    ACTIONS(285), 1,
      sym__newline,
    ACTIONS(287), 1,
      sym_address,
    STATE(91), 1,
      aux_sym_policy_statement_repeat1,
  [1564] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(147), 1,
      sym__newline,
    ACTIONS(289), 1,
      anon_sym_LBRACE,
    STATE(10), 1,
      aux_sym_policy_statement_repeat1,
    STATE(110), 1,
      sym__settings,
  [1580] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(291), 4,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
      anon_sym_COMMA,
  [1590] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(293), 1,
      sym_identifier,
    ACTIONS(295), 1,
      sym__newline,
    ACTIONS(297), 1,
      sym_address,
    STATE(81), 1,
      aux_sym_policy_statement_repeat1,
  [1606] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(147), 1,
      sym__newline,
    ACTIONS(299), 1,
      anon_sym_LBRACE,
    STATE(10), 1,
      aux_sym_policy_statement_repeat1,
    STATE(137), 1,
      sym__actions,
  [1622] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(303), 1,
      anon_sym_any,
    STATE(149), 1,
      sym_sources,
    ACTIONS(301), 2,
      anon_sym_self,
      sym_identifier,
  [1636] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(307), 1,
      anon_sym_for,
    ACTIONS(305), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1648] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(303), 1,
      anon_sym_any,
    STATE(101), 1,
      sym_sources,
    ACTIONS(301), 2,
      anon_sym_self,
      sym_identifier,
  [1662] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(255), 4,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
      anon_sym_COMMA,
  [1672] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(303), 1,
      anon_sym_any,
    STATE(141), 1,
      sym_sources,
    ACTIONS(301), 2,
      anon_sym_self,
      sym_identifier,
  [1686] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(88), 1,
      sym_identifier,
    ACTIONS(93), 1,
      sym_address,
    ACTIONS(309), 1,
      sym__newline,
    STATE(91), 1,
      aux_sym_policy_statement_repeat1,
  [1702] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(314), 1,
      sym__newline,
    STATE(94), 1,
      aux_sym_policy_statement_repeat1,
    ACTIONS(312), 2,
      anon_sym_self,
      sym_identifier,
  [1716] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(316), 4,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
      anon_sym_COMMA,
  [1726] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(147), 1,
      sym__newline,
    STATE(10), 1,
      aux_sym_policy_statement_repeat1,
    ACTIONS(318), 2,
      anon_sym_self,
      sym_identifier,
  [1740] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(289), 1,
      anon_sym_LBRACE,
    ACTIONS(320), 1,
      sym__newline,
    STATE(82), 1,
      aux_sym_policy_statement_repeat1,
    STATE(116), 1,
      sym__settings,
  [1756] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(232), 4,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
  [1766] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(251), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(21), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1778] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(322), 4,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
      anon_sym_COMMA,
  [1788] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(208), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(12), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1800] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(324), 1,
      sym_identifier,
    ACTIONS(326), 1,
      anon_sym_any,
    ACTIONS(328), 1,
      sym_address,
    STATE(32), 1,
      sym_targets,
  [1816] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(299), 1,
      anon_sym_LBRACE,
    ACTIONS(330), 1,
      sym__newline,
    STATE(85), 1,
      aux_sym_policy_statement_repeat1,
    STATE(108), 1,
      sym__actions,
  [1832] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(272), 4,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
      anon_sym_COMMA,
  [1842] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(210), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(7), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1854] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(332), 4,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
  [1864] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(303), 1,
      anon_sym_any,
    STATE(138), 1,
      sym_sources,
    ACTIONS(301), 2,
      anon_sym_self,
      sym_identifier,
  [1878] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(334), 4,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
      anon_sym_COMMA,
  [1888] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(336), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1897] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(338), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1906] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(340), 1,
      sym__newline,
    ACTIONS(342), 1,
      sym_string,
    STATE(122), 1,
      aux_sym_policy_statement_repeat1,
  [1919] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(344), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1928] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(239), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1937] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(346), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1946] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(224), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1955] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(348), 1,
      sym__newline,
    ACTIONS(350), 1,
      sym_address,
    STATE(119), 1,
      aux_sym_policy_statement_repeat1,
  [1968] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(352), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1977] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(354), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1986] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(356), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1995] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(358), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2004] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(285), 1,
      sym__newline,
    ACTIONS(360), 1,
      sym_address,
    STATE(91), 1,
      aux_sym_policy_statement_repeat1,
  [2017] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(362), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2026] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(364), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2035] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(147), 1,
      sym__newline,
    ACTIONS(366), 1,
      sym_string,
    STATE(10), 1,
      aux_sym_policy_statement_repeat1,
  [2048] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(368), 3,
      anon_sym_second,
      anon_sym_minute,
      anon_sym_hour2,
  [2057] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(370), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2066] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(372), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2075] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(374), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2084] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(268), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [2093] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(376), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2102] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(378), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2111] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(380), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2120] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(382), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [2129] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(384), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2138] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(386), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2147] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(264), 1,
      anon_sym_log,
    ACTIONS(266), 1,
      anon_sym_exec,
    STATE(65), 1,
      sym_sink,
  [2160] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(388), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2169] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(390), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2178] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(392), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2187] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(394), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2196] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(396), 2,
      anon_sym_self,
      sym_address,
  [2204] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(398), 1,
      sym_size,
    STATE(117), 1,
      sym__budget,
  [2214] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(398), 1,
      sym_size,
    STATE(121), 1,
      sym__budget,
  [2224] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(400), 2,
      anon_sym_gateway,
      anon_sym_host,
  [2232] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(402), 2,
      anon_sym_allow,
      anon_sym_deny,
  [2240] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(404), 2,
      anon_sym_per,
      anon_sym_total,
  [2248] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(406), 1,
      anon_sym_per,
    ACTIONS(408), 1,
      anon_sym_total,
  [2258] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(410), 1,
      sym_address,
  [2265] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(412), 1,
      sym_string,
  [2272] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(414), 1,
      sym_duration,
  [2279] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(416), 1,
      anon_sym_to,
  [2286] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(418), 1,
      sym_string,
  [2293] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(420), 1,
      ts_builtin_sym_end,
  [2300] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(422), 1,
      sym_string,
  [2307] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(424), 1,
      sym_identifier,
  [2314] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(426), 1,
      anon_sym_denied,
  [2321] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(428), 1,
      sym_address,
  [2328] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(430), 1,
      anon_sym_SLASH,
  [2335] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(432), 1,
      anon_sym_to,
  [2342] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(434), 1,
      aux_sym_port_token1,
  [2349] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(436), 1,
      anon_sym_per,
  [2356] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(438), 1,
      sym_address,
  [2363] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(440), 1,
      anon_sym_host,
  [2370] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(442), 1,
      sym_address,
  [2377] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(444), 1,
      sym_identifier,
  [2384] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(446), 1,
      anon_sym_exceed,
  [2391] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(448), 1,
      sym_identifier,
  [2398] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(400), 1,
      sym_identifier,
  [2405] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(450), 1,
      sym_identifier,
};

static const uint32_t ts_small_parse_table_map[] = {
  [SMALL_STATE(2)] = 0,
  [SMALL_STATE(3)] = 61,
  [SMALL_STATE(4)] = 95,
  [SMALL_STATE(5)] = 148,
  [SMALL_STATE(6)] = 201,
  [SMALL_STATE(7)] = 254,
  [SMALL_STATE(8)] = 279,
  [SMALL_STATE(9)] = 315,
  [SMALL_STATE(10)] = 351,
  [SMALL_STATE(11)] = 375,
  [SMALL_STATE(12)] = 403,
  [SMALL_STATE(13)] = 423,
  [SMALL_STATE(14)] = 451,
  [SMALL_STATE(15)] = 479,
  [SMALL_STATE(16)] = 507,
  [SMALL_STATE(17)] = 525,
  [SMALL_STATE(18)] = 553,
  [SMALL_STATE(19)] = 571,
  [SMALL_STATE(20)] = 589,
  [SMALL_STATE(21)] = 613,
  [SMALL_STATE(22)] = 631,
  [SMALL_STATE(23)] = 655,
  [SMALL_STATE(24)] = 672,
  [SMALL_STATE(25)] = 695,
  [SMALL_STATE(26)] = 708,
  [SMALL_STATE(27)] = 731,
  [SMALL_STATE(28)] = 744,
  [SMALL_STATE(29)] = 765,
  [SMALL_STATE(30)] = 782,
  [SMALL_STATE(31)] = 799,
  [SMALL_STATE(32)] = 820,
  [SMALL_STATE(33)] = 838,
  [SMALL_STATE(34)] = 852,
  [SMALL_STATE(35)] = 864,
  [SMALL_STATE(36)] = 880,
  [SMALL_STATE(37)] = 892,
  [SMALL_STATE(38)] = 910,
  [SMALL_STATE(39)] = 930,
  [SMALL_STATE(40)] = 950,
  [SMALL_STATE(41)] = 968,
  [SMALL_STATE(42)] = 988,
  [SMALL_STATE(43)] = 1000,
  [SMALL_STATE(44)] = 1016,
  [SMALL_STATE(45)] = 1031,
  [SMALL_STATE(46)] = 1046,
  [SMALL_STATE(47)] = 1061,
  [SMALL_STATE(48)] = 1076,
  [SMALL_STATE(49)] = 1091,
  [SMALL_STATE(50)] = 1106,
  [SMALL_STATE(51)] = 1117,
  [SMALL_STATE(52)] = 1134,
  [SMALL_STATE(53)] = 1147,
  [SMALL_STATE(54)] = 1162,
  [SMALL_STATE(55)] = 1177,
  [SMALL_STATE(56)] = 1192,
  [SMALL_STATE(57)] = 1203,
  [SMALL_STATE(58)] = 1214,
  [SMALL_STATE(59)] = 1229,
  [SMALL_STATE(60)] = 1244,
  [SMALL_STATE(61)] = 1259,
  [SMALL_STATE(62)] = 1274,
  [SMALL_STATE(63)] = 1289,
  [SMALL_STATE(64)] = 1304,
  [SMALL_STATE(65)] = 1315,
  [SMALL_STATE(66)] = 1330,
  [SMALL_STATE(67)] = 1345,
  [SMALL_STATE(68)] = 1360,
  [SMALL_STATE(69)] = 1375,
  [SMALL_STATE(70)] = 1386,
  [SMALL_STATE(71)] = 1401,
  [SMALL_STATE(72)] = 1416,
  [SMALL_STATE(73)] = 1435,
  [SMALL_STATE(74)] = 1450,
  [SMALL_STATE(75)] = 1465,
  [SMALL_STATE(76)] = 1476,
  [SMALL_STATE(77)] = 1495,
  [SMALL_STATE(78)] = 1510,
  [SMALL_STATE(79)] = 1521,
  [SMALL_STATE(80)] = 1536,
  [SMALL_STATE(81)] = 1548,
  [SMALL_STATE(82)] = 1564,
  [SMALL_STATE(83)] = 1580,
  [SMALL_STATE(84)] = 1590,
  [SMALL_STATE(85)] = 1606,
  [SMALL_STATE(86)] = 1622,
  [SMALL_STATE(87)] = 1636,
  [SMALL_STATE(88)] = 1648,
  [SMALL_STATE(89)] = 1662,
  [SMALL_STATE(90)] = 1672,
  [SMALL_STATE(91)] = 1686,
  [SMALL_STATE(92)] = 1702,
  [SMALL_STATE(93)] = 1716,
  [SMALL_STATE(94)] = 1726,
  [SMALL_STATE(95)] = 1740,
  [SMALL_STATE(96)] = 1756,
  [SMALL_STATE(97)] = 1766,
  [SMALL_STATE(98)] = 1778,
  [SMALL_STATE(99)] = 1788,
  [SMALL_STATE(100)] = 1800,
  [SMALL_STATE(101)] = 1816,
  [SMALL_STATE(102)] = 1832,
  [SMALL_STATE(103)] = 1842,
  [SMALL_STATE(104)] = 1854,
  [SMALL_STATE(105)] = 1864,
  [SMALL_STATE(106)] = 1878,
  [SMALL_STATE(107)] = 1888,
  [SMALL_STATE(108)] = 1897,
  [SMALL_STATE(109)] = 1906,
  [SMALL_STATE(110)] = 1919,
  [SMALL_STATE(111)] = 1928,
  [SMALL_STATE(112)] = 1937,
  [SMALL_STATE(113)] = 1946,
  [SMALL_STATE(114)] = 1955,
  [SMALL_STATE(115)] = 1968,
  [SMALL_STATE(116)] = 1977,
  [SMALL_STATE(117)] = 1986,
  [SMALL_STATE(118)] = 1995,
  [SMALL_STATE(119)] = 2004,
  [SMALL_STATE(120)] = 2017,
  [SMALL_STATE(121)] = 2026,
  [SMALL_STATE(122)] = 2035,
  [SMALL_STATE(123)] = 2048,
  [SMALL_STATE(124)] = 2057,
  [SMALL_STATE(125)] = 2066,
  [SMALL_STATE(126)] = 2075,
  [SMALL_STATE(127)] = 2084,
  [SMALL_STATE(128)] = 2093,
  [SMALL_STATE(129)] = 2102,
  [SMALL_STATE(130)] = 2111,
  [SMALL_STATE(131)] = 2120,
  [SMALL_STATE(132)] = 2129,
  [SMALL_STATE(133)] = 2138,
  [SMALL_STATE(134)] = 2147,
  [SMALL_STATE(135)] = 2160,
  [SMALL_STATE(136)] = 2169,
  [SMALL_STATE(137)] = 2178,
  [SMALL_STATE(138)] = 2187,
  [SMALL_STATE(139)] = 2196,
  [SMALL_STATE(140)] = 2204,
  [SMALL_STATE(141)] = 2214,
  [SMALL_STATE(142)] = 2224,
  [SMALL_STATE(143)] = 2232,
  [SMALL_STATE(144)] = 2240,
  [SMALL_STATE(145)] = 2248,
  [SMALL_STATE(146)] = 2258,
  [SMALL_STATE(147)] = 2265,
  [SMALL_STATE(148)] = 2272,
  [SMALL_STATE(149)] = 2279,
  [SMALL_STATE(150)] = 2286,
  [SMALL_STATE(151)] = 2293,
  [SMALL_STATE(152)] = 2300,
  [SMALL_STATE(153)] = 2307,
  [SMALL_STATE(154)] = 2314,
  [SMALL_STATE(155)] = 2321,
  [SMALL_STATE(156)] = 2328,
  [SMALL_STATE(157)] = 2335,
  [SMALL_STATE(158)] = 2342,
  [SMALL_STATE(159)] = 2349,
  [SMALL_STATE(160)] = 2356,
  [SMALL_STATE(161)] = 2363,
  [SMALL_STATE(162)] = 2370,
  [SMALL_STATE(163)] = 2377,
  [SMALL_STATE(164)] = 2384,
  [SMALL_STATE(165)] = 2391,
  [SMALL_STATE(166)] = 2398,
  [SMALL_STATE(167)] = 2405,
};

static const TSParseActionEntry ts_parse_actions[] = {
  [0] = {.entry = {.count = 0, .reusable = false}},
  [1] = {.entry = {.count = 1, .reusable = false}}, RECOVER(),
  [3] = {.entry = {.count = 1, .reusable = true}}, SHIFT_EXTRA(),
  [5] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 0, 0, 0),
  [7] = {.entry = {.count = 1, .reusable = true}}, SHIFT(2),
  [9] = {.entry = {.count = 1, .reusable = true}}, SHIFT(163),
  [11] = {.entry = {.count = 1, .reusable = true}}, SHIFT(147),
  [13] = {.entry = {.count = 1, .reusable = true}}, SHIFT(165),
  [15] = {.entry = {.count = 1, .reusable = true}}, SHIFT(167),
  [17] = {.entry = {.count = 1, .reusable = true}}, SHIFT(153),
  [19] = {.entry = {.count = 1, .reusable = true}}, SHIFT(86),
  [21] = {.entry = {.count = 1, .reusable = true}}, SHIFT(164),
  [23] = {.entry = {.count = 1, .reusable = true}}, SHIFT(90),
  [25] = {.entry = {.count = 1, .reusable = true}}, SHIFT(105),
  [27] = {.entry = {.count = 1, .reusable = true}}, SHIFT(143),
  [29] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 1, 0, 0),
  [31] = {.entry = {.count = 1, .reusable = true}}, SHIFT(3),
  [33] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0),
  [35] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(3),
  [38] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0),
  [40] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(163),
  [43] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(147),
  [46] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(165),
  [49] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(167),
  [52] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(153),
  [55] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(86),
  [58] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(164),
  [61] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(90),
  [64] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(105),
  [67] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(143),
  [70] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 2, 0, 0),
  [72] = {.entry = {.count = 1, .reusable = true}}, SHIFT(9),
  [74] = {.entry = {.count = 1, .reusable = true}}, SHIFT(135),
  [76] = {.entry = {.count = 1, .reusable = true}}, SHIFT(142),
  [78] = {.entry = {.count = 1, .reusable = true}}, SHIFT(152),
  [80] = {.entry = {.count = 1, .reusable = true}}, SHIFT(166),
  [82] = {.entry = {.count = 1, .reusable = true}}, SHIFT(146),
  [84] = {.entry = {.count = 1, .reusable = true}}, SHIFT(154),
  [86] = {.entry = {.count = 1, .reusable = true}}, SHIFT(115),
  [88] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_policy_statement_repeat1, 2, 0, 0),
  [90] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_policy_statement_repeat1, 2, 0, 0), SHIFT_REPEAT(10),
  [93] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_policy_statement_repeat1, 2, 0, 0),
  [95] = {.entry = {.count = 1, .reusable = true}}, SHIFT(13),
  [97] = {.entry = {.count = 1, .reusable = true}}, SHIFT(132),
  [99] = {.entry = {.count = 1, .reusable = true}}, SHIFT(87),
  [101] = {.entry = {.count = 1, .reusable = true}}, SHIFT(134),
  [103] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__settings_repeat1, 2, 0, 0),
  [105] = {.entry = {.count = 1, .reusable = true}}, SHIFT(118),
  [107] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__settings_repeat1, 2, 0, 0), SHIFT_REPEAT(142),
  [110] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__settings_repeat1, 2, 0, 0), SHIFT_REPEAT(152),
  [113] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__settings_repeat1, 2, 0, 0), SHIFT_REPEAT(166),
  [116] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__settings_repeat1, 2, 0, 0), SHIFT_REPEAT(146),
  [119] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__settings_repeat1, 2, 0, 0), SHIFT_REPEAT(154),
  [122] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sources, 2, 0, 0),
  [124] = {.entry = {.count = 1, .reusable = true}}, SHIFT(92),
  [126] = {.entry = {.count = 1, .reusable = true}}, SHIFT(112),
  [128] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_sources_repeat1, 2, 0, 0),
  [130] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_sources_repeat1, 2, 0, 0), SHIFT_REPEAT(92),
  [133] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sources, 1, 0, 0),
  [135] = {.entry = {.count = 1, .reusable = false}}, SHIFT(75),
  [137] = {.entry = {.count = 1, .reusable = true}}, SHIFT(22),
  [139] = {.entry = {.count = 1, .reusable = false}}, SHIFT(33),
  [141] = {.entry = {.count = 1, .reusable = false}}, SHIFT(69),
  [143] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__actions_repeat1, 2, 0, 0),
  [145] = {.entry = {.count = 1, .reusable = false}}, SHIFT(78),
  [147] = {.entry = {.count = 1, .reusable = true}}, SHIFT(10),
  [149] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_targets, 1, 0, 0),
  [151] = {.entry = {.count = 1, .reusable = true}}, SHIFT(84),
  [153] = {.entry = {.count = 1, .reusable = true}}, SHIFT(26),
  [155] = {.entry = {.count = 1, .reusable = true}}, SHIFT(33),
  [157] = {.entry = {.count = 1, .reusable = true}}, SHIFT(69),
  [159] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_sources_repeat1, 3, 0, 0),
  [161] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_allow_statement, 6, 0, 7),
  [163] = {.entry = {.count = 1, .reusable = true}}, SHIFT(20),
  [165] = {.entry = {.count = 1, .reusable = true}}, SHIFT(140),
  [167] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_targets_repeat1, 2, 0, 0),
  [169] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_targets_repeat1, 2, 0, 0), SHIFT_REPEAT(84),
  [172] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_targets, 2, 0, 0),
  [174] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_allow_statement, 7, 0, 8),
  [176] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_allow_statement, 4, 0, 4),
  [178] = {.entry = {.count = 1, .reusable = true}}, SHIFT(37),
  [180] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_port, 1, 0, 0),
  [182] = {.entry = {.count = 1, .reusable = true}}, SHIFT(158),
  [184] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_setting_repeat2, 2, 0, 0),
  [186] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_setting_repeat2, 2, 0, 0), SHIFT_REPEAT(114),
  [189] = {.entry = {.count = 1, .reusable = false}}, SHIFT(28),
  [191] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__actions_repeat1, 2, 0, 0), SHIFT_REPEAT(87),
  [194] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__actions_repeat1, 2, 0, 0), SHIFT_REPEAT(134),
  [197] = {.entry = {.count = 1, .reusable = false}}, SHIFT(107),
  [199] = {.entry = {.count = 1, .reusable = true}}, SHIFT(128),
  [201] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_targets_repeat1, 3, 0, 0),
  [203] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_allow_statement_repeat1, 2, 0, 0),
  [205] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_allow_statement_repeat1, 2, 0, 0), SHIFT_REPEAT(20),
  [208] = {.entry = {.count = 1, .reusable = true}}, SHIFT(12),
  [210] = {.entry = {.count = 1, .reusable = true}}, SHIFT(7),
  [212] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_group_statement, 4, 0, 3),
  [214] = {.entry = {.count = 1, .reusable = true}}, SHIFT(114),
  [216] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_destination_statement, 4, 0, 3),
  [218] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_service_statement, 4, 0, 3),
  [220] = {.entry = {.count = 1, .reusable = true}}, SHIFT(24),
  [222] = {.entry = {.count = 1, .reusable = true}}, SHIFT(144),
  [224] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_setting, 2, 0, 0),
  [226] = {.entry = {.count = 1, .reusable = true}}, SHIFT(109),
  [228] = {.entry = {.count = 1, .reusable = true}}, SHIFT(156),
  [230] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_port, 3, 0, 0),
  [232] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_service_statement_repeat1, 2, 0, 0),
  [234] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_service_statement_repeat1, 2, 0, 0), SHIFT_REPEAT(24),
  [237] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 3, 0, 0),
  [239] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_setting, 3, 0, 0),
  [241] = {.entry = {.count = 1, .reusable = true}}, SHIFT(124),
  [243] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_setting_repeat2, 3, 0, 0),
  [245] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_action, 2, 0, 0),
  [247] = {.entry = {.count = 1, .reusable = true}}, SHIFT(72),
  [249] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_group_statement, 3, 0, 3),
  [251] = {.entry = {.count = 1, .reusable = true}}, SHIFT(21),
  [253] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_destination_statement, 3, 0, 3),
  [255] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_setting_repeat1, 2, 0, 0),
  [257] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_setting_repeat1, 2, 0, 0), SHIFT_REPEAT(109),
  [260] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_service_statement, 3, 0, 3),
  [262] = {.entry = {.count = 1, .reusable = true}}, SHIFT(76),
  [264] = {.entry = {.count = 1, .reusable = true}}, SHIFT(83),
  [266] = {.entry = {.count = 1, .reusable = true}}, SHIFT(150),
  [268] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_action, 3, 0, 0),
  [270] = {.entry = {.count = 1, .reusable = true}}, SHIFT(136),
  [272] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_action_repeat1, 2, 0, 0),
  [274] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_action_repeat1, 2, 0, 0), SHIFT_REPEAT(72),
  [277] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_allow_statement_repeat1, 3, 0, 0),
  [279] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_expect_statement, 5, 0, 6),
  [281] = {.entry = {.count = 1, .reusable = true}}, SHIFT(40),
  [283] = {.entry = {.count = 1, .reusable = false}}, SHIFT(42),
  [285] = {.entry = {.count = 1, .reusable = true}}, SHIFT(91),
  [287] = {.entry = {.count = 1, .reusable = true}}, SHIFT(42),
  [289] = {.entry = {.count = 1, .reusable = true}}, SHIFT(8),
  [291] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sink, 1, 0, 0),
  [293] = {.entry = {.count = 1, .reusable = false}}, SHIFT(36),
  [295] = {.entry = {.count = 1, .reusable = true}}, SHIFT(81),
  [297] = {.entry = {.count = 1, .reusable = true}}, SHIFT(36),
  [299] = {.entry = {.count = 1, .reusable = true}}, SHIFT(11),
  [301] = {.entry = {.count = 1, .reusable = false}}, SHIFT(19),
  [303] = {.entry = {.count = 1, .reusable = false}}, SHIFT(34),
  [305] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_action, 1, 0, 0),
  [307] = {.entry = {.count = 1, .reusable = true}}, SHIFT(148),
  [309] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_policy_statement_repeat1, 2, 0, 0), SHIFT_REPEAT(91),
  [312] = {.entry = {.count = 1, .reusable = false}}, SHIFT(25),
  [314] = {.entry = {.count = 1, .reusable = true}}, SHIFT(94),
  [316] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sink, 2, 0, 0),
  [318] = {.entry = {.count = 1, .reusable = false}}, SHIFT(27),
  [320] = {.entry = {.count = 1, .reusable = true}}, SHIFT(82),
  [322] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_setting_repeat1, 3, 0, 0),
  [324] = {.entry = {.count = 1, .reusable = false}}, SHIFT(23),
  [326] = {.entry = {.count = 1, .reusable = false}}, SHIFT(50),
  [328] = {.entry = {.count = 1, .reusable = true}}, SHIFT(23),
  [330] = {.entry = {.count = 1, .reusable = true}}, SHIFT(85),
  [332] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_service_statement_repeat1, 3, 0, 0),
  [334] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_action_repeat1, 3, 0, 0),
  [336] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_expect_statement, 7, 0, 6),
  [338] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_exceed_statement, 4, 0, 5),
  [340] = {.entry = {.count = 1, .reusable = true}}, SHIFT(122),
  [342] = {.entry = {.count = 1, .reusable = true}}, SHIFT(89),
  [344] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_policy_statement, 4, 0, 3),
  [346] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__settings, 4, 0, 0),
  [348] = {.entry = {.count = 1, .reusable = true}}, SHIFT(119),
  [350] = {.entry = {.count = 1, .reusable = true}}, SHIFT(56),
  [352] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__settings, 3, 0, 0),
  [354] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_policy_statement, 3, 0, 3),
  [356] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_inline_quota, 2, 0, 0),
  [358] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__actions, 3, 0, 0),
  [360] = {.entry = {.count = 1, .reusable = true}}, SHIFT(64),
  [362] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__budget, 4, 0, 0),
  [364] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_quota_statement, 3, 0, 2),
  [366] = {.entry = {.count = 1, .reusable = true}}, SHIFT(98),
  [368] = {.entry = {.count = 1, .reusable = true}}, SHIFT(131),
  [370] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__settings, 5, 0, 0),
  [372] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_include_statement, 2, 0, 1),
  [374] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_allow_statement, 7, 0, 7),
  [376] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__actions, 4, 0, 0),
  [378] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__budget, 5, 0, 0),
  [380] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_allow_statement, 5, 0, 4),
  [382] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rate, 3, 0, 0),
  [384] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__actions, 2, 0, 0),
  [386] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_allow_statement, 8, 0, 8),
  [388] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__settings, 2, 0, 0),
  [390] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__actions, 5, 0, 0),
  [392] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_exceed_statement, 5, 0, 5),
  [394] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_audit_statement, 2, 0, 2),
  [396] = {.entry = {.count = 1, .reusable = true}}, SHIFT(157),
  [398] = {.entry = {.count = 1, .reusable = true}}, SHIFT(159),
  [400] = {.entry = {.count = 1, .reusable = true}}, SHIFT(113),
  [402] = {.entry = {.count = 1, .reusable = true}}, SHIFT(139),
  [404] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_window, 1, 0, 0),
  [406] = {.entry = {.count = 1, .reusable = true}}, SHIFT(161),
  [408] = {.entry = {.count = 1, .reusable = true}}, SHIFT(120),
  [410] = {.entry = {.count = 1, .reusable = true}}, SHIFT(54),
  [412] = {.entry = {.count = 1, .reusable = true}}, SHIFT(125),
  [414] = {.entry = {.count = 1, .reusable = true}}, SHIFT(127),
  [416] = {.entry = {.count = 1, .reusable = true}}, SHIFT(100),
  [418] = {.entry = {.count = 1, .reusable = true}}, SHIFT(93),
  [420] = {.entry = {.count = 1, .reusable = true}},  ACCEPT_INPUT(),
  [422] = {.entry = {.count = 1, .reusable = true}}, SHIFT(53),
  [424] = {.entry = {.count = 1, .reusable = true}}, SHIFT(51),
  [426] = {.entry = {.count = 1, .reusable = true}}, SHIFT(55),
  [428] = {.entry = {.count = 1, .reusable = true}}, SHIFT(66),
  [430] = {.entry = {.count = 1, .reusable = true}}, SHIFT(123),
  [432] = {.entry = {.count = 1, .reusable = true}}, SHIFT(162),
  [434] = {.entry = {.count = 1, .reusable = true}}, SHIFT(57),
  [436] = {.entry = {.count = 1, .reusable = true}}, SHIFT(52),
  [438] = {.entry = {.count = 1, .reusable = true}}, SHIFT(68),
  [440] = {.entry = {.count = 1, .reusable = true}}, SHIFT(129),
  [442] = {.entry = {.count = 1, .reusable = true}}, SHIFT(80),
  [444] = {.entry = {.count = 1, .reusable = true}}, SHIFT(95),
  [446] = {.entry = {.count = 1, .reusable = true}}, SHIFT(88),
  [448] = {.entry = {.count = 1, .reusable = true}}, SHIFT(155),
  [450] = {.entry = {.count = 1, .reusable = true}}, SHIFT(160),
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
