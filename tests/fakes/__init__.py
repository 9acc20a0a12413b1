"""Stand-ins for the outside world (messaging platforms), reached over real HTTP by tests and benchmarks."""
