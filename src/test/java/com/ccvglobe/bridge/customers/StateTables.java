package com.ccvglobe.bridge.customers;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

/** Test helper: searches every text column of every table of the bridge's state store (H2 or PostgreSQL). */
final class StateTables {

    private StateTables() {
    }

    /** {@code table.column} of every text column holding {@code needle} (case-insensitive, anywhere in the value). */
    static List<String> columnsContaining(DataSource dataSource, String needle) throws Exception {
        List<String> hits = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            List<String[]> columns = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT table_name, column_name, data_type FROM information_schema.columns"
                    + " WHERE LOWER(table_schema) = 'public'"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String type = rs.getString(3).toLowerCase(Locale.ROOT);
                    if (type.contains("char") || type.contains("text") || type.contains("clob")) {
                        columns.add(new String[] { rs.getString(1), rs.getString(2) });
                    }
                }
            }
            if (columns.isEmpty()) {
                throw new IllegalStateException("no text column found in the state store's schema");
            }
            for (String[] column : columns) {
                try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM \"" + column[0] + "\" WHERE LOWER(\""
                        + column[1] + "\") LIKE ?")) {
                    ps.setString(1, "%" + needle.toLowerCase(Locale.ROOT) + "%");
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        if (rs.getLong(1) > 0) {
                            hits.add(column[0].toLowerCase(Locale.ROOT) + "." + column[1].toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
        }
        return hits;
    }
}
