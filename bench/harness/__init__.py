"""Benchmark harness for ccv-globe-bridge: drives the packaged app against its sandbox simulators."""
