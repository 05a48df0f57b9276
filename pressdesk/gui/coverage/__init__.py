"""The Coverage section: the monitoring log, its dashboard and the keyword watch's inbox."""
