package com.ccvglobe.bridge.ops;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import com.ccvglobe.bridge.ops.alerts.Alert;

/** Test-only observer: every alert any feature raised while the test app ran. */
@Singleton
public class RaisedAlerts {

    private final List<Alert> alerts = new CopyOnWriteArrayList<>();

    void on(@Observes Alert alert) {
        alerts.add(alert);
    }

    public List<Alert> all() {
        return alerts;
    }
}
