package fi.luukku.kiosk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.core.domain.SpecialNeed;
import fi.luukku.kiosk.i18n.LanguageOption;
import fi.luukku.kiosk.i18n.Messages;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessagesTest {
    final Messages messages = new Messages();

    @Test
    void everyLanguageHasEveryKey() {
        var fi = messages.keys("fi");
        for (LanguageOption l : messages.languages()) {
            var citizenKeys = fi.stream()
                    .filter(k -> !k.startsWith("staff.") && !k.startsWith("sim."))
                    .toList();
            if (List.of("fi", "sv", "en").contains(l.code())) {
                assertThat(messages.keys(l.code())).as(l.code()).containsExactlyInAnyOrderElementsOf(fi);
            } else {
                assertThat(messages.keys(l.code())).as(l.code()).containsExactlyInAnyOrderElementsOf(citizenKeys);
            }
            for (String key : fi) {
                assertThat(messages.get(l.code(), key)).as(l.code() + " " + key).isNotBlank();
            }
        }
        for (SpecialNeed n : SpecialNeed.values()) {
            assertThat(fi).contains("need." + n.name());
        }
    }

    @Test
    void languagesAreTheBundlesPresent() {
        assertThat(messages.languages())
                .extracting(LanguageOption::code)
                .containsExactly("fi", "sv", "en", "ru", "et", "uk", "so", "ar");
    }

    @Test
    void formatsArguments() {
        assertThat(messages.get("sv", "ticket.peopleAhead", 3)).isEqualTo("Före dig i kön: 3");
        assertThat(messages.get("en", "no.such.key")).isEqualTo("no.such.key");
    }
}
