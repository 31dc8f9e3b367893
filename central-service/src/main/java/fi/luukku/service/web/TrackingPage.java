package fi.luukku.service.web;

import fi.luukku.core.api.TicketDto;
import fi.luukku.core.domain.TicketStatus;
import fi.luukku.core.i18n.Language;
import fi.luukku.service.point.Catalog;
import java.util.Map;

/**
 * The citizen's phone page: plain HTML with a meta refresh, no script, tiny, so it works on an old phone and a
 * slow link. In the ticket's language unless {@code ?lang=} asks otherwise.
 */
final class TrackingPage {
    private static final Map<String, Map<String, String>> T = Map.of(
            "fi",
            Map.ofEntries(
                    Map.entry("title", "Vuoronumerosi"),
                    Map.entry("ahead", "Edelläsi jonossa"),
                    Map.entry("wait", "Arvioitu odotus"),
                    Map.entry("min", "min"),
                    Map.entry("desk", "Mene palvelupisteeseen"),
                    Map.entry("unknown", "Vuoronumeroa ei löytynyt."),
                    Map.entry("refresh", "Sivu päivittyy itsestään."),
                    Map.entry("WAITING", "Odottaa vuoroaan"),
                    Map.entry("CALLED", "Sinut on kutsuttu!"),
                    Map.entry("SERVING", "Palvelussa"),
                    Map.entry("PARKED", "Odottaa (tauolla)"),
                    Map.entry("FINISHED", "Asiointi päättynyt. Kiitos!"),
                    Map.entry("NO_SHOW", "Vuoro ohitettiin"),
                    Map.entry("CANCELLED", "Vuoro peruttu"),
                    Map.entry("TRANSFERRED", "Siirretty")),
            "sv",
            Map.ofEntries(
                    Map.entry("title", "Ditt könummer"),
                    Map.entry("ahead", "Före dig i kön"),
                    Map.entry("wait", "Beräknad väntetid"),
                    Map.entry("min", "min"),
                    Map.entry("desk", "Gå till servicedisken"),
                    Map.entry("unknown", "Könumret hittades inte."),
                    Map.entry("refresh", "Sidan uppdateras automatiskt."),
                    Map.entry("WAITING", "Väntar på sin tur"),
                    Map.entry("CALLED", "Du har blivit uppropad!"),
                    Map.entry("SERVING", "Betjänas"),
                    Map.entry("PARKED", "Väntar (paus)"),
                    Map.entry("FINISHED", "Ärendet är klart. Tack!"),
                    Map.entry("NO_SHOW", "Turen passerades"),
                    Map.entry("CANCELLED", "Turen avbokad"),
                    Map.entry("TRANSFERRED", "Flyttad")),
            "en",
            Map.ofEntries(
                    Map.entry("title", "Your number"),
                    Map.entry("ahead", "People ahead of you"),
                    Map.entry("wait", "Estimated wait"),
                    Map.entry("min", "min"),
                    Map.entry("desk", "Please go to"),
                    Map.entry("unknown", "This ticket was not found."),
                    Map.entry("refresh", "This page updates itself."),
                    Map.entry("WAITING", "Waiting for your turn"),
                    Map.entry("CALLED", "You have been called!"),
                    Map.entry("SERVING", "Being served"),
                    Map.entry("PARKED", "Waiting (paused)"),
                    Map.entry("FINISHED", "Visit finished. Thank you!"),
                    Map.entry("NO_SHOW", "Your turn was missed"),
                    Map.entry("CANCELLED", "Cancelled"),
                    Map.entry("TRANSFERRED", "Transferred")));

    private final Catalog catalog;

    TrackingPage(Catalog catalog) {
        this.catalog = catalog;
    }

    String render(TicketDto t, String langParam) {
        String lang = Language.ofCode(langParam)
                .map(Language::code)
                .orElse(
                        t == null
                                ? "fi"
                                : Language.ofCode(t.language())
                                        .map(Language::code)
                                        .orElse("fi"));
        Map<String, String> tx = T.get(lang);
        StringBuilder b = new StringBuilder(1200);
        b.append("<!DOCTYPE html><html lang=\"").append(lang).append("\"><head><meta charset=\"utf-8\">");
        boolean live = t != null && t.status().isOpen();
        if (live) {
            b.append("<meta http-equiv=\"refresh\" content=\"20\">");
        }
        b.append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">");
        b.append("<title>").append(esc(tx.get("title"))).append("</title>");
        b.append("<style>body{font-family:sans-serif;margin:1em;text-align:center;color:#000;background:#fff}")
                .append("h1{font-size:3.5em;margin:.2em 0}p{font-size:1.3em}.s{font-weight:bold}</style>");
        b.append("</head><body>");
        if (t == null) {
            b.append("<p>").append(esc(tx.get("unknown"))).append("</p></body></html>");
            return b.toString();
        }
        String pointName = catalog.hasPoint(t.pointId())
                ? catalog.point(t.pointId()).name().in(lang)
                : "";
        b.append("<p>").append(esc(pointName)).append("</p>");
        b.append("<p>").append(esc(tx.get("title"))).append("</p>");
        b.append("<h1>").append(esc(t.number())).append("</h1>");
        b.append("<p class=\"s\">").append(esc(tx.get(t.status().name()))).append("</p>");
        if (t.status() == TicketStatus.WAITING) {
            b.append("<p>")
                    .append(esc(tx.get("ahead")))
                    .append(": ")
                    .append(t.peopleAhead())
                    .append("</p>");
            b.append("<p>")
                    .append(esc(tx.get("wait")))
                    .append(": ")
                    .append(Math.max(0, (t.estimatedWaitSeconds() + 59) / 60))
                    .append(' ')
                    .append(esc(tx.get("min")))
                    .append("</p>");
        }
        if ((t.status() == TicketStatus.CALLED || t.status() == TicketStatus.SERVING) && t.deskId() != null) {
            String desk = catalog.desk(t.deskId()).map(d -> d.name().in(lang)).orElse(t.deskId());
            b.append("<p class=\"s\">")
                    .append(esc(tx.get("desk")))
                    .append(": ")
                    .append(esc(desk))
                    .append("</p>");
        }
        if (live) {
            b.append("<p><small>").append(esc(tx.get("refresh"))).append("</small></p>");
        }
        b.append("</body></html>");
        return b.toString();
    }

    private static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
