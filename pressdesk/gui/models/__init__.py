"""Qt item models over plain rows from the services layer."""
