package fi.luukku.kiosk.printer;

import fi.luukku.core.device.printer.PrintOutcome;
import fi.luukku.core.device.printer.PrinterStatus;
import fi.luukku.kiosk.i18n.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * The printer's state and print problems in the staff's language, from the bundles (the drivers' own texts are
 * English and meant for logs).
 */
public final class PrinterTexts {
    private final Messages messages;

    public PrinterTexts(Messages messages) {
        this.messages = messages;
    }

    /** "paper out, cover open" — in a language. */
    public String status(String lang, PrinterStatus s) {
        if (s == null) {
            return messages.get(lang, "printer.unknown");
        }
        if (!s.responding()) {
            return messages.get(lang, "printer.notResponding");
        }
        List<String> parts = new ArrayList<>();
        if (s.paperOut()) {
            parts.add(messages.get(lang, "printer.paperOut"));
        } else if (s.paperNearEnd()) {
            parts.add(messages.get(lang, "printer.paperNearEnd"));
        }
        if (s.coverOpen()) {
            parts.add(messages.get(lang, "printer.coverOpen"));
        }
        if (s.offline()) {
            parts.add(messages.get(lang, "printer.offline"));
        }
        return parts.isEmpty() ? messages.get(lang, "printer.ready") : String.join(", ", parts);
    }

    /** Why a ticket was not printed, from the state the printer reported (else a general failure). */
    public String problem(String lang, PrintOutcome outcome) {
        if (outcome.after() != null && !outcome.after().canPrint()) {
            return status(lang, outcome.after());
        }
        if (outcome.before() != null && !outcome.before().canPrint()) {
            return status(lang, outcome.before());
        }
        return messages.get(lang, "printer.failed");
    }
}
