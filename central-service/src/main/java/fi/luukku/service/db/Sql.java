package fi.luukku.service.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A tiny JDBC helper bound to one connection (one transaction). */
public final class Sql {
    private final Connection c;

    Sql(Connection c) {
        this.c = c;
    }

    public Connection connection() {
        return c;
    }

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    public int update(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(sql, args)) {
            return ps.executeUpdate();
        }
    }

    public <T> List<T> list(String sql, RowMapper<T> mapper, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(sql, args);
                ResultSet rs = ps.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rs.next()) {
                out.add(mapper.map(rs));
            }
            return out;
        }
    }

    public <T> Optional<T> one(String sql, RowMapper<T> mapper, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(sql, args);
                ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                return Optional.ofNullable(mapper.map(rs));
            }
            return Optional.empty();
        }
    }

    public long longValue(String sql, Object... args) throws SQLException {
        return one(sql, rs -> rs.getLong(1), args).orElse(0L);
    }

    private PreparedStatement prepare(String sql, Object... args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a == null) {
                ps.setNull(i + 1, Types.VARCHAR);
            } else if (a instanceof Null n) {
                ps.setNull(i + 1, n.sqlType());
            } else if (a instanceof Enum<?> e) {
                ps.setString(i + 1, e.name());
            } else {
                ps.setObject(i + 1, a);
            }
        }
        return ps;
    }

    /** A typed SQL NULL, for PostgreSQL which wants to know the type of a null parameter. */
    public record Null(int sqlType) {
        public static final Null BIGINT = new Null(Types.BIGINT);
        public static final Null INTEGER = new Null(Types.INTEGER);
        public static final Null VARCHAR = new Null(Types.VARCHAR);
        public static final Null BOOLEAN = new Null(Types.BOOLEAN);
    }

    public static Object nullableLong(Long v) {
        return v == null ? Null.BIGINT : v;
    }

    public static Object nullableInt(Integer v) {
        return v == null ? Null.INTEGER : v;
    }

    public static Object nullableBool(Boolean v) {
        return v == null ? Null.BOOLEAN : v;
    }

    public static Long getLong(ResultSet rs, String col) throws SQLException {
        long v = rs.getLong(col);
        return rs.wasNull() ? null : v;
    }

    public static Integer getInt(ResultSet rs, String col) throws SQLException {
        int v = rs.getInt(col);
        return rs.wasNull() ? null : v;
    }
}
