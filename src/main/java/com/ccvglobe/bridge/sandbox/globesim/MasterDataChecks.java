package com.ccvglobe.bridge.sandbox.globesim;

import java.util.Map;

/**
 * What Globe checks when a document header arrives: the debtor exists and is not blocked, the items exist, are
 * active and are sales items, and the codes used (warehouse, VAT, payment condition, shipping method, cost centre,
 * cost unit, GL account) exist. Each failure is an OData error whose message names the value and what it should be.
 */
final class MasterDataChecks {

    private final EntityStore store;

    MasterDataChecks(EntityStore store) {
        this.store = store;
    }

    void debtor(String debtorNumber) {
        if (debtorNumber == null || debtorNumber.isBlank()) {
            throw SimError.badRequest("Debtor is mandatory");
        }
        Map<String, Object> account = store.all("Account").stream()
                .filter(a -> debtorNumber.equals(a.get("DebtorNumber"))).findFirst()
                .orElseThrow(() -> SimError.badRequest("Debtor " + debtorNumber.trim() + " does not exist"));
        if (Boolean.TRUE.equals(account.get("Blocked")) || "B".equals(account.get("CustomerStatus"))) {
            throw SimError.badRequest("Debtor " + debtorNumber.trim() + " is blocked");
        }
    }

    void salesItem(String itemCode) {
        if (itemCode == null || itemCode.isBlank()) {
            throw SimError.badRequest("Item code is mandatory on a document line");
        }
        Map<String, Object> item = store.get("Item", itemCode);
        if (item == null) {
            throw SimError.badRequest("Item " + itemCode + " does not exist");
        }
        Object condition = item.get("Condition");
        if (condition != null && !"A".equals(condition)) {
            throw SimError.badRequest("Item " + itemCode + " is not active (condition " + condition + ")");
        }
        if (!Boolean.TRUE.equals(item.get("IsSalesItem"))) {
            throw SimError.badRequest("Item " + itemCode + " is not a sales item");
        }
    }

    void code(String what, Object value, String entity, String property) {
        if (value == null || value.toString().isBlank()) {
            return;
        }
        if (!store.exists(entity, property, value)) {
            throw SimError.badRequest(what + " " + value.toString().trim() + " does not exist");
        }
    }

    /** Warehouse, cost centre and cost unit on a line or header; VAT code on a line. */
    void lineCodes(Map<String, Object> row) {
        code("Warehouse", row.get("Warehouse"), "Warehouse", "Code");
        code("Cost center", row.get("CostCenter"), "CostCenter", "Code");
        code("Cost unit", row.get("CostUnit"), "CostUnit", "Code");
        code("VAT code", row.get("VATCode"), "VAT", "VATCode");
    }

    void headerCodes(Map<String, Object> header) {
        code("Warehouse", header.get("Warehouse"), "Warehouse", "Code");
        code("Cost center", header.get("CostCenter"), "CostCenter", "Code");
        code("Payment condition", header.get("PaymentCondition"), "PaymentCondition", "PaymentConditionCode");
        code("Shipping method", header.get("ShippingVia"), "ShippingMethod", "ShippingMethodProperty");
    }

    void glAccount(Object account) {
        if (account == null || account.toString().isBlank()) {
            throw SimError.badRequest("GL account is mandatory on a financial line");
        }
        String padded = String.format("%9s", account.toString().trim());
        if (!store.exists("GeneralLedgerAccount", "GeneralLedgerCode", padded)) {
            throw SimError.badRequest("GL account " + account.toString().trim() + " does not exist");
        }
    }
}
