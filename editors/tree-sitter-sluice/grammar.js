/**
 * Tree-sitter grammar for Sluice policies (.sluice), after docs/language.md.
 *
 * Statements end at a line break or ';', except after a comma (a list goes on) and before the
 * '{' of a block. Every reserved word of Sources/SluiceLanguage/Lex/Keyword.swift appears here as
 * a literal (SluiceLanguageTests/EditorGrammarTests checks it), and queries/highlights.scm, which
 * scripts/editors generates from the same list, names them all: `tree-sitter test` fails when a
 * keyword is missing from the grammar.
 */

/** One or more `rule`, separated by commas; a line break may follow a comma. */
function list($, rule) {
  return seq(rule, repeat(seq(',', repeat($._newline), rule)));
}

/** A block of `line`s in braces, one per line or separated by ';'. */
function block($, line) {
  return seq(
    '{', repeat($._separator),
    repeat(seq(line, repeat1($._separator))), optional(line),
    '}',
  );
}

module.exports = grammar({
  name: 'sluice',

  extras: $ => [/[ \t\r\f\v\uFEFF]/, $.comment],

  word: $ => $.identifier,

  rules: {
    source_file: $ => seq(
      repeat($._separator),
      repeat(seq($._statement, repeat1($._separator))),
      optional($._statement),
    ),

    _separator: $ => choice($._newline, ';'),
    _newline: _ => '\n',

    _statement: $ => choice(
      $.policy_statement, $.include_statement, $.group_statement, $.destination_statement,
      $.service_statement, $.allow_statement, $.quota_statement, $.exceed_statement, $.expect_statement,
      $.audit_statement, $.users_statement, $.gateway_statement,
    ),

    policy_statement: $ => seq('policy', field('name', $.identifier), repeat($._newline), alias($._settings, $.block)),
    _settings: $ => block($, $.setting),

    setting: $ => choice(
      seq('mode', choice('gateway', 'host')),
      seq('egress', list($, $.string)),
      seq('management', $.identifier),
      seq('inside', list($, $.address)),
      seq('log', 'denied', optional($.rate)),
      seq('baseline', 'learn', $.duration),
      // `dns` is not reserved: a group may still be called dns.
      seq('dns', choice(
        list($, $.address),
        seq('ttl', 'at', 'least', $.duration),
        seq('addresses', 'per', 'name', alias(/[0-9]+/, $.number)),
      )),
    ),

    // What one gateway of a fleet does differently: its egress interfaces.
    gateway_statement: $ => seq('gateway', field('name', $.identifier), repeat($._newline), alias($._gateway_settings, $.block)),
    _gateway_settings: $ => block($, alias($._gateway_setting, $.setting)),
    _gateway_setting: $ => seq('egress', list($, $.string)),

    include_statement: $ => seq('include', field('path', $.string)),

    group_statement: $ => seq('group', field('name', $.identifier), list($, $.address)),
    // Addresses and quoted DNS names (`"pypi.org"`, `"*.example.net"`).
    destination_statement: $ => seq('destination', field('name', $.identifier), list($, choice($.address, $.string))),
    service_statement: $ => seq('service', field('name', $.identifier), list($, $.port)),

    allow_statement: $ => seq(
      'allow', field('sources', $.sources), 'to', field('targets', $.targets),
      optional(seq('on', field('ports', list($, choice($.port, $.identifier))))),
      optional($.inline_quota),
    ),
    inline_quota: $ => seq('quota', $._budget),

    quota_statement: $ => seq('quota', field('sources', $.sources), $._budget),
    _budget: $ => seq(optional($.learned), $.size, 'per', $.window, choice(seq('per', choice('host', 'user')), 'total'), optional('warn')),
    learned: $ => seq($.multiple, 'usual', 'at', 'least'),
    multiple: _ => /[0-9]+(\.[0-9]+)?x/,

    exceed_statement: $ => seq('on', 'exceed', field('sources', $.sources), repeat($._newline), alias($._actions, $.block)),
    _actions: $ => block($, $.action),

    action: $ => choice(
      seq(choice('block', 'isolate'), optional(seq('for', $.duration))),
      seq('alert', list($, $.sink)),
    ),
    sink: $ => choice('log', seq('exec', $.string)),

    // `audit` is not reserved: a group may still be called audit.
    audit_statement: $ => seq('audit', field('sources', $.sources)),

    // Host mode's accounts: names, uids and uid ranges (`users` is not reserved either).
    users_statement: $ => seq('users', field('name', $.identifier), list($, choice($.identifier, $.uid))),
    uid: _ => /[0-9]+(-[0-9]+)?/,

    expect_statement: $ => seq(
      'expect', field('verdict', choice('allow', 'deny')),
      field('source', choice($.address, 'self', seq('user', choice($.identifier, $.uid)))), 'to', field('destination', choice($.address, $.string)),
      optional(seq('on', choice($.port, $.identifier))),
    ),

    sources: $ => choice('any', list($, choice($.identifier, 'self'))),
    targets: $ => choice('any', list($, choice($.identifier, $.address))),

    window: $ => choice($.duration, 'hour', 'day', 'week'),
    duration: _ => /[0-9]+[smhdw]/,
    size: _ => token(seq(/[0-9]+(\.[0-9]+)?/, /[ \t]*/, choice('B', 'KB', 'MB', 'GB', 'TB', 'KiB', 'MiB', 'GiB', 'TiB'))),
    rate: $ => seq(alias(/[0-9]+/, $.number), token.immediate('/'),
      choice(alias(token.immediate('second'), 'second'), alias(token.immediate('minute'), 'minute'),
        alias(token.immediate('hour'), 'hour'))),

    port: $ => choice(
      seq(choice('tcp', 'udp'), optional(seq(token.immediate('/'), alias(token.immediate(/[0-9]+(-[0-9]+)?/), $.number)))),
      'icmp', 'icmpv6',
    ),

    // An IPv4 or IPv6 address, prefix or range: at least one '.' or ':'.
    address: _ => /[0-9A-Fa-f]*[.:][0-9A-Fa-f.:]*(\/[0-9]+)?(-[0-9A-Fa-f.:]+)?/,
    identifier: _ => /[A-Za-z_][A-Za-z0-9_-]*/,
    string: _ => /"([^"\\\n]|\\["\\])*"/,
    comment: _ => token(prec(-1, /#[^\n]*/)),
  },
});
