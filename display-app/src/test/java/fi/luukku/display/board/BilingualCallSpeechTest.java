package fi.luukku.display.board;

import static fi.luukku.display.testing.Fixtures.T0;
import static fi.luukku.display.testing.Fixtures.called;
import static fi.luukku.display.testing.Fixtures.desks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fi.luukku.core.api.LocalizedText;
import fi.luukku.core.api.PointDto;
import fi.luukku.core.api.SnapshotDto;
import fi.luukku.core.i18n.Language;
import fi.luukku.core.testing.MutableClock;
import fi.luukku.display.feed.LinkStatus;
import fi.luukku.display.sound.SoundAnnouncer;
import fi.luukku.display.sound.SpeechEngine;
import fi.luukku.display.sound.SpeechLanguages;
import fi.luukku.display.testing.Fixtures;
import fi.luukku.display.text.Texts;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * A call at a bilingual point, from the event on the display's feed through the board's view model and the real
 * announcer to the speech engine: spoken in both national languages, in the order the point lists them.
 */
class BilingualCallSpeechTest {
    private static SnapshotDto snapshotAt(List<String> languages) {
        PointDto point = new PointDto(
                "parainen",
                LocalizedText.of("Paraisten asiointipiste", "Servicepunkten i Pargas", "Parainen service point"),
                "Parainen",
                "Rantatie 28",
                languages,
                List.of("kela"),
                "Europe/Helsinki");
        return new SnapshotDto(10, point, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static List<String> spokenAt(List<String> pointLanguages) throws Exception {
        List<String> heard = new CopyOnWriteArrayList<>();
        SpeechEngine speech = (text, lang) -> heard.add(lang.code() + ": " + text);
        DisplayStore store = new DisplayStore(Fixtures.MAPPER, 24);
        try (SoundAnnouncer announcer = new SoundAnnouncer(
                () -> heard.add("chime"),
                Duration.ZERO,
                speech,
                new SpeechLanguages(Optional.empty(), Language.FI),
                Texts::new)) {
            new DisplayViewModel(
                    store,
                    new CallSpotlight(Duration.ofSeconds(5), Duration.ofSeconds(2), 3),
                    announcer,
                    List.of(),
                    Duration.ofSeconds(8),
                    Duration.ofSeconds(12),
                    new MutableClock(T0));
            store.reload(snapshotAt(pointLanguages), desks());
            store.link(LinkStatus.LIVE);
            store.apply(called(11, "a", "K005", "d1", T0));
            await().atMost(Duration.ofSeconds(5)).until(() -> heard.size() >= 3);
        }
        return heard;
    }

    @Test
    void aSwedishFirstPointHearsSwedishThenFinnish() throws Exception {
        assertThat(spokenAt(List.of("sv", "fi", "en")))
                .containsExactly("chime", "sv: Nummer K 5, Lucka 1.", "fi: Vuoronumero K 5, Palvelupiste 1.");
    }

    @Test
    void aFinnishFirstPointHearsFinnishThenSwedish() throws Exception {
        assertThat(spokenAt(List.of("fi", "sv")))
                .containsExactly("chime", "fi: Vuoronumero K 5, Palvelupiste 1.", "sv: Nummer K 5, Lucka 1.");
    }
}
