package com.ccvglobe.bridge.ops;

import com.ccvglobe.bridge.state.ParkedMessage;

/** CDI event fired after a message was parked; alerts observe it. */
public record MessageParked(ParkedMessage message) {
}
