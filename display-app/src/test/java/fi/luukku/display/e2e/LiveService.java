package fi.luukku.display.e2e;

import fi.luukku.core.api.DeskDto;
import fi.luukku.core.api.IssueTicketRequest;
import fi.luukku.core.api.LoginRequest;
import fi.luukku.core.api.LuukkuClient;
import fi.luukku.core.api.ServiceDto;
import fi.luukku.core.api.TicketDto;
import fi.luukku.core.json.JsonMapper;
import java.util.List;
import java.util.Optional;

/** A kiosk and an advisor talking to a running service over HTTP, as the real apps do. */
final class LiveService {
    final LuukkuClient kiosk;
    final LuukkuClient advisor;
    final String deskId;
    final List<ServiceDto> services;
    private String advisorToken;

    LiveService(String baseUrl) {
        kiosk = new LuukkuClient(
                baseUrl, () -> "demo-kiosk-mikkeli", LuukkuClient.defaultHttpClient(), JsonMapper.create());
        advisor = new LuukkuClient(baseUrl, () -> advisorToken, LuukkuClient.defaultHttpClient(), JsonMapper.create());
        List<DeskDto> desks = kiosk.desks("mikkeli");
        deskId = desks.get(0).id();
        advisorToken =
                advisor.login(new LoginRequest("advisor1", "demo", deskId)).token();
        List<String> queuesAtDesk = desks.get(0).queueIds();
        services = kiosk.services("mikkeli").stream()
                .filter(s -> queuesAtDesk.contains(s.queueId()))
                .toList();
    }

    TicketDto issue() {
        return kiosk.issueTicket(
                "mikkeli", IssueTicketRequest.online(services.get(0).id(), "fi", List.of()), LuukkuClient.newKey());
    }

    Optional<TicketDto> callNext() {
        return advisor.callNext("mikkeli", deskId);
    }
}
