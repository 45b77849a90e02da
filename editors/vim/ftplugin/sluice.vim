" Sluice policies: comments start with #; blocks indent by two spaces, as `sluice fmt` writes them.
if exists("b:did_ftplugin")
  finish
endif
let b:did_ftplugin = 1
setlocal commentstring=#\ %s comments=:# expandtab shiftwidth=2 softtabstop=2
" `gq` on a policy: the canonical layout (sluice fmt reads standard input with '-').
setlocal formatprg=sluice\ fmt\ -
let b:undo_ftplugin = "setlocal commentstring< comments< expandtab< shiftwidth< softtabstop< formatprg<"
