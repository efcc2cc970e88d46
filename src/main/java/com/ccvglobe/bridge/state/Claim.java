package com.ccvglobe.bridge.state;

import java.time.Instant;

/** Who holds a claim ({@code owner}: a bridge instance id, null once the claim is done) and since when. */
public record Claim(String owner, Instant claimedAt) {
}
