"""placeholder"""
def run(cfg, jar, workdir, log):
    return {"skipped": "not written yet"}
def run_latency(cfg, jar, workdir, log):
    return {"skipped": "not written yet"}
