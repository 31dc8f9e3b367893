package fi.luukku.core.device.printer;

import java.util.List;

/**
 * What goes on a paper ticket, already in the customer's language: the point's name, the number in large
 * type, the service, detail lines (people ahead, estimated wait, date and time), the QR code's URL (null when
 * there is none, e.g. an offline ticket) with a caption, and a footer.
 */
public record TicketContent(
        String header,
        String number,
        String service,
        List<String> details,
        String qrUrl,
        String qrCaption,
        String footer) {

    public TicketContent {
        details = List.copyOf(details);
    }
}
