package com.ccvglobe.bridge.ccvshop;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.apache.camel.Exchange;
import org.apache.camel.Route;
import org.apache.camel.support.RoutePolicySupport;

/**
 * Route policy {@code urgentCcvCalls}: the CCV calls an exchange of the route makes go ahead of other calls at the
 * rate limiter ({@link CcvRateLimiter}). For routes that serve someone waiting now (the queue of webhook orders), so
 * that they are not paced behind a backlog the poll drains. The mark is the thread's: it is set when the route takes an
 * exchange and removed when the exchange is done (synchronous routes, such as a {@code seda} consumer's).
 */
@ApplicationScoped
@Named("urgentCcvCalls")
public class CcvCallPriority extends RoutePolicySupport {

    private static final ThreadLocal<Boolean> URGENT = ThreadLocal.withInitial(() -> Boolean.FALSE);

    static boolean isUrgent() {
        return URGENT.get();
    }

    @Override
    public void onExchangeBegin(Route route, Exchange exchange) {
        URGENT.set(Boolean.TRUE);
    }

    @Override
    public void onExchangeDone(Route route, Exchange exchange) {
        URGENT.remove();
    }
}
