package fi.luukku.advisor.reports;

import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.core.i18n.Language;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Finnish, Swedish and English say everything the workspace shows, and nothing only one of them has. */
class ReportTextsTest {

    @Test
    void theThreeLanguagesHaveTheSameKeys() {
        Set<String> en = keys(Language.EN);
        assertThat(en).contains("tab.overview", "export.billing.pdf", "period.tooLong");
        for (Language l : Language.values()) {
            assertThat(keys(l)).as("keys of %s", l).isEqualTo(en);
        }
    }

    @Test
    void textsAreInTheirOwnLanguage() {
        assertThat(ReportTexts.of(Language.FI).get("tab.billing")).isEqualTo("Laskutus");
        assertThat(ReportTexts.of(Language.SV).get("tab.billing")).isEqualTo("Fakturering");
        assertThat(ReportTexts.of(Language.EN).format("period.tooLong", 366)).contains("366");
    }

    private static Set<String> keys(Language l) {
        return new TreeSet<>(Collections.list(ReportTexts.of(l).bundle().getKeys()));
    }
}
