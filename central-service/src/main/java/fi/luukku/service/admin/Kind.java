package fi.luukku.service.admin;

import java.util.List;
import java.util.Optional;

/**
 * One kind of configurable thing (authority, point, queue, desk…): its names in the API and the configuration
 * file, its table and fields.
 *
 * @param name singular, as audited and in diffs ({@code queue})
 * @param plural the API path segment and the key in the configuration file ({@code queues})
 * @param pointScoped whether the thing belongs to one point (field {@code point}); such things are nested under
 *     their point in the configuration file
 * @param supervised whether a supervisor may change it at their own point (otherwise only an administrator)
 */
record Kind(String name, String plural, String table, boolean pointScoped, boolean supervised, List<Field> fields) {

    Optional<Field> field(String n) {
        return fields.stream().filter(f -> f.name().equals(n)).findFirst();
    }
}
