package fi.luukku.display.testing;

import static fi.luukku.display.testing.Fixtures.T0;
import static fi.luukku.display.testing.Fixtures.ticket;

import fi.luukku.core.api.InfoMessageDto;
import fi.luukku.core.api.LocalizedText;
import fi.luukku.core.api.QueueDto;
import fi.luukku.core.api.SnapshotDto;
import fi.luukku.core.api.TicketDto;
import fi.luukku.core.domain.TicketStatus;
import java.util.ArrayList;
import java.util.List;

/** A busy morning at Mikkeli, for screenshots and layout tests. */
public final class Boards {
    private Boards() {}

    public static SnapshotDto busyMorning() {
        List<QueueDto> queues = List.of(
                q("q-a", "A", "Yleinen neuvonta", "Allmän rådgivning", "General advice", 6, 1260, 0),
                q("q-k", "K", "Kela", "FPA", "Kela", 11, 2700, 2),
                q(
                        "q-p",
                        "P",
                        "Poliisin lupapalvelut",
                        "Polisens tillståndstjänster",
                        "Police permit services",
                        3,
                        900,
                        1),
                q("q-v", "V", "Verohallinto", "Skatteförvaltningen", "Finnish Tax Administration", 0, 0, 0),
                q("q-t", "T", "TE-palvelut", "TE-tjänster", "TE Services", 2, 420, 0),
                q("q-m", "M", "Maanmittauslaitos", "Lantmäteriverket", "National Land Survey", 1, 200, 1));
        List<TicketDto> calls = new ArrayList<>();
        String[][] c = {
            {"K042", "d2"},
            {"A017", "d1"},
            {"P008", "d3"},
            {"K041", "d4"},
            {"T005", "d1"},
            {"A016", "d2"},
            {"M002", "d5"},
            {"K040", "d4"},
            {"A015", "d1"}
        };
        for (int i = 0; i < c.length; i++) {
            TicketStatus st = i < 3 ? TicketStatus.CALLED : TicketStatus.FINISHED;
            calls.add(ticket("t" + i, c[i][0], st, c[i][1], T0.minusSeconds(60L * i), 0, i == 2 ? "appt-1" : null));
        }
        List<InfoMessageDto> info = List.of(new InfoMessageDto(
                "i1",
                LocalizedText.of(
                        "Kelan etäpalvelu on tänään avoinna klo 9–15. Ajanvarausasiakkaat kutsutaan omalla numerollaan.",
                        "FPA:s distanstjänst är öppen i dag kl. 9–15. Kunder med tidsbokning ropas upp med eget nummer.",
                        "Kela's remote service is open today 9–15. Customers with an appointment are called by their own number."),
                1));
        return new SnapshotDto(120, Fixtures.point(), queues, List.of(), calls, List.of(), info);
    }

    public static List<fi.luukku.core.api.DeskDto> desks() {
        List<fi.luukku.core.api.DeskDto> d = new ArrayList<>(Fixtures.desks());
        d.add(new fi.luukku.core.api.DeskDto(
                "d4",
                "mikkeli",
                LocalizedText.of("Kelan palvelupiste 4", "FPA:s lucka 4", "Kela desk 4"),
                "COUNTER",
                List.of()));
        d.add(new fi.luukku.core.api.DeskDto(
                "d5",
                "mikkeli",
                LocalizedText.of("Neuvotteluhuone Saimaa", "Mötesrummet Saimaa", "Meeting room Saimaa"),
                "ROOM",
                List.of()));
        return d;
    }

    private static QueueDto q(
            String id, String prefix, String fi, String sv, String en, int waiting, long wait, int appts) {
        return new QueueDto(id, "mikkeli", prefix, LocalizedText.of(fi, sv, en), "x", waiting, wait, wait, appts, 1);
    }
}
