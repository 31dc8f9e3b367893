package fi.luukku.core.device.pairing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.luukku.core.durable.DurableFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The device's own token in its data directory ({@code device-token.json}), readable and writable by its owner
 * only where the file system knows POSIX permissions. Written atomically, so a crash never leaves half a token.
 */
public final class TokenStore {
    private static final Logger log = LoggerFactory.getLogger(TokenStore.class);
    public static final String FILE_NAME = "device-token.json";

    private final Path file;
    private final ObjectMapper mapper;

    public TokenStore(Path dataDir, ObjectMapper mapper) {
        this.file = dataDir.resolve(FILE_NAME);
        this.mapper = mapper;
    }

    public Path file() {
        return file;
    }

    /** The stored credential, or empty when there is none (or the file is unreadable: then the device pairs again). */
    public Optional<DeviceCredential> load() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode n = mapper.readTree(file.toFile());
            String token = n.path("token").asText("");
            if (token.isBlank()) {
                log.warn("{} holds no token; pairing again", file);
                return Optional.empty();
            }
            return Optional.of(new DeviceCredential(token, text(n, "name"), text(n, "role"), text(n, "point")));
        } catch (IOException e) {
            log.warn("{} is not readable ({}); pairing again", file, e.getMessage());
            return Optional.empty();
        }
    }

    public void save(DeviceCredential c) {
        ObjectNode n = mapper.createObjectNode();
        n.put("token", c.token());
        n.put("name", c.name());
        n.put("role", c.role());
        n.put("point", c.point());
        n.put("pairedAt", Instant.now().toString());
        try {
            DurableFiles.write(file, mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(n));
            ownerOnly(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the device token in " + file, e);
        }
    }

    /** Forgets the token (revoked or rotated away); the device pairs again. */
    public void clear() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the revoked device token " + file, e);
        }
    }

    private static void ownerOnly(Path f) {
        try {
            Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // Windows: the data directory under the user's profile is private to the user already
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
