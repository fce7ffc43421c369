# What zsh shows when Tab is pressed after a line, with a completion script
# loaded: an interactive zsh in a pseudo-terminal (zpty), as a user has it.
#
# zsh -f zsh_complete.zsh SCRIPT 'grantcheck check --format j'
#
# Each step waits for output that says the shell got there (42ready, not the
# command's text $((6*7))ready), so nothing depends on how fast the machine is.
zmodload zsh/zpty
zpty shell zsh -f -i
zpty -w shell "PROMPT='> '; autoload -U compinit; compinit -u -D; source ${(q)1}; print \$((6*7))ready"
# Then zle must be reading (it turns bracketed paste on), or the terminal
# would echo the line and take ^U itself.
zpty -r shell ignored '*42ready*'$'\e''\[\?2004h*'
zpty -w -n shell "$2"$'\t'
zpty -w shell $'\C-u'"print \$((6*7))done"
zpty -r shell shown '*42done*'
print -r -- "$shown"
zpty -d shell
