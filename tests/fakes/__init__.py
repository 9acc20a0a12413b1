"""Stand-ins for the outside world (messaging platforms) that the tests and benchmarks talk to over real HTTP."""
