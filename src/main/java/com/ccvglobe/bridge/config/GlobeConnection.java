package com.ccvglobe.bridge.config;

/**
 * Where and as whom the bridge talks to Exact Globe: the entity service, and the company database for stock.
 * From {@code GLOBE_*}, or from the sandbox when it runs. {@link #toString()} never shows the passwords.
 */
public record GlobeConnection(String baseUrl, String serverName, String databaseName, String username, String password,
        String domain, GlobeConfig.Auth auth, String sqlJdbcUrl, String sqlUsername, String sqlPassword) {

    @Override
    public String toString() {
        return "GlobeConnection[baseUrl=" + baseUrl + ", serverName=" + serverName + ", databaseName=" + databaseName
                + ", username=" + username + ", password=***, domain=" + domain + ", auth=" + auth + ", sqlJdbcUrl="
                + sqlJdbcUrl + ", sqlUsername=" + sqlUsername + ", sqlPassword=***]";
    }
}
