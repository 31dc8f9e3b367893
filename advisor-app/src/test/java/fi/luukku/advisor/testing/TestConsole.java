package fi.luukku.advisor.testing;

import fi.luukku.advisor.Session;
import fi.luukku.advisor.Texts;
import fi.luukku.advisor.console.ConsoleViewModel;
import fi.luukku.advisor.drafts.DraftStore;
import fi.luukku.advisor.drafts.MemoryDraftStore;
import fi.luukku.advisor.help.AlertSound;
import fi.luukku.advisor.live.LiveLink;
import fi.luukku.advisor.live.PointState;
import fi.luukku.advisor.service.ServiceGateway;
import fi.luukku.core.api.DeskDto;
import fi.luukku.core.concurrent.CurrentThreadTaskRunner;
import fi.luukku.core.concurrent.TaskRunner;
import fi.luukku.core.domain.Role;
import fi.luukku.core.i18n.Language;
import fi.luukku.core.json.JsonMapper;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/** One console wired to a gateway the way the app wires it, with same-thread tasks and a manual delayer. */
public final class TestConsole {
    public final ConsoleViewModel vm;
    public final LiveLink link;
    public final DraftStore drafts;
    public final ManualDelayer delayer = new ManualDelayer();
    public final AtomicInteger sounds = new AtomicInteger();

    public TestConsole(ServiceGateway gateway, DeskDto desk, Clock clock, Language language) {
        this(gateway, desk, clock, language, new CurrentThreadTaskRunner(), new MemoryDraftStore());
    }

    public TestConsole(
            ServiceGateway gateway,
            DeskDto desk,
            Clock clock,
            Language language,
            TaskRunner runner,
            DraftStore drafts) {
        this.drafts = drafts;
        Session session = new Session("advisor1", "Aino Advisor", Role.ADVISOR, FakeService.POINT, null, desk);
        PointState state = new PointState(JsonMapper.create());
        link = new LiveLink(gateway, runner, delayer, state, FakeService.POINT, Duration.ofSeconds(2));
        AlertSound sound = sounds::incrementAndGet;
        vm = new ConsoleViewModel(session, Texts.of(language), gateway, runner, link, drafts, sound, clock, "Mikkeli");
    }

    public TestConsole start() {
        vm.start();
        return this;
    }
}
