package fi.luukku.display.sound;

import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.core.api.LocalizedText;
import fi.luukku.core.i18n.Language;
import fi.luukku.display.text.Texts;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SoundAnnouncerTest {

    private static Announcement call(String n) {
        return new Announcement(n, "d1", LocalizedText.of("Palvelupiste 1", "Lucka 1", "Desk 1"), false);
    }

    @Test
    void announcementsQueueUpAndNeverOverlap() throws Exception {
        List<String> heard = new CopyOnWriteArrayList<>();
        AtomicInteger speaking = new AtomicInteger();
        AtomicInteger maxSpeaking = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(3);
        SpeechEngine speech = (text, lang) -> {
            int n = speaking.incrementAndGet();
            maxSpeaking.accumulateAndGet(n, Math::max);
            try {
                Thread.sleep(60);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            heard.add(lang.code() + ": " + text);
            speaking.decrementAndGet();
            done.countDown();
        };
        try (SoundAnnouncer a =
                new SoundAnnouncer(() -> heard.add("chime"), Duration.ofMillis(10), speech, Language.FI, Texts::new)) {
            long t0 = System.nanoTime();
            a.announce(call("K001"));
            a.announce(call("K002"));
            a.announce(new Announcement("K001", "d1", LocalizedText.of("Palvelupiste 1", "Lucka 1", "Desk 1"), true));
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0)).isLessThan(50); // never blocks
            assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(maxSpeaking.get()).isEqualTo(1);
        assertThat(heard)
                .containsExactly(
                        "chime",
                        "fi: Vuoronumero K 1, Palvelupiste 1.",
                        "chime",
                        "fi: Vuoronumero K 2, Palvelupiste 1.",
                        "chime",
                        "fi: Vuoronumero K 1, Palvelupiste 1.");
    }

    @Test
    void chimeOnlyWhenThereIsNoSpeech() throws Exception {
        CountDownLatch chimes = new CountDownLatch(2);
        try (SoundAnnouncer a =
                new SoundAnnouncer(chimes::countDown, Duration.ofMillis(5), null, Language.FI, Texts::new)) {
            a.announce(call("K001"));
            a.announce(call("K002"));
            assertThat(chimes.await(5, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void aFailingChimeDoesNotStopTheQueue() throws Exception {
        CountDownLatch spoken = new CountDownLatch(2);
        try (SoundAnnouncer a = new SoundAnnouncer(
                () -> {
                    throw new IllegalStateException("no device");
                },
                Duration.ZERO,
                (t, l) -> spoken.countDown(),
                Language.EN,
                Texts::new)) {
            a.announce(call("K001"));
            a.announce(call("K002"));
            // no chime, but the number is still spoken, and the queue carries on
            assertThat(spoken.await(5, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void numbersAreSpokenWithoutLeadingZerosAndInEachLanguage() {
        assertThat(SoundAnnouncer.spokenNumber("K001")).isEqualTo("K 1");
        assertThat(SoundAnnouncer.spokenNumber("A120")).isEqualTo("A 120");
        assertThat(SoundAnnouncer.spokenNumber("k000")).isEqualTo("K 0");
        assertThat(SoundAnnouncer.spokenNumber("42")).isEqualTo("42");
        assertThat(SoundAnnouncer.sentence(call("P007"), Language.SV, new Texts(Language.SV)))
                .isEqualTo("Nummer P 7, Lucka 1.");
        assertThat(SoundAnnouncer.sentence(
                        new Announcement("P007", "x9", null, false), Language.EN, new Texts(Language.EN)))
                .isEqualTo("Number P 7, Desk x9.");
    }

    @Test
    void espeakIsCalledWithTheLanguageVoiceAndMissingEspeakIsHarmless() {
        EspeakSpeech s = new EspeakSpeech("espeak-ng");
        assertThat(s.command("Numero K 1", Language.SV))
                .containsExactly("espeak-ng", "-v", "sv", "-s", "140", "--", "Numero K 1");
        assertThat(EspeakSpeech.isInstalled("/nonexistent/espeak")).isFalse();
        new EspeakSpeech("/nonexistent/espeak").speak("K 1", Language.FI); // logs, does not throw
    }

    @Test
    void atABilingualPointACallIsSpokenInBothNationalLanguagesInThePointsOrder() throws Exception {
        List<String> heard = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(4);
        SpeechEngine speech = (text, lang) -> {
            heard.add(lang.code() + ": " + text);
            done.countDown();
        };
        LocalizedText desk = LocalizedText.of("Palvelupiste 1", "Servicedisk 1", "Desk 1");
        try (SoundAnnouncer a = new SoundAnnouncer(
                () -> heard.add("chime"),
                Duration.ZERO,
                speech,
                new SpeechLanguages(java.util.Optional.empty(), Language.FI),
                Texts::new)) {
            // Parainen lists Swedish first, then Finnish, then English (not a national language: not spoken)
            a.announce(new Announcement("K005", "d1", desk, false, List.of(Language.SV, Language.FI, Language.EN)));
            // a Finnish-first point
            a.announce(new Announcement("A012", "d1", desk, false, List.of(Language.FI, Language.SV)));
            assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(heard)
                .containsExactly(
                        "chime",
                        "sv: Nummer K 5, Servicedisk 1.",
                        "fi: Vuoronumero K 5, Palvelupiste 1.",
                        "chime",
                        "fi: Vuoronumero A 12, Palvelupiste 1.",
                        "sv: Nummer A 12, Servicedisk 1.");
    }

    @Test
    void aLanguageSetOnTheDisplayWinsAndAPointWithoutANationalLanguageHearsTheFallback() {
        Announcement bilingual = new Announcement("K1", "d1", null, false, List.of(Language.SV, Language.FI));
        assertThat(new SpeechLanguages(java.util.Optional.of(Language.EN), Language.FI).forCall(bilingual))
                .containsExactly(Language.EN);
        assertThat(new SpeechLanguages(java.util.Optional.empty(), Language.FI).forCall(bilingual))
                .containsExactly(Language.SV, Language.FI);
        assertThat(new SpeechLanguages(java.util.Optional.empty(), Language.SV)
                        .forCall(new Announcement("K1", "d1", null, false, List.of(Language.EN))))
                .containsExactly(Language.SV);
        assertThat(new SpeechLanguages(java.util.Optional.empty(), Language.SV)
                        .forCall(new Announcement("K1", "d1", null, false)))
                .containsExactly(Language.SV);
    }
}
