package com.ccvglobe.bridge.ccvshop;

import java.io.IOException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import com.ccvglobe.bridge.config.CcvConfig;
import com.ccvglobe.bridge.config.CcvConnection;
import com.ccvglobe.bridge.support.Dependencies;

/**
 * Makes the CCV client available to YAML routes by name ({@code ccvOrders}, {@code ccvProducts},
 * {@code ccvCatalog}, {@code ccvShopInfo}, {@code ccvWebhooks}) and to Java beans by type. Address and keys
 * come only from {@link CcvConnection}.
 */
@ApplicationScoped
public class CcvClients {

    @Produces
    @Singleton
    CcvClientSettings settings(CcvConfig ccv, CcvClientConfig.RateLimit limits, CcvClientConfig.Http http) {
        return new CcvClientSettings(limits.getPerMinute(), limits.writePerMinute(), limits.productqueriesPerMinute(),
                limits.totalPerMinute(), limits.window(), limits.waitOn429(), limits.retriesOn429(),
                http.serverErrorRetries(), http.serverErrorBackoff(), http.connectTimeout(), http.responseTimeout(),
                http.pageSize(), ccv.verifyResponses());
    }

    @Produces
    @Singleton
    CcvApi api(CcvConnection connection, CcvClientSettings settings, Dependencies dependencies) {
        CcvHttp http = new CcvHttp(connection, settings);
        http.reportTo(dependencies.ccvShop());
        return new CcvApi(http);
    }

    void close(@Disposes CcvApi api) throws IOException {
        api.http().close();
    }

    @Produces
    @Singleton
    @Named("ccvOrders")
    CcvOrders orders(CcvApi api) {
        return new CcvOrders(api);
    }

    @Produces
    @Singleton
    @Named("ccvProducts")
    CcvProducts products(CcvApi api) {
        return new CcvProducts(api);
    }

    @Produces
    @Singleton
    @Named("ccvCatalog")
    CcvCatalog catalog(CcvApi api) {
        return new CcvCatalog(api);
    }

    @Produces
    @Singleton
    @Named("ccvShopInfo")
    CcvShopInfo shopInfo(CcvApi api) {
        return new CcvShopInfo(api);
    }

    @Produces
    @Singleton
    @Named("ccvWebhooks")
    CcvWebhooks webhooks(CcvApi api) {
        return new CcvWebhooks(api);
    }
}
