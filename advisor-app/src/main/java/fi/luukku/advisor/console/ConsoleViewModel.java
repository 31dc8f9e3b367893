package fi.luukku.advisor.console;

import fi.luukku.advisor.Session;
import fi.luukku.advisor.Texts;
import fi.luukku.advisor.desk.DeskViewModel;
import fi.luukku.advisor.drafts.DraftStore;
import fi.luukku.advisor.help.AlertSound;
import fi.luukku.advisor.help.DeviceAlertText;
import fi.luukku.advisor.help.HelpAlertsViewModel;
import fi.luukku.advisor.incident.IncidentViewModel;
import fi.luukku.advisor.live.Catalog;
import fi.luukku.advisor.live.LiveLink;
import fi.luukku.advisor.referral.ReferralViewModel;
import fi.luukku.advisor.search.KnowledgeSearchViewModel;
import fi.luukku.advisor.service.ServiceGateway;
import fi.luukku.advisor.stats.StatisticsViewModel;
import fi.luukku.core.concurrent.TaskRunner;
import fi.luukku.core.events.EventTypes;
import java.time.Clock;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console screen's view model: the desk and the panels around it, wired to one live link. Starting it
 * loads the point's catalog and the live state; both recover by themselves after a break.
 */
public class ConsoleViewModel implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ConsoleViewModel.class);
    private static final Set<String> CLOSING =
            Set.of(EventTypes.TICKET_FINISHED, EventTypes.TICKET_NO_SHOW, EventTypes.TICKET_CANCELLED);
    private final ServiceGateway gateway;
    private final TaskRunner runner;
    private final Session session;
    private final LiveLink link;
    private final Catalog catalog;
    private final DeskViewModel desk;
    private final ReferralViewModel referral;
    private final HelpAlertsViewModel help;
    private final KnowledgeSearchViewModel search;
    private final IncidentViewModel incident;
    private final StatisticsViewModel statistics;
    private final BooleanProperty checklistOpen = new SimpleBooleanProperty(this, "checklistOpen");
    private boolean catalogLoaded;

    public ConsoleViewModel(
            Session session,
            Texts texts,
            ServiceGateway gateway,
            TaskRunner runner,
            LiveLink link,
            DraftStore drafts,
            AlertSound sound,
            Clock clock,
            String pointName) {
        this.gateway = gateway;
        this.runner = runner;
        this.session = session;
        this.link = link;
        this.catalog = new Catalog();
        this.desk = new DeskViewModel(session, texts, gateway, runner, link, catalog, drafts, clock);
        this.referral = new ReferralViewModel(desk, gateway, runner, link, catalog, texts, clock, pointName, drafts);
        this.help = new HelpAlertsViewModel(gateway, runner, link, sound, texts);
        this.search =
                new KnowledgeSearchViewModel(catalog, runner, texts.language().code());
        this.incident = new IncidentViewModel(gateway, runner, link, session, texts, clock, drafts);
        this.statistics = new StatisticsViewModel(gateway, runner, link, texts, session.pointId());
        // a ticket closed by anyone (this desk, another, the service) takes its local draft with it
        link.onEvent(event -> {
            String deviceAlert = DeviceAlertText.of(texts, event);
            if (deviceAlert != null) {
                desk.status().showError(deviceAlert); // a printer fault or a silent device: stays until dismissed
            }
            if (EventTypes.CATALOG_UPDATED.equals(event.type())) {
                loadCatalog(); // a desk's queues, a service or a name changed: follow it without a restart
            }
            if (CLOSING.contains(event.type())) {
                String id = link.state().ticketId(event);
                if (id != null) {
                    desk.forget(id); // through the desk's ordered draft writer, after any save still under way
                }
            }
        });
        link.onReconnect(() -> {
            if (!catalogLoaded) {
                loadCatalog();
            }
        });
    }

    private Runnable onLogout = () -> {};

    /** What Log out does (the app's sign-in flow sets it). */
    public void setOnLogout(Runnable action) {
        this.onLogout = action == null ? () -> {} : action;
    }

    /** Log out (button, Ctrl+Shift+L). */
    public void logout() {
        onLogout.run();
    }

    /** The session ended: stop following the stream; everything typed stays. */
    public void pause() {
        link.pause();
    }

    /** Signed in again: follow the stream from where it was and reload what may have changed. */
    public void resume() {
        link.resume();
        if (!catalogLoaded) {
            loadCatalog();
        }
    }

    public void start() {
        loadCatalog();
        link.start();
    }

    public void loadCatalog() {
        runner.run(
                () -> Catalog.fetch(gateway, session.pointId()),
                data -> {
                    catalog.apply(data);
                    catalogLoaded = true;
                },
                link::reportFailure);
    }

    public void toggleChecklist() {
        checklistOpen.set(!checklistOpen.get());
    }

    public BooleanProperty checklistOpenProperty() {
        return checklistOpen;
    }

    public Session session() {
        return session;
    }

    public LiveLink link() {
        return link;
    }

    public Catalog catalog() {
        return catalog;
    }

    public DeskViewModel desk() {
        return desk;
    }

    public ReferralViewModel referral() {
        return referral;
    }

    public HelpAlertsViewModel help() {
        return help;
    }

    public KnowledgeSearchViewModel search() {
        return search;
    }

    public IncidentViewModel incident() {
        return incident;
    }

    public StatisticsViewModel statistics() {
        return statistics;
    }

    @Override
    public void close() {
        link.close();
    }
}
