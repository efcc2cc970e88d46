package com.ccvglobe.bridge.customers;

import jakarta.enterprise.context.ApplicationScoped;

import com.ccvglobe.bridge.exactglobe.GlobeEntityClient;
import com.ccvglobe.bridge.exactglobe.GlobeFilter;
import com.ccvglobe.bridge.exactglobe.GlobeQuery;
import com.ccvglobe.bridge.mapping.DebtorSettings;
import com.ccvglobe.bridge.support.BusinessException;

/**
 * Hands out the numbers of new debtors in the mapping's {@code debtors.number-range}. Globe is asked for the highest
 * number in the range once; after that the numbers are counted here, so that debtors of several orders can be created
 * at once (only taking a number is serialised, the Globe calls are not). When Globe refuses a number because it exists
 * now (a debtor created in Globe by hand, or by another replica), {@link #taken()} makes the next number come from
 * Globe again. A number whose debtor could not be created is given back when it was the last one handed out, so a
 * failed create leaves no gap unless debtors were created alongside.
 */
@ApplicationScoped
class DebtorNumbers {

    private final GlobeEntityClient globe;
    private long next = -1;
    private String range;

    DebtorNumbers(GlobeEntityClient globe) {
        this.globe = globe;
    }

    /** The number for a new debtor (reserved for the caller). */
    synchronized String take(DebtorSettings settings, String record) {
        String number = peek(settings, record);
        next++;
        return number;
    }

    /** The number the next new debtor would get, without taking it (dry runs). */
    synchronized String peek(DebtorSettings settings, String record) {
        String wanted = settings.numberFrom() + "-" + settings.numberTo();
        if (next < 0 || !wanted.equals(range)) {
            next = highestPlusOne(settings);
            range = wanted;
        }
        if (next > settings.numberTo()) {
            next = -1;
            throw new BusinessException(record, "DebtorNumber", "the debtor number range " + wanted
                    + " (debtors.number-range) is used up");
        }
        return String.valueOf(next);
    }

    /** A taken number whose debtor was not created: the next debtor gets it when no other number was taken since. */
    synchronized void unused(String number) {
        if (next == Long.parseLong(number) + 1) {
            next--;
        }
    }

    /** Globe holds numbers this counter did not hand out: the next number comes from Globe's highest again. */
    synchronized void taken() {
        next = -1;
    }

    private long highestPlusOne(DebtorSettings settings) {
        GlobeQuery highest = GlobeQuery.where(GlobeFilter.ge("DebtorNumber", String.valueOf(settings.numberFrom()))
                .and(GlobeFilter.le("DebtorNumber", String.valueOf(settings.numberTo()))))
                .select("DebtorNumber").orderBy("DebtorNumber desc").top(1);
        return globe.find("Account", highest).stream().findFirst().map(a -> a.text("DebtorNumber"))
                .map(n -> Long.parseLong(n.trim()) + 1).orElse((long) settings.numberFrom());
    }
}
