"""The media contact base: outlets, people, lists, the interaction log and file exchange."""
