"""Media monitoring: the coverage log, feedback, the keyword watch, its inbox and imports."""
