" Sluice policies: *.sluice files.
autocmd BufRead,BufNewFile *.sluice setfiletype sluice
