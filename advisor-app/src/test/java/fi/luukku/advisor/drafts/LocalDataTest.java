package fi.luukku.advisor.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.advisor.testing.FakeService;
import fi.luukku.advisor.testing.ManualDelayer;
import fi.luukku.advisor.testing.TestConsole;
import fi.luukku.core.api.FinishRequest;
import fi.luukku.core.api.TicketDto;
import fi.luukku.core.concurrent.CurrentThreadTaskRunner;
import fi.luukku.core.i18n.Language;
import fi.luukku.core.json.JsonMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Typed personal data is kept while needed and no longer: closed tickets and earlier days are purged. */
class LocalDataTest {
    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    @TempDir
    Path dir;

    @Test
    void earlierHelsinkiDaysAreDeletedAtStartAndAgainAfterMidnight() throws Exception {
        // 23:30 UTC on the 19th is already 01:30 on the 20th in Helsinki
        Clock clock = Clock.fixed(Instant.parse("2026-11-19T23:30:00Z"), HELSINKI);
        Path drafts = Files.createDirectories(dir.resolve("drafts"));
        Path slips = Files.createDirectories(dir.resolve("slips"));
        Path yesterdayDraft = touch(drafts.resolve("t-1.json"), "2026-11-19T21:59:00Z"); // 23:59 on the 19th
        Path yesterdaySlip = touch(slips.resolve("A_001.png"), "2026-11-19T10:00:00Z");
        Path todayDraft = touch(drafts.resolve("t-2.json"), "2026-11-19T22:01:00Z"); // 00:01 on the 20th
        Path todayText = touch(drafts.resolve("incident.txt"), "2026-11-19T23:00:00Z");

        ManualDelayer delayer = new ManualDelayer();
        LocalDataPurge purge =
                new LocalDataPurge(List.of(drafts, slips), clock, new CurrentThreadTaskRunner(), delayer);
        purge.start();

        assertThat(yesterdayDraft).doesNotExist();
        assertThat(yesterdaySlip).doesNotExist();
        assertThat(todayDraft).exists();
        assertThat(todayText).exists();
        assertThat(delayer.pending()).as("the next purge is scheduled").isEqualTo(1);

        Clock nextDay = Clock.fixed(Instant.parse("2026-11-20T22:05:00Z"), HELSINKI);
        assertThat(new LocalDataPurge(List.of(drafts, slips), nextDay, new CurrentThreadTaskRunner(), delayer)
                        .purgeNow())
                .isEqualTo(2);
        assertThat(todayDraft).doesNotExist();
    }

    private static Path touch(Path file, String instant) throws Exception {
        Files.writeString(file, "personal data");
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse(instant)));
        return file;
    }

    @Test
    void typedTextsSurviveARestartAndGoWithTheirTicket() {
        FileDraftStore store = new FileDraftStore(dir, JsonMapper.create());
        store.saveText(DraftStore.INCIDENT_TEXT, "Asiakas huusi");
        store.saveText(DraftStore.referralText("t-1"), "Ota passi mukaan");
        store.save(new VisitDraft("t-1", null, true, List.of()));

        FileDraftStore afterRestart = new FileDraftStore(dir, JsonMapper.create());
        assertThat(afterRestart.loadText(DraftStore.INCIDENT_TEXT)).contains("Asiakas huusi");
        assertThat(afterRestart.loadText(DraftStore.referralText("t-1"))).contains("Ota passi mukaan");

        afterRestart.delete("t-1");
        assertThat(afterRestart.load("t-1")).isEmpty();
        assertThat(afterRestart.loadText(DraftStore.referralText("t-1"))).isEmpty();
        afterRestart.saveText(DraftStore.INCIDENT_TEXT, "");
        assertThat(afterRestart.loadText(DraftStore.INCIDENT_TEXT)).isEmpty();
    }

    @Test
    void aTicketFinishedByAnotherDeskTakesItsDraftAlong() {
        var clock = new FakeService.MutableClock(Instant.parse("2026-11-20T08:00:00Z"));
        FakeService service = new FakeService(clock);
        MemoryDraftStore drafts = new MemoryDraftStore();
        TestConsole console = new TestConsole(
                        service, service.desks.get(0), clock, Language.EN, new CurrentThreadTaskRunner(), drafts)
                .start();
        TicketDto t = service.issue("q-neuvonta", "fi", List.of());
        TicketDto other = service.issue("q-neuvonta", "fi", List.of());
        drafts.save(new VisitDraft(t.id(), null, true, List.of()));
        drafts.saveText(DraftStore.referralText(t.id()), "ohjeet");
        drafts.save(new VisitDraft(other.id(), null, true, List.of()));

        service.call(t.id(), "desk-2");
        service.start(t.id());
        service.finish(t.id(), new FinishRequest("STARTED", 4, null, null));

        assertThat(drafts.load(t.id())).isEmpty();
        assertThat(drafts.loadText(DraftStore.referralText(t.id()))).isEmpty();
        assertThat(drafts.load(other.id())).as("an open ticket keeps its draft").isPresent();

        service.call(other.id(), "desk-2");
        service.noShow(other.id());
        assertThat(drafts.load(other.id())).isEmpty();
        console.vm.close();
    }

    @Test
    void theIncidentDescriptionAndReferralInstructionsAreKeptWhileTyped() {
        var clock = new FakeService.MutableClock(Instant.parse("2026-11-20T08:00:00Z"));
        FakeService service = new FakeService(clock);
        MemoryDraftStore drafts = new MemoryDraftStore();
        TestConsole console = new TestConsole(
                        service, service.desks.get(0), clock, Language.EN, new CurrentThreadTaskRunner(), drafts)
                .start();
        console.vm.incident().begin();
        console.vm.incident().descriptionProperty().set("Door slammed");
        assertThat(drafts.loadText(DraftStore.INCIDENT_TEXT)).contains("Door slammed");

        TicketDto t = service.issue("q-neuvonta", "fi", List.of());
        console.vm.desk().callNext();
        console.vm.desk().start();
        console.vm.referral().begin();
        console.vm.referral().instructionsProperty().set("Bring your passport");
        assertThat(drafts.loadText(DraftStore.referralText(t.id()))).contains("Bring your passport");
        console.vm.referral().cancel();

        // a restarted console gets both back
        TestConsole restarted = new TestConsole(
                        service, service.desks.get(0), clock, Language.EN, new CurrentThreadTaskRunner(), drafts)
                .start();
        assertThat(restarted.vm.incident().descriptionProperty().get()).isEqualTo("Door slammed");
        restarted.vm.referral().begin();
        assertThat(restarted.vm.referral().instructionsProperty().get()).isEqualTo("Bring your passport");

        restarted.vm.incident().begin();
        restarted.vm.incident().save();
        assertThat(drafts.loadText(DraftStore.INCIDENT_TEXT))
                .as("saved: no longer kept")
                .isEmpty();
        console.vm.close();
        restarted.vm.close();
    }
}
