package fi.luukku.display.text;

import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.core.api.QueueDto;
import fi.luukku.core.i18n.Language;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class TextsTest {

    private static Properties load(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Texts.class.getResourceAsStream("/fi/luukku/display/messages" + suffix + ".properties")) {
            assertThat(in).as("bundle " + suffix).isNotNull();
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyLanguageHasEveryTextAndNoneIsEmpty() throws IOException {
        Properties fi = load("_fi");
        for (String s : new String[] {"", "_sv", "_en"}) {
            Properties other = load(s);
            assertThat(other.keySet()).as("keys of " + s).containsExactlyInAnyOrderElementsOf(fi.keySet());
            other.values().forEach(v -> assertThat(v.toString()).isNotBlank());
        }
    }

    @Test
    void textsStayInTheirLanguageWhateverTheMachineLocale() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.US);
            assertThat(new Texts(Language.FI).get("spotlight.title")).isEqualTo("Nyt vuorossa");
            assertThat(new Texts(Language.SV).get("spotlight.title")).isEqualTo("Nu i tur");
            assertThat(new Texts(Language.EN).get("spotlight.title")).isEqualTo("Now serving");
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void aMissingKeyShowsTheKeyInsteadOfFailing() {
        assertThat(new Texts(Language.EN).get("no.such.key")).isEqualTo("no.such.key");
    }

    @Test
    void estimatedWaitsAreRoundedAsAnEstimateShouldBe() {
        Texts en = new Texts(Language.EN);
        assertThat(en.estimatedWait(0, 999)).isEqualTo("No queue");
        assertThat(en.estimatedWait(2, 120)).isEqualTo("less than 5 min");
        assertThat(en.estimatedWait(3, 13 * 60)).isEqualTo("about 15 min");
        assertThat(en.estimatedWait(3, 22 * 60)).isEqualTo("about 20 min");
        assertThat(en.estimatedWait(9, 125 * 60)).isEqualTo("more than an hour");
        assertThat(new Texts(Language.SV).estimatedWait(1, 30 * 60)).isEqualTo("cirka 30 min");
    }

    @Test
    void aQueuesLikelyRangeAndAClosedDeskAreSaidInPlainWords() {
        Texts fi = new Texts(Language.FI);
        QueueDto wide = new QueueDto("q", "p", "K", null, "kela", 4, 900, 0, 0, 1, 600, 1200, false);
        assertThat(fi.estimatedWait(wide)).isEqualTo("noin 10–20 min");
        QueueDto closed = new QueueDto("q", "p", "K", null, "kela", 0, 0, 0, 0, 0, 0, 0, true);
        assertThat(new Texts(Language.EN).estimatedWait(closed)).isEqualTo("waiting for a desk to open");
    }

    @Test
    void pluralsAreRight() {
        assertThat(new Texts(Language.FI).get("appointments.due", 1)).isEqualTo("1 ajanvaraus");
        assertThat(new Texts(Language.EN).get("appointments.due", 3)).isEqualTo("3 appointments");
    }

    @Test
    void theRotationMovesOnAfterItsPeriodAndSkipsUnknownCodes() {
        LanguageRotation r = new LanguageRotation(
                LanguageRotation.parse(java.util.List.of("sv", "xx", "en", "sv")), java.time.Duration.ofSeconds(5));
        assertThat(r.languages()).containsExactly(Language.SV, Language.EN);
        java.time.Instant t = java.time.Instant.EPOCH;
        assertThat(r.tick(t)).isFalse();
        assertThat(r.tick(t.plusSeconds(4))).isFalse();
        assertThat(r.tick(t.plusSeconds(5))).isTrue();
        assertThat(r.current()).isEqualTo(Language.EN);
        r.setLanguages(java.util.List.of());
        assertThat(r.languages()).containsExactly(Language.FI, Language.SV, Language.EN);
    }
}
