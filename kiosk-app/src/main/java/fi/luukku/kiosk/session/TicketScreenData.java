package fi.luukku.kiosk.session;

import java.util.List;

/**
 * The ticket as the ticket screen shows it: always with its number and QR (when there is one), whether or not
 * the paper came out, so nothing is lost when the printer fails.
 */
public record TicketScreenData(
        String number,
        String service,
        List<String> details,
        String qrUrl,
        boolean printed,
        boolean offline,
        String printProblem) {

    public TicketScreenData {
        details = List.copyOf(details);
    }
}
