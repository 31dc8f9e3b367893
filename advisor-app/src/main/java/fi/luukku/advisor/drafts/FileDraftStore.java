package fi.luukku.advisor.drafts;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.luukku.core.durable.DurableFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One small file per open visit ({@code DIR/drafts/<ticket>.json}) and per typed text
 * ({@code DIR/drafts/<name>.txt}: the incident description, a ticket's referral instructions), written
 * atomically and durably (temp file forced to disk, then move) so a crash mid-write leaves the previous draft intact. They hold personal
 * data: {@link LocalDataPurge} removes earlier days' files, and a ticket's files go when it is closed.
 */
public final class FileDraftStore implements DraftStore {
    private final Path dir;
    private final ObjectMapper mapper;

    public FileDraftStore(Path dataDir, ObjectMapper mapper) {
        this.dir = dataDir.resolve("drafts");
        this.mapper = mapper;
    }

    /** The folder of the drafts. */
    public Path directory() {
        return dir;
    }

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    private Path file(String ticketId) {
        return dir.resolve(safe(ticketId) + ".json");
    }

    private Path textFile(String name) {
        return dir.resolve(safe(name) + ".txt");
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
            DurableFiles.write(file(draft.ticketId()), mapper.writeValueAsBytes(draft));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the draft of ticket " + draft.ticketId(), e);
        }
    }

    @Override
    public synchronized void delete(String ticketId) {
        try {
            Files.deleteIfExists(file(ticketId));
            Files.deleteIfExists(textFile(DraftStore.referralText(ticketId)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized Optional<String> loadText(String name) {
        Path f = textFile(name);
        if (!Files.exists(f)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(f, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public synchronized void saveText(String name, String text) {
        if (text == null || text.isBlank()) {
            deleteText(name);
            return;
        }
        try {
            DurableFiles.write(textFile(name), text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the text " + name, e);
        }
    }

    @Override
    public synchronized void deleteText(String name) {
        try {
            Files.deleteIfExists(textFile(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
