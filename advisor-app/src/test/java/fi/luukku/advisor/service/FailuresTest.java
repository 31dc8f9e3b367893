package fi.luukku.advisor.service;

import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.advisor.Texts;
import fi.luukku.core.api.ApiException;
import fi.luukku.core.api.Problem;
import fi.luukku.core.i18n.Language;
import org.junit.jupiter.api.Test;

/** Failure sentences are wholly in the console's language; the service's English detail never shows. */
class FailuresTest {
    private static ApiException problem(int status, String type, String detail) {
        return new ApiException(
                status, new Problem(type, "State does not allow this", status, detail, null), "HTTP " + status, null);
    }

    @Test
    void theProblemTypePicksATranslatedSentenceAndTheDetailStaysOut() {
        ApiException busy = problem(409, "https://luukku.fi/problems/busy", "desk mikkeli-1 already serves A 003");
        Texts fi = Texts.of(Language.FI);
        Texts sv = Texts.of(Language.SV);

        String inFinnish = Failures.message(fi, "action.callNext", busy);
        assertThat(inFinnish)
                .startsWith(fi.get("action.callNext") + ": ")
                .endsWith(fi.get("error.type.busy"))
                .doesNotContain("already serves")
                .doesNotContain("(");
        assertThat(Failures.message(sv, null, busy)).isEqualTo(sv.get("error.type.busy"));
        assertThat(Failures.serviceDetail(busy)).isEqualTo("desk mikkeli-1 already serves A 003");
    }

    @Test
    void anUnknownTypeFallsBackToTheStatusSentence() {
        Texts fi = Texts.of(Language.FI);
        ApiException odd = problem(409, "https://luukku.fi/problems/something-new", "English words");
        assertThat(Failures.message(fi, null, odd)).isEqualTo(fi.get("error.conflict"));
        ApiException blank = problem(500, "about:blank", "NullPointerException at line 3");
        assertThat(Failures.message(fi, null, blank)).isEqualTo(fi.get("error.service"));
        assertThat(Failures.message(fi, null, new IllegalStateException("boom")))
                .isEqualTo(fi.get("error.unexpected"));
    }

    @Test
    void everyProblemTypeHasItsOwnSentenceInEachLanguage() {
        Texts en = Texts.of(Language.EN);
        for (Language l : Language.values()) {
            Texts t = Texts.of(l);
            for (String type :
                    new String[] {"bad-credentials", "busy", "already-acknowledged", "invalid-input", "internal"}) {
                assertThat(t.get("error.type." + type)).isNotBlank();
                if (l != Language.EN) {
                    assertThat(t.get("error.type." + type)).isNotEqualTo(en.get("error.type." + type));
                }
            }
        }
    }

    @Test
    void a401MeansTheSessionExpired() {
        assertThat(Failures.isSessionExpired(problem(401, "https://luukku.fi/problems/unauthorized", "x")))
                .isTrue();
        assertThat(Failures.isSessionExpired(problem(403, "https://luukku.fi/problems/forbidden", "x")))
                .isFalse();
    }
}
