package fi.luukku.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.luukku.core.api.QueueDto;
import fi.luukku.core.api.TicketDto;
import fi.luukku.core.domain.TicketStatus;
import fi.luukku.core.json.JsonMapper;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class WaitWordsTest {
    @ParameterizedTest(name = "{0}: {1}s ({2}–{3}), no desk {4} → {5}")
    @CsvSource(
            delimiter = '|',
            value = {
                "EN|0|0|0|false|less than 5 min",
                "EN|200|60|280|false|less than 5 min",
                "EN|420|360|480|false|about 7 min",
                "EN|840|720|960|false|about 15 min",
                "EN|900|600|1200|false|about 10–20 min",
                "EN|300|60|900|false|less than 15 min",
                "EN|4000|3700|5000|false|more than an hour",
                "EN|0|0|0|true|waiting for a desk to open",
                "EN|600|600|660|true|about 10 min; no desk is open yet",
                "FI|900|600|1200|false|noin 10–20 min",
                "FI|200|60|280|false|alle 5 min",
                "FI|0|0|0|true|odottaa palvelupisteen aukeamista",
                "SV|900|600|1200|false|cirka 10–20 min",
                "SV|420|360|480|false|cirka 7 min",
                "SV|0|0|0|true|väntar på att en disk öppnar",
            })
    void saysTheWaitInPlainWords(Language l, long s, long low, long high, boolean noDesk, String expected) {
        assertThat(WaitWords.of(s, low, high, noDesk, l)).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void neverSaysZeroMinutesInAnyLanguage(Language l) {
        for (long s = 0; s < 7200; s += 30) {
            for (boolean noDesk : new boolean[] {false, true}) {
                String words = WaitWords.of(s, s / 2, s * 2, noDesk, l);
                assertThat(words).doesNotContainPattern("(^|\\D)0[ –]").isNotBlank();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void readsTicketsAndQueues(Language l) throws Exception {
        TicketDto t = new TicketDto(
                        "id",
                        "K001",
                        "p",
                        "K",
                        "s",
                        TicketStatus.WAITING,
                        null,
                        "fi",
                        List.of(),
                        null,
                        Instant.EPOCH,
                        null,
                        null,
                        null,
                        0,
                        3,
                        900,
                        "trk",
                        null,
                        false,
                        List.of(),
                        null,
                        null)
                .withEstimate(900, 600, 1200, false);
        assertThat(WaitWords.of(t, l)).contains("10–20");
        QueueDto q = new QueueDto("K", "p", "K", null, "kela", 3, 0, 0, 0, 0, 0, 0, true);
        assertThat(WaitWords.of(q, l)).isEqualTo(WaitWords.of(0, 0, 0, true, l));
        ObjectMapper m = JsonMapper.create();
        assertThat(m.readValue(m.writeValueAsString(t), TicketDto.class)).isEqualTo(t);
        String old = "{\"id\":\"K\",\"waiting\":2,\"estimatedWaitSeconds\":60}"; // a service without the range
        assertThat(m.readValue(old, QueueDto.class).estimateHighSeconds()).isZero();
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"fi", "sv", "en", "ru", "et", "uk", "so", "ar"})
    void everyCitizenLanguageHasItsOwnWordsForEveryCase(String code) {
        assertThat(WaitWords.LANGUAGES).contains(code);
        String range = WaitWords.of(900, 600, 1200, false, code);
        assertThat(range).contains("10–20");
        List<String> all = List.of(
                WaitWords.of(0, 0, 0, false, code),
                WaitWords.of(420, 360, 480, false, code),
                range,
                WaitWords.of(300, 60, 900, false, code),
                WaitWords.of(4000, 3700, 5000, false, code),
                WaitWords.of(0, 0, 0, true, code),
                WaitWords.of(600, 600, 660, true, code));
        assertThat(all).doesNotHaveDuplicates().allSatisfy(w -> assertThat(w).isNotBlank());
        if (!code.equals("fi")) { // each language has its own bundle, not the Finnish default
            assertThat(range).isNotEqualTo(WaitWords.of(900, 600, 1200, false, "fi"));
        }
        for (long s = 0; s < 7200; s += 60) {
            assertThat(WaitWords.of(s, s / 2, s * 2, s % 120 == 0, code)).doesNotContainPattern("(^|\\D)0[ –]");
        }
    }
}
