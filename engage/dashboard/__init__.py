"""The officer home page: what needs attention and where to go next."""
