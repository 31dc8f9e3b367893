package fi.luukku.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.core.domain.Channel;
import fi.luukku.core.domain.Outcome;
import fi.luukku.core.domain.ReferralKind;
import fi.luukku.core.domain.SpecialNeed;
import fi.luukku.core.domain.SupportLevel;
import fi.luukku.core.domain.TicketStatus;
import fi.luukku.core.i18n.Language;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class TextsTest {
    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TextsTest.class.getResourceAsStream("/fi/luukku/advisor/" + name + ".properties")) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void finnishSwedishAndEnglishAreCompleteAndNotEmpty() throws IOException {
        Properties base = load("messages");
        for (String lang : List.of("fi", "sv", "en")) {
            Properties p = load("messages_" + lang);
            assertThat(p.stringPropertyNames()).as(lang).isEqualTo(base.stringPropertyNames());
            assertThat(p.values()).as(lang).allMatch(v -> !v.toString().isBlank());
        }
    }

    @Test
    void everyDomainValueTheConsoleShowsHasAText() {
        List<String> keys = new ArrayList<>();
        for (SupportLevel s : SupportLevel.values()) {
            keys.add("support." + s.name());
            keys.add("support." + s.name() + ".definition");
        }
        for (SpecialNeed n : SpecialNeed.values()) {
            keys.add("need." + n.name());
        }
        for (Channel c : Channel.values()) {
            keys.add("channel." + c.name());
        }
        for (Outcome o : Outcome.values()) {
            keys.add("outcome." + o.name());
        }
        for (ReferralKind k : ReferralKind.values()) {
            keys.add("referral.kind." + k.name());
            keys.add("slip.kind." + k.name());
            keys.add("slip.standard." + k.name());
        }
        for (TicketStatus s : TicketStatus.values()) {
            keys.add("status." + s.name());
        }
        for (Language l : Language.values()) {
            Texts t = Texts.of(l);
            assertThat(keys).as(l.code()).allMatch(t::has);
        }
    }

    @Test
    void theTextsAreReallyInTheirLanguage() {
        assertThat(Texts.of(Language.FI).get("action.callNext")).isEqualTo("Kutsu seuraava");
        assertThat(Texts.of(Language.SV).get("action.callNext")).isEqualTo("Ropa upp nästa");
        assertThat(Texts.of(Language.EN).get("action.callNext")).isEqualTo("Call next");
        assertThat(Texts.forCode("xx").language()).isEqualTo(Language.FI);
    }
}
