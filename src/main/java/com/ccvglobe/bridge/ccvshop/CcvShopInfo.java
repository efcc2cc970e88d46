package com.ccvglobe.bridge.ccvshop;

import java.util.List;

/** Users (registered customers), payment methods and packages. Bean {@code ccvShopInfo}. */
public class CcvShopInfo {

    private final CcvApi api;

    public CcvShopInfo(CcvApi api) {
        this.api = api;
    }

    public CcvShopRecords.User user(long id) {
        return api.get("/users/" + id, null, CcvShopRecords.User.class);
    }

    public List<CcvShopRecords.User> users() {
        return api.getAll("/users", null, CcvShopRecords.User.class);
    }

    /** Users with this {@code approval_status} ({@code pending}/{@code accepted}); all users when null. */
    public List<CcvShopRecords.User> users(String approvalStatus) {
        return api.getAll("/users", CcvApi.Query.of().with("approval_status", approvalStatus), CcvShopRecords.User.class);
    }

    public List<CcvShopRecords.Paymethod> paymethods() {
        return api.getAll("/paymethods", null, CcvShopRecords.Paymethod.class);
    }

    /** The settings of the first web shop of the account (a multishop account lists several). */
    public CcvShopRecords.WebshopSettings webshopSettings() {
        CcvShopRecords.Webshop shop = api.getAll("/webshops", null, CcvShopRecords.Webshop.class).stream().findFirst()
                .orElseThrow(() -> new CcvNotFoundException("CCV /webshops", 200, null, null, "CCV lists no web shop"));
        return api.get("/webshops/" + shop.id() + "/settings", null, CcvShopRecords.WebshopSettings.class);
    }

    public List<CcvShopRecords.Package> packages() {
        return api.getAll("/packages", null, CcvShopRecords.Package.class);
    }
}
