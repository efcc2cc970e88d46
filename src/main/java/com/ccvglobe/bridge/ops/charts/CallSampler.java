package com.ccvglobe.bridge.ops.charts;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import com.ccvglobe.bridge.ccvshop.CcvApi;
import com.ccvglobe.bridge.exactglobe.GlobeEntityClient;
import com.ccvglobe.bridge.state.BridgeInstances;
import com.ccvglobe.bridge.state.CallSamples;

/**
 * Stores the CCV and Globe calls this instance sent since the last sample under the current minute (route
 * {@code call-samples}, every replica), and forgets samples older than {@value #KEEP_DAYS} days.
 */
@ApplicationScoped
@Named("callSampler")
public class CallSampler {

    static final int KEEP_DAYS = 8;

    private final CcvApi ccv;
    private final GlobeEntityClient globe;
    private final CallSamples samples;
    private final BridgeInstances instances;
    private long ccvSeen = -1;
    private long globeSeen = -1;

    public CallSampler(CcvApi ccv, GlobeEntityClient globe, CallSamples samples, BridgeInstances instances) {
        this.ccv = ccv;
        this.globe = globe;
        this.samples = samples;
        this.instances = instances;
    }

    /** Takes one sample; returns the calls it stored (CCV + Globe). */
    public synchronized long sample() {
        long ccvNow = ccv.http().callsSent();
        long globeNow = globe.callsSent();
        long ccvCalls = ccvSeen < 0 ? ccvNow : ccvNow - ccvSeen;
        long globeCalls = globeSeen < 0 ? globeNow : globeNow - globeSeen;
        Instant now = Instant.now();
        samples.add(now.truncatedTo(ChronoUnit.MINUTES), instances.id(), ccvCalls, globeCalls);
        ccvSeen = ccvNow;
        globeSeen = globeNow;
        samples.deleteOlderThan(now.minus(Duration.ofDays(KEEP_DAYS)));
        return ccvCalls + globeCalls;
    }
}
