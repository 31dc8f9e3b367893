package fi.luukku.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NearestTest {
    @Test
    void swappedLettersCountAsOneEdit() {
        assertThat(Nearest.distance("sonud", "sound")).isEqualTo(1);
        assertThat(Nearest.distance("butons", "buttons")).isEqualTo(1);
        assertThat(Nearest.distance("same", "same")).isZero();
    }

    @Test
    void theClosestPlausibleCandidateIsSuggested() {
        List<String> options = List.of("--sound", "--size", "--server", "--buttons");
        assertThat(Nearest.to("--sonud", options)).contains("--sound");
        assertThat(Nearest.to("--butons", options)).contains("--buttons");
        assertThat(Nearest.to("--SOUND", options)).contains("--sound");
    }

    @Test
    void nothingIsSuggestedWhenNothingIsClose() {
        assertThat(Nearest.to("--colour-scheme", List.of("--sound", "--size"))).isEmpty();
        assertThat(Nearest.to("x", List.of())).isEmpty();
    }
}
