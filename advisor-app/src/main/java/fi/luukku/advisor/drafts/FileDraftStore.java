package fi.luukku.advisor.drafts;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * One small JSON file per open visit under {@code DIR/drafts}, written atomically (temp file, then move) so a
 * crash mid-write leaves the previous draft intact.
 */
public final class FileDraftStore implements DraftStore {
    private final Path dir;
    private final ObjectMapper mapper;

    public FileDraftStore(Path dataDir, ObjectMapper mapper) {
        this.dir = dataDir.resolve("drafts");
        this.mapper = mapper;
    }

    private Path file(String ticketId) {
        return dir.resolve(ticketId.replaceAll("[^A-Za-z0-9_-]", "_") + ".json");
    }

    @Override
    public synchronized Optional<VisitDraft> load(String ticketId) {
        Path f = file(ticketId);
        if (!Files.exists(f)) {
            return Optional.empty();
        }
        try {
            return Optional.of(mapper.readValue(f.toFile(), VisitDraft.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public synchronized void save(VisitDraft draft) {
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "draft", ".tmp");
            mapper.writeValue(tmp.toFile(), draft);
            Files.move(
                    tmp, file(draft.ticketId()), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the draft of ticket " + draft.ticketId(), e);
        }
    }

    @Override
    public synchronized void delete(String ticketId) {
        try {
            Files.deleteIfExists(file(ticketId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
