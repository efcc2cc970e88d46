package com.ccvglobe.bridge.exactglobe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jboss.logging.Logger;

import com.ccvglobe.bridge.support.BusinessException;

/**
 * What the bridge knows about Globe's property formats (exact-globe-api.md §3, §5 and Appendix A): right-aligned codes
 * and their full length (padded in filters), upper-case codes (upper-cased on write), and the length limits of the
 * text properties the bridge writes (truncated deliberately, and reported); no written text keeps a control or bidi
 * character ({@link GlobeText}). Codes that are too long are not cut: that
 * is a business error.
 */
public final class GlobeFields {

    private static final Logger LOG = Logger.getLogger(GlobeFields.class);

    /** A value that was cut to fit: which property, how long it was, how long it may be. No value is kept. */
    public record Truncation(String entity, String property, int originalLength, int maxLength) {
        @Override
        public String toString() {
            return entity + "." + property + " cut from " + originalLength + " to " + maxLength;
        }
    }

    /** A property set ready to send, with what was cut. */
    public record Prepared(Map<String, Object> body, List<Truncation> truncations) {
    }

    private static final Map<String, Integer> RIGHT_ALIGNED = new HashMap<>();
    private static final Map<String, Integer> TEXT_LIMITS = new HashMap<>();
    private static final Map<String, Integer> CODE_LIMITS = new HashMap<>();
    private static final Set<String> UPPER_CASE = Set.of("Itemcode", "ItemCode", "VATCode", "SalesVATCode", "Warehouse",
            "CostCenter", "CostUnit", "PaymentCondition", "ShippingVia", "DeliveryMethod", "CurrencyCode", "PriceList",
            "Country", "DeliveryCountry", "InvoiceCountry", "MailingCountry", "PostalCountry", "OrderDebtorCountryCode",
            "DeliveryDebtorCountryCode", "InvoiceDebtorCountryCode", "CountryCode");

    static {
        ra(6, "DebtorNumber", "OrderDebtor", "InvoiceDebtor", "DeliveryDebtor", "CreditorNumber");
        ra(20, "AccountCode", "DebtorCode", "CreditorCode");
        ra(8, "SalesOrderNumber", "PurchaseOrderNumber");
        ra(3, "InvoiceCode", "JournalCode");
        ra(9, "GeneralLedgerCode", "GLAccountRevenue", "GLAccountDistribution", "GLAccountCost", "GLAccountDiscount",
                "GLRevenue", "DebtorCreditorAccount", "GLToPay", "GLToClaim");
        // not right-aligned on these entities (PU415 flags)
        RIGHT_ALIGNED.put("FinancialLine.DebtorNumber", 0);
        RIGHT_ALIGNED.put("OrderHistoryHeader.SalesOrderNumber", 0);
        RIGHT_ALIGNED.put("OrderHistoryLine.SalesOrderNumber", 0);
        RIGHT_ALIGNED.put("InvoiceHistoryHeader.SalesOrderNumber", 0);
        RIGHT_ALIGNED.put("InvoiceHistoryLine.SalesOrderNumber", 0);

        code(30, "Itemcode", "ItemCode", "YourReference");
        code(3, "VATCode", "SalesVATCode", "Country", "DeliveryCountry", "InvoiceCountry", "MailingCountry", "PostalCountry",
                "CurrencyCode", "OrderDebtorCountryCode", "DeliveryDebtorCountryCode", "InvoiceDebtorCountryCode", "CountryCode",
                "ClassificationID", "Journal");
        code(4, "Warehouse");
        code(8, "CostCenter", "CostUnit");
        code(2, "PaymentCondition");
        code(5, "ShippingVia", "DeliveryMethod");
        code(1, "PaymentMethod");

        text(50, "AccountName", "ContactLastName", "JobDescription", "DeliveryDebtorName", "OrderDebtorName", "InvoiceDebtorName",
                "LastName");
        text(30, "ContactFirstName", "ContactMiddleName", "FirstName", "MiddleName");
        text(10, "ContactInitials", "Initials");
        text(128, "EmailAddress", "ContactEmail", "DeliveryDebtorContactEmail", "OrderDebtorContactEmail",
                "InvoiceDebtorContactEmail");
        text(25, "PhoneNumber", "ContactPhoneNumber", "ContactMobileNumber", "MobileNumber");
        text(50, "DeliveryDebtorPhone", "OrderDebtorPhone", "InvoiceDebtorPhone");
        text(100, "DeliveryAddressline1", "DeliveryAddressline2", "DeliveryAddressline3", "InvoiceAddress", "InvoiceAddress2",
                "InvoiceAddress3", "MailingAddress1", "MailingAddress2", "MailingAddress3", "PostalAddressLine1",
                "PostalAddressLine2", "PostalAddressLine3", "DeliveryCity", "InvoiceCity", "MailingCity", "PostalCity",
                "AddressLine1", "AddressLine2", "AddressLine3", "City", "DeliveryDebtorAddress1", "DeliveryDebtorAddress2",
                "DeliveryDebtorAddress3", "DeliveryDebtorCity", "DeliveryDebtorContactPerson", "OrderDebtorAddress1",
                "OrderDebtorAddress2", "OrderDebtorAddress3", "OrderDebtorCity", "OrderDebtorContactPerson",
                "InvoiceDebtorAddress1", "InvoiceDebtorAddress2", "InvoiceDebtorAddress3", "InvoiceDebtorCity");
        text(20, "DeliveryPostCode", "InvoiceAddressPostCode", "MailingPostcode", "PostalPostCode", "PostCode",
                "DeliveryDebtorPostCode", "OrderDebtorPostCode", "InvoiceDebtorPostCode", "VATNumber", "Reference",
                "PaymentReference");
        text(60, "Description", "Description0");
        text(160, "Instruction", "InvoiceComments");
        text(75, "FreeField1", "FreeField2", "FreeField3");
        TEXT_LIMITS.put("SalesOrderHeader.Description1", 20);
        TEXT_LIMITS.put("SalesOrderHeader.Description2", 20);
        TEXT_LIMITS.put("SalesOrderHeader.Description3", 20);
        TEXT_LIMITS.put("InvoiceLine.LongDescription", 125);
    }

    private GlobeFields() {
    }

    /** The full length a right-aligned code is padded to, or 0 when the property is not right-aligned. */
    public static int rightAlignedLength(String entity, String property) {
        Integer specific = RIGHT_ALIGNED.get(entity + "." + property);
        return specific != null ? specific : RIGHT_ALIGNED.getOrDefault(property, 0);
    }

    /** A code as Globe stores it: trimmed, then left-padded with spaces to the full length when right-aligned. */
    public static String pad(String entity, String property, String value) {
        int length = rightAlignedLength(entity, property);
        String trimmed = value.trim();
        if (length == 0 || trimmed.length() >= length) {
            return length == 0 ? value : trimmed;
        }
        return " ".repeat(length - trimmed.length()) + trimmed;
    }

    /**
     * Removes control and bidi characters ({@link GlobeText}), upper-cases UC codes, refuses codes longer than Globe
     * allows, cuts over-long texts and reports what was cut.
     */
    public static Prepared prepare(String entity, Map<String, ?> properties) {
        Map<String, Object> body = new LinkedHashMap<>();
        List<Truncation> truncations = new ArrayList<>();
        properties.forEach((property, value) -> {
            if (!(value instanceof String text)) {
                body.put(property, value);
                return;
            }
            String out = GlobeText.clean(property, text).trim();
            if (UPPER_CASE.contains(property)) {
                out = out.toUpperCase();
            }
            int codeLimit = Math.max(CODE_LIMITS.getOrDefault(property, 0), rightAlignedLength(entity, property));
            if (codeLimit > 0 && out.length() > codeLimit) {
                throw new BusinessException(entity, property, "Value of " + entity + "." + property + " is " + out.length()
                        + " characters; Exact Globe allows " + codeLimit);
            }
            int limit = TEXT_LIMITS.getOrDefault(entity + "." + property, TEXT_LIMITS.getOrDefault(property, 0));
            if (limit > 0 && out.length() > limit) {
                truncations.add(new Truncation(entity, property, out.length(), limit));
                LOG.warnf("Truncated %s.%s from %d to %d characters", entity, property, out.length(), limit);
                out = out.substring(0, limit);
            }
            body.put(property, out);
        });
        return new Prepared(body, List.copyOf(truncations));
    }

    private static void ra(int length, String... properties) {
        for (String property : properties) {
            RIGHT_ALIGNED.put(property, length);
        }
    }

    private static void code(int length, String... properties) {
        for (String property : properties) {
            CODE_LIMITS.put(property, length);
        }
    }

    private static void text(int length, String... properties) {
        for (String property : properties) {
            TEXT_LIMITS.put(property, length);
        }
    }
}
