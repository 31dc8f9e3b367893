package fi.luukku.advisor.search;

import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.advisor.testing.FakeService;
import fi.luukku.advisor.testing.TestConsole;
import fi.luukku.core.api.LocalizedText;
import fi.luukku.core.i18n.Language;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class KnowledgeIndexTest {
    private static final KnowledgeIndex INDEX = KnowledgeIndex.build(List.of(
            new KnowledgeEntry(
                    "service",
                    "passi",
                    LocalizedText.of("Passi ja henkilökortti", "Pass och identitetskort", "Passport and identity card"),
                    LocalizedText.of("Passin hakeminen", "Ansökan om pass", "Applying for a passport"),
                    null,
                    List.of()),
            new KnowledgeEntry(
                    "lifeEvent",
                    "muutto",
                    LocalizedText.of("Muutto", "Flytt", "Moving house"),
                    LocalizedText.of("Muuttoilmoitus ja asumistuki", "Flyttanmälan", "Notice of change of address"),
                    null,
                    List.of()),
            new KnowledgeEntry(
                    "lifeEvent",
                    "tyottomyys",
                    LocalizedText.of("Työttömäksi jääminen", "Bli arbetslös", "Losing a job"),
                    LocalizedText.of(
                            "Työttömyysturva ja työnhaku", "Utkomstskydd för arbetslösa", "Unemployment benefits"),
                    null,
                    List.of()),
            new KnowledgeEntry(
                    "digital-support",
                    "kirjasto",
                    LocalizedText.of("Kirjaston digituki", "Bibliotekets digistöd", "Library digital support"),
                    LocalizedText.of(
                            "Opastusta pankkitunnusten ja älypuhelimen käyttöön",
                            "Handledning i bankkoder och smarttelefoner",
                            "Guidance with bank IDs and smartphones"),
                    "015 194 2120",
                    List.of("digituki"))));

    private static List<String> ids(String query, String language) {
        return INDEX.search(query, language, 10).stream().map(KnowledgeHit::id).toList();
    }

    @Test
    void finnishInflectedFormsFindTheBaseWord() {
        assertThat(ids("passin", "fi")).first().isEqualTo("passi");
        assertThat(ids("passia", "fi")).first().isEqualTo("passi");
        assertThat(ids("muuton", "fi")).first().isEqualTo("muutto");
        assertThat(ids("pankkitunnuksia", "fi")).first().isEqualTo("kirjasto");
        assertThat(ids("älypuhelimella", "fi")).first().isEqualTo("kirjasto");
    }

    @Test
    void swedishAndEnglishFormsToo() {
        assertThat(ids("passet", "sv")).first().isEqualTo("passi");
        assertThat(ids("flyttar", "sv")).first().isEqualTo("muutto");
        assertThat(ids("passports", "en")).first().isEqualTo("passi");
        assertThat(ids("smartphone", "en")).first().isEqualTo("kirjasto");
    }

    @Test
    void aWordStillBeingTypedAndAOneLetterTypoStillFind() {
        assertThat(ids("tyött", "fi")).contains("tyottomyys");
        assertThat(ids("muuttoilmotus", "fi")).contains("muutto");
    }

    @Test
    void resultsAreInTheAdvisorsLanguage() {
        assertThat(INDEX.search("passi", "sv", 1).get(0).title()).isEqualTo("Pass och identitetskort");
    }

    @Test
    void itIsNotSubstringMatching() {
        // "assi" is inside "passi" but is no word of it: a substring search would find it, this one does not
        assertThat(ids("assi", "fi")).isEmpty();
        assertThat(ids("", "fi")).isEmpty();
    }

    @Test
    void theSearchViewModelIndexesThePointsCatalog() {
        var clock = new FakeService.MutableClock(Instant.parse("2026-11-20T08:00:00Z"));
        FakeService service = new FakeService(clock);
        TestConsole console = new TestConsole(service, service.desks.get(0), clock, Language.FI).start();
        KnowledgeSearchViewModel search = console.vm.search();
        assertThat(search.indexedProperty().get()).isEqualTo(4 + 4 + 2 + 2);

        search.queryProperty().set("asumistukea");
        assertThat(search.results()).extracting(KnowledgeHit::id).first().isEqualTo("s-asumistuki");

        search.queryProperty().set("kirjastoon");
        assertThat(search.results()).extracting(KnowledgeHit::id).first().isEqualTo("d-kirjasto");
        assertThat(search.results().get(0).contact()).contains("015 194 2120");
    }
}
