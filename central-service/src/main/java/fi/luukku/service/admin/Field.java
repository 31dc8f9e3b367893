package fi.luukku.service.admin;

import java.util.List;

/**
 * One field of a configurable thing: its name in the API and the configuration file, its column(s) and its rule.
 *
 * @param ref for {@link Type#REF} and {@link Type#REF_LIST}: the kind referred to
 * @param allowed for {@link Type#ENUM} and {@link Type#CSV}: the allowed values (empty = any)
 */
record Field(
        String name,
        String column,
        Type type,
        boolean required,
        int max,
        long min,
        long maxValue,
        String ref,
        List<String> allowed) {

    enum Type {
        /** text in one column */
        TEXT,
        /** fi/sv/en text in three columns {@code column_fi, column_sv, column_en} */
        LOCALIZED,
        INT,
        LONG,
        BOOL,
        /** one of {@link Field#allowed} */
        ENUM,
        /** YYYY-MM-DD */
        DATE,
        /** HH:MM */
        TIME,
        /** the id of another configured thing */
        REF,
        /** a list of plain values, stored comma-separated */
        CSV,
        /** a list of ids of another kind, in order, stored comma-separated */
        REF_LIST,
        /** a list kept in a join table (see {@link Kind#joins()}) */
        JOIN
    }

    static Field text(String name, String column, boolean required, int max) {
        return new Field(name, column, Type.TEXT, required, max, 0, 0, null, List.of());
    }

    static Field localized(String name, String column, boolean required, int max) {
        return new Field(name, column, Type.LOCALIZED, required, max, 0, 0, null, List.of());
    }

    static Field integer(String name, String column, boolean required, long min, long max) {
        return new Field(name, column, Type.INT, required, 0, min, max, null, List.of());
    }

    static Field cents(String name, String column, boolean required) {
        return new Field(name, column, Type.LONG, required, 0, 0, 1_000_000_000L, null, List.of());
    }

    static Field bool(String name, String column) {
        return new Field(name, column, Type.BOOL, false, 0, 0, 0, null, List.of());
    }

    static Field choice(String name, String column, List<String> allowed) {
        return new Field(name, column, Type.ENUM, true, 30, 0, 0, null, allowed);
    }

    static Field date(String name, String column, boolean required) {
        return new Field(name, column, Type.DATE, required, 10, 0, 0, null, List.of());
    }

    static Field time(String name, String column) {
        return new Field(name, column, Type.TIME, false, 5, 0, 0, null, List.of());
    }

    static Field ref(String name, String column, String kind, boolean required) {
        return new Field(name, column, Type.REF, required, 64, 0, 0, kind, List.of());
    }

    static Field csv(String name, String column, boolean required, int max, List<String> allowed) {
        return new Field(name, column, Type.CSV, required, max, 0, 0, null, allowed);
    }

    static Field refList(String name, String column, String kind, boolean required, int max) {
        return new Field(name, column, Type.REF_LIST, required, max, 0, 0, kind, List.of());
    }

    static Field join(String name, boolean required) {
        return new Field(name, null, Type.JOIN, required, 0, 0, 0, null, List.of());
    }
}
