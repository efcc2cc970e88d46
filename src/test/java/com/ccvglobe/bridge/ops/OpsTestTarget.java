package com.ccvglobe.bridge.ops;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.inject.Named;
import jakarta.inject.Singleton;

import com.ccvglobe.bridge.support.BusinessException;

/**
 * The target system of the test flow {@code opstest}: rejects the keys in {@link #rejects} with a business error
 * that names a shopper's e-mail address (as a vendor's validation message would), commits the rest.
 */
@Singleton
@Named("opsTestTarget")
public class OpsTestTarget {

    public final Map<String, String> rejects = new ConcurrentHashMap<>();
    public final List<String> commits = new CopyOnWriteArrayList<>();

    public void write(String key) {
        String shopperEmail = rejects.get(key);
        if (shopperEmail != null) {
            throw new BusinessException("order " + key, "customer.email", "e-mail address " + shopperEmail + " is not accepted");
        }
        commits.add(key);
    }
}
