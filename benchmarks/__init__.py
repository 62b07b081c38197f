"""Scripts that measure the site's speed and print ratios to a trivial view timed in the same run."""
