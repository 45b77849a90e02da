#include "tree_sitter/parser.h"

#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#endif

#define LANGUAGE_VERSION 14
#define STATE_COUNT 166
#define LARGE_STATE_COUNT 2
#define SYMBOL_COUNT 90
#define ALIAS_COUNT 0
#define TOKEN_COUNT 54
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
  anon_sym_expect = 32,
  anon_sym_deny = 33,
  anon_sym_self = 34,
  anon_sym_any = 35,
  anon_sym_hour = 36,
  anon_sym_day = 37,
  anon_sym_week = 38,
  sym_duration = 39,
  sym_size = 40,
  aux_sym_rate_token1 = 41,
  anon_sym_SLASH = 42,
  anon_sym_second = 43,
  anon_sym_minute = 44,
  anon_sym_hour2 = 45,
  anon_sym_tcp = 46,
  anon_sym_udp = 47,
  aux_sym_port_token1 = 48,
  anon_sym_icmp = 49,
  anon_sym_icmpv6 = 50,
  sym_address = 51,
  sym_string = 52,
  sym_comment = 53,
  sym_source_file = 54,
  sym__separator = 55,
  sym__statement = 56,
  sym_policy_statement = 57,
  sym__settings = 58,
  sym_setting = 59,
  sym_include_statement = 60,
  sym_group_statement = 61,
  sym_destination_statement = 62,
  sym_service_statement = 63,
  sym_allow_statement = 64,
  sym_inline_quota = 65,
  sym_quota_statement = 66,
  sym__budget = 67,
  sym_exceed_statement = 68,
  sym__actions = 69,
  sym_action = 70,
  sym_sink = 71,
  sym_expect_statement = 72,
  sym_sources = 73,
  sym_targets = 74,
  sym_window = 75,
  sym_rate = 76,
  sym_port = 77,
  aux_sym_source_file_repeat1 = 78,
  aux_sym_source_file_repeat2 = 79,
  aux_sym_policy_statement_repeat1 = 80,
  aux_sym__settings_repeat1 = 81,
  aux_sym_setting_repeat1 = 82,
  aux_sym_setting_repeat2 = 83,
  aux_sym_service_statement_repeat1 = 84,
  aux_sym_allow_statement_repeat1 = 85,
  aux_sym__actions_repeat1 = 86,
  aux_sym_action_repeat1 = 87,
  aux_sym_sources_repeat1 = 88,
  aux_sym_targets_repeat1 = 89,
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
  [81] = 10,
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
      END_STATE();
    case 2:
      if (lookahead == 'l') ADVANCE(21);
      END_STATE();
    case 3:
      if (lookahead == 'a') ADVANCE(22);
      if (lookahead == 'e') ADVANCE(23);
      END_STATE();
    case 4:
      if (lookahead == 'g') ADVANCE(24);
      if (lookahead == 'x') ADVANCE(25);
      END_STATE();
    case 5:
      if (lookahead == 'o') ADVANCE(26);
      END_STATE();
    case 6:
      if (lookahead == 'a') ADVANCE(27);
      if (lookahead == 'r') ADVANCE(28);
      END_STATE();
    case 7:
      if (lookahead == 'o') ADVANCE(29);
      END_STATE();
    case 8:
      if (lookahead == 'c') ADVANCE(30);
      if (lookahead == 'n') ADVANCE(31);
      if (lookahead == 's') ADVANCE(32);
      END_STATE();
    case 9:
      if (lookahead == 'o') ADVANCE(33);
      END_STATE();
    case 10:
      if (lookahead == 'a') ADVANCE(34);
      if (lookahead == 'i') ADVANCE(35);
      if (lookahead == 'o') ADVANCE(36);
      END_STATE();
    case 11:
      if (lookahead == 'n') ADVANCE(37);
      END_STATE();
    case 12:
      if (lookahead == 'e') ADVANCE(38);
      if (lookahead == 'o') ADVANCE(39);
      END_STATE();
    case 13:
      if (lookahead == 'u') ADVANCE(40);
      END_STATE();
    case 14:
      if (lookahead == 'e') ADVANCE(41);
      END_STATE();
    case 15:
      if (lookahead == 'c') ADVANCE(42);
      if (lookahead == 'o') ADVANCE(43);
      END_STATE();
    case 16:
      if (lookahead == 'd') ADVANCE(44);
      END_STATE();
    case 17:
      if (lookahead == 'e') ADVANCE(45);
      END_STATE();
    case 18:
      ADVANCE_MAP(
        'a', 1,
        'b', 2,
        'd', 3,
        'e', 4,
        'f', 5,
        'g', 6,
        'h', 46,
        'i', 8,
        'l', 9,
        'm', 47,
        'o', 11,
        'p', 12,
        'q', 13,
        's', 48,
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
      if (lookahead == 'e') ADVANCE(49);
      if (lookahead == 'l') ADVANCE(50);
      END_STATE();
    case 20:
      if (lookahead == 'y') ADVANCE(51);
      END_STATE();
    case 21:
      if (lookahead == 'o') ADVANCE(52);
      END_STATE();
    case 22:
      if (lookahead == 'y') ADVANCE(53);
      END_STATE();
    case 23:
      if (lookahead == 'n') ADVANCE(54);
      if (lookahead == 's') ADVANCE(55);
      END_STATE();
    case 24:
      if (lookahead == 'r') ADVANCE(56);
      END_STATE();
    case 25:
      if (lookahead == 'c') ADVANCE(57);
      if (lookahead == 'e') ADVANCE(58);
      if (lookahead == 'p') ADVANCE(59);
      END_STATE();
    case 26:
      if (lookahead == 'r') ADVANCE(60);
      END_STATE();
    case 27:
      if (lookahead == 't') ADVANCE(61);
      END_STATE();
    case 28:
      if (lookahead == 'o') ADVANCE(62);
      END_STATE();
    case 29:
      if (lookahead == 's') ADVANCE(63);
      if (lookahead == 'u') ADVANCE(64);
      END_STATE();
    case 30:
      if (lookahead == 'm') ADVANCE(65);
      END_STATE();
    case 31:
      if (lookahead == 'c') ADVANCE(66);
      if (lookahead == 's') ADVANCE(67);
      END_STATE();
    case 32:
      if (lookahead == 'o') ADVANCE(68);
      END_STATE();
    case 33:
      if (lookahead == 'g') ADVANCE(69);
      END_STATE();
    case 34:
      if (lookahead == 'n') ADVANCE(70);
      END_STATE();
    case 35:
      if (lookahead == 'n') ADVANCE(71);
      END_STATE();
    case 36:
      if (lookahead == 'd') ADVANCE(72);
      END_STATE();
    case 37:
      ACCEPT_TOKEN(anon_sym_on);
      END_STATE();
    case 38:
      if (lookahead == 'r') ADVANCE(73);
      END_STATE();
    case 39:
      if (lookahead == 'l') ADVANCE(74);
      END_STATE();
    case 40:
      if (lookahead == 'o') ADVANCE(75);
      END_STATE();
    case 41:
      if (lookahead == 'c') ADVANCE(76);
      if (lookahead == 'l') ADVANCE(77);
      if (lookahead == 'r') ADVANCE(78);
      END_STATE();
    case 42:
      if (lookahead == 'p') ADVANCE(79);
      END_STATE();
    case 43:
      ACCEPT_TOKEN(anon_sym_to);
      if (lookahead == 't') ADVANCE(80);
      END_STATE();
    case 44:
      if (lookahead == 'p') ADVANCE(81);
      END_STATE();
    case 45:
      if (lookahead == 'e') ADVANCE(82);
      END_STATE();
    case 46:
      if (lookahead == 'o') ADVANCE(83);
      END_STATE();
    case 47:
      if (lookahead == 'a') ADVANCE(34);
      if (lookahead == 'o') ADVANCE(36);
      END_STATE();
    case 48:
      if (lookahead == 'e') ADVANCE(84);
      END_STATE();
    case 49:
      if (lookahead == 'r') ADVANCE(85);
      END_STATE();
    case 50:
      if (lookahead == 'o') ADVANCE(86);
      END_STATE();
    case 51:
      ACCEPT_TOKEN(anon_sym_any);
      END_STATE();
    case 52:
      if (lookahead == 'c') ADVANCE(87);
      END_STATE();
    case 53:
      ACCEPT_TOKEN(anon_sym_day);
      END_STATE();
    case 54:
      if (lookahead == 'i') ADVANCE(88);
      if (lookahead == 'y') ADVANCE(89);
      END_STATE();
    case 55:
      if (lookahead == 't') ADVANCE(90);
      END_STATE();
    case 56:
      if (lookahead == 'e') ADVANCE(91);
      END_STATE();
    case 57:
      if (lookahead == 'e') ADVANCE(92);
      END_STATE();
    case 58:
      if (lookahead == 'c') ADVANCE(93);
      END_STATE();
    case 59:
      if (lookahead == 'e') ADVANCE(94);
      END_STATE();
    case 60:
      ACCEPT_TOKEN(anon_sym_for);
      END_STATE();
    case 61:
      if (lookahead == 'e') ADVANCE(95);
      END_STATE();
    case 62:
      if (lookahead == 'u') ADVANCE(96);
      END_STATE();
    case 63:
      if (lookahead == 't') ADVANCE(97);
      END_STATE();
    case 64:
      if (lookahead == 'r') ADVANCE(98);
      END_STATE();
    case 65:
      if (lookahead == 'p') ADVANCE(99);
      END_STATE();
    case 66:
      if (lookahead == 'l') ADVANCE(100);
      END_STATE();
    case 67:
      if (lookahead == 'i') ADVANCE(101);
      END_STATE();
    case 68:
      if (lookahead == 'l') ADVANCE(102);
      END_STATE();
    case 69:
      ACCEPT_TOKEN(anon_sym_log);
      END_STATE();
    case 70:
      if (lookahead == 'a') ADVANCE(103);
      END_STATE();
    case 71:
      if (lookahead == 'u') ADVANCE(104);
      END_STATE();
    case 72:
      if (lookahead == 'e') ADVANCE(105);
      END_STATE();
    case 73:
      ACCEPT_TOKEN(anon_sym_per);
      END_STATE();
    case 74:
      if (lookahead == 'i') ADVANCE(106);
      END_STATE();
    case 75:
      if (lookahead == 't') ADVANCE(107);
      END_STATE();
    case 76:
      if (lookahead == 'o') ADVANCE(108);
      END_STATE();
    case 77:
      if (lookahead == 'f') ADVANCE(109);
      END_STATE();
    case 78:
      if (lookahead == 'v') ADVANCE(110);
      END_STATE();
    case 79:
      ACCEPT_TOKEN(anon_sym_tcp);
      END_STATE();
    case 80:
      if (lookahead == 'a') ADVANCE(111);
      END_STATE();
    case 81:
      ACCEPT_TOKEN(anon_sym_udp);
      END_STATE();
    case 82:
      if (lookahead == 'k') ADVANCE(112);
      END_STATE();
    case 83:
      if (lookahead == 's') ADVANCE(63);
      END_STATE();
    case 84:
      if (lookahead == 'l') ADVANCE(77);
      if (lookahead == 'r') ADVANCE(78);
      END_STATE();
    case 85:
      if (lookahead == 't') ADVANCE(113);
      END_STATE();
    case 86:
      if (lookahead == 'w') ADVANCE(114);
      END_STATE();
    case 87:
      if (lookahead == 'k') ADVANCE(115);
      END_STATE();
    case 88:
      if (lookahead == 'e') ADVANCE(116);
      END_STATE();
    case 89:
      ACCEPT_TOKEN(anon_sym_deny);
      END_STATE();
    case 90:
      if (lookahead == 'i') ADVANCE(117);
      END_STATE();
    case 91:
      if (lookahead == 's') ADVANCE(118);
      END_STATE();
    case 92:
      if (lookahead == 'e') ADVANCE(119);
      END_STATE();
    case 93:
      ACCEPT_TOKEN(anon_sym_exec);
      END_STATE();
    case 94:
      if (lookahead == 'c') ADVANCE(120);
      END_STATE();
    case 95:
      if (lookahead == 'w') ADVANCE(121);
      END_STATE();
    case 96:
      if (lookahead == 'p') ADVANCE(122);
      END_STATE();
    case 97:
      ACCEPT_TOKEN(anon_sym_host);
      END_STATE();
    case 98:
      ACCEPT_TOKEN(anon_sym_hour2);
      END_STATE();
    case 99:
      ACCEPT_TOKEN(anon_sym_icmp);
      if (lookahead == 'v') ADVANCE(123);
      END_STATE();
    case 100:
      if (lookahead == 'u') ADVANCE(124);
      END_STATE();
    case 101:
      if (lookahead == 'd') ADVANCE(125);
      END_STATE();
    case 102:
      if (lookahead == 'a') ADVANCE(126);
      END_STATE();
    case 103:
      if (lookahead == 'g') ADVANCE(127);
      END_STATE();
    case 104:
      if (lookahead == 't') ADVANCE(128);
      END_STATE();
    case 105:
      ACCEPT_TOKEN(anon_sym_mode);
      END_STATE();
    case 106:
      if (lookahead == 'c') ADVANCE(129);
      END_STATE();
    case 107:
      if (lookahead == 'a') ADVANCE(130);
      END_STATE();
    case 108:
      if (lookahead == 'n') ADVANCE(131);
      END_STATE();
    case 109:
      ACCEPT_TOKEN(anon_sym_self);
      END_STATE();
    case 110:
      if (lookahead == 'i') ADVANCE(132);
      END_STATE();
    case 111:
      if (lookahead == 'l') ADVANCE(133);
      END_STATE();
    case 112:
      ACCEPT_TOKEN(anon_sym_week);
      END_STATE();
    case 113:
      ACCEPT_TOKEN(anon_sym_alert);
      END_STATE();
    case 114:
      ACCEPT_TOKEN(anon_sym_allow);
      END_STATE();
    case 115:
      ACCEPT_TOKEN(anon_sym_block);
      END_STATE();
    case 116:
      if (lookahead == 'd') ADVANCE(134);
      END_STATE();
    case 117:
      if (lookahead == 'n') ADVANCE(135);
      END_STATE();
    case 118:
      if (lookahead == 's') ADVANCE(136);
      END_STATE();
    case 119:
      if (lookahead == 'd') ADVANCE(137);
      END_STATE();
    case 120:
      if (lookahead == 't') ADVANCE(138);
      END_STATE();
    case 121:
      if (lookahead == 'a') ADVANCE(139);
      END_STATE();
    case 122:
      ACCEPT_TOKEN(anon_sym_group);
      END_STATE();
    case 123:
      if (lookahead == '6') ADVANCE(140);
      END_STATE();
    case 124:
      if (lookahead == 'd') ADVANCE(141);
      END_STATE();
    case 125:
      if (lookahead == 'e') ADVANCE(142);
      END_STATE();
    case 126:
      if (lookahead == 't') ADVANCE(143);
      END_STATE();
    case 127:
      if (lookahead == 'e') ADVANCE(144);
      END_STATE();
    case 128:
      if (lookahead == 'e') ADVANCE(145);
      END_STATE();
    case 129:
      if (lookahead == 'y') ADVANCE(146);
      END_STATE();
    case 130:
      ACCEPT_TOKEN(anon_sym_quota);
      END_STATE();
    case 131:
      if (lookahead == 'd') ADVANCE(147);
      END_STATE();
    case 132:
      if (lookahead == 'c') ADVANCE(148);
      END_STATE();
    case 133:
      ACCEPT_TOKEN(anon_sym_total);
      END_STATE();
    case 134:
      ACCEPT_TOKEN(anon_sym_denied);
      END_STATE();
    case 135:
      if (lookahead == 'a') ADVANCE(149);
      END_STATE();
    case 136:
      ACCEPT_TOKEN(anon_sym_egress);
      END_STATE();
    case 137:
      ACCEPT_TOKEN(anon_sym_exceed);
      END_STATE();
    case 138:
      ACCEPT_TOKEN(anon_sym_expect);
      END_STATE();
    case 139:
      if (lookahead == 'y') ADVANCE(150);
      END_STATE();
    case 140:
      ACCEPT_TOKEN(anon_sym_icmpv6);
      END_STATE();
    case 141:
      if (lookahead == 'e') ADVANCE(151);
      END_STATE();
    case 142:
      ACCEPT_TOKEN(anon_sym_inside);
      END_STATE();
    case 143:
      if (lookahead == 'e') ADVANCE(152);
      END_STATE();
    case 144:
      if (lookahead == 'm') ADVANCE(153);
      END_STATE();
    case 145:
      ACCEPT_TOKEN(anon_sym_minute);
      END_STATE();
    case 146:
      ACCEPT_TOKEN(anon_sym_policy);
      END_STATE();
    case 147:
      ACCEPT_TOKEN(anon_sym_second);
      END_STATE();
    case 148:
      if (lookahead == 'e') ADVANCE(154);
      END_STATE();
    case 149:
      if (lookahead == 't') ADVANCE(155);
      END_STATE();
    case 150:
      ACCEPT_TOKEN(anon_sym_gateway);
      END_STATE();
    case 151:
      ACCEPT_TOKEN(anon_sym_include);
      END_STATE();
    case 152:
      ACCEPT_TOKEN(anon_sym_isolate);
      END_STATE();
    case 153:
      if (lookahead == 'e') ADVANCE(156);
      END_STATE();
    case 154:
      ACCEPT_TOKEN(anon_sym_service);
      END_STATE();
    case 155:
      if (lookahead == 'i') ADVANCE(157);
      END_STATE();
    case 156:
      if (lookahead == 'n') ADVANCE(158);
      END_STATE();
    case 157:
      if (lookahead == 'o') ADVANCE(159);
      END_STATE();
    case 158:
      if (lookahead == 't') ADVANCE(160);
      END_STATE();
    case 159:
      if (lookahead == 'n') ADVANCE(161);
      END_STATE();
    case 160:
      ACCEPT_TOKEN(anon_sym_management);
      END_STATE();
    case 161:
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
  [29] = {.lex_state = 0},
  [30] = {.lex_state = 19},
  [31] = {.lex_state = 19},
  [32] = {.lex_state = 19},
  [33] = {.lex_state = 19},
  [34] = {.lex_state = 19},
  [35] = {.lex_state = 19},
  [36] = {.lex_state = 19},
  [37] = {.lex_state = 19},
  [38] = {.lex_state = 19},
  [39] = {.lex_state = 19},
  [40] = {.lex_state = 19},
  [41] = {.lex_state = 19},
  [42] = {.lex_state = 0},
  [43] = {.lex_state = 0},
  [44] = {.lex_state = 0},
  [45] = {.lex_state = 0},
  [46] = {.lex_state = 0},
  [47] = {.lex_state = 19},
  [48] = {.lex_state = 19},
  [49] = {.lex_state = 19},
  [50] = {.lex_state = 4},
  [51] = {.lex_state = 0},
  [52] = {.lex_state = 0},
  [53] = {.lex_state = 1},
  [54] = {.lex_state = 0},
  [55] = {.lex_state = 0},
  [56] = {.lex_state = 0},
  [57] = {.lex_state = 0},
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
  [71] = {.lex_state = 19},
  [72] = {.lex_state = 0},
  [73] = {.lex_state = 0},
  [74] = {.lex_state = 19},
  [75] = {.lex_state = 19},
  [76] = {.lex_state = 0},
  [77] = {.lex_state = 19},
  [78] = {.lex_state = 19},
  [79] = {.lex_state = 0},
  [80] = {.lex_state = 19},
  [81] = {.lex_state = 2},
  [82] = {.lex_state = 0},
  [83] = {.lex_state = 0},
  [84] = {.lex_state = 2},
  [85] = {.lex_state = 19},
  [86] = {.lex_state = 19},
  [87] = {.lex_state = 0},
  [88] = {.lex_state = 19},
  [89] = {.lex_state = 19},
  [90] = {.lex_state = 19},
  [91] = {.lex_state = 19},
  [92] = {.lex_state = 0},
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
  [104] = {.lex_state = 2},
  [105] = {.lex_state = 0},
  [106] = {.lex_state = 0},
  [107] = {.lex_state = 0},
  [108] = {.lex_state = 0},
  [109] = {.lex_state = 0},
  [110] = {.lex_state = 0},
  [111] = {.lex_state = 2},
  [112] = {.lex_state = 0},
  [113] = {.lex_state = 0},
  [114] = {.lex_state = 0},
  [115] = {.lex_state = 0},
  [116] = {.lex_state = 0},
  [117] = {.lex_state = 2},
  [118] = {.lex_state = 0},
  [119] = {.lex_state = 0},
  [120] = {.lex_state = 19},
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
  [131] = {.lex_state = 19},
  [132] = {.lex_state = 0},
  [133] = {.lex_state = 0},
  [134] = {.lex_state = 0},
  [135] = {.lex_state = 0},
  [136] = {.lex_state = 0},
  [137] = {.lex_state = 19},
  [138] = {.lex_state = 19},
  [139] = {.lex_state = 19},
  [140] = {.lex_state = 2},
  [141] = {.lex_state = 19},
  [142] = {.lex_state = 19},
  [143] = {.lex_state = 19},
  [144] = {.lex_state = 0},
  [145] = {.lex_state = 19},
  [146] = {.lex_state = 19},
  [147] = {.lex_state = 2},
  [148] = {.lex_state = 19},
  [149] = {.lex_state = 0},
  [150] = {.lex_state = 2},
  [151] = {.lex_state = 19},
  [152] = {.lex_state = 19},
  [153] = {.lex_state = 2},
  [154] = {.lex_state = 2},
  [155] = {.lex_state = 0},
  [156] = {.lex_state = 19},
  [157] = {.lex_state = 6},
  [158] = {.lex_state = 19},
  [159] = {.lex_state = 19},
  [160] = {.lex_state = 0},
  [161] = {.lex_state = 19},
  [162] = {.lex_state = 19},
  [163] = {.lex_state = 0},
  [164] = {.lex_state = 19},
  [165] = {.lex_state = 19},
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
    [sym_source_file] = STATE(144),
    [sym__separator] = STATE(2),
    [sym__statement] = STATE(43),
    [sym_policy_statement] = STATE(43),
    [sym_include_statement] = STATE(43),
    [sym_group_statement] = STATE(43),
    [sym_destination_statement] = STATE(43),
    [sym_service_statement] = STATE(43),
    [sym_allow_statement] = STATE(43),
    [sym_quota_statement] = STATE(43),
    [sym_exceed_statement] = STATE(43),
    [sym_expect_statement] = STATE(43),
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
    STATE(4), 1,
      aux_sym_source_file_repeat2,
    ACTIONS(29), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(3), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
    STATE(58), 10,
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
    ACTIONS(31), 19,
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
      anon_sym_expect,
  [90] = 13,
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
    ACTIONS(36), 1,
      ts_builtin_sym_end,
    STATE(6), 1,
      aux_sym_source_file_repeat2,
    STATE(57), 10,
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
  [139] = 13,
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
    STATE(58), 10,
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
  [188] = 13,
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
      anon_sym_expect,
    STATE(6), 1,
      aux_sym_source_file_repeat2,
    STATE(93), 10,
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
  [237] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(29), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(3), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
    ACTIONS(38), 10,
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
  [261] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(67), 1,
      anon_sym_RBRACE,
    ACTIONS(69), 1,
      anon_sym_mode,
    ACTIONS(71), 1,
      anon_sym_egress,
    ACTIONS(73), 1,
      anon_sym_management,
    ACTIONS(75), 1,
      anon_sym_inside,
    ACTIONS(77), 1,
      anon_sym_log,
    STATE(14), 1,
      aux_sym__settings_repeat1,
    STATE(54), 1,
      sym_setting,
    ACTIONS(29), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(3), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [297] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(69), 1,
      anon_sym_mode,
    ACTIONS(71), 1,
      anon_sym_egress,
    ACTIONS(73), 1,
      anon_sym_management,
    ACTIONS(75), 1,
      anon_sym_inside,
    ACTIONS(77), 1,
      anon_sym_log,
    ACTIONS(81), 1,
      anon_sym_RBRACE,
    STATE(15), 1,
      aux_sym__settings_repeat1,
    STATE(42), 1,
      sym_setting,
    ACTIONS(79), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(8), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [333] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(85), 1,
      sym__newline,
    STATE(10), 1,
      aux_sym_policy_statement_repeat1,
    ACTIONS(88), 2,
      anon_sym_LBRACE,
      sym_string,
    ACTIONS(83), 8,
      anon_sym_log,
      anon_sym_exec,
      anon_sym_self,
      anon_sym_tcp,
      anon_sym_udp,
      anon_sym_icmp,
      anon_sym_icmpv6,
      sym_identifier,
  [357] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(92), 1,
      anon_sym_RBRACE,
    ACTIONS(96), 1,
      anon_sym_alert,
    STATE(35), 1,
      aux_sym__actions_repeat1,
    STATE(59), 1,
      sym_action,
    ACTIONS(90), 2,
      anon_sym_SEMI,
      sym__newline,
    ACTIONS(94), 2,
      anon_sym_block,
      anon_sym_isolate,
    STATE(13), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [385] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(29), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(3), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
    ACTIONS(98), 6,
      anon_sym_RBRACE,
      anon_sym_mode,
      anon_sym_egress,
      anon_sym_management,
      anon_sym_inside,
      anon_sym_log,
  [405] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(96), 1,
      anon_sym_alert,
    ACTIONS(100), 1,
      anon_sym_RBRACE,
    STATE(39), 1,
      aux_sym__actions_repeat1,
    STATE(65), 1,
      sym_action,
    ACTIONS(29), 2,
      anon_sym_SEMI,
      sym__newline,
    ACTIONS(94), 2,
      anon_sym_block,
      anon_sym_isolate,
    STATE(3), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [433] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(69), 1,
      anon_sym_mode,
    ACTIONS(71), 1,
      anon_sym_egress,
    ACTIONS(73), 1,
      anon_sym_management,
    ACTIONS(75), 1,
      anon_sym_inside,
    ACTIONS(77), 1,
      anon_sym_log,
    ACTIONS(102), 1,
      anon_sym_RBRACE,
    STATE(16), 1,
      aux_sym__settings_repeat1,
    STATE(62), 1,
      sym_setting,
  [461] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(67), 1,
      anon_sym_RBRACE,
    ACTIONS(69), 1,
      anon_sym_mode,
    ACTIONS(71), 1,
      anon_sym_egress,
    ACTIONS(73), 1,
      anon_sym_management,
    ACTIONS(75), 1,
      anon_sym_inside,
    ACTIONS(77), 1,
      anon_sym_log,
    STATE(16), 1,
      aux_sym__settings_repeat1,
    STATE(54), 1,
      sym_setting,
  [489] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(98), 1,
      anon_sym_RBRACE,
    ACTIONS(104), 1,
      anon_sym_mode,
    ACTIONS(107), 1,
      anon_sym_egress,
    ACTIONS(110), 1,
      anon_sym_management,
    ACTIONS(113), 1,
      anon_sym_inside,
    ACTIONS(116), 1,
      anon_sym_log,
    STATE(16), 1,
      aux_sym__settings_repeat1,
    STATE(99), 1,
      sym_setting,
  [517] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(29), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(3), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
    ACTIONS(119), 4,
      anon_sym_RBRACE,
      anon_sym_block,
      anon_sym_isolate,
      anon_sym_alert,
  [535] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(121), 1,
      sym_identifier,
    ACTIONS(123), 1,
      sym__newline,
    STATE(19), 1,
      aux_sym_policy_statement_repeat1,
    STATE(74), 1,
      sym_port,
    ACTIONS(125), 2,
      anon_sym_tcp,
      anon_sym_udp,
    ACTIONS(127), 2,
      anon_sym_icmp,
      anon_sym_icmpv6,
  [559] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(129), 1,
      sym_identifier,
    ACTIONS(131), 1,
      sym__newline,
    STATE(10), 1,
      aux_sym_policy_statement_repeat1,
    STATE(77), 1,
      sym_port,
    ACTIONS(125), 2,
      anon_sym_tcp,
      anon_sym_udp,
    ACTIONS(127), 2,
      anon_sym_icmp,
      anon_sym_icmpv6,
  [583] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(127), 1,
      anon_sym_icmp,
    ACTIONS(131), 1,
      sym__newline,
    ACTIONS(135), 1,
      anon_sym_icmpv6,
    STATE(10), 1,
      aux_sym_policy_statement_repeat1,
    STATE(103), 1,
      sym_port,
    ACTIONS(133), 2,
      anon_sym_tcp,
      anon_sym_udp,
  [606] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(139), 1,
      anon_sym_COMMA,
    STATE(22), 1,
      aux_sym_targets_repeat1,
    ACTIONS(137), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_on,
      anon_sym_quota,
  [623] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(139), 1,
      anon_sym_COMMA,
    STATE(25), 1,
      aux_sym_targets_repeat1,
    ACTIONS(141), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_on,
      anon_sym_quota,
  [640] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(127), 1,
      anon_sym_icmp,
    ACTIONS(135), 1,
      anon_sym_icmpv6,
    ACTIONS(143), 1,
      sym__newline,
    STATE(20), 1,
      aux_sym_policy_statement_repeat1,
    STATE(95), 1,
      sym_port,
    ACTIONS(133), 2,
      anon_sym_tcp,
      anon_sym_udp,
  [663] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(147), 1,
      anon_sym_COMMA,
    ACTIONS(149), 1,
      anon_sym_quota,
    STATE(26), 1,
      aux_sym_allow_statement_repeat1,
    STATE(122), 1,
      sym_inline_quota,
    ACTIONS(145), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [684] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(153), 1,
      anon_sym_COMMA,
    STATE(25), 1,
      aux_sym_targets_repeat1,
    ACTIONS(151), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_on,
      anon_sym_quota,
  [701] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(147), 1,
      anon_sym_COMMA,
    ACTIONS(149), 1,
      anon_sym_quota,
    STATE(40), 1,
      aux_sym_allow_statement_repeat1,
    STATE(132), 1,
      sym_inline_quota,
    ACTIONS(156), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [722] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(160), 1,
      anon_sym_COMMA,
    STATE(33), 1,
      aux_sym_sources_repeat1,
    ACTIONS(158), 4,
      sym__newline,
      anon_sym_LBRACE,
      anon_sym_to,
      sym_size,
  [738] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(160), 1,
      anon_sym_COMMA,
    STATE(27), 1,
      aux_sym_sources_repeat1,
    ACTIONS(162), 4,
      sym__newline,
      anon_sym_LBRACE,
      anon_sym_to,
      sym_size,
  [754] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(166), 1,
      anon_sym_COMMA,
    STATE(29), 1,
      aux_sym_setting_repeat2,
    ACTIONS(164), 4,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [770] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(149), 1,
      anon_sym_quota,
    ACTIONS(171), 1,
      anon_sym_on,
    STATE(127), 1,
      sym_inline_quota,
    ACTIONS(169), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [788] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(175), 1,
      anon_sym_SLASH,
    ACTIONS(173), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
      anon_sym_quota,
  [802] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(177), 1,
      sym_identifier,
    STATE(24), 1,
      sym_port,
    ACTIONS(125), 2,
      anon_sym_tcp,
      anon_sym_udp,
    ACTIONS(127), 2,
      anon_sym_icmp,
      anon_sym_icmpv6,
  [820] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(181), 1,
      anon_sym_COMMA,
    STATE(33), 1,
      aux_sym_sources_repeat1,
    ACTIONS(179), 4,
      sym__newline,
      anon_sym_LBRACE,
      anon_sym_to,
      sym_size,
  [836] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(119), 1,
      anon_sym_RBRACE,
    ACTIONS(187), 1,
      anon_sym_alert,
    STATE(34), 1,
      aux_sym__actions_repeat1,
    STATE(96), 1,
      sym_action,
    ACTIONS(184), 2,
      anon_sym_block,
      anon_sym_isolate,
  [856] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(96), 1,
      anon_sym_alert,
    ACTIONS(100), 1,
      anon_sym_RBRACE,
    STATE(34), 1,
      aux_sym__actions_repeat1,
    STATE(65), 1,
      sym_action,
    ACTIONS(94), 2,
      anon_sym_block,
      anon_sym_isolate,
  [876] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(190), 6,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
      anon_sym_on,
      anon_sym_quota,
  [888] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(192), 1,
      sym_identifier,
    STATE(129), 1,
      sym_port,
    ACTIONS(125), 2,
      anon_sym_tcp,
      anon_sym_udp,
    ACTIONS(127), 2,
      anon_sym_icmp,
      anon_sym_icmpv6,
  [906] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(151), 6,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
      anon_sym_on,
      anon_sym_quota,
  [918] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(96), 1,
      anon_sym_alert,
    ACTIONS(194), 1,
      anon_sym_RBRACE,
    STATE(34), 1,
      aux_sym__actions_repeat1,
    STATE(73), 1,
      sym_action,
    ACTIONS(94), 2,
      anon_sym_block,
      anon_sym_isolate,
  [938] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(198), 1,
      anon_sym_COMMA,
    STATE(40), 1,
      aux_sym_allow_statement_repeat1,
    ACTIONS(196), 4,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_quota,
  [954] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(201), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
      anon_sym_quota,
  [965] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(67), 1,
      anon_sym_RBRACE,
    ACTIONS(203), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(12), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [980] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      ts_builtin_sym_end,
    ACTIONS(205), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(7), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [995] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(209), 1,
      anon_sym_COMMA,
    STATE(29), 1,
      aux_sym_setting_repeat2,
    ACTIONS(207), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1010] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(209), 1,
      anon_sym_COMMA,
    STATE(29), 1,
      aux_sym_setting_repeat2,
    ACTIONS(211), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1025] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(215), 1,
      anon_sym_COMMA,
    STATE(56), 1,
      aux_sym_service_statement_repeat1,
    ACTIONS(213), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1040] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(179), 5,
      sym__newline,
      anon_sym_LBRACE,
      anon_sym_COMMA,
      anon_sym_to,
      sym_size,
  [1051] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(137), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_on,
      anon_sym_quota,
  [1062] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(127), 1,
      anon_sym_icmp,
    ACTIONS(135), 1,
      anon_sym_icmpv6,
    STATE(70), 1,
      sym_port,
    ACTIONS(133), 2,
      anon_sym_tcp,
      anon_sym_udp,
  [1079] = 3,
    ACTIONS(3), 1,
      sym_comment,
    STATE(143), 1,
      sym_window,
    ACTIONS(217), 4,
      anon_sym_hour,
      anon_sym_day,
      anon_sym_week,
      sym_duration,
  [1092] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(221), 1,
      anon_sym_COMMA,
    STATE(60), 1,
      aux_sym_setting_repeat1,
    ACTIONS(219), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1107] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(209), 1,
      anon_sym_COMMA,
    STATE(61), 1,
      aux_sym_setting_repeat2,
    ACTIONS(219), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1122] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(223), 1,
      aux_sym_rate_token1,
    STATE(108), 1,
      sym_rate,
    ACTIONS(219), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1137] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(102), 1,
      anon_sym_RBRACE,
    ACTIONS(203), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(12), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1152] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(164), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
      anon_sym_COMMA,
  [1163] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(227), 1,
      anon_sym_COMMA,
    STATE(56), 1,
      aux_sym_service_statement_repeat1,
    ACTIONS(225), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1178] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(230), 1,
      ts_builtin_sym_end,
    ACTIONS(205), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(7), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1193] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(36), 1,
      ts_builtin_sym_end,
    ACTIONS(205), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(7), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1208] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(100), 1,
      anon_sym_RBRACE,
    ACTIONS(232), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(17), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1223] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(221), 1,
      anon_sym_COMMA,
    STATE(68), 1,
      aux_sym_setting_repeat1,
    ACTIONS(234), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1238] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(209), 1,
      anon_sym_COMMA,
    STATE(29), 1,
      aux_sym_setting_repeat2,
    ACTIONS(234), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1253] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(236), 1,
      anon_sym_RBRACE,
    ACTIONS(203), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(12), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1268] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(238), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
      anon_sym_COMMA,
  [1279] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(242), 1,
      anon_sym_COMMA,
    STATE(72), 1,
      aux_sym_action_repeat1,
    ACTIONS(240), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1294] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(194), 1,
      anon_sym_RBRACE,
    ACTIONS(232), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(17), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1309] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(209), 1,
      anon_sym_COMMA,
    STATE(44), 1,
      aux_sym_setting_repeat2,
    ACTIONS(244), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1324] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(209), 1,
      anon_sym_COMMA,
    STATE(45), 1,
      aux_sym_setting_repeat2,
    ACTIONS(246), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1339] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(250), 1,
      anon_sym_COMMA,
    STATE(68), 1,
      aux_sym_setting_repeat1,
    ACTIONS(248), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1354] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(173), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
      anon_sym_quota,
  [1365] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(215), 1,
      anon_sym_COMMA,
    STATE(46), 1,
      aux_sym_service_statement_repeat1,
    ACTIONS(253), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1380] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(255), 1,
      sym__newline,
    ACTIONS(257), 1,
      anon_sym_log,
    ACTIONS(259), 1,
      anon_sym_exec,
    STATE(75), 1,
      aux_sym_policy_statement_repeat1,
    STATE(101), 1,
      sym_sink,
  [1399] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(242), 1,
      anon_sym_COMMA,
    STATE(76), 1,
      aux_sym_action_repeat1,
    ACTIONS(261), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1414] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(263), 1,
      anon_sym_RBRACE,
    ACTIONS(232), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(17), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1429] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(196), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
      anon_sym_quota,
  [1440] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(131), 1,
      sym__newline,
    ACTIONS(257), 1,
      anon_sym_log,
    ACTIONS(259), 1,
      anon_sym_exec,
    STATE(10), 1,
      aux_sym_policy_statement_repeat1,
    STATE(105), 1,
      sym_sink,
  [1459] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(267), 1,
      anon_sym_COMMA,
    STATE(76), 1,
      aux_sym_action_repeat1,
    ACTIONS(265), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1474] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(270), 5,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
      anon_sym_quota,
  [1485] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(272), 5,
      sym__newline,
      anon_sym_LBRACE,
      anon_sym_COMMA,
      anon_sym_to,
      sym_size,
  [1496] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(274), 4,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
      anon_sym_COMMA,
  [1506] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(278), 1,
      anon_sym_any,
    STATE(139), 1,
      sym_sources,
    ACTIONS(276), 2,
      anon_sym_self,
      sym_identifier,
  [1520] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(83), 1,
      sym_identifier,
    ACTIONS(88), 1,
      sym_address,
    ACTIONS(280), 1,
      sym__newline,
    STATE(81), 1,
      aux_sym_policy_statement_repeat1,
  [1536] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(131), 1,
      sym__newline,
    ACTIONS(283), 1,
      anon_sym_LBRACE,
    STATE(10), 1,
      aux_sym_policy_statement_repeat1,
    STATE(134), 1,
      sym__actions,
  [1552] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(131), 1,
      sym__newline,
    ACTIONS(285), 1,
      anon_sym_LBRACE,
    STATE(10), 1,
      aux_sym_policy_statement_repeat1,
    STATE(107), 1,
      sym__settings,
  [1568] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(287), 1,
      sym_identifier,
    ACTIONS(289), 1,
      sym__newline,
    ACTIONS(291), 1,
      sym_address,
    STATE(104), 1,
      aux_sym_policy_statement_repeat1,
  [1584] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(131), 1,
      sym__newline,
    STATE(10), 1,
      aux_sym_policy_statement_repeat1,
    ACTIONS(293), 2,
      anon_sym_self,
      sym_identifier,
  [1598] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(297), 1,
      anon_sym_for,
    ACTIONS(295), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1610] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(248), 4,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
      anon_sym_COMMA,
  [1620] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(162), 4,
      sym__newline,
      anon_sym_LBRACE,
      anon_sym_to,
      sym_size,
  [1630] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(278), 1,
      anon_sym_any,
    STATE(162), 1,
      sym_sources,
    ACTIONS(276), 2,
      anon_sym_self,
      sym_identifier,
  [1644] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(301), 1,
      anon_sym_on,
    ACTIONS(299), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1656] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(305), 1,
      sym__newline,
    STATE(85), 1,
      aux_sym_policy_statement_repeat1,
    ACTIONS(303), 2,
      anon_sym_self,
      sym_identifier,
  [1670] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(307), 4,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
      anon_sym_COMMA,
  [1680] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(205), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(7), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1692] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(278), 1,
      anon_sym_any,
    STATE(98), 1,
      sym_sources,
    ACTIONS(276), 2,
      anon_sym_self,
      sym_identifier,
  [1706] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(225), 4,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
  [1716] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(232), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(17), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1728] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(309), 4,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
      anon_sym_COMMA,
  [1738] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(283), 1,
      anon_sym_LBRACE,
    ACTIONS(311), 1,
      sym__newline,
    STATE(82), 1,
      aux_sym_policy_statement_repeat1,
    STATE(133), 1,
      sym__actions,
  [1754] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(203), 2,
      anon_sym_SEMI,
      sym__newline,
    STATE(12), 2,
      sym__separator,
      aux_sym_source_file_repeat1,
  [1766] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(313), 1,
      sym_identifier,
    ACTIONS(315), 1,
      anon_sym_any,
    ACTIONS(317), 1,
      sym_address,
    STATE(30), 1,
      sym_targets,
  [1782] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(265), 4,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
      anon_sym_COMMA,
  [1792] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(285), 1,
      anon_sym_LBRACE,
    ACTIONS(319), 1,
      sym__newline,
    STATE(83), 1,
      aux_sym_policy_statement_repeat1,
    STATE(114), 1,
      sym__settings,
  [1808] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(321), 4,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_COMMA,
  [1818] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(323), 1,
      sym_identifier,
    ACTIONS(325), 1,
      sym__newline,
    ACTIONS(327), 1,
      sym_address,
    STATE(81), 1,
      aux_sym_policy_statement_repeat1,
  [1834] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(329), 4,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
      anon_sym_COMMA,
  [1844] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(331), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1853] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(333), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1862] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(234), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1871] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(335), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1880] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(219), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [1889] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(337), 1,
      sym__newline,
    ACTIONS(339), 1,
      sym_address,
    STATE(117), 1,
      aux_sym_policy_statement_repeat1,
  [1902] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(341), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1911] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(343), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1920] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(345), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1929] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(347), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1938] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(349), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1947] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(325), 1,
      sym__newline,
    ACTIONS(351), 1,
      sym_address,
    STATE(81), 1,
      aux_sym_policy_statement_repeat1,
  [1960] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(353), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [1969] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(355), 1,
      sym__newline,
    ACTIONS(357), 1,
      sym_string,
    STATE(136), 1,
      aux_sym_policy_statement_repeat1,
  [1982] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(359), 3,
      anon_sym_second,
      anon_sym_minute,
      anon_sym_hour2,
  [1991] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(361), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2000] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(363), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2009] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(365), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2018] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(261), 3,
      anon_sym_SEMI,
      sym__newline,
      anon_sym_RBRACE,
  [2027] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(367), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2036] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(369), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2045] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(371), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2054] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(373), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2063] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(375), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2072] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(377), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2081] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(257), 1,
      anon_sym_log,
    ACTIONS(259), 1,
      anon_sym_exec,
    STATE(64), 1,
      sym_sink,
  [2094] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(379), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2103] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(381), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2112] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(383), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2121] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(385), 3,
      ts_builtin_sym_end,
      anon_sym_SEMI,
      sym__newline,
  [2130] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(131), 1,
      sym__newline,
    ACTIONS(387), 1,
      sym_string,
    STATE(10), 1,
      aux_sym_policy_statement_repeat1,
  [2143] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(389), 1,
      sym_size,
    STATE(115), 1,
      sym__budget,
  [2153] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(391), 2,
      anon_sym_allow,
      anon_sym_deny,
  [2161] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(389), 1,
      sym_size,
    STATE(125), 1,
      sym__budget,
  [2171] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(393), 2,
      anon_sym_self,
      sym_address,
  [2179] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(395), 2,
      anon_sym_gateway,
      anon_sym_host,
  [2187] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(397), 2,
      anon_sym_per,
      anon_sym_total,
  [2195] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(399), 1,
      anon_sym_per,
    ACTIONS(401), 1,
      anon_sym_total,
  [2205] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(403), 1,
      ts_builtin_sym_end,
  [2212] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(395), 1,
      sym_identifier,
  [2219] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(405), 1,
      sym_identifier,
  [2226] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(407), 1,
      sym_address,
  [2233] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(409), 1,
      anon_sym_host,
  [2240] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(411), 1,
      anon_sym_SLASH,
  [2247] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(413), 1,
      sym_address,
  [2254] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(415), 1,
      sym_duration,
  [2261] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(417), 1,
      anon_sym_exceed,
  [2268] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(419), 1,
      sym_address,
  [2275] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(421), 1,
      sym_address,
  [2282] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(423), 1,
      sym_string,
  [2289] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(425), 1,
      anon_sym_per,
  [2296] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(427), 1,
      aux_sym_port_token1,
  [2303] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(429), 1,
      anon_sym_to,
  [2310] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(431), 1,
      sym_identifier,
  [2317] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(433), 1,
      sym_string,
  [2324] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(435), 1,
      anon_sym_denied,
  [2331] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(437), 1,
      anon_sym_to,
  [2338] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(439), 1,
      sym_string,
  [2345] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(441), 1,
      sym_identifier,
  [2352] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(443), 1,
      sym_identifier,
};

static const uint32_t ts_small_parse_table_map[] = {
  [SMALL_STATE(2)] = 0,
  [SMALL_STATE(3)] = 57,
  [SMALL_STATE(4)] = 90,
  [SMALL_STATE(5)] = 139,
  [SMALL_STATE(6)] = 188,
  [SMALL_STATE(7)] = 237,
  [SMALL_STATE(8)] = 261,
  [SMALL_STATE(9)] = 297,
  [SMALL_STATE(10)] = 333,
  [SMALL_STATE(11)] = 357,
  [SMALL_STATE(12)] = 385,
  [SMALL_STATE(13)] = 405,
  [SMALL_STATE(14)] = 433,
  [SMALL_STATE(15)] = 461,
  [SMALL_STATE(16)] = 489,
  [SMALL_STATE(17)] = 517,
  [SMALL_STATE(18)] = 535,
  [SMALL_STATE(19)] = 559,
  [SMALL_STATE(20)] = 583,
  [SMALL_STATE(21)] = 606,
  [SMALL_STATE(22)] = 623,
  [SMALL_STATE(23)] = 640,
  [SMALL_STATE(24)] = 663,
  [SMALL_STATE(25)] = 684,
  [SMALL_STATE(26)] = 701,
  [SMALL_STATE(27)] = 722,
  [SMALL_STATE(28)] = 738,
  [SMALL_STATE(29)] = 754,
  [SMALL_STATE(30)] = 770,
  [SMALL_STATE(31)] = 788,
  [SMALL_STATE(32)] = 802,
  [SMALL_STATE(33)] = 820,
  [SMALL_STATE(34)] = 836,
  [SMALL_STATE(35)] = 856,
  [SMALL_STATE(36)] = 876,
  [SMALL_STATE(37)] = 888,
  [SMALL_STATE(38)] = 906,
  [SMALL_STATE(39)] = 918,
  [SMALL_STATE(40)] = 938,
  [SMALL_STATE(41)] = 954,
  [SMALL_STATE(42)] = 965,
  [SMALL_STATE(43)] = 980,
  [SMALL_STATE(44)] = 995,
  [SMALL_STATE(45)] = 1010,
  [SMALL_STATE(46)] = 1025,
  [SMALL_STATE(47)] = 1040,
  [SMALL_STATE(48)] = 1051,
  [SMALL_STATE(49)] = 1062,
  [SMALL_STATE(50)] = 1079,
  [SMALL_STATE(51)] = 1092,
  [SMALL_STATE(52)] = 1107,
  [SMALL_STATE(53)] = 1122,
  [SMALL_STATE(54)] = 1137,
  [SMALL_STATE(55)] = 1152,
  [SMALL_STATE(56)] = 1163,
  [SMALL_STATE(57)] = 1178,
  [SMALL_STATE(58)] = 1193,
  [SMALL_STATE(59)] = 1208,
  [SMALL_STATE(60)] = 1223,
  [SMALL_STATE(61)] = 1238,
  [SMALL_STATE(62)] = 1253,
  [SMALL_STATE(63)] = 1268,
  [SMALL_STATE(64)] = 1279,
  [SMALL_STATE(65)] = 1294,
  [SMALL_STATE(66)] = 1309,
  [SMALL_STATE(67)] = 1324,
  [SMALL_STATE(68)] = 1339,
  [SMALL_STATE(69)] = 1354,
  [SMALL_STATE(70)] = 1365,
  [SMALL_STATE(71)] = 1380,
  [SMALL_STATE(72)] = 1399,
  [SMALL_STATE(73)] = 1414,
  [SMALL_STATE(74)] = 1429,
  [SMALL_STATE(75)] = 1440,
  [SMALL_STATE(76)] = 1459,
  [SMALL_STATE(77)] = 1474,
  [SMALL_STATE(78)] = 1485,
  [SMALL_STATE(79)] = 1496,
  [SMALL_STATE(80)] = 1506,
  [SMALL_STATE(81)] = 1520,
  [SMALL_STATE(82)] = 1536,
  [SMALL_STATE(83)] = 1552,
  [SMALL_STATE(84)] = 1568,
  [SMALL_STATE(85)] = 1584,
  [SMALL_STATE(86)] = 1598,
  [SMALL_STATE(87)] = 1610,
  [SMALL_STATE(88)] = 1620,
  [SMALL_STATE(89)] = 1630,
  [SMALL_STATE(90)] = 1644,
  [SMALL_STATE(91)] = 1656,
  [SMALL_STATE(92)] = 1670,
  [SMALL_STATE(93)] = 1680,
  [SMALL_STATE(94)] = 1692,
  [SMALL_STATE(95)] = 1706,
  [SMALL_STATE(96)] = 1716,
  [SMALL_STATE(97)] = 1728,
  [SMALL_STATE(98)] = 1738,
  [SMALL_STATE(99)] = 1754,
  [SMALL_STATE(100)] = 1766,
  [SMALL_STATE(101)] = 1782,
  [SMALL_STATE(102)] = 1792,
  [SMALL_STATE(103)] = 1808,
  [SMALL_STATE(104)] = 1818,
  [SMALL_STATE(105)] = 1834,
  [SMALL_STATE(106)] = 1844,
  [SMALL_STATE(107)] = 1853,
  [SMALL_STATE(108)] = 1862,
  [SMALL_STATE(109)] = 1871,
  [SMALL_STATE(110)] = 1880,
  [SMALL_STATE(111)] = 1889,
  [SMALL_STATE(112)] = 1902,
  [SMALL_STATE(113)] = 1911,
  [SMALL_STATE(114)] = 1920,
  [SMALL_STATE(115)] = 1929,
  [SMALL_STATE(116)] = 1938,
  [SMALL_STATE(117)] = 1947,
  [SMALL_STATE(118)] = 1960,
  [SMALL_STATE(119)] = 1969,
  [SMALL_STATE(120)] = 1982,
  [SMALL_STATE(121)] = 1991,
  [SMALL_STATE(122)] = 2000,
  [SMALL_STATE(123)] = 2009,
  [SMALL_STATE(124)] = 2018,
  [SMALL_STATE(125)] = 2027,
  [SMALL_STATE(126)] = 2036,
  [SMALL_STATE(127)] = 2045,
  [SMALL_STATE(128)] = 2054,
  [SMALL_STATE(129)] = 2063,
  [SMALL_STATE(130)] = 2072,
  [SMALL_STATE(131)] = 2081,
  [SMALL_STATE(132)] = 2094,
  [SMALL_STATE(133)] = 2103,
  [SMALL_STATE(134)] = 2112,
  [SMALL_STATE(135)] = 2121,
  [SMALL_STATE(136)] = 2130,
  [SMALL_STATE(137)] = 2143,
  [SMALL_STATE(138)] = 2153,
  [SMALL_STATE(139)] = 2161,
  [SMALL_STATE(140)] = 2171,
  [SMALL_STATE(141)] = 2179,
  [SMALL_STATE(142)] = 2187,
  [SMALL_STATE(143)] = 2195,
  [SMALL_STATE(144)] = 2205,
  [SMALL_STATE(145)] = 2212,
  [SMALL_STATE(146)] = 2219,
  [SMALL_STATE(147)] = 2226,
  [SMALL_STATE(148)] = 2233,
  [SMALL_STATE(149)] = 2240,
  [SMALL_STATE(150)] = 2247,
  [SMALL_STATE(151)] = 2254,
  [SMALL_STATE(152)] = 2261,
  [SMALL_STATE(153)] = 2268,
  [SMALL_STATE(154)] = 2275,
  [SMALL_STATE(155)] = 2282,
  [SMALL_STATE(156)] = 2289,
  [SMALL_STATE(157)] = 2296,
  [SMALL_STATE(158)] = 2303,
  [SMALL_STATE(159)] = 2310,
  [SMALL_STATE(160)] = 2317,
  [SMALL_STATE(161)] = 2324,
  [SMALL_STATE(162)] = 2331,
  [SMALL_STATE(163)] = 2338,
  [SMALL_STATE(164)] = 2345,
  [SMALL_STATE(165)] = 2352,
};

static const TSParseActionEntry ts_parse_actions[] = {
  [0] = {.entry = {.count = 0, .reusable = false}},
  [1] = {.entry = {.count = 1, .reusable = false}}, RECOVER(),
  [3] = {.entry = {.count = 1, .reusable = true}}, SHIFT_EXTRA(),
  [5] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 0, 0, 0),
  [7] = {.entry = {.count = 1, .reusable = true}}, SHIFT(2),
  [9] = {.entry = {.count = 1, .reusable = true}}, SHIFT(165),
  [11] = {.entry = {.count = 1, .reusable = true}}, SHIFT(160),
  [13] = {.entry = {.count = 1, .reusable = true}}, SHIFT(164),
  [15] = {.entry = {.count = 1, .reusable = true}}, SHIFT(146),
  [17] = {.entry = {.count = 1, .reusable = true}}, SHIFT(159),
  [19] = {.entry = {.count = 1, .reusable = true}}, SHIFT(89),
  [21] = {.entry = {.count = 1, .reusable = true}}, SHIFT(152),
  [23] = {.entry = {.count = 1, .reusable = true}}, SHIFT(80),
  [25] = {.entry = {.count = 1, .reusable = true}}, SHIFT(138),
  [27] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 1, 0, 0),
  [29] = {.entry = {.count = 1, .reusable = true}}, SHIFT(3),
  [31] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0),
  [33] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(3),
  [36] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 2, 0, 0),
  [38] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0),
  [40] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(165),
  [43] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(160),
  [46] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(164),
  [49] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(146),
  [52] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(159),
  [55] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(89),
  [58] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(152),
  [61] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(80),
  [64] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat2, 2, 0, 0), SHIFT_REPEAT(138),
  [67] = {.entry = {.count = 1, .reusable = true}}, SHIFT(113),
  [69] = {.entry = {.count = 1, .reusable = true}}, SHIFT(141),
  [71] = {.entry = {.count = 1, .reusable = true}}, SHIFT(163),
  [73] = {.entry = {.count = 1, .reusable = true}}, SHIFT(145),
  [75] = {.entry = {.count = 1, .reusable = true}}, SHIFT(153),
  [77] = {.entry = {.count = 1, .reusable = true}}, SHIFT(161),
  [79] = {.entry = {.count = 1, .reusable = true}}, SHIFT(8),
  [81] = {.entry = {.count = 1, .reusable = true}}, SHIFT(112),
  [83] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_policy_statement_repeat1, 2, 0, 0),
  [85] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_policy_statement_repeat1, 2, 0, 0), SHIFT_REPEAT(10),
  [88] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_policy_statement_repeat1, 2, 0, 0),
  [90] = {.entry = {.count = 1, .reusable = true}}, SHIFT(13),
  [92] = {.entry = {.count = 1, .reusable = true}}, SHIFT(130),
  [94] = {.entry = {.count = 1, .reusable = true}}, SHIFT(86),
  [96] = {.entry = {.count = 1, .reusable = true}}, SHIFT(131),
  [98] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__settings_repeat1, 2, 0, 0),
  [100] = {.entry = {.count = 1, .reusable = true}}, SHIFT(116),
  [102] = {.entry = {.count = 1, .reusable = true}}, SHIFT(109),
  [104] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__settings_repeat1, 2, 0, 0), SHIFT_REPEAT(141),
  [107] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__settings_repeat1, 2, 0, 0), SHIFT_REPEAT(163),
  [110] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__settings_repeat1, 2, 0, 0), SHIFT_REPEAT(145),
  [113] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__settings_repeat1, 2, 0, 0), SHIFT_REPEAT(153),
  [116] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__settings_repeat1, 2, 0, 0), SHIFT_REPEAT(161),
  [119] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__actions_repeat1, 2, 0, 0),
  [121] = {.entry = {.count = 1, .reusable = false}}, SHIFT(74),
  [123] = {.entry = {.count = 1, .reusable = true}}, SHIFT(19),
  [125] = {.entry = {.count = 1, .reusable = false}}, SHIFT(31),
  [127] = {.entry = {.count = 1, .reusable = false}}, SHIFT(69),
  [129] = {.entry = {.count = 1, .reusable = false}}, SHIFT(77),
  [131] = {.entry = {.count = 1, .reusable = true}}, SHIFT(10),
  [133] = {.entry = {.count = 1, .reusable = true}}, SHIFT(31),
  [135] = {.entry = {.count = 1, .reusable = true}}, SHIFT(69),
  [137] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_targets, 1, 0, 0),
  [139] = {.entry = {.count = 1, .reusable = true}}, SHIFT(84),
  [141] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_targets, 2, 0, 0),
  [143] = {.entry = {.count = 1, .reusable = true}}, SHIFT(20),
  [145] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_allow_statement, 6, 0, 7),
  [147] = {.entry = {.count = 1, .reusable = true}}, SHIFT(18),
  [149] = {.entry = {.count = 1, .reusable = true}}, SHIFT(137),
  [151] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_targets_repeat1, 2, 0, 0),
  [153] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_targets_repeat1, 2, 0, 0), SHIFT_REPEAT(84),
  [156] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_allow_statement, 7, 0, 8),
  [158] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sources, 2, 0, 0),
  [160] = {.entry = {.count = 1, .reusable = true}}, SHIFT(91),
  [162] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sources, 1, 0, 0),
  [164] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_setting_repeat2, 2, 0, 0),
  [166] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_setting_repeat2, 2, 0, 0), SHIFT_REPEAT(111),
  [169] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_allow_statement, 4, 0, 4),
  [171] = {.entry = {.count = 1, .reusable = true}}, SHIFT(32),
  [173] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_port, 1, 0, 0),
  [175] = {.entry = {.count = 1, .reusable = true}}, SHIFT(157),
  [177] = {.entry = {.count = 1, .reusable = false}}, SHIFT(24),
  [179] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_sources_repeat1, 2, 0, 0),
  [181] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_sources_repeat1, 2, 0, 0), SHIFT_REPEAT(91),
  [184] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__actions_repeat1, 2, 0, 0), SHIFT_REPEAT(86),
  [187] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__actions_repeat1, 2, 0, 0), SHIFT_REPEAT(131),
  [190] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_targets_repeat1, 3, 0, 0),
  [192] = {.entry = {.count = 1, .reusable = false}}, SHIFT(129),
  [194] = {.entry = {.count = 1, .reusable = true}}, SHIFT(126),
  [196] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_allow_statement_repeat1, 2, 0, 0),
  [198] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_allow_statement_repeat1, 2, 0, 0), SHIFT_REPEAT(18),
  [201] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_port, 3, 0, 0),
  [203] = {.entry = {.count = 1, .reusable = true}}, SHIFT(12),
  [205] = {.entry = {.count = 1, .reusable = true}}, SHIFT(7),
  [207] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_group_statement, 4, 0, 2),
  [209] = {.entry = {.count = 1, .reusable = true}}, SHIFT(111),
  [211] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_destination_statement, 4, 0, 2),
  [213] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_service_statement, 4, 0, 2),
  [215] = {.entry = {.count = 1, .reusable = true}}, SHIFT(23),
  [217] = {.entry = {.count = 1, .reusable = true}}, SHIFT(142),
  [219] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_setting, 2, 0, 0),
  [221] = {.entry = {.count = 1, .reusable = true}}, SHIFT(119),
  [223] = {.entry = {.count = 1, .reusable = true}}, SHIFT(149),
  [225] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_service_statement_repeat1, 2, 0, 0),
  [227] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_service_statement_repeat1, 2, 0, 0), SHIFT_REPEAT(23),
  [230] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 3, 0, 0),
  [232] = {.entry = {.count = 1, .reusable = true}}, SHIFT(17),
  [234] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_setting, 3, 0, 0),
  [236] = {.entry = {.count = 1, .reusable = true}}, SHIFT(121),
  [238] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_setting_repeat2, 3, 0, 0),
  [240] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_action, 2, 0, 0),
  [242] = {.entry = {.count = 1, .reusable = true}}, SHIFT(71),
  [244] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_group_statement, 3, 0, 2),
  [246] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_destination_statement, 3, 0, 2),
  [248] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_setting_repeat1, 2, 0, 0),
  [250] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_setting_repeat1, 2, 0, 0), SHIFT_REPEAT(119),
  [253] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_service_statement, 3, 0, 2),
  [255] = {.entry = {.count = 1, .reusable = true}}, SHIFT(75),
  [257] = {.entry = {.count = 1, .reusable = true}}, SHIFT(79),
  [259] = {.entry = {.count = 1, .reusable = true}}, SHIFT(155),
  [261] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_action, 3, 0, 0),
  [263] = {.entry = {.count = 1, .reusable = true}}, SHIFT(135),
  [265] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_action_repeat1, 2, 0, 0),
  [267] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_action_repeat1, 2, 0, 0), SHIFT_REPEAT(71),
  [270] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_allow_statement_repeat1, 3, 0, 0),
  [272] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_sources_repeat1, 3, 0, 0),
  [274] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sink, 1, 0, 0),
  [276] = {.entry = {.count = 1, .reusable = false}}, SHIFT(28),
  [278] = {.entry = {.count = 1, .reusable = false}}, SHIFT(88),
  [280] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_policy_statement_repeat1, 2, 0, 0), SHIFT_REPEAT(81),
  [283] = {.entry = {.count = 1, .reusable = true}}, SHIFT(11),
  [285] = {.entry = {.count = 1, .reusable = true}}, SHIFT(9),
  [287] = {.entry = {.count = 1, .reusable = false}}, SHIFT(38),
  [289] = {.entry = {.count = 1, .reusable = true}}, SHIFT(104),
  [291] = {.entry = {.count = 1, .reusable = true}}, SHIFT(38),
  [293] = {.entry = {.count = 1, .reusable = false}}, SHIFT(78),
  [295] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_action, 1, 0, 0),
  [297] = {.entry = {.count = 1, .reusable = true}}, SHIFT(151),
  [299] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_expect_statement, 5, 0, 6),
  [301] = {.entry = {.count = 1, .reusable = true}}, SHIFT(37),
  [303] = {.entry = {.count = 1, .reusable = false}}, SHIFT(47),
  [305] = {.entry = {.count = 1, .reusable = true}}, SHIFT(85),
  [307] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sink, 2, 0, 0),
  [309] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_setting_repeat1, 3, 0, 0),
  [311] = {.entry = {.count = 1, .reusable = true}}, SHIFT(82),
  [313] = {.entry = {.count = 1, .reusable = false}}, SHIFT(21),
  [315] = {.entry = {.count = 1, .reusable = false}}, SHIFT(48),
  [317] = {.entry = {.count = 1, .reusable = true}}, SHIFT(21),
  [319] = {.entry = {.count = 1, .reusable = true}}, SHIFT(83),
  [321] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_service_statement_repeat1, 3, 0, 0),
  [323] = {.entry = {.count = 1, .reusable = false}}, SHIFT(36),
  [325] = {.entry = {.count = 1, .reusable = true}}, SHIFT(81),
  [327] = {.entry = {.count = 1, .reusable = true}}, SHIFT(36),
  [329] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_action_repeat1, 3, 0, 0),
  [331] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rate, 3, 0, 0),
  [333] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_policy_statement, 4, 0, 2),
  [335] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__settings, 4, 0, 0),
  [337] = {.entry = {.count = 1, .reusable = true}}, SHIFT(117),
  [339] = {.entry = {.count = 1, .reusable = true}}, SHIFT(55),
  [341] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__settings, 2, 0, 0),
  [343] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__settings, 3, 0, 0),
  [345] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_policy_statement, 3, 0, 2),
  [347] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_inline_quota, 2, 0, 0),
  [349] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__actions, 3, 0, 0),
  [351] = {.entry = {.count = 1, .reusable = true}}, SHIFT(63),
  [353] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__budget, 4, 0, 0),
  [355] = {.entry = {.count = 1, .reusable = true}}, SHIFT(136),
  [357] = {.entry = {.count = 1, .reusable = true}}, SHIFT(87),
  [359] = {.entry = {.count = 1, .reusable = true}}, SHIFT(106),
  [361] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__settings, 5, 0, 0),
  [363] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_allow_statement, 7, 0, 7),
  [365] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_include_statement, 2, 0, 1),
  [367] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_quota_statement, 3, 0, 3),
  [369] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__actions, 4, 0, 0),
  [371] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_allow_statement, 5, 0, 4),
  [373] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__budget, 5, 0, 0),
  [375] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_expect_statement, 7, 0, 6),
  [377] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__actions, 2, 0, 0),
  [379] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_allow_statement, 8, 0, 8),
  [381] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_exceed_statement, 4, 0, 5),
  [383] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_exceed_statement, 5, 0, 5),
  [385] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__actions, 5, 0, 0),
  [387] = {.entry = {.count = 1, .reusable = true}}, SHIFT(97),
  [389] = {.entry = {.count = 1, .reusable = true}}, SHIFT(156),
  [391] = {.entry = {.count = 1, .reusable = true}}, SHIFT(140),
  [393] = {.entry = {.count = 1, .reusable = true}}, SHIFT(158),
  [395] = {.entry = {.count = 1, .reusable = true}}, SHIFT(110),
  [397] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_window, 1, 0, 0),
  [399] = {.entry = {.count = 1, .reusable = true}}, SHIFT(148),
  [401] = {.entry = {.count = 1, .reusable = true}}, SHIFT(118),
  [403] = {.entry = {.count = 1, .reusable = true}},  ACCEPT_INPUT(),
  [405] = {.entry = {.count = 1, .reusable = true}}, SHIFT(154),
  [407] = {.entry = {.count = 1, .reusable = true}}, SHIFT(66),
  [409] = {.entry = {.count = 1, .reusable = true}}, SHIFT(128),
  [411] = {.entry = {.count = 1, .reusable = true}}, SHIFT(120),
  [413] = {.entry = {.count = 1, .reusable = true}}, SHIFT(90),
  [415] = {.entry = {.count = 1, .reusable = true}}, SHIFT(124),
  [417] = {.entry = {.count = 1, .reusable = true}}, SHIFT(94),
  [419] = {.entry = {.count = 1, .reusable = true}}, SHIFT(52),
  [421] = {.entry = {.count = 1, .reusable = true}}, SHIFT(67),
  [423] = {.entry = {.count = 1, .reusable = true}}, SHIFT(92),
  [425] = {.entry = {.count = 1, .reusable = true}}, SHIFT(50),
  [427] = {.entry = {.count = 1, .reusable = true}}, SHIFT(41),
  [429] = {.entry = {.count = 1, .reusable = true}}, SHIFT(150),
  [431] = {.entry = {.count = 1, .reusable = true}}, SHIFT(49),
  [433] = {.entry = {.count = 1, .reusable = true}}, SHIFT(123),
  [435] = {.entry = {.count = 1, .reusable = true}}, SHIFT(53),
  [437] = {.entry = {.count = 1, .reusable = true}}, SHIFT(100),
  [439] = {.entry = {.count = 1, .reusable = true}}, SHIFT(51),
  [441] = {.entry = {.count = 1, .reusable = true}}, SHIFT(147),
  [443] = {.entry = {.count = 1, .reusable = true}}, SHIFT(102),
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
