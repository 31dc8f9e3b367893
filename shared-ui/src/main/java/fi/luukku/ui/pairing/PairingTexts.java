package fi.luukku.ui.pairing;

import java.util.List;
import java.util.Map;

/**
 * The pairing screen's words in Finnish, Swedish and English. The screen shows all three at once: nobody has
 * chosen a language on a device that is not yet set up, and the supervisor reading it may use any of them.
 */
final class PairingTexts {
    static final List<String> LANGUAGES = List.of("fi", "sv", "en");

    private static final Map<String, Map<String, String>> TEXTS = Map.of(
            "fi",
            Map.of(
                    "title", "Laitteen käyttöönotto",
                    "instruction", "Pyydä esihenkilöä hyväksymään tämä koodi hallintanäkymässä.",
                    "ASKING", "Haetaan koodia palvelusta…",
                    "WAITING", "Odotetaan hyväksyntää…",
                    "UNREACHABLE", "Palveluun ei saada yhteyttä. Yritetään uudelleen…",
                    "WRONG_POINT", "Koodi hyväksyttiin väärään palvelupisteeseen. Haetaan uusi koodi…",
                    "PAIRED", "Hyväksytty. Käynnistetään…"),
            "sv",
            Map.of(
                    "title", "Ibruktagning av enheten",
                    "instruction", "Be en förman att godkänna den här koden i administrationsvyn.",
                    "ASKING", "Koden hämtas från tjänsten…",
                    "WAITING", "Väntar på godkännande…",
                    "UNREACHABLE", "Ingen kontakt med tjänsten. Försöker igen…",
                    "WRONG_POINT", "Koden godkändes för fel serviceställe. En ny kod hämtas…",
                    "PAIRED", "Godkänd. Startar…"),
            "en",
            Map.of(
                    "title", "Device pairing",
                    "instruction", "Ask a supervisor to approve this code in the management workspace.",
                    "ASKING", "Asking the service for a code…",
                    "WAITING", "Waiting for approval…",
                    "UNREACHABLE", "The service cannot be reached. Trying again…",
                    "WRONG_POINT", "The code was approved for another service point. Asking for a new code…",
                    "PAIRED", "Approved. Starting…"));

    private PairingTexts() {}

    static String get(String language, String key) {
        return TEXTS.get(language).get(key);
    }
}
