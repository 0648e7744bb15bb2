"""The runner: the stages in order over one input or a batch, in one or many processes."""
