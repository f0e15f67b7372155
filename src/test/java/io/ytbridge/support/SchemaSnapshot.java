package io.ytbridge.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

/** Tables, columns, types, nullability, primary and unique keys: what "the same schema" means across databases. */
public final class SchemaSnapshot {

    private SchemaSnapshot() {
    }

    public static Set<String> of(DataSource dataSource) throws SQLException {
        Set<String> facts = new TreeSet<>();
        try (Connection connection = dataSource.getConnection()) {
            String schema = connection.getSchema();
            try (ResultSet columns = connection.getMetaData().getColumns(null, schema, "%", "%")) {
                while (columns.next()) {
                    String table = columns.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    if (table.startsWith("flyway_")) {
                        continue;
                    }
                    facts.add("column " + table + "." + columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT)
                            + " " + normalizeType(columns.getInt("DATA_TYPE"))
                            + (columns.getInt("NULLABLE") == 0 ? " not null" : " null"));
                }
            }
            try (ResultSet tables = connection.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
                while (tables.next()) {
                    String table = tables.getString("TABLE_NAME");
                    if (table.toLowerCase(Locale.ROOT).startsWith("flyway_")) {
                        continue;
                    }
                    facts.add("table " + table.toLowerCase(Locale.ROOT));
                    try (ResultSet keys = connection.getMetaData().getPrimaryKeys(null, schema, table)) {
                        while (keys.next()) {
                            facts.add("primary key " + table.toLowerCase(Locale.ROOT) + "."
                                    + keys.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                        }
                    }
                    try (ResultSet indexes = connection.getMetaData().getIndexInfo(null, schema, table, true, false)) {
                        while (indexes.next()) {
                            String column = indexes.getString("COLUMN_NAME");
                            if (column != null) {
                                facts.add("unique " + table.toLowerCase(Locale.ROOT) + "." + column.toLowerCase(Locale.ROOT));
                            }
                        }
                    }
                }
            }
        }
        return facts;
    }

    /** H2 and PostgreSQL report a few JDBC types differently for the same SQL; fold those pairs together. */
    private static String normalizeType(int jdbcType) {
        return switch (jdbcType) {
            case java.sql.Types.TIMESTAMP_WITH_TIMEZONE, java.sql.Types.TIMESTAMP -> "timestamp";
            case java.sql.Types.NUMERIC, java.sql.Types.DECIMAL -> "decimal";
            case java.sql.Types.VARCHAR, java.sql.Types.LONGVARCHAR, java.sql.Types.CLOB -> "text";
            case java.sql.Types.BOOLEAN, java.sql.Types.BIT -> "boolean";
            default -> java.sql.JDBCType.valueOf(jdbcType).getName().toLowerCase(Locale.ROOT);
        };
    }
}
