"""`make bench`: the figures each issue names, each beside a baseline measured in the same run."""
