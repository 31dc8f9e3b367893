package fi.luukku.kiosk.offline;

import fi.luukku.core.api.LuukkuClient;
import fi.luukku.core.json.JsonMapper;
import fi.luukku.core.kiosk.IssuedTicket;
import fi.luukku.core.kiosk.OfflineNumberStore;
import fi.luukku.core.kiosk.TicketIssuer;
import fi.luukku.core.outbox.DurableOutbox;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

/**
 * A kiosk process for the kill test: the service is unreachable, it issues offline tickets as fast as it can
 * and prints each one ("shows it to the citizen") only after the issuer returned. The test kills it with
 * SIGKILL at an arbitrary moment.
 */
public final class OfflineIssuingProcess {
    private OfflineIssuingProcess() {}

    public static void main(String[] args) {
        Path data = Path.of(args[0]);
        String run = args[1];
        LuukkuClient client = new LuukkuClient(
                "http://127.0.0.1:9", () -> "t", LuukkuClient.defaultHttpClient(), JsonMapper.create());
        DurableOutbox outbox = DurableOutbox.open(data, "kiosk-outbox", Clock.systemUTC());
        OfflineNumberStore numbers = OfflineNumberStore.open(data);
        TicketIssuer issuer = new TicketIssuer(
                client,
                "mikkeli",
                "kiosk-kill",
                outbox,
                numbers,
                Clock.systemUTC(),
                ZoneId.of("Europe/Helsinki"),
                client.mapper(),
                50);
        issuer.setOnline(false);
        System.out.println("READY");
        System.out.flush();
        for (int i = 0; ; i++) {
            IssuedTicket t = issuer.issue("kela-family", "mikkeli-kela", "fi", List.of(), null, run + "-" + i);
            System.out.println("SHOWN " + t.number() + " " + t.idempotencyKey());
            System.out.flush();
        }
    }
}
