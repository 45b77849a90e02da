; Generated from Sources/SluiceLanguage/Lex/Keyword.swift by scripts/editors; do not edit.
[
  "allow"
  "audit"
  "destination"
  "expect"
  "gateway"
  "group"
  "include"
  "on"
  "policy"
  "quota"
  "service"
] @keyword

[
  "baseline"
  "dns"
  "egress"
  "inside"
  "log"
  "management"
  "mode"
  "alert"
  "block"
  "isolate"
] @function.builtin

[
  "any"
  "day"
  "denied"
  "deny"
  "exceed"
  "exec"
  "for"
  "host"
  "hour"
  "minute"
  "per"
  "second"
  "self"
  "to"
  "total"
  "week"
] @keyword.operator

[
  "icmp"
  "icmpv6"
  "tcp"
  "udp"
] @constant

(comment) @comment
(string) @string
(address) @number
(port) @constant
(size) @number
(duration) @number
(rate) @number
(identifier) @variable
["{" "}"] @punctuation.bracket
["," ";"] @punctuation.delimiter
