"""`nox -s bench`: ratios against baselines measured in the same run, never asserted."""
