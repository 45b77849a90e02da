" Vim syntax file for Sluice policies (.sluice).
" Generated from Sources/SluiceLanguage/Lex/Keyword.swift by scripts/editors; do not edit.
if exists("b:current_syntax")
  finish
endif
syn iskeyword @,48-57,_,-
syn keyword sluiceStatement allow audit destination expect gateway group include on policy quota service
syn keyword sluiceSetting baseline dns egress inside log management mode
syn keyword sluiceAction alert block isolate
syn keyword sluiceKeyword any day denied deny exceed exec for host hour minute per second self to total week
syn keyword sluiceProtocol icmp icmpv6 tcp udp
syn keyword sluiceTodo contained TODO FIXME XXX
syn match sluiceComment "#.*$" contains=sluiceTodo,@Spell
syn region sluiceString start=+"+ skip=+\\[\\"]+ end=+"+ end=+$+ oneline contains=sluiceEscape
syn match sluiceEscape contained +\\[\\"]+
syn match sluiceAddress "\<\x*[.:][0-9A-Fa-f.:]*\(/\d\+\)\=\(-[0-9A-Fa-f.:]\+\)\="
syn match sluicePort "\<\(tcp\|udp\)/\d\+\(-\d\+\)\=\>"
syn match sluiceSize "\<\d\+\(\.\d\+\)\=\s*[KMGT]\=i\=B\>"
syn match sluiceDuration "\<\d\+[smhdw]\>"
syn match sluiceRate "\<\d\+/\(second\|minute\|hour\)\>"
hi def link sluiceStatement Statement
hi def link sluiceSetting Type
hi def link sluiceAction Type
hi def link sluiceKeyword Keyword
hi def link sluiceProtocol Constant
hi def link sluiceTodo Todo
hi def link sluiceComment Comment
hi def link sluiceString String
hi def link sluiceEscape SpecialChar
hi def link sluiceAddress Number
hi def link sluicePort Constant
hi def link sluiceSize Number
hi def link sluiceDuration Number
hi def link sluiceRate Number
let b:current_syntax = "sluice"
