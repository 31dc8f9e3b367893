package fi.luukku.advisor.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.core.api.TriageDto;
import fi.luukku.core.json.JsonMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileDraftStoreTest {
    @TempDir
    Path dir;

    @Test
    void aDraftSurvivesARestartOfTheConsoleAndIsGoneWhenDeleted() {
        VisitDraft draft = new VisitDraft(
                "t-1",
                new TriageDto("kela", "asumistuki", null, 3, List.of("HEARING"), "FACE_TO_FACE", "liitteet"),
                true,
                List.of(new RecordedEvent("k1", "ev-docs", "kela", Instant.parse("2026-11-20T08:00:00Z"), false)));
        new FileDraftStore(dir, JsonMapper.create()).save(draft);

        FileDraftStore afterRestart = new FileDraftStore(dir, JsonMapper.create());
        assertThat(afterRestart.load("t-1")).contains(draft);

        afterRestart.delete("t-1");
        assertThat(afterRestart.load("t-1")).isEmpty();
    }

    @Test
    void anUnreadableFileIsNoDraftRatherThanACrash() throws Exception {
        Files.createDirectories(dir.resolve("drafts"));
        Files.writeString(dir.resolve("drafts").resolve("t-2.json"), "{ half a draft");
        assertThat(new FileDraftStore(dir, JsonMapper.create()).load("t-2")).isEmpty();
    }

    @Test
    void ticketIdsCannotEscapeTheDraftsFolder() {
        FileDraftStore store = new FileDraftStore(dir, JsonMapper.create());
        store.save(new VisitDraft("../../evil", null, false, List.of()));
        assertThat(dir.resolve("drafts"))
                .isDirectoryContaining(p -> p.getFileName().toString().startsWith("______evil"));
        assertThat(store.load("../../evil")).isPresent();
    }
}
