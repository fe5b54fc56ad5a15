# The two set-up commands (see README): both install whatever is missing first.
.PHONY: up test

up:
	bash infra/up.sh

test:
	bash infra/test.sh
